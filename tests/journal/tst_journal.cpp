// SPDX-License-Identifier: MIT
// The journal's suite, written once and run against SQLite (tst_journal) and PostgreSQL
// (tst_journal_postgresql, with a throwaway server from tests/journal's CTest fixture).
#include "core/journal/csvexport.h"
#include "core/journal/journal.h"
#include "core/journal/journalcolumns.h"
#include "core/journal/journalreader.h"
#include "core/journal/linkentry.h"
#include "core/journal/processcheck.h"
#include "core/service/chargeservice.h"
#include "core/settings/terminalsettings.h"
#include "support/fakenetwork.h"
#include "support/journaltestsupport.h"
#include "support/testdata.h"

#include <QBuffer>
#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace pavt;
using namespace pavt::test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

// A JSON answer of the gateway for a charge.
QByteArray answer(const char *status, const QByteArray &txid, const QByteArray &message)
{
    return QByteArray("{\"status\":\"") + status + "\",\"message\":\"" + message
        + "\",\"data\":{\"amount\":1250,\"currency\":\"GBP\",\"transaction_id\":\"" + txid + "\"}}";
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
public:
    explicit TestJournal(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_searchJournal;
    JournalConfig m_searchConfig;

    JournalConfig fresh() const { return m_backend.freshConfig(m_dir); }

    std::unique_ptr<Journal> openJournal(const JournalConfig &config,
                                         const Clock &clock = SystemClock::instance())
    {
        auto journal = Journal::open(config, clock);
        if (!journal)
            qFatal("cannot open the journal: %s", qPrintable(journal.error().message));
        return std::move(*journal);
    }

    static QStringList columnsOf(const JournalConfig &config)
    {
        const QString sql = config.backend == JournalBackend::SQLite
            ? QStringLiteral("SELECT name FROM pragma_table_info('entries')")
            : QStringLiteral(
                "SELECT column_name FROM information_schema.columns WHERE table_name = "
                "'entries' AND table_schema = current_schema()");
        QStringList names;
        for (const QVariantList &row : rawRows(config, sql))
            names << row.first().toString();
        return names;
    }

    // Entries of several customers, cards, outcomes and days.
    QList<JournalEntry> fixtureEntries()
    {
        struct Row
        {
            const char *when;
            const char *first;
            const char *last;
            const char *email;
            const char *card;
            qint64 amount;
            const char *currency;
            EntryOutcome outcome;
            const char *txid;
        };
        const Row rows[] = {
            { "2026-03-01T09:00:00.000Z", "Ada", "Lovelace", "ada@example.com", "4111111111111111",
              1000, "GBP", EntryOutcome::Approved, "PA0001" },
            { "2026-03-01T10:00:00.000Z", "Alan", "Turing", "alan@example.org", "5555555555554444",
              2000, "GBP", EntryOutcome::Declined, "PA0002" },
            { "2026-03-02T11:00:00.000Z", "Grace", "Hopper", "grace@navy.example",
              "378282246310005", 3000, "USD", EntryOutcome::Approved, "PA0003" },
            { "2026-03-02T12:00:00.000Z", "ada", "Byron", "ADA.B@example.com", "4000056655665556",
              4000, "EUR", EntryOutcome::Unknown, "" },
            { "2026-03-03T08:30:00.000Z", "Émile", "Zola", "emile@example.fr", "4111111111111111",
              500, "EUR", EntryOutcome::NeedsThreeDS, "PA0005" },
            { "2026-03-03T23:59:59.999Z", "Lovelace", "Ada", "x@example.com", "6011111111111117",
              700, "GBP", EntryOutcome::Approved, "PA0006" },
            { "2026-03-04T00:00:00.000Z", "Tim", "Berners-Lee", "tim@w3.example",
              "4111111111111111", 800, "GBP", EntryOutcome::Rejected, "" },
        };
        QList<JournalEntry> out;
        int n = 0;
        for (const Row &r : rows) {
            JournalEntry e = sampleEntry(QStringLiteral("ORDER-%1").arg(++n), r.card, r.amount,
                                         QString::fromLatin1(r.currency));
            e.createdAt = utc(r.when);
            e.updatedAt = e.createdAt;
            e.firstName = QString::fromUtf8(r.first);
            e.lastName = QString::fromUtf8(r.last);
            e.email = QString::fromLatin1(r.email);
            e.outcome = r.outcome;
            e.transactionId = QString::fromLatin1(r.txid);
            out << e;
        }
        return out;
    }

    static QStringList orderIds(const QList<JournalEntry> &entries)
    {
        QStringList ids;
        for (const JournalEntry &e : entries)
            ids << e.orderId;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("PAVT_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void cleanupTestCase() { m_searchJournal.reset(); }

    void opensWithCurrentSchema()
    {
        const JournalConfig config = fresh();
        {
            auto journal = openJournal(config);
            QCOMPARE(journal->schemaVersion().value(), Journal::SchemaVersion);
            QVERIFY(journal->connectionName().startsWith(u"pavt-journal-main-"));
        }
        auto again = openJournal(config); // opening again changes nothing
        QCOMPARE(again->schemaVersion().value(), Journal::SchemaVersion);
        QCOMPARE(rawRows(config, QStringLiteral("SELECT COUNT(*) FROM schema_version"))
                     .first()
                     .first()
                     .toInt(),
                 1);
    }

    void schemaHasNoColumnForCardSecrets()
    {
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        const QStringList columns = columnsOf(config);
        QVERIFY(columns.contains(u"card_first6"));
        QVERIFY(columns.contains(u"card_last4"));
        for (const QString &c : columns) {
            QVERIFY2(!c.contains(u"cvv") && !c.contains(u"expiry") && !c.contains(u"pan")
                         && !c.contains(u"secret") && c != u"card_number",
                     qPrintable(c));
        }
    }

    void pendingEntryKeepsOnlyMaskedCard()
    {
        PaymentRequest r = validRequest("378282246310005");
        const JournalEntry e = pendingEntryFor(r, QStringLiteral("O-1"), QStringLiteral("bob"),
                                               QStringLiteral("live"));
        QCOMPARE(e.cardBrand, QStringLiteral("amex"));
        QCOMPARE(e.cardFirstSix, QStringLiteral("378282"));
        QCOMPARE(e.cardLastFour, QStringLiteral("0005"));
        QCOMPARE(e.maskedCard(), QStringLiteral("378282") + QChar(0x2026) + QStringLiteral("0005"));
        QCOMPARE(e.amountMinor, 1250);
        QCOMPARE(e.environment, QStringLiteral("live"));
        QCOMPARE(e.operatorName, QStringLiteral("bob"));
        QCOMPARE(e.outcome, EntryOutcome::Pending);
    }

    void recordPendingThenComplete()
    {
        FixedClock clock(utc("2026-05-01T12:00:00.123Z"));
        const JournalConfig config = fresh();
        auto journal = openJournal(config, clock);
        QSignalSpy added(journal.get(), &Journal::entryAdded);
        QSignalSpy changed(journal.get(), &Journal::entryChanged);

        auto pending = journal->recordPending(sampleEntry(QStringLiteral("VT-1")));
        PAVT_VERIFY_OK(pending);
        QVERIFY(pending->id > 0);
        QCOMPARE(pending->outcome, EntryOutcome::Pending);
        QCOMPARE(pending->createdAt, utc("2026-05-01T12:00:00.123Z"));
        QCOMPARE(added.size(), 1);

        // Another connection sees it at once: it is committed.
        const auto rows
            = rawRows(config, QStringLiteral("SELECT outcome, order_id, writer_pid FROM entries"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0).toInt(), int(EntryOutcome::Pending));
        QCOMPARE(rows.first().at(2).toLongLong(), QCoreApplication::applicationPid());

        clock.set(utc("2026-05-01T12:00:03.000Z"));
        GatewayOutcome outcome;
        outcome.kind = OutcomeKind::Approved;
        outcome.httpStatus = 200;
        outcome.message = QStringLiteral("Transaction successful");
        outcome.transaction.transactionId = QStringLiteral("PA123");
        auto done = journal->complete(pending->id, outcome);
        PAVT_VERIFY_OK(done);
        QCOMPARE(done->outcome, EntryOutcome::Approved);
        QCOMPARE(done->transactionId, QStringLiteral("PA123"));
        QCOMPARE(done->httpStatus, 200);
        QCOMPARE(done->updatedAt, utc("2026-05-01T12:00:03.000Z"));
        QCOMPARE(changed.size(), 1);

        const auto read = journal->entry(pending->id);
        QVERIFY(read && *read);
        QCOMPARE(**read, *done);
        // The writer is forgotten once the entry is complete.
        QVERIFY(rawRows(config, QStringLiteral("SELECT writer_host FROM entries"))
                    .first()
                    .first()
                    .isNull());

        // A completed entry cannot be completed again.
        auto again = journal->complete(pending->id, outcome);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("journal_not_pending"));
    }

    void completeKeepsThreeDSecureAndUnknown()
    {
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        auto a = journal->recordPending(sampleEntry(QStringLiteral("VT-3DS")));
        GatewayOutcome redirect;
        redirect.kind = OutcomeKind::NeedsThreeDS;
        redirect.redirectUrl = QUrl(QStringLiteral("https://gw.example/3ds/PA9"));
        redirect.transaction.transactionId = QStringLiteral("PA9");
        auto done = journal->complete(a->id, redirect);
        QCOMPARE(done->outcome, EntryOutcome::NeedsThreeDS);
        QCOMPARE(done->threeDSUrl, QStringLiteral("https://gw.example/3ds/PA9"));
        QVERIFY(needsReconciliation(done->outcome));

        auto b = journal->recordPending(sampleEntry(QStringLiteral("VT-UNK")));
        GatewayOutcome unknown;
        unknown.kind = OutcomeKind::Unknown;
        unknown.message = QStringLiteral("No answer within 15 seconds.");
        QCOMPARE(journal->complete(b->id, unknown)->outcome, EntryOutcome::Unknown);
        // The real answer may still complete an Unknown entry.
        GatewayOutcome late;
        late.kind = OutcomeKind::Declined;
        late.message = QStringLiteral("Card declined");
        QCOMPARE(journal->complete(b->id, late)->outcome, EntryOutcome::Declined);
    }

    void refusesIncompleteOrDuplicateOrders()
    {
        auto journal = openJournal(fresh());
        JournalEntry noOrder = sampleEntry(QString());
        QCOMPARE(journal->recordPending(noOrder).error().code, QStringLiteral("journal_invalid"));
        JournalEntry noCard = sampleEntry(QStringLiteral("X"));
        noCard.cardLastFour.clear();
        QCOMPARE(journal->recordPending(noCard).error().code, QStringLiteral("journal_invalid"));
        QVERIFY(journal->recordPending(sampleEntry(QStringLiteral("SAME"))));
        auto twice = journal->recordPending(sampleEntry(QStringLiteral("SAME")));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("journal_duplicate"));
        QCOMPARE(journal->count({}).value(), 1);
    }

    void messagesLoseCardNumbers()
    {
        auto journal = openJournal(fresh());
        auto e = journal->recordPending(sampleEntry(QStringLiteral("MSG")));
        GatewayOutcome o;
        o.kind = OutcomeKind::Declined;
        o.message = QStringLiteral("Card 4111 1111 1111 1111 declined (ref 12345)\nline two");
        auto done = journal->complete(e->id, o);
        QCOMPARE(done->message,
                 QStringLiteral("Card [card number removed] declined (ref 12345) line two"));
        QCOMPARE(sanitizeJournalText(QStringLiteral("x 378282246310005 y")),
                 QStringLiteral("x [card number removed] y"));
        QCOMPARE(sanitizeJournalText(QStringLiteral("order 20260501")),
                 QStringLiteral("order 20260501"));
    }

    void abandonedPendingBecomesUnknown()
    {
        FixedClock clock(utc("2026-05-01T12:00:00.000Z"));
        JournalConfig config = fresh();
        config.staleAfterSeconds = 600;
        auto journal = openJournal(config, clock);
        // A process of this machine that has ended.
        QProcess gone;
        gone.start(QStringLiteral("sleep"), { QStringLiteral("0.05") });
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QVERIFY(!processIsRunning(deadPid));
        QVERIFY(processIsRunning(QCoreApplication::applicationPid()));

        auto mine = journal->recordPending(sampleEntry(QStringLiteral("MINE")));
        auto dead = journal->recordPending(sampleEntry(QStringLiteral("DEAD")));
        auto seatOld = journal->recordPending(sampleEntry(QStringLiteral("SEAT-OLD")));
        auto seatNew = journal->recordPending(sampleEntry(QStringLiteral("SEAT-NEW")));
        auto legacy = journal->recordPending(sampleEntry(QStringLiteral("LEGACY")));
        auto &db = journal->database();
        QVERIFY(db.execRaw(QStringLiteral("UPDATE entries SET writer_pid = %1 WHERE id = %2")
                               .arg(deadPid)
                               .arg(dead->id)));
        const qint64 old = utc("2026-05-01T11:40:00.000Z").toMSecsSinceEpoch();
        QVERIFY(db.execRaw(QStringLiteral("UPDATE entries SET writer_host = 'seat-7', writer_pid = "
                                          "1, updated_at = %1 WHERE id = %2")
                               .arg(old)
                               .arg(seatOld->id)));
        QVERIFY(db.execRaw(
            QStringLiteral(
                "UPDATE entries SET writer_host = 'seat-8', writer_pid = 1 WHERE id = %1")
                .arg(seatNew->id)));
        QVERIFY(db.execRaw(
            QStringLiteral("UPDATE entries SET writer_host = NULL, writer_pid = NULL WHERE id = %1")
                .arg(legacy->id)));

        clock.set(utc("2026-05-01T12:01:00.000Z"));
        auto recovered = journal->recoverAbandoned();
        PAVT_VERIFY_OK(recovered);
        QSet<QString> ids;
        for (const JournalEntry &e : *recovered) {
            ids << e.orderId;
            QCOMPARE(e.outcome, EntryOutcome::Unknown);
            QVERIFY(e.message.contains(u"do not charge again"));
            QCOMPARE(e.nextLookupAt, utc("2026-05-01T12:01:00.000Z"));
        }
        QCOMPARE(ids,
                 (QSet<QString> { QStringLiteral("DEAD"), QStringLiteral("SEAT-OLD"),
                                  QStringLiteral("LEGACY") }));
        QCOMPARE(journal->entry(mine->id)->value().outcome, EntryOutcome::Pending);
        QCOMPARE(journal->entry(seatNew->id)->value().outcome, EntryOutcome::Pending);
        // Nothing left to recover.
        QCOMPARE(journal->recoverAbandoned()->size(), 0);
    }

    void duplicateGuard()
    {
        FixedClock clock(utc("2026-05-01T12:00:00.000Z"));
        JournalConfig config = fresh();
        auto journal = openJournal(config, clock);
        auto first = journal->recordPending(sampleEntry(QStringLiteral("D1")));
        QVERIFY(first);

        // Same card, amount and currency, 60 s later: flagged (pending counts).
        clock.set(utc("2026-05-01T12:01:00.000Z"));
        auto dup = journal->findDuplicate(sampleEntry(QStringLiteral("D2")));
        QVERIFY(dup && *dup);
        QCOMPARE((*dup)->orderId, QStringLiteral("D1"));
        // Another amount, currency, card or environment: not flagged.
        QVERIFY(!journal->findDuplicate(sampleEntry(QStringLiteral("D2"), "4111111111111111", 1251))
                     ->has_value());
        QVERIFY(!journal
                     ->findDuplicate(sampleEntry(QStringLiteral("D2"), "4111111111111111", 1250,
                                                 QStringLiteral("EUR")))
                     ->has_value());
        QVERIFY(!journal->findDuplicate(sampleEntry(QStringLiteral("D2"), "5555555555554444"))
                     ->has_value());
        JournalEntry live = sampleEntry(QStringLiteral("D2"));
        live.environment = QStringLiteral("live");
        QVERIFY(!journal->findDuplicate(live)->has_value());

        // Declined: not a duplicate. Approved: still one.
        GatewayOutcome declined;
        declined.kind = OutcomeKind::Declined;
        journal->complete(first->id, declined);
        QVERIFY(!journal->findDuplicate(sampleEntry(QStringLiteral("D2")))->has_value());
        auto second = journal->recordPending(sampleEntry(QStringLiteral("D3")));
        GatewayOutcome approved;
        approved.kind = OutcomeKind::Approved;
        journal->complete(second->id, approved);
        QCOMPARE(journal->findDuplicate(sampleEntry(QStringLiteral("D4")))->value().orderId,
                 QStringLiteral("D3"));

        // The window: 120 s by default, configurable.
        clock.set(utc("2026-05-01T12:03:00.500Z"));
        QVERIFY(!journal->findDuplicate(sampleEntry(QStringLiteral("D4")))->has_value());
        QVERIFY(journal->findDuplicate(sampleEntry(QStringLiteral("D4")), 300s)->has_value());
        config.duplicateWindowSeconds = 600;
        auto wide = openJournal(config, clock);
        QVERIFY(wide->findDuplicate(sampleEntry(QStringLiteral("D4")))->has_value());
        config.duplicateWindowSeconds = 0;
        auto off = openJournal(config, clock);
        QVERIFY(!off->findDuplicate(sampleEntry(QStringLiteral("D4")))->has_value());
    }

    void searchByEachFilter_data()
    {
        QTest::addColumn<JournalQuery>("query");
        QTest::addColumn<QStringList>("expected"); // order ids, newest first
        auto q = [](auto set) {
            JournalQuery query;
            set(query);
            return query;
        };
        QTest::newRow("everything")
            << JournalQuery {} << QStringList { "ORDER-7", "ORDER-6", "ORDER-5", "ORDER-4",
                                                "ORDER-3", "ORDER-2", "ORDER-1" };
        QTest::newRow("one day") << q([](JournalQuery &j) {
            j.from = utc("2026-03-03T00:00:00.000Z");
            j.to = utc("2026-03-04T00:00:00.000Z");
        }) << QStringList { "ORDER-6", "ORDER-5" };
        QTest::newRow("from only")
            << q([](JournalQuery &j) { j.from = utc("2026-03-03T23:59:59.999Z"); })
            << QStringList { "ORDER-7", "ORDER-6" };
        QTest::newRow("approved") << q([](JournalQuery &j) {
            j.outcomes = { EntryOutcome::Approved };
        }) << QStringList { "ORDER-6", "ORDER-3", "ORDER-1" };
        QTest::newRow("open outcomes") << q([](JournalQuery &j) {
            j.outcomes = { EntryOutcome::Unknown, EntryOutcome::NeedsThreeDS };
        }) << QStringList { "ORDER-5", "ORDER-4" };
        QTest::newRow("last four")
            << q([](JournalQuery &j) { j.lastFour = QStringLiteral("1111"); })
            << QStringList { "ORDER-7", "ORDER-5", "ORDER-1" };
        QTest::newRow("name prefix, any case, first or last")
            << q([](JournalQuery &j) { j.name = QStringLiteral("aDa"); })
            << QStringList { "ORDER-6", "ORDER-4", "ORDER-1" };
        QTest::newRow("last name prefix")
            << q([](JournalQuery &j) { j.name = QStringLiteral("love"); })
            << QStringList { "ORDER-6", "ORDER-1" };
        QTest::newRow("first and last")
            << q([](JournalQuery &j) { j.name = QStringLiteral("ada lo"); })
            << QStringList { "ORDER-6", "ORDER-1" };
        QTest::newRow("first and last, tight")
            << q([](JournalQuery &j) { j.name = QStringLiteral("ada by"); })
            << QStringList { "ORDER-4" };
        QTest::newRow("hyphenated last name")
            << q([](JournalQuery &j) { j.name = QStringLiteral("berners-"); })
            << QStringList { "ORDER-7" };
        QTest::newRow("non-ASCII, same case")
            << q([](JournalQuery &j) { j.name = QStringLiteral("Ém"); })
            << QStringList { "ORDER-5" };
        QTest::newRow("no such name")
            << q([](JournalQuery &j) { j.name = QStringLiteral("zz"); }) << QStringList {};
        QTest::newRow("email prefix, any case")
            << q([](JournalQuery &j) { j.email = QStringLiteral("ada"); })
            << QStringList { "ORDER-4", "ORDER-1" };
        QTest::newRow("email whole")
            << q([](JournalQuery &j) { j.email = QStringLiteral("Grace@Navy.example"); })
            << QStringList { "ORDER-3" };
        QTest::newRow("order id") << q([](JournalQuery &j) {
            j.orderId = QStringLiteral("ORDER-2");
        }) << QStringList { "ORDER-2" };
        QTest::newRow("order id is exact")
            << q([](JournalQuery &j) { j.orderId = QStringLiteral("ORDER"); }) << QStringList {};
        QTest::newRow("transaction id")
            << q([](JournalQuery &j) { j.transactionId = QStringLiteral("PA0003"); })
            << QStringList { "ORDER-3" };
        QTest::newRow("combined") << q([](JournalQuery &j) {
            j.lastFour = QStringLiteral("1111");
            j.outcomes = { EntryOutcome::Approved };
            j.from = utc("2026-03-01T00:00:00.000Z");
            j.to = utc("2026-03-02T00:00:00.000Z");
        }) << QStringList { "ORDER-1" };
        QTest::newRow("wildcards are literal")
            << q([](JournalQuery &j) { j.email = QStringLiteral("%"); }) << QStringList {};
    }

    void searchByEachFilter()
    {
        QFETCH(JournalQuery, query);
        QFETCH(QStringList, expected);
        if (!m_searchJournal) {
            m_searchConfig = fresh();
            m_searchJournal = openJournal(m_searchConfig);
            QVERIFY(m_searchJournal->insertBatch(fixtureEntries()));
        }
        Journal *journal = m_searchJournal.get();
        const JournalConfig &config = m_searchConfig;
        auto page = journal->search(query, {}, 100);
        PAVT_VERIFY_OK(page);
        QCOMPARE(orderIds(page->entries), expected);
        QCOMPARE(page->hasMore, false);
        for (const JournalEntry &e : page->entries)
            QVERIFY(query.matches(e)); // the C++ mirror agrees with the SQL
        QCOMPARE(journal->count(query).value(), expected.size());
        // The same search through the worker thread.
        JournalReader reader(config);
        QSignalSpy ready(&reader, &JournalReader::pageReady);
        const auto id = reader.fetchPage(query, {}, 100);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(0).toULongLong(), id);
        QCOMPARE(orderIds(ready.first().at(1).value<JournalPage>().entries), expected);
    }

    // The open links (the link follower's start-up query) and the history's link filter: the
    // partial index of the links serves them (schema 10), so that a journal of keyed cards is not
    // walked (416 ms on 1,000,000 entries before). The results are the same either way.
    void linkSearchesUseTheLinksIndex()
    {
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        QList<JournalEntry> entries;
        for (int i = 0; i < 300; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("KEYED-%1").arg(i));
            e.createdAt = utc("2026-03-01T09:00:00.000Z").addSecs(i * 60);
            e.updatedAt = e.createdAt;
            e.environment = QStringLiteral("test");
            e.outcome = i % 3 == 0 ? EntryOutcome::Unknown : EntryOutcome::Approved;
            entries << e;
        }
        const EntryKind kinds[]
            = { EntryKind::HostedCard, EntryKind::Apm, EntryKind::TemplateLink };
        for (int i = 0; i < 3; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("LINK-%1").arg(i));
            e.kind = kinds[i];
            e.cardFirstSix.clear();
            e.cardLastFour.clear();
            e.cardBrand.clear();
            e.createdAt = utc("2026-03-01T09:30:30.000Z").addSecs(i * 3600);
            e.updatedAt = e.createdAt;
            e.environment = QStringLiteral("test");
            e.outcome = i == 1 ? EntryOutcome::Approved : EntryOutcome::AwaitingPayment;
            e.paymentUrl = QStringLiteral("https://pay.example/%1").arg(i);
            entries << e;
        }
        QVERIFY(journal->insertBatch(entries));
        const JournalQuery open = openLinksQuery(QStringLiteral("test"));
        auto page = journal->search(open, {}, 500);
        PAVT_VERIFY_OK(page);
        QCOMPARE(orderIds(page->entries),
                 (QStringList { QStringLiteral("LINK-2"), QStringLiteral("LINK-0") }));
        JournalQuery anyLink;
        anyLink.kinds = linkKinds();
        page = journal->search(anyLink, {}, 500);
        PAVT_VERIFY_OK(page);
        QCOMPARE(page->entries.size(), 3);
        if (config.backend != JournalBackend::SQLite)
            return; // PostgreSQL's planner reads a table this small whole, index or not
        for (const JournalQuery &query : { open, anyLink }) {
            const auto plan = journal->database().searchPlan(query);
            PAVT_VERIFY_OK(plan);
            // A search of the links' index, without statistics too (a fresh journal has none).
            QVERIFY2(plan->join(u' ').contains(QStringLiteral("SEARCH entries USING "))
                         && plan->join(u' ').contains(QStringLiteral("INDEX entries_links")),
                     qPrintable(plan->join(u" | ")));
        }
    }

    void searchRejectsBadInput()
    {
        auto journal = openJournal(fresh());
        JournalQuery q;
        q.lastFour = QStringLiteral("11a1");
        QCOMPARE(journal->search(q).error().code, QStringLiteral("last_four"));
        JournalQuery dates;
        dates.from = utc("2026-03-02T00:00:00.000Z");
        dates.to = utc("2026-03-01T00:00:00.000Z");
        QCOMPARE(journal->search(dates).error().code, QStringLiteral("dates"));
    }

    void keysetPagingVisitsEveryEntryOnce()
    {
        auto journal = openJournal(fresh());
        QList<JournalEntry> many;
        const QDateTime base = utc("2026-04-01T00:00:00.000Z");
        for (int i = 0; i < 250; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("K-%1").arg(i, 4, 10, QLatin1Char('0')));
            e.createdAt = base.addSecs(i / 3); // three entries share each second: ties broken by id
            e.outcome = i % 5 == 0 ? EntryOutcome::Declined : EntryOutcome::Approved;
            many << e;
        }
        QVERIFY(journal->insertBatch(many));
        for (int limit : { 1, 7, 50, 249, 250, 1000 }) {
            QStringList seen;
            JournalCursor cursor;
            int pages = 0;
            while (true) {
                auto page = journal->search({}, cursor, limit);
                QVERIFY(page);
                seen += orderIds(page->entries);
                ++pages;
                if (!page->hasMore)
                    break;
                cursor = page->next;
            }
            QCOMPARE(seen.size(), 250);
            QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 250);
            QCOMPARE(seen.first(), QStringLiteral("K-0249"));
            QCOMPARE(seen.last(), QStringLiteral("K-0000"));
            QCOMPARE(pages, (250 + limit - 1) / limit);
        }
        // forEach walks the same result page by page.
        std::atomic_bool cancel { false };
        qint64 walked = 0;
        auto n = journal->database().forEach({}, 40, &cancel, [&](const QList<JournalEntry> &page) {
            walked += page.size();
            return true;
        });
        QCOMPARE(n.value(), 250);
        QCOMPARE(walked, 250);
    }

    void commonPrefixesGiveTheSameResults()
    {
        // Thousands of matches: SQLite walks the entries newest first instead of sorting them all.
        auto journal = openJournal(fresh());
        QList<JournalEntry> many;
        const QDateTime base = utc("2026-04-01T00:00:00.000Z");
        for (int i = 0; i < 3600; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("C-%1").arg(i, 5, 10, QLatin1Char('0')));
            e.createdAt = base.addSecs(i);
            e.firstName = i % 9 == 0 ? QStringLiteral("Bob") : QStringLiteral("Anna");
            e.lastName = i % 2 ? QStringLiteral("Smith") : QStringLiteral("Annan");
            e.email = e.firstName.toLower() + QString::number(i) + QStringLiteral("@example.com");
            e.outcome = i % 4 ? EntryOutcome::Approved : EntryOutcome::Declined;
            many << e;
        }
        QVERIFY(journal->insertBatch(many));
        for (const auto &[name, email, outcome] :
             { std::tuple { QStringLiteral("an"), QString(), -1 },
               std::tuple { QStringLiteral("ANNA SM"), QString(), -1 },
               std::tuple { QString(), QStringLiteral("ANNA"), -1 },
               std::tuple { QStringLiteral("a"), QString(), int(EntryOutcome::Declined) },
               std::tuple { QStringLiteral("bob"), QStringLiteral("bob1"), -1 } }) {
            JournalQuery q;
            q.name = name;
            q.email = email;
            if (outcome >= 0)
                q.outcomes = { EntryOutcome(outcome) };
            QStringList expected;
            for (auto it = many.crbegin(); it != many.crend(); ++it)
                if (q.matches(*it))
                    expected << it->orderId;
            QStringList seen;
            JournalCursor cursor;
            while (true) {
                auto page = journal->search(q, cursor, 700);
                PAVT_VERIFY_OK(page);
                seen += orderIds(page->entries);
                if (!page->hasMore)
                    break;
                cursor = page->next;
            }
            QCOMPARE(seen, expected);
            QCOMPARE(journal->count(q).value(), expected.size());
        }
    }

    void totalsPerCurrencyAndOutcome()
    {
        auto journal = openJournal(fresh());
        QVERIFY(journal->insertBatch(fixtureEntries()));
        auto totals = journal->totals({});
        QVERIFY(totals);
        const QList<JournalTotal> expected {
            { QStringLiteral("EUR"), EntryOutcome::NeedsThreeDS, 1, 500 },
            { QStringLiteral("EUR"), EntryOutcome::Unknown, 1, 4000 },
            { QStringLiteral("GBP"), EntryOutcome::Approved, 2, 1700 },
            { QStringLiteral("GBP"), EntryOutcome::Declined, 1, 2000 },
            { QStringLiteral("GBP"), EntryOutcome::Rejected, 1, 800 },
            { QStringLiteral("USD"), EntryOutcome::Approved, 1, 3000 },
        };
        QCOMPARE(*totals, expected);
        JournalQuery gbpCards;
        gbpCards.lastFour = QStringLiteral("1111");
        QCOMPARE(journal->totals(gbpCards)->size(), 3);

        JournalReader reader(journal->config());
        QSignalSpy ready(&reader, &JournalReader::totalsReady);
        reader.fetchTotals({});
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(1).value<QList<JournalTotal>>(), expected);
    }

    void refundRules()
    {
        auto journal = openJournal(fresh());
        auto e = journal->recordPending(sampleEntry(QStringLiteral("R1")));
        QCOMPARE(journal->beginRefund(e->id, QStringLiteral("customer asked")).error().code,
                 QStringLiteral("not_refundable"));
        GatewayOutcome approved;
        approved.kind = OutcomeKind::Approved;
        approved.transaction.transactionId = QStringLiteral("PA-R1");
        QVERIFY(journal->complete(e->id, approved));
        QCOMPARE(journal->beginRefund(e->id, QStringLiteral("  ")).error().code,
                 QStringLiteral("reason"));
        auto begun = journal->beginRefund(e->id, QStringLiteral("customer asked"));
        QVERIFY(begun);
        QCOMPARE(begun->refundState, RefundState::Requested);
        QCOMPARE(begun->refundReason, QStringLiteral("customer asked"));
        QCOMPARE(journal->beginRefund(e->id, QStringLiteral("again")).error().code,
                 QStringLiteral("not_refundable"));

        GatewayOutcome refused;
        refused.kind = OutcomeKind::Rejected;
        refused.message = QStringLiteral("Only successful transactions can be refunded.");
        auto failed = journal->finishRefund(e->id, refused);
        QCOMPARE(failed->refundState, RefundState::Failed);
        QVERIFY(failed->isRefundable()); // may be tried again
        QVERIFY(journal->beginRefund(e->id, QStringLiteral("second try")));
        GatewayOutcome lost;
        lost.kind = OutcomeKind::Unknown;
        QCOMPARE(journal->finishRefund(e->id, lost)->refundState, RefundState::Requested);
        QCOMPARE(journal->entriesToReconcile(QStringLiteral("test"))->size(), 1);
        GatewayOutcome ok;
        ok.kind = OutcomeKind::Approved;
        auto refunded = journal->finishRefund(e->id, ok);
        QCOMPARE(refunded->refundState, RefundState::Refunded);
        QVERIFY(refunded->refundedAt.isValid());
        QCOMPARE(journal->beginRefund(e->id, QStringLiteral("third")).error().code,
                 QStringLiteral("not_refundable"));
        QCOMPARE(journal->entriesToReconcile(QStringLiteral("test"))->size(), 0);
    }

    void migratesFromVersion1()
    {
        const JournalConfig config = fresh();
        const bool pg = config.backend == JournalBackend::PostgreSQL;
        {
            // The schema of version 1, made by hand as the first release made it.
            auto raw = JournalDatabase::open(config, QStringLiteral("v1"), false);
            QVERIFY(!raw); // nothing there yet: "schema 0"
            QCOMPARE(raw.error().code, QStringLiteral("journal_schema"));
        }
        const QString integer = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
        const QStringList v1 {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (1)"),
            QStringLiteral(
                "CREATE TABLE entries (id %1 PRIMARY KEY, created_at %2 NOT NULL, updated_at %2 "
                "NOT NULL, "
                "operator TEXT NOT NULL, environment TEXT NOT NULL, order_id TEXT NOT NULL UNIQUE, "
                "transaction_id TEXT, amount_minor %2 NOT NULL, currency TEXT NOT NULL, card_brand "
                "TEXT NOT NULL, "
                "card_first6 TEXT NOT NULL, card_last4 TEXT NOT NULL, first_name TEXT NOT NULL, "
                "last_name TEXT NOT NULL, email TEXT NOT NULL, country TEXT NOT NULL, outcome TEXT "
                "NOT NULL, "
                "message TEXT, http_status INTEGER, three_ds_url TEXT)")
                .arg(pg ? QStringLiteral("BIGSERIAL") : QStringLiteral("INTEGER"), integer),
            QStringLiteral("CREATE INDEX entries_created ON entries (created_at)"),
            QStringLiteral("CREATE INDEX entries_transaction ON entries (transaction_id)"),
            QStringLiteral("INSERT INTO entries (created_at, updated_at, operator, environment, "
                           "order_id, transaction_id, "
                           "amount_minor, currency, card_brand, card_first6, card_last4, "
                           "first_name, last_name, email, "
                           "country, outcome, message, http_status, three_ds_url) VALUES "
                           "(1772355600000, 1772355601000, 'alice', 'test', 'OLD-1', 'PA01', 1250, "
                           "'GBP', 'visa', '411111', "
                           "'1111', 'Ada', 'Lovelace', 'ada@example.com', 'GBR', 'approved', "
                           "'Transaction successful', 200, NULL), "
                           "(1772355700000, 1772355700000, 'alice', 'test', 'OLD-2', '', 990, "
                           "'EUR', 'mastercard', '555555', "
                           "'4444', 'Alan', 'Turing', 'alan@example.org', 'GBR', 'unknown', 'No "
                           "answer', NULL, NULL), "
                           "(1772355800000, 1772355800000, 'bob', 'live', 'OLD-3', NULL, 100, "
                           "'USD', 'amex', '378282', "
                           "'0005', 'Grace', 'Hopper', 'grace@example.com', 'USA', 'pending', "
                           "NULL, NULL, NULL), "
                           "(1772355900000, 1772355905000, 'bob', 'test', 'OLD-4', 'PA04', 2000, "
                           "'GBP', 'visa', '400005', "
                           "'5556', 'Tim', 'Lee', 'tim@example.com', 'GBR', 'needs_3ds', "
                           "'Redirect', 200, 'https://gw.example/3ds')"),
        };
        {
            QSqlDatabase db = openRawConnection(config, QStringLiteral("v1-maker"));
            QSqlQuery q(db);
            for (const QString &sql : v1)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u' ' + sql));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1-maker"));

        auto journal = openJournal(config);
        QCOMPARE(journal->schemaVersion().value(), Journal::SchemaVersion);
        QCOMPARE(rawRows(config, QStringLiteral("SELECT version FROM schema_version"))
                     .first()
                     .first()
                     .toInt(),
                 Journal::SchemaVersion);
        auto all = journal->search({}, {}, 10);
        QVERIFY(all);
        QCOMPARE(orderIds(all->entries), (QStringList { "OLD-4", "OLD-3", "OLD-2", "OLD-1" }));
        const JournalEntry &one = all->entries.at(3);
        QCOMPARE(one.outcome, EntryOutcome::Approved);
        QCOMPARE(one.transactionId, QStringLiteral("PA01"));
        QCOMPARE(one.amountMinor, 1250);
        QCOMPARE(one.firstName, QStringLiteral("Ada"));
        QCOMPARE(one.createdAt.toMSecsSinceEpoch(), 1772355600000);
        QCOMPARE(one.updatedAt.toMSecsSinceEpoch(), 1772355601000);
        QCOMPARE(one.httpStatus, 200);
        QCOMPARE(one.refundState, RefundState::None);
        QCOMPARE(all->entries.at(2).outcome, EntryOutcome::Unknown);
        QVERIFY(all->entries.at(2).transactionId.isEmpty());
        QCOMPARE(all->entries.at(1).outcome, EntryOutcome::Pending);
        QCOMPARE(all->entries.at(0).outcome, EntryOutcome::NeedsThreeDS);
        QCOMPARE(all->entries.at(0).threeDSUrl, QStringLiteral("https://gw.example/3ds"));
        // The new indexes serve the new searches, and new entries get fresh ids.
        JournalQuery byName;
        byName.name = QStringLiteral("tur");
        QCOMPARE(orderIds(journal->search(byName)->entries), QStringList { "OLD-2" });
        auto next = journal->recordPending(sampleEntry(QStringLiteral("NEW-1")));
        PAVT_VERIFY_OK(next);
        QVERIFY(next->id > 4);
        // A pending entry of version 1 has no writer: abandoned.
        auto recovered = journal->recoverAbandoned();
        QCOMPARE(recovered->size(), 1);
        QCOMPARE(recovered->first().orderId, QStringLiteral("OLD-3"));
    }

    void migratesFromVersion2()
    {
        // A journal as the previous version (schema 2, before payments by link) made it: its
        // table, and entries keyed by card.
        const JournalConfig config = fresh();
        {
            QSqlDatabase db = openRawConnection(config, QStringLiteral("v2-maker"));
            QSqlQuery q(db);
            const QStringList v2 {
                QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO schema_version (version) VALUES (2)"),
                JournalColumns::createTableSql(config.backend, 2),
                QStringLiteral(
                    "INSERT INTO entries (created_at, updated_at, operator, environment, order_id, "
                    "transaction_id, amount_minor, currency, card_brand, card_first6, card_last4, "
                    "first_name, last_name, email, country, outcome, refund_state, lookups) VALUES "
                    "(1772355600000, 1772355601000, 'alice', 'test', 'V2-1', 'PA01', 1250, 'GBP', "
                    "'visa', '411111', '1111', 'Ada', 'Lovelace', 'ada@example.com', 'GBR', 1, 0, "
                    "0), "
                    "(1772355700000, 1772355700000, 'bob', 'test', 'V2-2', NULL, 990, 'EUR', "
                    "'mastercard', '555555', '4444', 'Alan', 'Turing', 'alan@example.org', "
                    "'GBR', 7, 0, 2)"),
            };
            QVERIFY(!JournalColumns::createTableSql(config.backend, 2).contains(u"payment_url"));
            for (const QString &sql : v2)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u' ' + sql));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2-maker"));

        auto journal = openJournal(config);
        QCOMPARE(journal->schemaVersion().value(), Journal::SchemaVersion);
        auto all = journal->search({}, {}, 10);
        QVERIFY(all);
        QCOMPARE(orderIds(all->entries), (QStringList { "V2-2", "V2-1" }));
        for (const JournalEntry &e : std::as_const(all->entries)) {
            QCOMPARE(e.kind, EntryKind::KeyedCard); // every entry before schema 3
            QVERIFY(e.paymentUrl.isEmpty());
            QVERIFY(e.expiresAt.isNull());
        }
        QCOMPARE(all->entries.at(1).cardLastFour, QStringLiteral("1111"));
        QCOMPARE(all->entries.at(0).outcome, EntryOutcome::Unknown);
        QCOMPARE(all->entries.at(0).lookups, 2);
        // The migrated journal takes links, and finds them by kind.
        PaymentRequest request = validRequest();
        request.clearCardData();
        auto link = journal->recordPending(pendingLinkEntryFor(
            request, EntryKind::Apm, QStringLiteral("V3-LINK"), QStringLiteral("carol"),
            QStringLiteral("test"), QDateTime::currentDateTimeUtc().addDays(2)));
        PAVT_VERIFY_OK(link);
        GatewayOutcome awaiting;
        awaiting.kind = OutcomeKind::AwaitingPayment;
        awaiting.redirectUrl = QUrl(QStringLiteral("https://gw.example/apm/PA9"));
        awaiting.transaction.transactionId = QStringLiteral("PA9");
        auto completed = journal->complete(link->id, awaiting);
        PAVT_VERIFY_OK(completed);
        QCOMPARE(completed->outcome, EntryOutcome::AwaitingPayment);
        QCOMPARE(completed->paymentUrl, QStringLiteral("https://gw.example/apm/PA9"));
        QVERIFY(completed->threeDSUrl.isEmpty());
        JournalQuery apm;
        apm.kinds = { EntryKind::Apm };
        QCOMPARE(orderIds(journal->search(apm)->entries), QStringList { "V3-LINK" });
        const JournalEntry again = journal->entry(link->id)->value();
        QCOMPARE(again.kind, EntryKind::Apm);
        QCOMPARE(again.operatorName, QStringLiteral("carol"));
        QVERIFY(again.expiresAt.isValid());
        // Opening again changes nothing.
        journal.reset();
        QCOMPARE(openJournal(config)->search({}, {}, 10)->entries.size(), 3);
    }

    void failedMigrationChangesNothing()
    {
        const JournalConfig config = fresh();
        const bool pg = config.backend == JournalBackend::PostgreSQL;
        {
            auto db = JournalDatabase::open(config, QStringLiteral("broken"),
                                            true); // a current schema...
            QVERIFY(db);
            // ...made to look like a version 1 journal that lacks a column the migration copies.
            QVERIFY((*db)->execRaw(QStringLiteral("DROP TABLE entries")));
            QVERIFY((*db)->execRaw(QStringLiteral("UPDATE schema_version SET version = 1")));
            if (!pg) // a journal of version 1 never set user_version
                QVERIFY((*db)->execRaw(QStringLiteral("PRAGMA user_version = 0")));
            QVERIFY((*db)->execRaw(
                QStringLiteral("CREATE TABLE entries (id %1 PRIMARY KEY, order_id TEXT)")
                    .arg(pg ? QStringLiteral("BIGSERIAL") : QStringLiteral("INTEGER"))));
            QVERIFY((*db)->execRaw(
                QStringLiteral("INSERT INTO entries (order_id) VALUES ('KEEP-ME')")));
        }
        auto journal = Journal::open(config);
        QVERIFY(!journal);
        QVERIFY(journal.error().message.contains(u"migrate"));
        const auto rows = rawRows(config, QStringLiteral("SELECT order_id FROM entries"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().first().toString(), QStringLiteral("KEEP-ME"));
        QCOMPARE(rawRows(config, QStringLiteral("SELECT version FROM schema_version"))
                     .first()
                     .first()
                     .toInt(),
                 1);
    }

    // Sets the journal's schema_version table (-1: drops it) and, on SQLite, its user_version
    // (-1: leaves it as open() set it), as another program might.
    void setStoredVersions(const JournalConfig &config, int table, int userVersion)
    {
        {
            QSqlDatabase db = openRawConnection(config, QStringLiteral("versions"));
            QSqlQuery q(db);
            QVERIFY(q.exec(
                table < 0 ? QStringLiteral("DROP TABLE schema_version")
                          : QStringLiteral("UPDATE schema_version SET version = %1").arg(table)));
            if (userVersion >= 0)
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("versions"));
    }
    static int storedUserVersion(const JournalConfig &config)
    {
        return rawRows(config, QStringLiteral("PRAGMA user_version")).first().first().toInt();
    }

    // Schema 3 -> 4: the customer's phone and address columns and the phone index are added;
    // the entries stay as they were.
    void migratesFromVersion3()
    {
        const JournalConfig config = fresh();
        {
            auto journal = openJournal(config);
            PAVT_VERIFY_OK(journal->recordPending(sampleEntry(QStringLiteral("V2-KEEP"))));
        }
        {
            auto db = JournalDatabase::open(config, QStringLiteral("v2-maker"), false);
            QVERIFY(db);
            // Back to schema 6, then without schema 6's columns, schema 5's accounts, refund log
            // and audit trail, and schema 4's customer columns (the versions are set below).
            QStringList sql = backToSchema6Sql(m_backend.isPostgres());
            for (const char *more :
                 { "ALTER TABLE entries DROP COLUMN chargeback_at",
                   "ALTER TABLE entries DROP COLUMN suspicious_at", "DROP TABLE audit_log",
                   "DROP TABLE audit_head", "DROP TABLE accounts", "DROP TABLE refund_log",
                   "DROP INDEX entries_phone", "ALTER TABLE entries DROP COLUMN phone",
                   "ALTER TABLE entries DROP COLUMN address",
                   "ALTER TABLE entries DROP COLUMN city", "ALTER TABLE entries DROP COLUMN state",
                   "ALTER TABLE entries DROP COLUMN zip" })
                sql << QString::fromLatin1(more);
            if (m_backend.isPostgres())
                sql << QStringLiteral(
                    "DROP FUNCTION pavt_audit_refuse, pavt_audit_append, pavt_audit_head");
            for (const QString &statement : std::as_const(sql))
                QVERIFY2((*db)->execRaw(statement), qPrintable(statement));
        }
        setStoredVersions(config, 3, m_backend.isPostgres() ? -1 : 3);
        auto journal = openJournal(config);
        QCOMPARE(journal->schemaVersion().value(), Journal::SchemaVersion);
        auto found = journal->entryByOrderId(QStringLiteral("V2-KEEP"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->phone, QString());
        JournalEntry e = sampleEntry(QStringLiteral("V3-NEW"));
        e.phone = QStringLiteral("+44 20 7946 0000");
        e.city = QStringLiteral("London");
        PAVT_VERIFY_OK(journal->recordPending(e));
        auto again = journal->entryByOrderId(QStringLiteral("V3-NEW"));
        QVERIFY(again && again->has_value());
        QCOMPARE((*again)->phone, QStringLiteral("+44 20 7946 0000"));
        QCOMPARE((*again)->city, QStringLiteral("London"));
        // Schema 6's columns were added and are written by an update.
        QVERIFY(!(*again)->isChargedBack());
        const QDateTime back(QDate(2025, 3, 11), QTime(9, 0), Qt::UTC);
        PAVT_VERIFY_OK(
            journal->update((*again)->id, [&](JournalEntry &entry) -> std::optional<Error> {
                entry.chargebackAt = back;
                entry.suspiciousAt = back;
                return std::nullopt;
            }));
        const JournalEntry changed = journal->entry((*again)->id)->value();
        QCOMPARE(changed.chargebackAt, back);
        QCOMPARE(changed.suspiciousAt, back);
    }

    // Repeat customers: by e-mail, last name or phone prefix, one per set of details, the most
    // recent order first; the phone of a card number is never kept.
    void customersByPrefix()
    {
        auto journal = openJournal(fresh());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto add = [&](const QString &order, const QString &last, const QString &email,
                             const QString &phone, const QString &city, int daysAgo) {
            JournalEntry e = sampleEntry(order);
            e.firstName = QStringLiteral("Ada");
            e.lastName = last;
            e.email = email;
            e.phone = phone;
            e.city = city;
            e.address = QStringLiteral("12 St James's Square");
            e.zip = QStringLiteral("SW1Y 4LB");
            e.createdAt = now.addDays(-daysAgo);
            e.updatedAt = e.createdAt;
            return journal->insertBatch({ e });
        };
        PAVT_VERIFY_OK(add(u"C1"_s, u"Lovelace"_s, u"ada@example.com"_s, u"+44 20 7946 0001"_s,
                           u"London"_s, 30));
        PAVT_VERIFY_OK(add(u"C2"_s, u"Lovelace"_s, u"ada@example.com"_s, u"+44 20 7946 0001"_s,
                           u"London"_s, 2)); // the same customer again, more recently
        PAVT_VERIFY_OK(add(u"C3"_s, u"Lovelace"_s, u"ada@example.com"_s, u"+44 20 7946 0001"_s,
                           u"Bath"_s, 10)); // moved: other details
        PAVT_VERIFY_OK(add(u"C4"_s, u"Byron"_s, u"adab@example.org"_s, u"+44 161 496 0000"_s,
                           u"Manchester"_s, 1));
        auto &db = journal->database();
        bool more = true;
        auto byEmail = db.customers(CustomerField::Email, u"ADA"_s, 8, &more);
        PAVT_VERIFY_OK(byEmail);
        QCOMPARE(byEmail->size(), 3);
        QVERIFY(!more);
        QCOMPARE(byEmail->at(0).lastName, u"Byron"_s); // newest first
        QCOMPARE(byEmail->at(1).city, u"London"_s);
        QCOMPARE(byEmail->at(1).lastOrderAt.toSecsSinceEpoch(), now.addDays(-2).toSecsSinceEpoch());
        QCOMPARE(byEmail->at(2).city, u"Bath"_s);
        QCOMPARE(byEmail->at(1).zip, u"SW1Y 4LB"_s);
        auto byName = db.customers(CustomerField::LastName, u"love"_s, 8);
        PAVT_VERIFY_OK(byName);
        QCOMPARE(byName->size(), 2);
        auto byPhone = db.customers(CustomerField::Phone, u"+44 161"_s, 8);
        PAVT_VERIFY_OK(byPhone);
        QCOMPARE(byPhone->size(), 1);
        QCOMPARE(byPhone->first().email, u"adab@example.org"_s);
        auto one = db.customers(CustomerField::Email, u"ada"_s, 1, &more);
        PAVT_VERIFY_OK(one);
        QCOMPARE(one->size(), 1);
        QVERIFY(more);
        auto none = db.customers(CustomerField::Email, u"zz"_s, 8);
        PAVT_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        // A card number keyed into the phone field never reaches the journal.
        QCOMPARE(phoneForJournal(u"4111 1111 1111 1111"_s), QString());
        QCOMPARE(phoneForJournal(u"+44 20 7946 0000"_s), u"+44 20 7946 0000"_s);
        JournalEntry card = sampleEntry(QStringLiteral("C5"));
        card.phone = QStringLiteral("4242424242424242");
        PAVT_VERIFY_OK(journal->recordPending(card));
        QVERIFY(rawRows(journal->database().config(),
                        QStringLiteral("SELECT phone FROM entries WHERE order_id = 'C5'"))
                    .first()
                    .first()
                    .toString()
                    .isEmpty());
    }

    void userVersionFollowsTheSchemaVersion()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only: PostgreSQL has no user_version; the schema_version table is the "
                  "one source there");
        const JournalConfig config = fresh();
        openJournal(config);
        QCOMPARE(storedUserVersion(config), JournalDatabase::SchemaVersion);
        // A journal of an earlier release kept only the table: it opens, and gets both.
        setStoredVersions(config, JournalDatabase::SchemaVersion, 0);
        QCOMPARE(storedUserVersion(config), 0);
        QCOMPARE(openJournal(config)->schemaVersion().value(), JournalDatabase::SchemaVersion);
        QCOMPARE(storedUserVersion(config), JournalDatabase::SchemaVersion);
    }

    void refusesNewerSchema_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("userVersion");
        QTest::newRow("table 99") << 99 << -1;
        QTest::newRow("user_version 99, table 2") << 2 << 99;
        QTest::newRow("table 99, user_version 2") << 99 << 2;
        QTest::newRow("user_version 99, no table") << -1 << 99;
    }
    void refusesNewerSchema()
    {
        QFETCH(int, table);
        QFETCH(int, userVersion);
        if (m_backend.isPostgres() && (userVersion >= 0 || table < 0))
            QSKIP("SQLite only: PostgreSQL has no user_version");
        const JournalConfig config = fresh();
        openJournal(config);
        setStoredVersions(config, table, userVersion);
        auto journal = Journal::open(config);
        QVERIFY(!journal);
        QCOMPARE(journal.error().code, QStringLiteral("journal_newer"));
        QVERIFY2(journal.error().message.contains(u"written by a newer version")
                     && journal.error().message.contains(u"schema 99"),
                 qPrintable(journal.error().message));
        // A second connection (the history's reader) refuses it the same way.
        auto reader = JournalDatabase::open(config, QStringLiteral("reader"), false);
        QVERIFY(!reader);
        QCOMPARE(reader.error().code, QStringLiteral("journal_newer"));
    }

    void versionsThatDisagreeAreReported_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("userVersion");
        QTest::newRow("table 1, user_version 2") << 1 << 2;
        QTest::newRow("table 2, user_version 1") << 2 << 1;
        QTest::newRow("no table, user_version 2") << -1 << 2;
    }
    void versionsThatDisagreeAreReported()
    {
        QFETCH(int, table);
        QFETCH(int, userVersion);
        if (m_backend.isPostgres())
            QSKIP("SQLite only: PostgreSQL has no user_version");
        const JournalConfig config = fresh();
        {
            auto journal = openJournal(config);
            PAVT_VERIFY_OK(journal->recordPending(sampleEntry(QStringLiteral("KEEP-ME"))));
        }
        setStoredVersions(config, table, userVersion);
        auto journal = Journal::open(config);
        QVERIFY(!journal);
        QCOMPARE(journal.error().code, QStringLiteral("journal_versions"));
        const QString message = journal.error().message;
        QVERIFY2(message.contains(config.sqlitePath) && message.contains(u"disagree"),
                 qPrintable(message));
        // Nothing was migrated or changed.
        QCOMPARE(rawRows(config, QStringLiteral("SELECT outcome FROM entries")).first().first(),
                 QVariant(int(EntryOutcome::Pending)));
        QCOMPARE(storedUserVersion(config), userVersion);
        auto reader = JournalDatabase::open(config, QStringLiteral("reader"), false);
        QVERIFY(!reader);
        QCOMPARE(reader.error().code, QStringLiteral("journal_versions"));
    }

    void concurrentWriters()
    {
        // Two connections (threads) open a new journal at the same moment (one creates the schema,
        // the other waits), then write and complete entries at once: none lost, none doubled.
        const JournalConfig config = fresh();
        constexpr int PerWriter = 150;
        std::atomic_int failures { 0 };
        QStringList errors;
        QMutex errorsMutex;
        auto writer = [&](int seat) {
            auto journal = Journal::open(config);
            if (!journal) {
                ++failures;
                QMutexLocker lock(&errorsMutex);
                errors << journal.error().message;
                return;
            }
            for (int i = 0; i < PerWriter; ++i) {
                auto e = (*journal)->recordPending(
                    sampleEntry(QStringLiteral("S%1-%2").arg(seat).arg(i)));
                GatewayOutcome o;
                o.kind = i % 3 == 0 ? OutcomeKind::Declined : OutcomeKind::Approved;
                o.transaction.transactionId = QStringLiteral("PA-S%1-%2").arg(seat).arg(i);
                if (!e || !(*journal)->complete(e->id, o)) {
                    ++failures;
                    QMutexLocker lock(&errorsMutex);
                    errors << (e ? QStringLiteral("complete failed") : e.error().message);
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 1));
        std::unique_ptr<QThread> b(QThread::create(writer, 2));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
        const auto rows = rawRows(
            config, QStringLiteral("SELECT order_id, outcome, transaction_id FROM entries"));
        QCOMPARE(rows.size(), 2 * PerWriter);
        QSet<QString> orders;
        for (const QVariantList &row : rows) {
            orders << row.at(0).toString();
            QVERIFY(row.at(1).toInt() == int(EntryOutcome::Approved)
                    || row.at(1).toInt() == int(EntryOutcome::Declined));
            QCOMPARE(row.at(2).toString(), QStringLiteral("PA-") + row.at(0).toString());
        }
        QCOMPARE(orders.size(), 2 * PerWriter);
        QCOMPARE(rawRows(config, QStringLiteral("SELECT COUNT(*) FROM schema_version"))
                     .first()
                     .first()
                     .toInt(),
                 1);
    }

    void csvExportOfASearch()
    {
        auto journal = openJournal(fresh());
        QList<JournalEntry> entries = fixtureEntries();
        entries[0].message = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
        entries[1].message = QStringLiteral("Declined, \"do not honour\"\r\nsecond line");
        entries[2].firstName = QStringLiteral("+Grace");
        entries[3].lastName = QStringLiteral("@Byron");
        entries[4].email = QStringLiteral("-emile@example.fr");
        QVERIFY(journal->insertBatch(entries));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QList<qint64> progress;
        auto rows = journal->exportCsv({}, out, [&](qint64 n) { progress << n; });
        PAVT_VERIFY_OK(rows);
        QCOMPARE(*rows, 7);
        QCOMPARE(progress, QList<qint64> { 7 });
        const QByteArray csv = out.data();
        QVERIFY(csv.startsWith(
            "created_at,updated_at,operator,environment,order_id,transaction_id,amount,amount_"
            "minor,"
            "currency,card_brand,card_first_six,card_last_four,first_name,last_name,email,country,"
            "outcome,message,http_status,three_ds_url,refund_state,refund_reason,refund_message,"
            "refunded_at,kind,payment_url,expires_at,phone,address,city,state,zip,chargeback_at,"
            "suspicious_at,refunded_minor\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","));
        QVERIFY(csv.contains(",\"Declined, \"\"do not honour\"\"\r\nsecond line\","));
        QVERIFY(csv.contains(",'+Grace,"));
        QVERIFY(csv.contains(",'@Byron,"));
        QVERIFY(csv.contains(",'-emile@example.fr,"));
        QVERIFY(csv.contains("2026-03-02T11:00:00.000Z,2026-03-02T11:00:00.000Z,alice,test,ORDER-3,"
                             "PA0003,30.00,3000,USD,"
                             "amex,378282,0005,'+Grace,Hopper,"));
        QVERIFY(csv.contains("Berners-Lee")); // a hyphen inside a value is left alone
        QVERIFY(!csv.contains("4111111111111111"));
        QVERIFY(!csv.contains("378282246310005"));
        // Newest first, one record per entry: 8 records (header included), one of them two lines.
        QCOMPARE(csv.count("\r\n"), 8 + 1);
        // A filtered export.
        QBuffer some;
        some.open(QIODevice::WriteOnly);
        JournalQuery approved;
        approved.outcomes = { EntryOutcome::Approved };
        QCOMPARE(journal->exportCsv(approved, some).value(), 3);
    }

    void csvExportOnTheWorkerWithProgressAndCancel()
    {
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        QList<JournalEntry> many;
        const QDateTime base = utc("2026-04-01T00:00:00.000Z");
        for (int i = 0; i < 5000; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("E-%1").arg(i));
            e.createdAt = base.addSecs(i);
            e.outcome = EntryOutcome::Approved;
            many << e;
        }
        QVERIFY(journal->insertBatch(many));
        JournalReader reader(config);
        QSignalSpy progress(&reader, &JournalReader::exportProgress);
        QSignalSpy finished(&reader, &JournalReader::exportFinished);
        QSignalSpy failed(&reader, &JournalReader::failed);
        const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(m_backend.name()));
        const auto id = reader.exportCsv({}, path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        QCOMPARE(finished.first().at(1).toLongLong(), 5000);
        QCOMPARE(progress.size(), 5);
        QCOMPARE(progress.last().at(1).toLongLong(), 5000);
        QCOMPARE(progress.last().at(2).toLongLong(), 5000);
        QCOMPARE(failed.size(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 5001);
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
#endif
        // Cancelled while queued behind a slow request: no file, a "cancelled" answer.
        const QString cancelledPath
            = m_dir.filePath(QStringLiteral("cancelled-%1.csv").arg(m_backend.name()));
        reader.exportCsv({}, m_dir.filePath(QStringLiteral("first-%1.csv").arg(m_backend.name())));
        const auto second = reader.exportCsv({}, cancelledPath);
        reader.cancel(second);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 20000);
        QCOMPARE(failed.first().at(0).toULongLong(), second);
        QCOMPARE(failed.first().at(1).value<Error>().code, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(cancelledPath));
        // Cancelled while running: stops between pages, leaves no file.
        progress.clear();
        failed.clear();
        const QString runningPath
            = m_dir.filePath(QStringLiteral("running-%1.csv").arg(m_backend.name()));
        quint64 running = 0;
        connect(&reader, &JournalReader::exportProgress, this, [&](quint64 request, qint64) {
            if (request == running)
                reader.cancel(running);
        });
        running = reader.exportCsv({}, runningPath);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 20000);
        QCOMPARE(failed.first().at(1).value<Error>().code, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(runningPath));
        QCOMPARE(reader.pendingRequests(), 0);
    }

private:
    // A closed journal of `entries` approved charges (its log folded into the file).
    JournalConfig journalWithEntries(int entries)
    {
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        QList<JournalEntry> batch;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < entries; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("HEALTH-%1").arg(i));
            e.createdAt = start.addSecs(i);
            e.updatedAt = e.createdAt;
            e.outcome = EntryOutcome::Approved;
            e.transactionId = QStringLiteral("PA-H%1").arg(i);
            e.message = QStringLiteral("Transaction successful");
            batch << e;
        }
        if (!journal->insertBatch(batch))
            qFatal("cannot fill the journal");
        return config;
    }

    struct ServiceRig
    {
        FakeNetwork net;
        GatewayClient client;
        ChargeService service;
        explicit ServiceRig(Journal *journal)
            : client(&net,
                     Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                                   SecretBytes(QByteArrayView(TestEncryptionKey)) },
                     [] {
                         GatewayConfig gc;
                         gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
                         return gc;
                     }()),
              service(journal, &client)
        {
            net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-OK", "ok") } };
        }
        Result<JournalEntry> charge(QObject *context, std::optional<ChargeResult> *result)
        {
            return service.charge(validRequest(), context, [result](const ChargeResult &r) {
                if (result)
                    *result = r;
            });
        }
    };

