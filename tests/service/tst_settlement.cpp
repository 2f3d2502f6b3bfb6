// SPDX-License-Identifier: MIT
// Settlement against the in-process gateway simulator (loopback), on SQLite (tst_settlement) and
// PostgreSQL (tst_settlement_postgresql): every category, across midnight and across pages; apply
// and a second run change nothing more; bad answers end with an error in words and no change;
// cancel stops at the page under way.
#include "core/journal/journal.h"
#include "core/journal/linkentry.h"
#include "core/service/settlement.h"
#include "core/service/settlementreport.h"
#include "sim/gatewaysimulator.h"
#include "support/journaltestsupport.h"
#include "support/testdata.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;
using namespace pavt::test;

Q_DECLARE_METATYPE(pavt::sim::ListFault)

namespace {
const QByteArray SimSecret = QByteArrayLiteral("PA_TEST_settlement0sim");
const QByteArray SimKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
const QDate Day(2025, 3, 10);

QDateTime at(QDate day, int h, int m, int s)
{
    return QDateTime(day, QTime(h, m, s), Qt::UTC);
}
} // namespace

class TestSettlement : public QObject
{
    Q_OBJECT
public:
    explicit TestSettlement(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    struct Rig
    {
        std::unique_ptr<GatewaySimulator> sim;
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<Settlement> settlement;
    };

    std::unique_ptr<Rig> rig()
    {
        auto r = std::make_unique<Rig>();
        SimulatorOptions options;
        options.secretKey = SimSecret;
        options.encryptionKey = SimKey;
        options.listPageSize = 3; // many pages from a few transactions
        r->sim = std::make_unique<GatewaySimulator>(options);
        if (!r->sim->start())
            qFatal("simulator: %s", qPrintable(r->sim->errorString()));
        r->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = r->sim->baseUrl();
        r->client = std::make_unique<GatewayClient>(
            &r->nam, Credentials { SecretBytes(SimSecret), SecretBytes(SimKey) }, gc);
        auto journal = Journal::open(m_backend.freshConfig(m_dir));
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        SettlementOptions so;
        so.zone = QTimeZone::utc();
        r->settlement = std::make_unique<Settlement>(r->journal.get(), r->client.get(), so);
        return r;
    }

    // A journal entry and, unless `gateway` is false, the gateway's record of it.
    static qint64 both(Rig &r, const QString &txid, const QString &orderId,
                       const QDateTime &journalTime, const QDateTime &gatewayTime,
                       qint64 journalAmount = 1250, double gatewayAmount = 1250,
                       EntryOutcome outcome = EntryOutcome::Approved, bool gateway = true)
    {
        JournalEntry e = sampleEntry(orderId, "4111111111111111", journalAmount);
        e.createdAt = journalTime;
        e.updatedAt = journalTime;
        e.transactionId = txid;
        e.outcome = outcome;
        e.operatorName = QStringLiteral("alice");
        auto written = r.journal->database().insertBatch({ e });
        if (!written)
            qFatal("insert: %s", qPrintable(written.error().message));
        if (gateway)
            gatewayRecord(r, txid, orderId, gatewayTime, gatewayAmount);
        auto found = r.journal->entryByTransactionId(txid);
        return found && *found ? (*found)->id : 0;
    }

    static void gatewayRecord(Rig &r, const QString &txid, const QString &orderId,
                              const QDateTime &when, double amount = 1250,
                              TransactionStatus status = TransactionStatus::Success)
    {
        TransactionRecord t;
        t.transactionId = txid;
        t.orderId = orderId;
        t.amount = amount;
        t.currency = QStringLiteral("GBP");
        t.firstName = QStringLiteral("Ada");
        t.lastName = QStringLiteral("Lovelace");
        t.status = status;
        t.created = when;
        if (!r.sim->addTransaction(t))
            qFatal("sim: %s taken", qPrintable(txid));
    }

    static Result<SettlementReport> settle(Rig &r, QDate from, QDate to)
    {
        QSignalSpy done(r.settlement.get(), &Settlement::finished);
        r.settlement->run(from, to);
        if (done.isEmpty() && !done.wait(20000))
            qFatal("the settlement did not finish");
        return r.settlement->result();
    }

    static QStringList ids(const SettlementReport &report, SettlementCategory category)
    {
        QStringList out;
        for (const SettlementItem &item : report.itemsOf(category))
            out << item.transactionId;
        out.sort();
        return out;
    }

    // Builds the day of every category: see the comments.
    struct Ids
    {
        qint64 refunded = 0, chargedBack = 0, suspicious = 0;
    };
    static Ids scenario(Rig &r)
    {
        Ids ids;
        // Matched, in the day.
        both(r, QStringLiteral("PAMATCHED00001"), QStringLiteral("VT20250310100000-ABCDEFGHJK"),
             at(Day, 10, 0, 0), at(Day, 10, 0, 1));
        // Across midnight: written before it, the gateway's after it (the next day's total).
        both(r, QStringLiteral("PAMIDNIGHT0001"), QStringLiteral("VT20250310235958-ABCDEFGHJL"),
             at(Day, 23, 59, 58), at(Day.addDays(1), 0, 0, 1));
        // The day before the range in the journal, in the range at the gateway: matched.
        both(r, QStringLiteral("PAEDGE00000001"), QStringLiteral("VT20250309235959-ABCDEFGHJM"),
             at(Day.addDays(-1), 23, 59, 59), at(Day, 0, 0, 2));
        // Gateway only: another channel (not serious) and one of our own format (serious).
        gatewayRecord(r, QStringLiteral("PAOTHERCHAN001"), QStringLiteral("WEB-000123"),
                      at(Day, 12, 0, 0));
        gatewayRecord(r, QStringLiteral("PAOWNLOST00001"),
                      QStringLiteral("VT20250310120500-ABCDEFGHJN"), at(Day, 12, 5, 0));
        // Journal only: the gateway forgets it.
        both(r, QStringLiteral("PAFORGOTTEN001"), QStringLiteral("VT20250310130000-ABCDEFGHJP"),
             at(Day, 13, 0, 0), at(Day, 13, 0, 1));
        r.sim->forgetTransaction(QStringLiteral("PAFORGOTTEN001"));
        // Mismatched amount (one minor unit).
        both(r, QStringLiteral("PAMISMATCH0001"), QStringLiteral("VT20250310140000-ABCDEFGHJQ"),
             at(Day, 14, 0, 0), at(Day, 14, 0, 1), 1250, 1251);
        // Refunded, charged back, suspicious at the gateway only.
        ids.refunded = both(r, QStringLiteral("PAREFUNDED0001"),
                            QStringLiteral("VT20250310150000-ABCDEFGHJR"), at(Day, 15, 0, 0),
                            at(Day, 15, 0, 1));
        r.sim->markRefunded(QStringLiteral("PAREFUNDED0001"), at(Day, 18, 0, 0));
        ids.chargedBack = both(r, QStringLiteral("PACHARGEBACK01"),
                               QStringLiteral("VT20250310160000-ABCDEFGHJS"), at(Day, 16, 0, 0),
                               at(Day, 16, 0, 1), 3000, 3000);
        r.sim->markChargedBack(QStringLiteral("PACHARGEBACK01"), at(Day.addDays(1), 9, 0, 0));
        ids.suspicious = both(r, QStringLiteral("PASUSPICIOUS01"),
                              QStringLiteral("VT20250310170000-ABCDEFGHJT"), at(Day, 17, 0, 0),
                              at(Day, 17, 0, 1));
        r.sim->markSuspicious(QStringLiteral("PASUSPICIOUS01"), at(Day, 17, 30, 0));
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyCategoryAcrossPagesAndMidnight()
    {
        auto r = rig();
        scenario(*r);
        auto report = settle(*r, Day, Day.addDays(1));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->pages >= 3); // 9 listed, 3 a page
        QCOMPARE(report->gatewayTransactions, 9);
        QCOMPARE(ids(*report, SettlementCategory::Matched),
                 (QStringList { "PACHARGEBACK01", "PAEDGE00000001", "PAMATCHED00001",
                                "PAMIDNIGHT0001", "PAREFUNDED0001", "PASUSPICIOUS01" }));
        QCOMPARE(ids(*report, SettlementCategory::GatewayOnly),
                 (QStringList { "PAOTHERCHAN001", "PAOWNLOST00001" }));
        QCOMPARE(ids(*report, SettlementCategory::JournalOnly), QStringList { "PAFORGOTTEN001" });
        QCOMPARE(ids(*report, SettlementCategory::Mismatched), QStringList { "PAMISMATCH0001" });
        QCOMPARE(ids(*report, SettlementCategory::Refunded), QStringList { "PAREFUNDED0001" });
        QCOMPARE(ids(*report, SettlementCategory::ChargedBack), QStringList { "PACHARGEBACK01" });
        QCOMPARE(ids(*report, SettlementCategory::Suspicious), QStringList { "PASUSPICIOUS01" });
        for (const SettlementItem &item : report->items) {
            const bool serious = item.transactionId == u"PAOWNLOST00001"
                || item.category == SettlementCategory::JournalOnly
                || item.category == SettlementCategory::Mismatched;
            QVERIFY2(item.serious == serious, qPrintable(item.transactionId));
        }
        QVERIFY(report->hasSerious());
        QVERIFY(report->itemsOf(SettlementCategory::Mismatched).first().detail.contains(u"1251"));
        // Totals per day: the one after midnight counts on the next day.
        QCOMPARE(report->perDay.size(), 2);
        const SettlementTotal first = report->perDay.at(0);
        const SettlementTotal second = report->perDay.at(1);
        QCOMPARE(first.key, Day.toString(Qt::ISODate));
        QCOMPARE(first.currency, QStringLiteral("GBP"));
        QCOMPARE(first.approvedCount, 8); // all but the midnight one and the forgotten one
        QCOMPARE(first.approvedMinor, 1250 * 6 + 1251 + 3000);
        QCOMPARE(first.refundMinor, 1250);
        QCOMPARE(first.chargebackMinor, 3000);
        QCOMPARE(first.netMinor(), 1250 * 6 + 1251 + 3000 - 1250 - 3000);
        QCOMPARE(second.key, Day.addDays(1).toString(Qt::ISODate));
        QCOMPARE(second.approvedCount, 1);
        QCOMPARE(report->perOperator.size(), 1);
        QCOMPARE(report->perOperator.first().key, QStringLiteral("alice"));
        QCOMPARE(report->perKind.first().key, entryKindId(EntryKind::KeyedCard));
        QCOMPARE(report->changes.size(), 3);
    }

    void applyThenRerunIsANoOp()
    {
        auto r = rig();
        const Ids ids = scenario(*r);
        auto report = settle(*r, Day, Day.addDays(1));
        QVERIFY(report);
        auto applied = r->settlement->apply(*report);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        QCOMPARE(*applied, 3);
        const JournalEntry refunded = r->journal->entry(ids.refunded)->value();
        QCOMPARE(refunded.refundState, RefundState::Refunded);
        QCOMPARE(refunded.refundedAt, at(Day, 18, 0, 0));
        QCOMPARE(refunded.outcome, EntryOutcome::Approved);
        const JournalEntry chargedBack = r->journal->entry(ids.chargedBack)->value();
        QVERIFY(chargedBack.isChargedBack());
        QCOMPARE(chargedBack.chargebackAt, at(Day.addDays(1), 9, 0, 0));
        QVERIFY(!chargedBack.isRefundable());
        QCOMPARE(r->journal->entry(ids.suspicious)->value().suspiciousAt, at(Day, 17, 30, 0));
        // The same report applied again, and a fresh run: nothing more.
        QCOMPARE(*r->settlement->apply(*report), 0);
        auto again = settle(*r, Day, Day.addDays(1));
        QVERIFY(again);
        QCOMPARE(again->changes.size(), 0);
        QCOMPARE(*r->settlement->apply(*again), 0);
        QCOMPARE(again->count(SettlementCategory::Refunded), 1); // still listed, nothing to learn
    }

    void nothingSerious()
    {
        auto r = rig();
        both(*r, QStringLiteral("PAMATCHED00001"), QStringLiteral("VT20250310100000-ABCDEFGHJK"),
             at(Day, 10, 0, 0), at(Day, 10, 0, 1));
        gatewayRecord(*r, QStringLiteral("PAOTHERCHAN001"), QString(), at(Day, 12, 0, 0));
        // A declined charge the gateway has as failed: matched, not journal-only.
        both(*r, QStringLiteral("PADECLINED0001"), QStringLiteral("VT20250310110000-ABCDEFGHJL"),
             at(Day, 11, 0, 0), at(Day, 11, 0, 1), 1250, 1250, EntryOutcome::Declined, false);
        gatewayRecord(*r, QStringLiteral("PADECLINED0001"),
                      QStringLiteral("VT20250310110000-ABCDEFGHJL"), at(Day, 11, 0, 1), 1250,
                      TransactionStatus::Failed);
        auto report = settle(*r, Day, Day);
        QVERIFY(report);
        QCOMPARE(report->count(SettlementCategory::Matched), 2);
        QCOMPARE(report->count(SettlementCategory::GatewayOnly), 1);
        QVERIFY(!report->hasSerious());
        QCOMPARE(report->perDay.first().approvedCount, 2);
    }

    void badAnswers_data()
    {
        QTest::addColumn<ListFault>("fault");
        QTest::addColumn<QString>("words");
        QTest::newRow("page without meta") << ListFault::NoMeta << QStringLiteral("meta");
        QTest::newRow("repeated cursor")
            << ListFault::RepeatedCursor << QStringLiteral("same cursor twice");
        QTest::newRow("never ends") << ListFault::Endless << QStringLiteral("does not end");
        QTest::newRow("amount not a number")
            << ListFault::AmountNotNumber << QStringLiteral("not a number");
    }

    void badAnswers()
    {
        QFETCH(ListFault, fault);
        QFETCH(QString, words);
        auto r = rig();
        const Ids ids = scenario(*r);
        r->sim->setListFault(fault);
        auto report = settle(*r, Day, Day.addDays(1));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(words), qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(u"Nothing was changed."));
        QCOMPARE(r->journal->entry(ids.refunded)->value().refundState, RefundState::None);
        QVERIFY(!r->journal->entry(ids.chargedBack)->value().isChargedBack());
        // Once the gateway answers properly, the same settlement works.
        r->sim->setListFault(ListFault::None);
        QVERIFY(settle(*r, Day, Day.addDays(1)));
    }

