// SPDX-License-Identifier: MIT
// Totals per currency and outcome from the per-day buckets (entry_totals, schema 8) against the
// straightforward SQL over the entries, for many random ranges (edges inside a day, at midnight,
// empty, before 1970, the whole journal) after inserts, outcome changes, amount and currency
// changes, refunds, recovery, moved and deleted entries, and after the migration of a version-6
// journal. Written once, run on SQLite (tst_journaltotals) and PostgreSQL
// (tst_journaltotals_postgresql).
#include "core/journal/journal.h"
#include "core/journal/journaltotals.h"
#include "support/journaltestsupport.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 86400000;
const qint64 Base = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr int Days = 12;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A time near the journal's days: often exactly at a midnight or a millisecond either side.
qint64 someTime(QRandomGenerator &r)
{
    const qint64 midnight = Base + qint64(r.bounded(-2, Days + 2)) * Day;
    switch (r.bounded(6)) {
    case 0:
        return midnight;
    case 1:
        return midnight - 1;
    case 2:
        return midnight + 1;
    default:
        return midnight + qint64(r.bounded(Day));
    }
}

QString describe(const JournalQuery &q)
{
    QStringList outcomes, kinds;
    for (EntryOutcome o : q.outcomes)
        outcomes << QString::number(int(o));
    for (EntryKind k : q.kinds)
        kinds << QString::number(int(k));
    return QStringLiteral("from %1 to %2 env '%3' outcomes [%4] kinds [%5]")
        .arg(q.from.isValid() ? QString::number(q.from.toMSecsSinceEpoch()) : QStringLiteral("-"),
             q.to.isValid() ? QString::number(q.to.toMSecsSinceEpoch()) : QStringLiteral("-"),
             q.environment, outcomes.join(u','), kinds.join(u','));
}