private slots:
    void damagedJournalIsRefused_data()
    {
        QTest::addColumn<JournalConfig::HealthCheck>("check");
        QTest::newRow("checked at open") << JournalConfig::HealthCheck::AtOpen;
        QTest::newRow("small, so checked at open (auto)") << JournalConfig::HealthCheck::Auto;
        QTest::newRow("checked on a worker") << JournalConfig::HealthCheck::OnWorker;
    }
    void damagedJournalIsRefused()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only: PRAGMA quick_check (PostgreSQL keeps its own pages)");
        QFETCH(JournalConfig::HealthCheck, check);
        JournalConfig config = journalWithEntries(400);
        const qint64 offset = damageSqliteJournal(config.sqlitePath);
        QVERIFY2(offset > 0, "no offset found that SQLite opens but quick_check refuses");
        config.healthCheck = check;
        auto opened = Journal::open(config);
        PAVT_VERIFY_OK(opened);
        Journal &journal = **opened;
        ServiceRig rig(&journal);
        if (check == JournalConfig::HealthCheck::OnWorker) {
            // Usable at once for reads; charges wait for the check.
            QCOMPARE(journal.health(), JournalHealth::Checking);
            QSignalSpy checked(&journal, &Journal::healthChecked);
            const auto early = rig.charge(this, nullptr);
            QVERIFY(!early);
            QCOMPARE(early.error().code, QStringLiteral("journal_checking"));
            QVERIFY2(early.error().message.contains(u"still being checked"),
                     qPrintable(early.error().message));
            QVERIFY(checked.wait(10000));
            QCOMPARE(checked.size(), 1);
            QCOMPARE(checked.first().first().toBool(), false);
        }
        QCOMPARE(journal.health(), JournalHealth::Damaged);
        const std::optional<Error> error = journal.healthError();
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("journal_damaged"));
        QVERIFY2(error->message.contains(QDir::toNativeSeparators(config.sqlitePath))
                     && error->message.contains(u"is damaged")
                     && error->message.contains(u"nothing can be charged"),
                 qPrintable(error->message));
        // Nothing is charged, refunded or written.
        const auto refused = rig.charge(this, nullptr);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("journal_damaged"));
        QCOMPARE(refused.error().message, error->message);
        const auto refund = rig.service.refundTransaction(
            QStringLiteral("PA-H1"), QStringLiteral("x"), this, [](const RefundResult &) {});
        QCOMPARE(refund.error().code, QStringLiteral("journal_damaged"));
        QCOMPARE(journal.recordPending(sampleEntry(QStringLiteral("NEW"))).error().code,
                 QStringLiteral("journal_damaged"));
        QCOMPARE(journal.recoverAbandoned().error().code, QStringLiteral("journal_damaged"));
        QTest::qWait(20);
        QCOMPARE(rig.net.requests.size(), 0);
    }

    void healthyJournalIsCheckedBeforeCharging_data()
    {
        QTest::addColumn<JournalConfig::HealthCheck>("check");
        QTest::newRow("auto") << JournalConfig::HealthCheck::Auto;
        QTest::newRow("at open") << JournalConfig::HealthCheck::AtOpen;
        QTest::newRow("on a worker") << JournalConfig::HealthCheck::OnWorker;
        QTest::newRow("none (read-only use)") << JournalConfig::HealthCheck::None;
    }
    void healthyJournalIsCheckedBeforeCharging()
    {
        QFETCH(JournalConfig::HealthCheck, check);
        JournalConfig config = journalWithEntries(50);
        config.healthCheck = check;
        {
            // Closed while its check may still run: waits for it, nothing left behind.
            auto quick = Journal::open(config);
            PAVT_VERIFY_OK(quick);
        }
        auto opened = Journal::open(config);
        PAVT_VERIFY_OK(opened);
        Journal &journal = **opened;
        ServiceRig rig(&journal);
        QCOMPARE(journal.count({}).value(), 50); // reads work at once, whatever the check
        const bool worker
            = check == JournalConfig::HealthCheck::OnWorker && !m_backend.isPostgres();
        if (check == JournalConfig::HealthCheck::None) {
            QCOMPARE(journal.health(), JournalHealth::Unchecked);
            QCOMPARE(rig.charge(this, nullptr).error().code, QStringLiteral("journal_unchecked"));
            return;
        }
        if (worker) {
            QCOMPARE(journal.health(), JournalHealth::Checking);
            QSignalSpy checked(&journal, &Journal::healthChecked);
            QVERIFY(checked.wait(10000));
            QCOMPARE(checked.first().first().toBool(), true);
        }
        QCOMPARE(journal.health(), JournalHealth::Healthy); // PostgreSQL: nothing to check here
        QVERIFY(!journal.healthError());
        std::optional<ChargeResult> result;
        PAVT_VERIFY_OK(rig.charge(this, &result));
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->entry.outcome, EntryOutcome::Approved);
    }

    void sqliteFilesHoldNoCardData()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite files only (the PostgreSQL server keeps its own files)");
        // Test data chosen so that nothing else written to the files can look like it: the CVVs
        // do not occur in this machine's host name, nor in the timestamps' or process id's bytes.
        const QDateTime when = utc("2026-06-01T10:00:00.000Z");
        FixedClock clock(when);
        const QByteArray host = QSysInfo::machineHostName().toUtf8();
        auto binary = [](qint64 v) {
            QByteArray b(8, '\0');
            for (int i = 7; i >= 0; --i, v >>= 8)
                b[i] = char(v & 0xff);
            return b;
        };
        const QByteArray noise
            = host + binary(when.toMSecsSinceEpoch()) + binary(QCoreApplication::applicationPid());
        QList<QByteArray> cvvs;
        for (const char *c : { "739", "846", "592", "617", "384", "925", "468", "273" })
            if (!noise.contains(c))
                cvvs << c;
        QVERIFY(cvvs.size() >= 3);
        const QList<QByteArray> cards { "4111111111111111", "5555555555554444", "378282246310005" };

        const JournalConfig config = fresh();
        {
            auto journal = openJournal(config, clock);
            FakeNetwork net;
            GatewayConfig gc;
            gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
            gc.timeoutMs = 100;
            GatewayClient client(&net,
                                 Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                                               SecretBytes(QByteArrayView(TestEncryptionKey)) },
                                 gc);
            ChargeService service(journal.get(), &client);
            const ScriptedAnswer answers[] = {
                // The gateway echoing the card number in its message must not put it on disk.
                ScriptedAnswer { 200,
                                 answer("SUCCESS", "PAONE", "Approved card 4111111111111111") },
                ScriptedAnswer { 200,
                                 answer("FAILED", "PATWO", "Card 5555-5555-5555-4444 declined") },
                ScriptedAnswer { 0, {}, QNetworkReply::NoError, true, true }, // no answer: unknown
            };
            for (int i = 0; i < 3; ++i) {
                net.answers = { answers[i] };
                PaymentRequest r = validRequest(cards[i].constData());
                r.cvv = SecretBytes(QByteArrayView(i == 2 ? QByteArray(cvvs[0] + "1") : cvvs[i]));
                r.orderId = QStringLiteral("SCAN-ORDER-%1").arg(QChar(u'A' + i));
                std::optional<ChargeResult> result;
                QVERIFY(service.charge(r, this, [&](const ChargeResult &res) { result = res; }));
                QTRY_VERIFY(result.has_value());
            }
            QCOMPARE(journal->count({}).value(), 3);
            // Read through the reader too (a second connection writes its -shm/-wal traces).
            JournalReader reader(config);
            QSignalSpy ready(&reader, &JournalReader::pageReady);
            reader.fetchPage({}, {}, 10);
            QVERIFY(ready.wait(5000));

            // Scan while the connections are open (the -wal and -shm files exist) and after.
            QStringList files;
            for (const char *suffix : { "", "-wal", "-shm" })
                if (QFile::exists(config.sqlitePath + QLatin1StringView(suffix)))
                    files << config.sqlitePath + QLatin1StringView(suffix);
            QVERIFY(files.size() == 3);
            scanFiles(files, cards, cvvs.mid(0, 2) + QList<QByteArray> { cvvs[0] + "1" });
        }
        QStringList files;
        for (const char *suffix : { "", "-wal", "-shm" })
            if (QFile::exists(config.sqlitePath + QLatin1StringView(suffix)))
                files << config.sqlitePath + QLatin1StringView(suffix);
        scanFiles(files, cards, cvvs.mid(0, 2) + QList<QByteArray> { cvvs[0] + "1" });

        // The scanner itself finds what it looks for (a file that does hold a number).
        const QString control = m_dir.filePath(QStringLiteral("control.bin"));
        QFile c(control);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(QByteArray(5000, '\0') + cards[1] + QByteArray(10, '\0'));
        c.close();
        QVERIFY(countHits(control, cards[1]) == 1);
    }