    void listAmounts()
    {
        QCOMPARE(parseListAmount(u"1250", 2, AmountUnit::Minor), 1250);
        QCOMPARE(parseListAmount(u"1250.00", 2, AmountUnit::Minor), 1250);
        QCOMPARE(parseListAmount(u"1250.5", 2, AmountUnit::Minor), std::nullopt);
        QCOMPARE(parseListAmount(u"12.5", 2, AmountUnit::Major), 1250);
        QCOMPARE(parseListAmount(u"12.345", 3, AmountUnit::Major), 12345);
        QCOMPARE(parseListAmount(u"12.345", 2, AmountUnit::Major), std::nullopt);
        QCOMPARE(parseListAmount(u"1250", 0, AmountUnit::Major), 1250);
        QCOMPARE(parseListAmount(u"twelve", 2, AmountUnit::Minor), std::nullopt);
        QCOMPARE(parseListAmount(u"-5", 2, AmountUnit::Minor), std::nullopt);
        QCOMPARE(parseListAmount(u"", 2, AmountUnit::Minor), std::nullopt);
    }

    void seededTransactionsAreListedOnEveryPage()
    {
        auto r = rig();
        SeedOptions seed;
        seed.count = 40;
        seed.from = Day.addDays(-9);
        seed.to = Day;
        const QStringList seeded = r->sim->seedTransactions(seed);
        QCOMPARE(seeded.size(), 40);
        auto report = settle(*r, seed.from, seed.to);
        QVERIFY(report);
        QCOMPARE(report->gatewayTransactions, 40);
        QCOMPARE(report->count(SettlementCategory::GatewayOnly), 40);
        QVERIFY(report->pages >= 14);
        int own = 0;
        for (const SettlementItem &item : report->items)
            own += item.serious ? 1 : 0;
        QVERIFY(own > 0 && own < 40); // the terminal's format, and other channels
    }

