// SPDX-License-Identifier: MIT
// The operators' accounts and the audit trail on SQLite: the cost of one password hash and of a
// whole sign-in (the key derivation dominates), one audit append (median and p99, each its own
// transaction as the service makes them; synchronous=NORMAL as the service has it, and FULL), and
// `audit verify` over a long trail (default 1,000,000 records, written straight into the database
// in one transaction, hashes chained as the trail chains them). Prints figures; never fails on
// timing.
//
//   bench_operators [--records N] [--signins N] [--appends N] [--dir DIR]
//
// Targets (issue 12): sign-in 100-300 ms, audit append <= 1 ms median, verify of 1,000,000
// records <= 5 s.
#include "core/base/passwordhash.h"
#include "core/journal/audittrail.h"
#include "core/journal/journaldatabase.h"
#include "core/service/accountservice.h"
#include "core/service/sessionservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace pavt;

namespace {

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms.at(ms.size() / 2);
    s.p99 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99)));
    s.max = ms.last();
    return s;
}

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "bench_operators: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(2);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// A made-up password for the benchmark's own throw-away journal (never printed).
SecretBytes benchPassword()
{
    return SecretBytes::fromString(QStringLiteral("bench-only-passphrase-%1").arg(42));
}

// Appends `count` records after the head straight into the database, in one transaction, each
// hashed as AuditTrail::append hashes it (the triggers stay on and check every one).
void fill(JournalDatabase &db, qint64 count)
{
    QSqlDatabase sql = db.database();
    QSqlQuery head(sql);
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")) || !head.next())
        die(QStringLiteral("head"), Error { QStringLiteral("sql"), head.lastError().text() });
    qint64 seq = head.value(0).toLongLong();
    QString previous = head.value(1).toString();
    head.finish();
    sql.transaction();
    QSqlQuery insert(sql);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, seat, operator, event, details, "
                                  "hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery move(sql);
    move.prepare(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - count * 1000;
    static const QString Events[] = { QString::fromLatin1(AuditEvent::SignIn),
                                      QString::fromLatin1(AuditEvent::ChargeAttempted),
                                      QString::fromLatin1(AuditEvent::StatusLookedUp),
                                      QString::fromLatin1(AuditEvent::SignOut) };
    for (qint64 n = 0; n < count; ++n) {
        AuditRecord r;
        r.seq = ++seq;
        r.at = QDateTime::fromMSecsSinceEpoch(start + n * 1000, Qt::UTC);
        r.seat = QStringLiteral("seat-%1").arg(n % 8);
        r.operatorName = QStringLiteral("op%1").arg(n % 40);
        r.event = Events[n % 4];
        r.details = QStringLiteral("{\"amount\":\"12.50 GBP\",\"card\":\"visa ···· 1111\","
                                   "\"entry\":%1}")
                        .arg(n + 1);
        r.hash = AuditTrail::hashOf(previous, r);
        const QVariantList binds {
            r.seq, r.at.toMSecsSinceEpoch(), r.seat, r.operatorName, r.event, r.details, r.hash
        };
        for (int b = 0; b < binds.size(); ++b)
            insert.bindValue(b, binds.at(b));
        move.bindValue(0, r.seq);
        move.bindValue(1, r.hash);
        if (!insert.exec() || !move.exec())
            die(QStringLiteral("fill"),
                Error { QStringLiteral("sql"),
                        insert.lastError().text() + u' ' + move.lastError().text() });
        previous = r.hash;
    }
    insert.finish();
    move.finish();
    sql.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int records = option(args, QStringLiteral("--records"), 1000000);
    const int signIns = option(args, QStringLiteral("--signins"), 10);
    const int appends = option(args, QStringLiteral("--appends"), 2000);
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QStringLiteral("--dir")); i >= 0 && i + 1 < args.size())
        dir = args.at(i + 1);
    QDir().mkpath(dir);

    std::printf("bench_operators: %s, %s, %d core(s)\n", qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount());

    // 1. One password hash (scrypt, the default parameters), alone.
    {
        const SecretBytes password = benchPassword();
        QList<double> ms;
        for (int n = 0; n < std::max(3, signIns); ++n) {
            QElapsedTimer t;
            t.start();
            auto hashed = PasswordHash::hash(password);
            ms << t.nsecsElapsed() / 1e6;
            if (!hashed)
                die(QStringLiteral("hash"), hashed.error());
        }
        const ScryptParameters p = PasswordHash::defaultParameters();
        const Stats s = stats(ms);
        std::printf("password hash (scrypt N=2^%d r=%d p=%d, %d MiB): median %.1f ms, max %.1f ms "
                    "(aim 100-300 ms)\n",
                    p.logN, p.r, p.p, int((128LL * p.r << p.logN) >> 20), s.median, s.max);
    }

    JournalConfig config;
    config.sqlitePath = QDir(dir).filePath(QStringLiteral("bench-operators.sqlite3"));
    QFile::remove(config.sqlitePath);
    auto session = SessionService::open(config);
    if (!session)
        die(QStringLiteral("open"), session.error());
    SessionService &s = **session;
    s.setSeat(QStringLiteral("bench-seat"));

    // 2. A whole sign-in and sign-out (the account read, the hash checked, two audit records).
    {
        const SecretBytes password = benchPassword();
        AccountService accounts(s);
        if (auto made = accounts.createFirstAdministrator(
                QStringLiteral("bench"), QStringLiteral("Bench"),
                Roles(Role::Administrator) | Role::Supervisor, password);
            !made)
            die(QStringLiteral("first administrator"), made.error());
        s.signOut();
        QList<double> ms;
        for (int n = 0; n < signIns; ++n) {
            QElapsedTimer t;
            t.start();
            auto in = s.signIn(QStringLiteral("bench"), password);
            ms << t.nsecsElapsed() / 1e6;
            if (!in)
                die(QStringLiteral("sign-in"), in.error());
            s.signOut();
        }
        const Stats st = stats(ms);
        std::printf("sign-in (%d): median %.1f ms, max %.1f ms (aim 100-300 ms)\n", signIns,
                    st.median, st.max);
    }

    // 3. Audit appends as the service makes them, each its own transaction: with the connection's
    // synchronous=NORMAL (WAL; what the service uses), and with FULL (an fsync per commit).
    for (const bool full : { false, true }) {
        if (full)
            if (auto set = s.database().execRaw(QStringLiteral("PRAGMA synchronous=FULL")); !set)
                die(QStringLiteral("pragma"), set.error());
        QList<double> ms;
        for (int n = 0; n < appends; ++n) {
            QElapsedTimer t;
            t.start();
            auto added = s.audit(QString::fromLatin1(AuditEvent::StatusLookedUp),
                                 { { QStringLiteral("entry"), n + 1 } });
            ms << t.nsecsElapsed() / 1e6;
            if (!added)
                die(QStringLiteral("append"), added.error());
        }
        const Stats st = stats(ms);
        std::printf("audit append (%d, synchronous=%s): median %.3f ms, p99 %.3f ms, max %.3f ms "
                    "(aim <= 1 ms median)\n",
                    appends, full ? "FULL" : "NORMAL", st.median, st.p99, st.max);
    }

    // 4. verify over a long trail, on a connection of its own as pavt-cli audit verify opens it.
    {
        auto db = JournalDatabase::open(config, QStringLiteral("bench-fill"));
        if (!db)
            die(QStringLiteral("open"), db.error());
        QElapsedTimer t;
        t.start();
        fill(**db, records);
        const double fillS = t.nsecsElapsed() / 1e9;
        AuditTrail trail(**db);
        auto headBefore = trail.head();
        if (!headBefore)
            die(QStringLiteral("head"), headBefore.error());
        t.restart();
        auto verified = trail.verify();
        const double verifyS = t.nsecsElapsed() / 1e9;
        if (!verified)
            die(QStringLiteral("verify"), verified.error());
        std::printf("audit verify of %lld records: %.2f s, %s (aim <= 5 s for 1,000,000; written "
                    "in %.1f s; %.0f bytes per record)\n",
                    qlonglong(verified->records), verifyS,
                    verified->isIntact() ? "intact" : "BROKEN", fillS,
                    double(QFileInfo(config.sqlitePath).size()) / double(verified->records));
        if (!verified->isIntact())
            return 1;
    }
    return 0;
}