#ifdef Q_OS_UNIX
    static int modeOf(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }
    static void setMode(const QString &path, int mode)
    {
        if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0)
            qFatal("chmod %s failed", qPrintable(path));
    }
    // What a crash leaves: the journal with its -wal and -shm files, three entries in the log.
    void crashImage(const JournalConfig &config)
    {
        QMap<QString, QByteArray> image;
        {
            auto journal = openJournal(config);
            for (int i = 0; i < 3; ++i)
                PAVT_VERIFY_OK(journal->recordPending(sampleEntry(QStringLiteral("C%1").arg(i))));
            for (const char *suffix : { "", "-wal", "-shm" }) {
                QFile f(config.sqlitePath + QLatin1StringView(suffix));
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                image.insert(f.fileName(), f.readAll());
            }
        } // closed: the log is folded in and removed
        QVERIFY(!QFile::exists(config.sqlitePath + QStringLiteral("-wal")));
        for (auto it = image.cbegin(); it != image.cend(); ++it) {
            QFile f(it.key());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(it.value()), it.value().size());
            setMode(it.key(), 0600); // as SQLite made them
        }
    }
#endif

    void leftoverFilesDoNotBlockTheNextStart_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("mode");
        QTest::newRow("-wal 000") << QStringLiteral("-wal") << 0;
        QTest::newRow("-shm 000") << QStringLiteral("-shm") << 0;
        QTest::newRow("-shm read-only") << QStringLiteral("-shm") << 0400;
        QTest::newRow("journal read-only") << QString() << 0400;
        QTest::newRow("journal 000") << QString() << 0;
    }
    void leftoverFilesDoNotBlockTheNextStart()
    {
        // A crash, a start that failed half way, or a copy made with other modes leaves the
        // user's own files unreadable or read-only: the next start gives them back 0600.
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
#ifndef Q_OS_UNIX
        QSKIP("file modes: Unix only");
#else
        QFETCH(QString, suffix);
        QFETCH(int, mode);
        const JournalConfig config = fresh();
        crashImage(config);
        setMode(config.sqlitePath + suffix, mode);
        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        for (const char *s : { "", "-wal", "-shm" })
            if (QFile::exists(config.sqlitePath + QLatin1StringView(s)))
                QCOMPARE(modeOf(config.sqlitePath + QLatin1StringView(s)), 0600);
        QCOMPARE((*journal)->count({}).value(), 3); // nothing of the log lost
        PAVT_VERIFY_OK((*journal)->recordPending(sampleEntry(QStringLiteral("AFTER"))));
#endif
    }

    void journalFolderWithoutRightsIsFixed()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