    // Cancel between pages: the page under way is the last one asked for, the run ends in words
    // and nothing is reported; the next run goes to the end.
    void cancelStopsAtThePageUnderWay()
    {
        auto r = rig();
        SeedOptions seed;
        seed.count = 30; // ten pages of three
        seed.from = Day;
        seed.to = Day;
        QCOMPARE(r->sim->seedTransactions(seed).size(), 30);
        int pages = 0;
        connect(r->settlement.get(), &Settlement::progress, r->settlement.get(), [&] {
            if (pages++ == 0)
                r->settlement->cancel();
        });
        auto report = settle(*r, Day, Day);
        QVERIFY(!report);
        QCOMPARE(pages, 1);
        QVERIFY2(report.error().message.contains(u"cancelled"), qPrintable(report.error().message));
        QVERIFY(report.error().message.contains(u"Nothing was changed."));
        QVERIFY(!r->settlement->isRunning());
        disconnect(r->settlement.get(), &Settlement::progress, r->settlement.get(), nullptr);
        auto again = settle(*r, Day, Day);
        QVERIFY(again);
        QCOMPARE(again->gatewayTransactions, 30);
    }

    void reportOrderAndSeriousRows()
    {
        auto r = rig();
        scenario(*r);
        auto report = settle(*r, Day, Day.addDays(1));
        QVERIFY(report);
        const QList<SettlementCategory> order = report->categoriesSeriousFirst();
        QCOMPARE(order.size(), SettlementCategoryCount);
        QCOMPARE(order.first(), SettlementCategory::Mismatched);
        for (int i = 0; i < 3; ++i)
            QVERIFY(report->hasSerious(order.at(i)));
        for (int i = 3; i < order.size(); ++i)
            QVERIFY(!report->hasSerious(order.at(i)));
        QCOMPARE(report->seriousItems().size(), 3); // own lost, forgotten, mismatched
        for (const SettlementItem &item : report->items)
            QCOMPARE(
                item.journalStatus.isEmpty(),
                item.category == SettlementCategory::GatewayOnly
                    || (item.entryId == 0 && item.category != SettlementCategory::JournalOnly));
    }
};

PAVT_JOURNAL_TEST_MAIN(TestSettlement, "tst_settlement")
#include "tst_settlement.moc"
