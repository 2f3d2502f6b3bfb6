// SPDX-License-Identifier: MIT
// The journal's tests run once per backend. The backend comes from PAVT_TEST_JOURNAL_BACKEND
// ("sqlite", the default, or "postgresql"); the PostgreSQL server from PAVT_TEST_PGSQL (a libpq
// connection string) or from the state file of scripts/with-postgres.sh named by
// PAVT_TEST_PG_STATE (the CTest fixture). When no server could be started, the test prints a
// SKIP line and exits with 77, which CTest shows as "Skipped": never a silent pass.
#pragma once

#include "core/journal/journal.h"
#include "core/journal/journalentry.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>

namespace pavt::test {

inline constexpr int SkipExitCode = 77;

// The error of a failed Result for a test message (empty when it succeeded).
template<typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}
// QVERIFY for a Result, with its error message on failure. The expression is evaluated once.
#define PAVT_VERIFY_OK(result)                                                                     \
    do {                                                                                           \
        const auto &pavtVerified_ = (result);                                                      \
        QVERIFY2(bool(pavtVerified_), pavt::test::why(pavtVerified_).constData());                 \
    } while (false)

struct JournalTestBackend
{
    JournalBackend backend = JournalBackend::SQLite;
    QString serverConnection; // PostgreSQL: the server's maintenance database
    QString skipReason; // non-empty: the backend cannot be tested here

    bool isPostgres() const { return backend == JournalBackend::PostgreSQL; }
    QString name() const
    {
        return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }

    static JournalTestBackend fromEnvironment()
    {
        JournalTestBackend b;
        const QString wanted
            = qEnvironmentVariable("PAVT_TEST_JOURNAL_BACKEND", QStringLiteral("sqlite")).toLower();
        if (wanted != u"postgresql")
            return b;
        b.backend = JournalBackend::PostgreSQL;
        b.serverConnection = qEnvironmentVariable("PAVT_TEST_PGSQL");
        b.skipReason = qEnvironmentVariable("PAVT_TEST_PGSQL_SKIP");
        const QString stateFile = qEnvironmentVariable("PAVT_TEST_PG_STATE");
        if (b.serverConnection.isEmpty() && b.skipReason.isEmpty() && !stateFile.isEmpty()) {
            QFile file(stateFile);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                b.skipReason = QStringLiteral("the PostgreSQL fixture left no state file (%1)")
                                   .arg(stateFile);
                return b;
            }
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                const qsizetype eq = line.indexOf(u'=');
                if (eq < 0)
                    continue;
                const QString key = line.left(eq);
                const QString value = line.mid(eq + 1).trimmed();
                if (key == u"PAVT_TEST_PGSQL")
                    b.serverConnection = value;
                else if (key == u"PAVT_TEST_PGSQL_SKIP")
                    b.skipReason = value;
            }
        }
        if (b.serverConnection.isEmpty() && b.skipReason.isEmpty())
            b.skipReason = QStringLiteral("no PostgreSQL server given (run through ctest, or "
                                          "scripts/with-postgres.sh run ...)");
        if (b.skipReason.isEmpty() && !QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            b.skipReason
                = QStringLiteral("the QPSQL driver is not installed (package libqt6sql6-psql)");
        return b;
    }

    // Prints the visible SKIP line; returns true when the suite must not run.
    bool reportSkip(const char *suite) const
    {
        if (skipReason.isEmpty())
            return false;
        std::fprintf(stdout, "SKIP: %s on PostgreSQL was not run: %s\n", suite,
                     qPrintable(skipReason));
        std::fprintf(stderr, "SKIP: %s on PostgreSQL was not run: %s\n", suite,
                     qPrintable(skipReason));
        return true;
    }

    // A brand-new, empty journal location for one test: a file in `dir` (SQLite) or a new
    // database on the server (PostgreSQL).
    JournalConfig freshConfig(const QTemporaryDir &dir) const
    {
        static std::atomic_int counter { 0 };
        const int n = ++counter;
        JournalConfig config;
        config.backend = backend;
        if (!isPostgres()) {
            config.sqlitePath = dir.filePath(QStringLiteral("journal-%1.sqlite3").arg(n));
            return config;
        }
        const QString db
            = QStringLiteral("pavt_t%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
        execOnServer(QStringLiteral("CREATE DATABASE %1").arg(db));
        config.connection = serverConnection + QStringLiteral(" dbname=") + db;
        return config;
    }

    // Runs one statement on the server's maintenance database (fails the test on error).
    void execOnServer(const QString &sql) const
    {
        const QString name = QStringLiteral("pavt-test-admin");
        {
            QSqlDatabase admin = QSqlDatabase::contains(name)
                ? QSqlDatabase::database(name)
                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            if (!admin.isOpen()) {
                QString host, port, user, database = QStringLiteral("postgres");
                for (const QString &pair : serverConnection.split(u' ', Qt::SkipEmptyParts)) {
                    const QString key = pair.section(u'=', 0, 0);
                    const QString value = pair.section(u'=', 1);
                    if (key == u"host")
                        host = value;
                    else if (key == u"port")
                        port = value;
                    else if (key == u"user")
                        user = value;
                    else if (key == u"dbname")
                        database = value;
                }
                admin.setHostName(host);
                admin.setPort(port.toInt());
                admin.setUserName(user);
                admin.setDatabaseName(database);
                if (!admin.open())
                    qFatal("cannot reach the test PostgreSQL server: %s",
                           qPrintable(admin.lastError().text()));
            }
            QSqlQuery q(admin);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
};

// The PostgreSQL server of the fixture's state file, stopped ("-m fast": every connection is cut)
// and started again on the same port by scripts/with-postgres.sh server-stop / server-start, for
// the tests of a database that goes away and comes back. Only a server of those tests' own may be
// stopped (tests/CMakeLists.txt, pavt_postgres_restart_test(): PAVT_TEST_PG_RESTARTABLE=1): the
// other suites share theirs, and would fail.
struct PgServerControl
{
    QString script = qEnvironmentVariable("PAVT_TEST_PG_SCRIPT");
    QString state = qEnvironmentVariable("PAVT_TEST_PG_STATE");

    // Empty when the server may be stopped, else why not.
    QString unavailable() const
    {
        if (qEnvironmentVariable("PAVT_TEST_PG_RESTARTABLE") != u"1")
            return QStringLiteral("needs a PostgreSQL server of its own to stop and start "
                                  "(ctest runs it as NAME_pgrestart)");
        if (script.isEmpty() || state.isEmpty())
            return QStringLiteral("PAVT_TEST_PG_SCRIPT or PAVT_TEST_PG_STATE is not set");
        return {};
    }
    bool stop() const { return run("server-stop"); }
    bool start() const { return run("server-start"); }

private:
    bool run(const char *command) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("bash"), { script, QString::fromLatin1(command), state });
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    }
};