#ifndef Q_OS_UNIX
        QSKIP("file modes: Unix only");
#else
        JournalConfig config;
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        config.sqlitePath = folder + QStringLiteral("/journal.sqlite3");
        openJournal(config); // created
        setMode(folder, 0500); // no write: SQLite could not create its -wal and -shm
        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        QCOMPARE(modeOf(folder), 0700);
        PAVT_VERIFY_OK((*journal)->recordPending(sampleEntry(QStringLiteral("F1"))));
#endif
    }

    void somethingInTheWayIsNamed()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
        const JournalConfig config = fresh();
        openJournal(config);
        const QString wal = config.sqlitePath + QStringLiteral("-wal");
        QVERIFY(QDir().mkpath(wal)); // a folder where SQLite's log must go
        auto journal = Journal::open(config);
        QVERIFY(!journal);
        QCOMPARE(journal.error().code, QStringLiteral("journal_files"));
        QVERIFY2(journal.error().message.contains(QDir::toNativeSeparators(wal)),
                 qPrintable(journal.error().message));
        QVERIFY(QDir().rmdir(wal));
        PAVT_VERIFY_OK(Journal::open(config));
    }

    void failedStartLeavesNothingThatBlocks()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
#ifndef Q_OS_UNIX
        QSKIP("file modes: Unix only");