QString totalsText(const QList<JournalTotal> &totals)
{
    QStringList out;
    for (const JournalTotal &t : totals)
        out << QStringLiteral("%1/%2: %3, %4")
                   .arg(t.currency)
                   .arg(int(t.outcome))
                   .arg(t.count)
                   .arg(t.amountMinor);
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestJournalTotals : public QObject
{
    Q_OBJECT
public:
    explicit TestJournalTotals(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;
    int m_orders = 0;

    std::unique_ptr<Journal> openJournal(const JournalConfig &config)
    {
        auto journal = Journal::open(config);
        if (!journal)
            qFatal("cannot open the journal: %s", qPrintable(journal.error().message));
        return std::move(*journal);
    }

    JournalEntry randomEntry(QRandomGenerator &r)
    {
        static const char *currencies[] = { "GBP", "EUR", "JPY" };
        JournalEntry e
            = sampleEntry(QStringLiteral("TOT-%1").arg(++m_orders), "4111111111111111",
                          1 + r.bounded(100000), QString::fromLatin1(currencies[r.bounded(3)]));
        e.createdAt = at(someTime(r));
        e.updatedAt = e.createdAt;
        e.environment = r.bounded(4) == 0 ? QStringLiteral("live") : QStringLiteral("test");
        e.outcome = EntryOutcome(r.bounded(EntryOutcomeCount));
        e.kind = EntryKind(r.bounded(EntryKindCount));
        return e;
    }

    static JournalQuery randomQuery(QRandomGenerator &r)
    {
        JournalQuery q;
        const int shape = r.bounded(10);
        qint64 from = someTime(r), to = someTime(r);
        if (from > to)
            std::swap(from, to);
        if (shape == 0) {
            // the whole journal
        } else if (shape == 1) {
            q.to = at(to); // no lower bound
        } else if (shape == 2) {
            q.from = at(from); // no upper bound
        } else if (shape == 3) {
            q.from = q.to = at(from); // empty
        } else if (shape == 4) {
            const qint64 day = Base + qint64(r.bounded(Days)) * Day; // within one day
            q.from = at(day + r.bounded(Day / 2));
            q.to = at(day + Day / 2 + r.bounded(Day / 2));
        } else if (shape == 5) {
            q.from = at(Base + qint64(r.bounded(Days)) * Day); // whole days
            q.to = q.from.addMSecs(qint64(r.bounded(1, 4)) * Day);
        } else {
            q.from = at(from);
            q.to = at(to);
        }
        if (r.bounded(3) == 0)
            q.environment = r.bounded(2) ? QStringLiteral("live") : QStringLiteral("test");
        if (r.bounded(4) == 0)
            for (int i = 0, n = r.bounded(1, 4); i < n; ++i)
                q.outcomes << EntryOutcome(r.bounded(EntryOutcomeCount));
        if (r.bounded(5) == 0)
            q.kinds << EntryKind(r.bounded(EntryKindCount));
        return q;
    }

    // The straightforward SQL over the entries, on a connection of its own.
    static QList<JournalTotal> reference(const JournalConfig &config, const JournalQuery &q)
    {
        QStringList where;
        if (q.from.isValid())
            where << QStringLiteral("created_at >= %1").arg(q.from.toMSecsSinceEpoch());
        if (q.to.isValid())
            where << QStringLiteral("created_at < %1").arg(q.to.toMSecsSinceEpoch());
        if (!q.environment.isEmpty())
            where << QStringLiteral("environment = '%1'").arg(q.environment);
        QStringList outcomes, kinds;
        for (EntryOutcome o : q.outcomes)
            outcomes << QString::number(int(o));
        for (EntryKind k : q.kinds)
            kinds << QString::number(int(k));
        if (!outcomes.isEmpty())
            where << QStringLiteral("outcome IN (%1)").arg(outcomes.join(u','));
        if (!kinds.isEmpty())
            where << QStringLiteral("kind IN (%1)").arg(kinds.join(u','));
        const QString sql
            = QStringLiteral("SELECT currency, outcome, COUNT(*), SUM(amount_minor) FROM entries%1 "
                             "GROUP BY currency, outcome ORDER BY currency, outcome")
                  .arg(where.isEmpty() ? QString()
                                       : QStringLiteral(" WHERE ") + where.join(u" AND "_s));
        QList<JournalTotal> out;
        for (const QVariantList &row : rawRows(config, sql))
            out << JournalTotal { row.at(0).toString(), EntryOutcome(row.at(1).toInt()),
                                  row.at(2).toLongLong(), row.at(3).toLongLong() };
        return out;
    }

    // Every bucket holds exactly what its entries add up to (floor of the day, also before 1970).
    static void verifyBuckets(const JournalConfig &config)
    {
        const QString day
            = QStringLiteral("CASE WHEN created_at >= 0 THEN created_at / 86400000 ELSE "
                             "-((86400000 - 1 - created_at) / 86400000) END");
        auto text = [](const QList<QVariantList> &rows) {
            QStringList out;
            for (const QVariantList &row : rows) {
                QStringList cells;
                for (const QVariant &v : row)
                    cells << v.toString();
                out << cells.join(u'|');
            }
            return out;
        };
        const QStringList stored = text(
            rawRows(config,
                    QStringLiteral("SELECT day, environment, currency, outcome, kind, entry_count, "
                                   "amount_minor FROM entry_totals ORDER BY 1, 2, 3, 4, 5")));
        const QStringList expected = text(
            rawRows(config,
                    QStringLiteral("SELECT %1, environment, currency, outcome, kind, COUNT(*), "
                                   "SUM(amount_minor) FROM entries GROUP BY 1, 2, 3, 4, 5 "
                                   "ORDER BY 1, 2, 3, 4, 5")
                        .arg(day)));
        QCOMPARE(stored, expected);
    }

    void compareRanges(Journal &journal, QRandomGenerator &r, int n)
    {
        for (int i = 0; i < n; ++i) {
            const JournalQuery q = randomQuery(r);
            auto totals = journal.totals(q);
            PAVT_VERIFY_OK(totals);
            const QList<JournalTotal> expected = reference(journal.config(), q);
            QVERIFY2(*totals == expected,
                     qPrintable(describe(q) + u"\n got: "_s + totalsText(*totals)
                                + u"\n expected: "_s + totalsText(expected)));
            qint64 count = 0;
            for (const JournalTotal &t : expected)
                count += t.count;
            QCOMPARE(journal.count(q).value(), count);
        }
    }

    void insertRandom(Journal &journal, QRandomGenerator &r, int n)
    {
        QList<JournalEntry> batch;
        for (int i = 0; i < n; ++i)
            batch << randomEntry(r);
        PAVT_VERIFY_OK(journal.insertBatch(batch));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void totalsMatchTheEntriesForAnyRange()
    {
        auto journal = openJournal(m_backend.freshConfig(m_dir));
        QRandomGenerator r(13);
        compareRanges(*journal, r, 20); // an empty journal
        insertRandom(*journal, r, 3000);
        // Before 1970: the day is rounded down there too.
        QList<JournalEntry> early;
        for (qint64 ms : { qint64(-1), -Day, -Day - 1, qint64(0), Day - 1 }) {
            JournalEntry e = randomEntry(r);
            e.createdAt = e.updatedAt = at(ms);
            early << e;
        }
        PAVT_VERIFY_OK(journal->insertBatch(early));
        verifyBuckets(journal->config());
        compareRanges(*journal, r, 400);
        for (auto [from, to] : { std::pair<qint64, qint64> { -Day - 1, 1 },
                                 { -1, Day },
                                 { -2 * Day, -Day },
                                 { -Day, 0 } }) {
            JournalQuery q;
            q.from = at(from);
            q.to = at(to);
            QCOMPARE(totalsText(journal->totals(q).value()),
                     totalsText(reference(journal->config(), q)));
        }
    }

    void totalsFollowEveryChange()
    {
        auto journal = openJournal(m_backend.freshConfig(m_dir));
        QRandomGenerator r(29);
        insertRandom(*journal, r, 1500);
        // Charges as the service journals them: pending, then an outcome.
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i) {
            JournalEntry e = randomEntry(r);
            e.kind = EntryKind::KeyedCard; // a link needs its expiry
            e.outcome = EntryOutcome::Pending;
            auto pending = journal->recordPending(e);
            PAVT_VERIFY_OK(pending);
            ids << pending->id;
        }
        verifyBuckets(journal->config());
        compareRanges(*journal, r, 60);
        for (int i = 0; i < 30; ++i) {
            GatewayOutcome o;
            o.kind = i % 3 == 0 ? OutcomeKind::Declined
                : i % 3 == 1    ? OutcomeKind::Approved
                                : OutcomeKind::Unknown;
            o.httpStatus = 200;
            o.transaction.transactionId = QStringLiteral("PA-TOT-%1").arg(i);
            PAVT_VERIFY_OK(journal->complete(ids.at(i), o));
        }
        // Refunds (the refund's columns are not in the totals; the entry must stay counted once).
        for (int i = 1; i < 30; i += 3) {
            PAVT_VERIFY_OK(journal->beginRefund(ids.at(i), QStringLiteral("customer asked")));
            GatewayOutcome ok;
            ok.kind = OutcomeKind::Approved;
            PAVT_VERIFY_OK(journal->finishRefund(ids.at(i), ok));
        }
        verifyBuckets(journal->config());
        compareRanges(*journal, r, 60);
        // Reconciliation: an unknown outcome found approved, through the database's update().
        for (int i = 2; i < 30; i += 3)
            PAVT_VERIFY_OK(journal->database().update(
                ids.at(i),
                [](JournalEntry &e) -> std::optional<Error> {
                    e.outcome = EntryOutcome::Approved;
                    return std::nullopt;
                },
                QDateTime::currentDateTimeUtc()));
        // A template link learns its amount and currency from the gateway.
        for (int i = 30; i < 40; ++i)
            PAVT_VERIFY_OK(journal->database().update(
                ids.at(i),
                [i](JournalEntry &e) -> std::optional<Error> {
                    e.amountMinor = 777 + i;
                    e.currency = i % 2 ? QStringLiteral("USD") : QStringLiteral("EUR");
                    return std::nullopt;
                },
                QDateTime::currentDateTimeUtc()));
        verifyBuckets(journal->config());
        compareRanges(*journal, r, 60);
        // Changes by hand: entries moved to another day or environment, and deleted.
        QVERIFY(journal->database().execRaw(
            QStringLiteral("UPDATE entries SET created_at = created_at + %1 WHERE id % 7 = 0")
                .arg(Day / 3)));
        QVERIFY(journal->database().execRaw(
            QStringLiteral("UPDATE entries SET environment = 'live', kind = 2 WHERE id % 11 = 0")));
        QVERIFY(journal->database().execRaw(
            QStringLiteral("UPDATE entries SET message = 'x' WHERE id % 13 = 0"))); // no change
        QVERIFY(
            journal->database().execRaw(QStringLiteral("DELETE FROM entries WHERE id % 5 = 0")));
        verifyBuckets(journal->config());
        compareRanges(*journal, r, 100);
        QVERIFY(journal->database().execRaw(QStringLiteral("DELETE FROM entries")));
        QCOMPARE(rawRows(journal->config(), QStringLiteral("SELECT COUNT(*) FROM entry_totals"))
                     .first()
                     .first()
                     .toInt(),
                 0);
        QVERIFY(journal->totals({}).value().isEmpty());
    }

    void bucketsAnswerDateRangesAndEnvironments()
    {
        // The plain range and environment (the history's summary, end of day) are summed from
        // the buckets, not from the entries: a bucket changed by hand shows. Searches the buckets
        // cannot answer read the entries.
        auto journal = openJournal(m_backend.freshConfig(m_dir));
        JournalEntry e = sampleEntry(QStringLiteral("TOT-BUCKET"), "4111111111111111", 1000);
        e.createdAt = e.updatedAt = at(Base + Day / 2);
        e.outcome = EntryOutcome::Approved;
        PAVT_VERIFY_OK(journal->insertBatch({ e }));
        QVERIFY(journal->database().execRaw(
            QStringLiteral("UPDATE entry_totals SET entry_count = 5, amount_minor = 5000")));
        JournalQuery year;
        year.from = at(Base - 200 * Day);
        year.to = at(Base + 165 * Day);
        year.environment = QStringLiteral("test");
        const QList<JournalTotal> fromBuckets { { QStringLiteral("GBP"), EntryOutcome::Approved, 5,
                                                  5000 } };
        QCOMPARE(journal->totals(year).value(), fromBuckets);
        QCOMPARE(journal->totals({}).value(), fromBuckets);
        QCOMPARE(journal->count(year).value(), 5);
        JournalQuery inTheDay; // within the bucket: the entries
        inTheDay.from = at(Base + 1);
        inTheDay.to = at(Base + Day - 1);
        const QList<JournalTotal> fromEntries { { QStringLiteral("GBP"), EntryOutcome::Approved, 1,
                                                  1000 } };
        QCOMPARE(journal->totals(inTheDay).value(), fromEntries);
        JournalQuery byOperator = year;
        byOperator.operatorName = QStringLiteral("alice");
        QCOMPARE(journal->totals(byOperator).value(), fromEntries);
        JournalQuery byCard = year;
        byCard.lastFour = QStringLiteral("1111");
        QCOMPARE(journal->totals(byCard).value(), fromEntries);
        QCOMPARE(journal->count(byCard).value(), 1);
    }

    void aSeatWithTheDocumentedRightsKeepsTheTotals()
    {
        // docs/admin-guide.md, section 7: a seat has SELECT on entry_totals only; the trigger
        // function writes it with the owner's rights (SECURITY DEFINER).
        if (!m_backend.isPostgres())
            QSKIP("PostgreSQL only: SQLite has no roles");
        const JournalConfig config = m_backend.freshConfig(m_dir);
        openJournal(config).reset(); // the owner creates the schema
        const QString seat = QStringLiteral("pavt_seat_%1").arg(QCoreApplication::applicationPid());
        m_backend.execOnServer(QStringLiteral("DROP ROLE IF EXISTS %1").arg(seat));
        m_backend.execOnServer(QStringLiteral("CREATE ROLE %1 LOGIN").arg(seat));
        for (const QString &grant :
             { QStringLiteral("GRANT SELECT, INSERT, UPDATE ON entries TO %1"),
               QStringLiteral("GRANT SELECT ON schema_version TO %1"),
               QStringLiteral("GRANT USAGE ON SEQUENCE entries_id_seq TO %1"),
               QStringLiteral("GRANT SELECT ON entry_totals TO %1") })
            rawRows(config, grant.arg(seat));
        JournalConfig seatConfig = config;
        QStringList parts = config.connection.split(u' ', Qt::SkipEmptyParts);
        for (QString &part : parts)
            if (part.startsWith(u"user="_s))
                part = u"user="_s + seat;
        seatConfig.connection = parts.join(u' ');
        {
            auto journal = openJournal(seatConfig);
            QRandomGenerator r(71);
            insertRandom(*journal, r, 200);
            auto pending = journal->recordPending(sampleEntry(QStringLiteral("TOT-SEAT")));
            PAVT_VERIFY_OK(pending);
            GatewayOutcome approved;
            approved.kind = OutcomeKind::Approved;
            approved.transaction.transactionId = QStringLiteral("PA-TOT-SEAT");
            PAVT_VERIFY_OK(journal->complete(pending->id, approved));
            verifyBuckets(config);
            compareRanges(*journal, r, 30);
            auto byHand = journal->database().execRaw(
                QStringLiteral("UPDATE entry_totals SET entry_count = entry_count + 1"));
            QVERIFY(!byHand);
            QVERIFY2(byHand.error().message.contains(u"permission denied"),
                     qPrintable(byHand.error().message));
        }
        verifyBuckets(config);
    }

    void migratesAVersion6Journal()
    {
        const JournalConfig config = m_backend.freshConfig(m_dir);
        const bool pg = m_backend.isPostgres();
        QRandomGenerator r(47);
        {
            auto journal = openJournal(config);
            insertRandom(*journal, r, 2000);
            // Back to schema 6 exactly: no buckets, no triggers; entries written after the
            // triggers were gone (by this program, before the later columns go too).
            const QStringList back = backToSchema6Sql(pg);
            const qsizetype totalsGone
                = back.indexOf(QStringLiteral("DROP TABLE entry_totals")) + 1;
            for (const QString &sql : back.first(totalsGone))
                QVERIFY2(journal->database().execRaw(sql), qPrintable(sql));
            insertRandom(*journal, r, 500);
            for (const QString &sql : back.sliced(totalsGone))
                QVERIFY2(journal->database().execRaw(sql), qPrintable(sql));
        }
        auto journal = openJournal(config);
        QCOMPARE(journal->schemaVersion().value(), Journal::SchemaVersion);
        QCOMPARE(rawRows(config, QStringLiteral("SELECT version FROM schema_version"))
                     .first()
                     .first()
                     .toInt(),
                 JournalDatabase::SchemaVersion);
        verifyBuckets(config);
        compareRanges(*journal, r, 150);
        insertRandom(*journal, r, 300);
        verifyBuckets(config);
        compareRanges(*journal, r, 50);
    }
};

PAVT_JOURNAL_TEST_MAIN(TestJournalTotals, "tst_journaltotals")

#include "tst_journaltotals.moc"
