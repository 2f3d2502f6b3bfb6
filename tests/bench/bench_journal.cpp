// SPDX-License-Identifier: MIT
// The journal's speed and size on SQLite with a large journal (default 1,000,000 entries): the
// median of every kind of search, the history model's first page, the pending write before a
// charge (median and p99, synchronous=FULL and NORMAL), bytes per entry, the check at open
// (PRAGMA quick_check) and the time to a usable journal, and a streaming CSV export of everything
// with its peak memory. Prints figures; never fails on timing.
//
//   bench_journal [--entries N] [--dir DIR] [--keep] [--journal PATH] [--only totals,csv,...]
//
// Targets (issue 4): search <= 20 ms median, first page <= 30 ms, pending write <= 5 ms median,
// <= 400 bytes per entry. Issue 13: totals <= 50 ms for any range, CSV export <= 3 s.
//
// The main thread waits for the reader with processEvents(WaitForMoreEvents), which blocks: the
// overload with a time limit drops that flag and spins, taking a core from the reader's thread
// (on two cores the CSV export took about twice as long).
//
// Over 600 lines: one program for every figure of the large journal, each part a block of main().
#include "core/gateway/gatewayclient.h"
#include "core/journal/historymodel.h"
#include "core/journal/journal.h"
#include "core/journal/journalreader.h"
#include "core/payment/orderid.h"
#include "support/benchjournal.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <string_view>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

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

double peakRssMiB()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#else
    return 0;
#endif
}

// The process's CPU time (user and system), to read a figure taken on a busy machine.
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

double currentRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QString cpuModel()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray &line : info.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