#else
        // A umask that takes the owner's write right away: the new journal is still 0600 (a
        // read-only file would refuse every later start).
        const JournalConfig config = fresh();
        const mode_t before = ::umask(0277);
        auto created = Journal::open(config);
        ::umask(before);
        PAVT_VERIFY_OK(created);
        PAVT_VERIFY_OK((*created)->recordPending(sampleEntry(QStringLiteral("U1"))));
        QCOMPARE(modeOf(config.sqlitePath), 0600);
        for (const char *s : { "-wal", "-shm" })
            QCOMPARE(modeOf(config.sqlitePath + QLatin1StringView(s)), 0600);
        created->reset();
        // A start refused half way (a journal of a newer version) leaves no -wal or -shm behind,
        // and the next start, once the cause is gone, works.
        setStoredVersions(config, 99, -1);
        QCOMPARE(Journal::open(config).error().code, QStringLiteral("journal_newer"));
        QVERIFY(!QFile::exists(config.sqlitePath + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(config.sqlitePath + QStringLiteral("-shm")));
        QCOMPARE(modeOf(config.sqlitePath), 0600);
        setStoredVersions(config, JournalDatabase::SchemaVersion, -1);
        PAVT_VERIFY_OK(Journal::open(config));
#endif
    }

    void dataDirectoryAndPermissions()
    {
        if (m_backend.isPostgres())
            QSKIP("SQLite only");
        const QString dir
            = m_dir.filePath(QStringLiteral("data-%1").arg(QCoreApplication::applicationPid()));
        qputenv("PAVT_DATA_DIR", dir.toUtf8());
        QCOMPARE(JournalConfig::defaultDataDirectory(), dir);
        QCOMPARE(JournalConfig::defaultSqlitePath(), dir + QStringLiteral("/journal.sqlite3"));
        JournalConfig config; // default: SQLite in the data folder
        QVERIFY(config.sqlitePath.isEmpty());
        {
            auto journal = openJournal(config);
            QCOMPARE(journal->config().sqlitePath, dir + QStringLiteral("/journal.sqlite3"));
            QVERIFY(journal->recordPending(sampleEntry(QStringLiteral("P1"))));
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/journal.sqlite3")));
#ifdef Q_OS_UNIX
        const auto perms = QFile::permissions(dir + QStringLiteral("/journal.sqlite3"));
        QCOMPARE(
            perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(dir) & (QFile::ReadOther | QFile::ExeOther),
                 QFileDevice::Permissions());
#endif
        qputenv("PAVT_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        // Settings: the backend and a connection string without password.
        TerminalSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.journalConfig()->backend, JournalBackend::SQLite);
        settings.setJournalBackend(QStringLiteral("postgresql"));
        QCOMPARE(settings.journalConfig().error().code, QStringLiteral("journal_connection"));
        settings.setJournalConnection(
            QStringLiteral("host=db.example port=5433 dbname=pavt user=seat1 password=hunter2"));
        QCOMPARE(settings.journalConfig().error().code, QStringLiteral("journal_connection"));
        settings.setJournalConnection(
            QStringLiteral("host=db.example port=5433 dbname=pavt user=seat1"));
        settings.raw().setValue(QStringLiteral("journal/duplicateWindowSeconds"), 300);
        auto pg = settings.journalConfig();
        QVERIFY(pg);
        QCOMPARE(pg->backend, JournalBackend::PostgreSQL);
        QCOMPARE(pg->duplicateWindowSeconds, 300);
        QCOMPARE(pg->describe(), QStringLiteral("PostgreSQL db.example:5433/pavt"));
        settings.setJournalBackend(QStringLiteral("oracle"));
        QCOMPARE(settings.journalConfig().error().code, QStringLiteral("journal_backend"));
    }

    void unreachableServerIsAnError()
    {
        JournalConfig config;
        config.backend = JournalBackend::PostgreSQL;
        config.connection
            = QStringLiteral("host=127.0.0.1 port=1 dbname=nothing user=nobody connect_timeout=2");
        auto journal = Journal::open(config);
        QVERIFY(!journal);
        QCOMPARE(journal.error().code,
                 QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))
                     ? QStringLiteral("journal_open")
                     : QStringLiteral("journal_driver"));
        QVERIFY(!journal.error().message.isEmpty());
    }

private:
    static int countHits(const QString &path, const QByteArray &needle)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const QByteArray bytes = file.readAll();
        return int(bytes.count(needle));
    }

    static void scanFiles(const QStringList &files, const QList<QByteArray> &cards,
                          const QList<QByteArray> &cvvs)
    {
        for (const QString &path : files) {
            for (const QByteArray &utf8 : cards) {
                QByteArray utf16;
                for (char ch : utf8)
                    utf16.append(ch).append('\0');
                QVERIFY2(countHits(path, utf8) == 0,
                         qPrintable(path + u' ' + QString::fromLatin1(utf8)));
                QVERIFY2(countHits(path, utf16) == 0,
                         qPrintable(path + u' ' + QString::fromLatin1(utf8)));
            }
            for (const QByteArray &cvv : cvvs)
                QVERIFY2(countHits(path, cvv) == 0,
                         qPrintable(path + QStringLiteral(" CVV ") + QString::fromLatin1(cvv)));
        }
    }
};

PAVT_JOURNAL_TEST_MAIN(TestJournal, "tst_journal")

#include "tst_journal.moc"