// A plain QtSql connection to a journal, independent of the journal's code (another program, in
// effect). Remove it with QSqlDatabase::removeDatabase(name) when done.
inline QSqlDatabase openRawConnection(const JournalConfig &config, const QString &name)
{
    const bool pg = config.backend == JournalBackend::PostgreSQL;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (pg) {
        for (const QString &pair : config.connection.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = pair.section(u'=', 0, 0);
            const QString value = pair.section(u'=', 1);
            if (key == u"host")
                db.setHostName(value);
            else if (key == u"port")
                db.setPort(value.toInt());
            else if (key == u"user")
                db.setUserName(value);
            else if (key == u"dbname")
                db.setDatabaseName(value);
        }
    } else {
        db.setDatabaseName(config.sqlitePath);
    }
    if (!db.open())
        qFatal("raw connection to the journal: %s", qPrintable(db.lastError().text()));
    return db;
}

// The statements that take a current journal back to schema 6 exactly, as a journal written by
// that version looks: no security policy (7), no totals' buckets or their triggers (8), no partial
// refunds' columns or refund batches (9), no index of the links (10). The migration tests of each
// version start from it.
inline QStringList backToSchema6Sql(bool postgres)
{
    QStringList sql;
    if (postgres)
        sql << QStringLiteral("DROP TRIGGER entry_totals_change ON entries")
            << QStringLiteral("DROP TRIGGER entry_totals_truncate ON entries")
            << QStringLiteral("DROP FUNCTION pavt_entry_totals_change()")
            << QStringLiteral("DROP FUNCTION pavt_entry_totals_clear()");
    else
        sql << QStringLiteral("DROP TRIGGER entry_totals_insert")
            << QStringLiteral("DROP TRIGGER entry_totals_update")
            << QStringLiteral("DROP TRIGGER entry_totals_delete");
    sql << QStringLiteral("DROP INDEX entries_links") // version 10
        << QStringLiteral("DROP TABLE entry_totals") << QStringLiteral("DROP TABLE security_policy")
        << QStringLiteral("DROP TABLE refund_batch_rows")
        << QStringLiteral("DROP TABLE refund_batches")
        << QStringLiteral("ALTER TABLE entries DROP COLUMN refunded_minor")
        << QStringLiteral("ALTER TABLE entries DROP COLUMN refund_pending_minor")
        << QStringLiteral("UPDATE schema_version SET version = 6");
    if (!postgres)
        sql << QStringLiteral("PRAGMA user_version = 6");
    return sql;
}