void printPlan(Journal &journal, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(journal.database().database());
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM entries WHERE ") + where
              + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT 101"));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return;
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    std::printf("      plan: %s\n", qPrintable(steps.join(QStringLiteral(" | "))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 count = 1000000;
    QString dirArg;
    bool keep = false;
    QStringList only;
    QString reuse; // --journal PATH: a journal kept by an earlier run (--keep), not generated again
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--entries" && i + 1 < args.size())
            count = args.at(++i).toLongLong();
        else if (args.at(i) == u"--dir" && i + 1 < args.size())
            dirArg = args.at(++i);
        else if (args.at(i) == u"--keep")
            keep = true;
        else if (args.at(i) == u"--journal" && i + 1 < args.size())
            reuse = args.at(++i);
        else if (args.at(i) == u"--only" && i + 1 < args.size())
            only = args.at(++i).split(u',');
    }
    // --only check,search,totals,history,customers,writes,csv: just those parts (after the
    // journal is generated).
    auto want = [&only](const char *part) {
        return only.isEmpty() || only.contains(QLatin1StringView(part));
    };
    QTemporaryDir temp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_journal-XXXXXX")
                                        : dirArg + QStringLiteral("/bench_journal-XXXXXX"));
    temp.setAutoRemove(!keep);
    const QString path = reuse.isEmpty() ? temp.filePath(QStringLiteral("journal.sqlite3")) : reuse;

    std::printf("bench_journal: %lld entries, SQLite %s\n", count, qPrintable(path));
    std::printf("machine: %s, %d logical CPUs, %s %s, Qt %s\n", qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::kernelVersion()), qVersion());

    // 1. Generate, in transactions of 100,000 (synchronous=NORMAL for the bulk load only).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reuse.isEmpty()) {
        QElapsedTimer t;
        t.start();
        if (const QString error = pavt::bench::writeJournal(path, count, now.addSecs(-3600));
            !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated in %.1f s (%.0f entries/s)\n", t.elapsed() / 1000.0,
                    count * 1000.0 / std::max<qint64>(1, t.elapsed()));
    }
    const qint64 bytes = QFileInfo(path).size();
    std::printf("size: %.1f MiB, %.0f bytes per entry (target <= 400)\n", bytes / 1048576.0,
                double(bytes) / count);

    // 1b. The journal's check at open (PRAGMA quick_check reads every page) and the time to a
    //     usable journal: with the check before open() returns (pavt-cli before a charge), and as
    //     the terminal opens it (Auto: a journal this large is checked on a worker thread).
    if (want("check")) {
        JournalConfig c;
        c.sqlitePath = path;
        QList<double> ms;
        for (int i = 0; i < 3; ++i) {
            auto db = JournalDatabase::open(c, QStringLiteral("bench-check"), false);
            if (!db)
                return 1;
            QElapsedTimer t;
            t.start();
            const auto checked = (*db)->quickCheck();
            ms << t.nsecsElapsed() / 1e6;
            if (!checked)
                std::fprintf(stderr, "%s\n", qPrintable(checked.error().message));
        }
        const qint64 mib = QFileInfo(path).size() / 1048576;
        std::printf("PRAGMA quick_check of %lld MiB: %.0f, %.0f, %.0f ms (page cache warm: the "
                    "file was just written; %.1f ms per MiB)\n",
                    mib, ms.at(0), ms.at(1), ms.at(2), stats(ms).median / std::max<qint64>(1, mib));
        c.healthCheck = JournalConfig::HealthCheck::AtOpen;
        QElapsedTimer t;
        t.start();
        {
            auto j = Journal::open(c);
            std::printf("time to a usable journal, checked before open() returns: %.0f ms\n",
                        t.nsecsElapsed() / 1e6);
        }
        c.healthCheck = JournalConfig::HealthCheck::Auto;
        t.restart();
        auto j = Journal::open(c);
        if (!j)
            return 1;
        const double usable = t.nsecsElapsed() / 1e6;
        const bool onWorker = (*j)->health() == JournalHealth::Checking;
        bool done = !onWorker;
        QObject::connect(j->get(), &Journal::healthChecked, [&](bool) { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        std::printf("time to a usable journal as the terminal opens it (%s): %.1f ms; charges "
                    "wait for the check, passed after %.0f ms\n",
                    onWorker ? "checked on a worker thread" : "checked at open", usable,
                    t.nsecsElapsed() / 1e6);
    }

    JournalConfig config;
    config.sqlitePath = path;
    // Checked before open() returns, so that the writes measured below are not refused while a
    // check runs (measured above).
    config.healthCheck = JournalConfig::HealthCheck::AtOpen;
    auto opened = Journal::open(config);
    if (!opened)
        return 1;
    Journal &journal = **opened;
    {
        QSqlQuery q(journal.database().database());
        q.exec(QStringLiteral("ANALYZE"));
        QStringList sizes;
        if (q.exec(QStringLiteral(
                "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"))) {
            while (q.next())
                sizes << QStringLiteral("%1 %2")
                             .arg(q.value(0).toString())
                             .arg(q.value(1).toLongLong() / double(count), 0, 'f', 0);
            std::printf("bytes per entry by table/index: %s\n",
                        qPrintable(sizes.join(QStringLiteral(", "))));
        }
    }

    // 2. Every kind of search: the first page of 100, newest first; 41 different values each.
    bench::Generator probe(now.addSecs(-3600), count);
    QList<JournalEntry> samples;
    {
        QRandomGenerator pick(7);
        for (int i = 0; i < 41; ++i) {
            auto page = journal.search(
                {},
                JournalCursor {
                    QDateTime::fromMSecsSinceEpoch(
                        now.toMSecsSinceEpoch() - qint64(pick.bounded(360)) * 86400000, Qt::UTC),
                    std::numeric_limits<qint64>::max() },
                1);
            if (page && !page->entries.isEmpty())
                samples << page->entries.first();
        }
    }
    struct Kind
    {
        const char *name;
        std::function<JournalQuery(const JournalEntry &)> make;
    };
    const QList<Kind> kinds {
        { "date range (one day)",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.from = QDateTime(e.createdAt.date(), QTime(0, 0), Qt::UTC);
              q.to = q.from.addDays(1);
              return q;
          } },
        { "outcome needs_3ds",
          [](const JournalEntry &) {
              JournalQuery q;
              q.outcomes = { EntryOutcome::NeedsThreeDS };
              return q;
          } },
        { "outcome approved",
          [](const JournalEntry &) {
              JournalQuery q;
              q.outcomes = { EntryOutcome::Approved };
              return q;
          } },
        { "outcomes unknown+server_error+unresolved",
          [](const JournalEntry &) {
              JournalQuery q;
              q.outcomes
                  = { EntryOutcome::Unknown, EntryOutcome::ServerError, EntryOutcome::Unresolved };
              return q;
          } },
        { "last four",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.lastFour = e.cardLastFour;
              return q;
          } },
        { "name prefix (3 letters)",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.name = e.lastName.left(3).toLower();
              return q;
          } },
        { "name prefix (1 letter)",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.name = e.lastName.left(1).toLower();
              return q;
          } },
        { "name prefix, no match",
          [](const JournalEntry &) {
              JournalQuery q;
              q.name = QStringLiteral("zzq");
              return q;
          } },
        { "first + last name",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.name = e.firstName + u' ' + e.lastName;
              return q;
          } },
        { "e-mail prefix",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.email = e.email.left(e.email.indexOf(u'.') + 3);
              return q;
          } },
        { "order id",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.orderId = e.orderId;
              return q;
          } },
        { "transaction id",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.transactionId
                  = e.transactionId.isEmpty() ? QStringLiteral("PANONE") : e.transactionId;
              return q;
          } },
        { "last four + 30 days",
          [](const JournalEntry &e) {
              JournalQuery q;
              q.lastFour = e.cardLastFour;
              q.to = e.createdAt.addSecs(1);
              q.from = q.to.addDays(-30);
              return q;
          } },
    };
    if (want("search"))
        std::printf(
            "search, first page of 100 (median / p99 of %lld queries; target <= 20 ms median):\n",
            samples.size());
    for (const Kind &kind : want("search") ? kinds : QList<Kind> {}) {
        QList<double> ms;
        qint64 rows = 0;
        for (const JournalEntry &sample : std::as_const(samples)) {
            const JournalQuery q = kind.make(sample);
            QElapsedTimer t;
            t.start();
            auto page = journal.search(q, {}, 100);
            ms << t.nsecsElapsed() / 1e6;
            rows += page ? page->entries.size() : 0;
        }
        const Stats s = stats(ms);
        std::printf("  %-42s %7.2f ms  p99 %7.2f ms  (%.0f rows a page)\n", kind.name, s.median,
                    s.p99, double(rows) / std::max<qsizetype>(1, samples.size()));
    }
    if (!samples.isEmpty() && want("search")) {
        // What the planner does with each (SQLite's EXPLAIN QUERY PLAN).
        const JournalEntry &e = samples.first();
        std::printf("  query plans:\n");
        std::printf("    last four:\n");
        printPlan(journal, QStringLiteral("card_last4 = ?"), { e.cardLastFour });
        std::printf("    name prefix:\n");
        const QString low = e.lastName.left(3);
        const QString high = QString(low + QStringLiteral("\U0010FFFF"));
        printPlan(
            journal,
            QStringLiteral(
                "((first_name >= ? AND first_name < ?) OR (last_name >= ? AND last_name < ?))"),
            QVariantList { low, high, low, high });
        std::printf("    outcome approved:\n");
        printPlan(journal, QStringLiteral("outcome = 1"), {});
    }

    // Totals of a result (the summary line; computed on the reader's thread in the GUI), from the
    // per-day buckets (schema 8), next to the straightforward SQL over the entries that they
    // replace. Target (issue 13): <= 50 ms for any range.
    if (want("totals")) {
        struct Range
        {
            const char *name;
            std::function<JournalQuery(const JournalEntry &)> make;
        };
        auto ending = [](const JournalEntry &e, int days) {
            JournalQuery q;
            q.to = QDateTime(e.createdAt.date().addDays(1), QTime(0, 0), Qt::UTC);
            q.from = q.to.addDays(-days);
            return q;
        };
        const QList<Range> ranges {
            { "whole journal", [](const JournalEntry &) { return JournalQuery {}; } },
            { "365 days", [&](const JournalEntry &e) { return ending(e, 365); } },
            { "30 days", [&](const JournalEntry &e) { return ending(e, 30); } },
            { "1 day", [&](const JournalEntry &e) { return ending(e, 1); } },
            { "30 days, edges at 13:47:12.345 (inside days)",
              [&](const JournalEntry &e) {
                  JournalQuery q = ending(e, 30);
                  q.from = q.from.addMSecs(49632345);
                  q.to = q.to.addMSecs(-36647655);
                  return q;
              } },
            { "365 days, live only",
              [&](const JournalEntry &e) {
                  JournalQuery q = ending(e, 365);
                  q.environment = QStringLiteral("live");
                  return q;
              } },
        };
        auto straightforward = [&](const JournalQuery &q) {
            QStringList where;
            QVariantList binds;
            if (q.from.isValid()) {
                where << QStringLiteral("created_at >= ?");
                binds << q.from.toMSecsSinceEpoch();
            }
            if (q.to.isValid()) {
                where << QStringLiteral("created_at < ?");
                binds << q.to.toMSecsSinceEpoch();
            }
            if (!q.environment.isEmpty()) {
                where << QStringLiteral("environment = ?");
                binds << q.environment;
            }
            QSqlQuery sql(journal.database().database());
            sql.setForwardOnly(true);
            sql.prepare(QStringLiteral("SELECT currency, outcome, COUNT(*), SUM(amount_minor) "
                                       "FROM entries%1 GROUP BY currency, outcome")
                            .arg(where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ")
                                         + where.join(QStringLiteral(" AND "))));
            for (int i = 0; i < binds.size(); ++i)
                sql.bindValue(i, binds.at(i));
            sql.exec();
            qint64 n = 0;
            while (sql.next())
                n += sql.value(2).toLongLong();
            return n;
        };
        std::printf("totals per currency and outcome (median of %lld ranges; target <= 50 ms), "
                    "from the buckets vs. the straightforward SQL over the entries:\n",
                    samples.size());
        for (const Range &range : ranges) {
            QList<double> fast, slow;
            bool same = true;
            const qsizetype n
                = range.name == std::string_view("whole journal") ? 3 : samples.size();
            for (qsizetype i = 0; i < n; ++i) {
                const JournalQuery q = range.make(samples.at(i));
                QElapsedTimer t;
                t.start();
                auto totals = journal.totals(q);
                fast << t.nsecsElapsed() / 1e6;
                // The straightforward SQL only on a few samples (seconds each on a whole year).
                if (i < 3) {
                    t.restart();
                    const qint64 expected = straightforward(q);
                    slow << t.nsecsElapsed() / 1e6;
                    qint64 got = 0;
                    for (const JournalTotal &total : totals.value_or(QList<JournalTotal> {}))
                        got += total.count;
                    same = same && got == expected;
                }
            }
            std::printf("  %-46s %8.2f ms  (straightforward SQL %8.1f ms)%s\n", range.name,
                        stats(fast).median, stats(slow).median, same ? "" : "  COUNTS DIFFER");
        }
    }

    // 3. The history model's first page (200 rows), through the reader's thread.
    if (want("history")) {
        JournalReader reader(config);
        HistoryModel model(&reader);
        QList<double> ms;
        for (int i = 0; i < 21; ++i) {
            JournalQuery q;
            if (i % 3 == 1 && !samples.isEmpty())
                q.lastFour = samples.at(i % samples.size()).cardLastFour;
            if (i % 3 == 2)
                q.outcomes = { EntryOutcome::Approved, EntryOutcome::Declined };
            QElapsedTimer t;
            t.start();
            model.setQuery(q);
            while (model.isLoading())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            ms << t.nsecsElapsed() / 1e6;
        }
        // The first opening includes the reader's connection: reported apart.
        const double first = ms.takeFirst();
        const Stats s = stats(ms);
        std::printf("history model first page (%d rows): median %.2f ms, p99 %.2f ms; very first "
                    "(opens the reader's "
                    "connection) %.2f ms (target <= 30 ms)\n",
                    model.pageSize(), s.median, s.p99, first);
    }

    // 3b. Repeat customers: one look-up per pause in typing (JournalDatabase::customers), by the
    //     first letters of an e-mail or a last name and the start of a phone number.
    if (want("customers")) {
        auto journal = Journal::open(config);
        if (!journal)
            return 1;
        std::printf("customer look-up (median / p99 of 60; target <= 10 ms):\n");
        const QList<JournalEntry> picks = [&] {
            bench::Generator g(now.addSecs(-3600), count);
            QList<JournalEntry> out;
            for (int i = 0; i < 60; ++i)
                out << g.entry(qint64(i) * (count / 60));
            return out;
        }();
        const struct
        {
            const char *label;
            CustomerField by;
            int length;
        } cases[] = {
            { "e-mail, 2 letters", CustomerField::Email, 2 },
            { "e-mail, 4 letters", CustomerField::Email, 4 },
            { "last name, 3 letters", CustomerField::LastName, 3 },
            { "phone, 12 characters", CustomerField::Phone, 12 },
        };
        for (const auto &c : cases) {
            QList<double> ms;
            qsizetype found = 0;
            for (const JournalEntry &e : picks) {
                const QString value = c.by == CustomerField::Email ? e.email
                    : c.by == CustomerField::LastName              ? e.lastName
                                                                   : e.phone;
                QElapsedTimer t;
                t.start();
                auto suggestions = (*journal)->database().customers(c.by, value.left(c.length), 8);
                ms << t.nsecsElapsed() / 1e6;
                if (suggestions)
                    found += suggestions->size();
            }
            const Stats s = stats(ms);
            std::printf("  %-24s %6.2f ms  p99 %6.2f ms  (%.1f suggestions on average)\n", c.label,
                        s.median, s.p99, double(found) / picks.size());
        }
    }

    // 4. The pending write before a charge, and its completion, on the full journal.
    auto measureWrites = [&](bool durable, int n) {
        JournalConfig c = config;
        c.durableCommits = durable;
        auto j = Journal::open(c);
        QList<double> pendingMs, completeMs;
        PaymentRequest request = test::validRequest();
        for (int i = 0; i < n; ++i) {
            const JournalEntry candidate = pendingEntryFor(
                request, generateOrderId(), QStringLiteral("bench"), QStringLiteral("live"));
            QElapsedTimer t;
            t.start();
            auto pending = (*j)->recordPending(candidate);
            pendingMs << t.nsecsElapsed() / 1e6;
            GatewayOutcome o;
            o.kind = OutcomeKind::Approved;
            o.httpStatus = 200;
            o.transaction.transactionId = QStringLiteral("PABENCH%1").arg(i);
            t.restart();
            (void)(*j)->complete(pending->id, o);
            completeMs << t.nsecsElapsed() / 1e6;
        }
        const Stats p = stats(pendingMs), c2 = stats(completeMs);
        std::printf("  synchronous=%-6s pending write median %.2f ms, p99 %.2f ms, max %.2f ms; "
                    "completion median %.2f ms, "
                    "p99 %.2f ms (%d charges)\n",
                    durable ? "FULL" : "NORMAL", p.median, p.p99, p.max, c2.median, c2.p99, n);
    };
    if (want("writes")) {
        std::printf("pending write before a charge (target <= 5 ms median):\n");
        measureWrites(true, 2000);
        measureWrites(false, 2000);
    }

    // 5. CSV export of everything, streamed by the reader.
    if (want("csv")) {
        const double before = currentRssMiB();
        JournalReader reader(config);
        const QString csv = temp.filePath(QStringLiteral("all.csv"));
        bool done = false;
        qint64 rows = 0;
        double maxRss = before;
        QObject::connect(&reader, &JournalReader::exportFinished, [&](quint64, qint64 n) {
            rows = n;
            done = true;
        });
        QObject::connect(&reader, &JournalReader::failed, [&](quint64, const Error &e) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(e.message));
            done = true;
        });
        QObject::connect(&reader, &JournalReader::exportProgress, [&](quint64, qint64, qint64) {
            maxRss = std::max(maxRss, currentRssMiB());
        });
        QElapsedTimer t;
        t.start();
        const double cpuBefore = cpuSeconds();
        reader.exportCsv({}, csv);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        std::printf(
            "CSV export of %lld rows: %.1f s (%.1f s of CPU; target <= 3 s), %.0f MiB file; "
            "resident memory %.0f MiB before, at most %.0f MiB during (process peak %.0f "
            "MiB)\n",
            rows, t.elapsed() / 1000.0, cpuSeconds() - cpuBefore, QFileInfo(csv).size() / 1048576.0,
            before, maxRss, peakRssMiB());
        QFile::remove(csv);
    }
    if (keep)
        std::printf("kept %s\n", qPrintable(temp.path()));
    return 0;
}