// Rows of one statement run on a raw connection.
inline QList<QVariantList> rawRows(const JournalConfig &config, const QString &sql)
{
    static std::atomic_int counter { 0 };
    const QString name = QStringLiteral("pavt-test-raw-%1").arg(++counter);
    QList<QVariantList> rows;
    {
        QSqlDatabase db = openRawConnection(config, name);
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            rows << row;
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Damages a closed SQLite journal as a failing disk or a torn copy would: overwrites 64 bytes in
// the middle of one of its pages, trying pages from the middle of the file on until one is found
// after which SQLite still opens the file and reads its schema but PRAGMA quick_check fails.
// Returns the offset of the damage, or -1 (the file is then as it was).
inline qint64 damageSqliteJournal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray original = file.readAll();
    file.close();
    if (original.size() < 100)
        return -1;
    int pageSize = (uchar(original.at(16)) << 8) | uchar(original.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = original.size() / pageSize;
    auto write = [&](const QByteArray &bytes) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    };
    static std::atomic_int counter { 0 };
    for (qint64 step = 0; step < pages; ++step) {
        // The middle page first, then alternately after and before it; never page 1 (the header
        // and the schema).
        const qint64 page = pages / 2 + ((step % 2) ? -(step + 1) / 2 : step / 2);
        if (page < 1 || page >= pages)
            continue;
        const qint64 offset = page * pageSize + pageSize / 2;
        QByteArray damaged = original;
        for (int i = 0; i < 64; ++i)
            damaged[offset + i] = char(0xa5 ^ i);
        write(damaged);
        bool opens = false;
        QString verdict;
        const QString name = QStringLiteral("pavt-test-damage-%1").arg(++counter);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                opens = q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && q.next()
                    && q.value(0).toInt() > 0;
                q.finish();
                if (opens) {
                    if (q.exec(QStringLiteral("PRAGMA quick_check")))
                        verdict = q.next() ? q.value(0).toString() : QString();
                    else
                        verdict = q.lastError().text(); // "database disk image is malformed"
                }
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (opens && !verdict.isEmpty() && verdict != u"ok")
            return offset;
    }
    write(original);
    return -1;
}

// A masked entry as ChargeService would journal it, for a published test card.
inline JournalEntry sampleEntry(const QString &orderId, const char *card = "4111111111111111",
                                qint64 amount = 1250,
                                const QString &currency = QStringLiteral("GBP"))
{
    PaymentRequest r = validRequest(card);
    r.amountMinor = amount;
    r.currency = currency;
    return pendingEntryFor(r, orderId, QStringLiteral("alice"), QStringLiteral("test"));
}

// A QCoreApplication main that skips the whole suite with a visible message when its backend
// cannot be tested, and otherwise runs it with the backend.
#define PAVT_JOURNAL_TEST_MAIN(TestClass, suiteName)                                               \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        const auto backend = pavt::test::JournalTestBackend::fromEnvironment();                    \
        if (backend.reportSkip(suiteName))                                                         \
            return pavt::test::SkipExitCode;                                                       \
        std::fprintf(stdout, "%s: journal backend %s\n", suiteName, qPrintable(backend.name()));   \
        TestClass test(backend);                                                                   \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

} // namespace pavt::test
