// SPDX-License-Identifier: MIT
// Partial and batch refunds against the in-process gateway simulator (loopback), on SQLite
// (tst_batchrefund) and PostgreSQL (tst_batchrefund_postgresql): remainder arithmetic per
// currency exponent and refusal past it, the preview's refusal of every bad row, a batch run and
// its result file, a "sending" row looked up (never resent), and a version-6 journal migrated.
#include "core/journal/journal.h"
#include "core/journal/journalcolumns.h"
#include "core/journal/securityschema.h"
#include "core/payment/wirejson.h"
#include "core/service/batchrefund.h"
#include "core/service/chargeservice.h"
#include "sim/gatewaysimulator.h"
#include "support/journaltestsupport.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;
using namespace pavt::test;

namespace {
const QByteArray SimSecret = QByteArrayLiteral("PA_TEST_batch0refund0sim");
const QByteArray SimKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
} // namespace

class TestBatchRefund : public QObject
{
    Q_OBJECT
public:
    explicit TestBatchRefund(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    struct Rig
    {
        std::unique_ptr<GatewaySimulator> sim;
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<ChargeService> service;
        std::unique_ptr<BatchRefund> batch;
    };

    std::unique_ptr<Rig> rig(bool partial)
    {
        auto r = std::make_unique<Rig>();
        SimulatorOptions options;
        options.secretKey = SimSecret;
        options.encryptionKey = SimKey;
        r->sim = std::make_unique<GatewaySimulator>(options);
        if (!r->sim->start())
            qFatal("simulator: %s", qPrintable(r->sim->errorString()));
        r->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = r->sim->baseUrl();
        gc.partialRefunds = partial;
        r->client = std::make_unique<GatewayClient>(
            &r->nam, Credentials { SecretBytes(SimSecret), SecretBytes(SimKey) }, gc);
        auto journal = Journal::open(m_backend.freshConfig(m_dir));
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        r->service = std::make_unique<ChargeService>(r->journal.get(), r->client.get());
        r->batch
            = std::make_unique<BatchRefund>(r->journal.get(), r->client.get(), r->service.get());
        return r;
    }

    // An approved charge in the journal and at the gateway.
    static qint64 charge(Rig &r, const QString &txid, qint64 amount = 1250,
                         const QString &currency = QStringLiteral("GBP"),
                         EntryOutcome outcome = EntryOutcome::Approved,
                         const QString &environment = QStringLiteral("test"))
    {
        JournalEntry e
            = sampleEntry(QStringLiteral("VT-") + txid, "4111111111111111", amount, currency);
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.updatedAt = e.createdAt;
        e.transactionId = txid;
        e.outcome = outcome;
        e.environment = environment;
        if (auto written = r.journal->database().insertBatch({ e }); !written)
            qFatal("insert: %s", qPrintable(written.error().message));
        TransactionRecord t;
        t.transactionId = txid;
        t.orderId = e.orderId;
        t.amount = double(amount);
        t.currency = currency;
        t.status = outcome == EntryOutcome::Approved ? TransactionStatus::Success
                                                     : TransactionStatus::Failed;
        if (!r.sim->addTransaction(t))
            qFatal("sim: %s taken", qPrintable(txid));
        return r.journal->entryByTransactionId(txid)->value().id;
    }

    static RefundResult refund(Rig &r, qint64 id, qint64 amount, Error *refused = nullptr)
    {
        std::optional<RefundResult> result;
        auto begun = r.service->refund(
            id, QStringLiteral("Customer returned part"), r.service.get(),
            [&](const RefundResult &done) { result = done; }, nullptr, amount);
        if (!begun) {
            if (refused)
                *refused = begun.error();
            return {};
        }
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("no answer to the refund");
        return *result;
    }

    static QList<RefundBatchRow> runBatch(Rig &r, qint64 batchId)
    {
        QSignalSpy finished(r.batch.get(), &BatchRefund::finished);
        r.batch->run(batchId);
        if (!finished.wait(20000))
            qFatal("the batch did not finish");
        return r.batch->rows(batchId).value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void wireAmountsPerExponent()
    {
        QCOMPARE(wireAmountText(1250, 2, AmountUnit::Minor), QByteArray("1250"));
        QCOMPARE(wireAmountText(1250, 2, AmountUnit::Major), QByteArray("12.50"));
        QCOMPARE(wireAmountText(500, 0, AmountUnit::Major), QByteArray("500"));
        QCOMPARE(wireAmountText(12345, 3, AmountUnit::Major), QByteArray("12.345"));
        QCOMPARE(parseWireAmount(u"12.345", 3, AmountUnit::Major), 12345);
        QCOMPARE(parseWireAmount(u"12.345", 2, AmountUnit::Major), std::nullopt);
    }

    void partialRefundsAddUpToTheCharge()
    {
        auto r = rig(true);
        const qint64 id = charge(*r, QStringLiteral("PAPART0000000001"));
        RefundResult first = refund(*r, id, 500);
        QCOMPARE(first.outcome.kind, OutcomeKind::Approved);
        QCOMPARE(first.entry.refundState, RefundState::PartlyRefunded);
        QCOMPARE(first.entry.refundedMinor, 500);
        QCOMPARE(first.entry.refundableMinor(), 750);
        QCOMPARE(r->sim->transaction(QStringLiteral("PAPART0000000001"))->refundedAmount, 500.0);
        QVERIFY(first.entry.isRefundable());

        // Past the remainder: refused before anything is sent.
        const int sent = r->sim->refundRequestCount();
        Error refused;
        refund(*r, id, 751, &refused);
        QCOMPARE(refused.code, QStringLiteral("refund_too_much"));
        QCOMPARE(r->sim->refundRequestCount(), sent);
        QCOMPARE(r->journal->entry(id)->value().refundState, RefundState::PartlyRefunded);

        // The rest (0: all that is left) makes it refunded in full.
        RefundResult rest = refund(*r, id, 0);
        QCOMPARE(rest.outcome.kind, OutcomeKind::Approved);
        QCOMPARE(rest.entry.refundState, RefundState::Refunded);
        QCOMPARE(rest.entry.refundedMinor, 1250);
        QVERIFY(r->sim->transaction(QStringLiteral("PAPART0000000001"))->refunded);
        refund(*r, id, 1, &refused);
        QCOMPARE(refused.code, QStringLiteral("not_refundable"));
    }

    void remainderIsCheckedInsideTheJournal()
    {
        // Two seats: the second one's view is stale, the journal's transaction refuses.
        auto r = rig(true);
        const qint64 id = charge(*r, QStringLiteral("PAPART0000000002"), 1000);
        auto begun = r->journal->beginRefund(id, QStringLiteral("first seat"), 600);
        PAVT_VERIFY_OK(begun);
        GatewayOutcome ok;
        ok.kind = OutcomeKind::Approved;
        PAVT_VERIFY_OK(r->journal->finishRefund(id, ok));
        auto second = r->journal->beginRefund(id, QStringLiteral("second seat"), 600);
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("refund_too_much"));
        QCOMPARE(r->journal->entry(id)->value().refundedMinor, 600);
    }

    void partialRefundsOffSendOnlyWholeRefunds()
    {
        auto r = rig(false);
        const qint64 id = charge(*r, QStringLiteral("PAWHOLE000000001"));
        Error refused;
        refund(*r, id, 500, &refused);
        QCOMPARE(refused.code, QStringLiteral("partial_refunds_off"));
        QCOMPARE(r->sim->refundRequestCount(), 0);
        RefundResult whole = refund(*r, id, 0);
        QCOMPARE(whole.outcome.kind, OutcomeKind::Approved);
        QCOMPARE(whole.entry.refundState, RefundState::Refunded);
        QCOMPARE(whole.entry.refundedMinor, 1250);
    }

    void previewRefusesEveryBadRow()
    {
        auto r = rig(true);
        charge(*r, QStringLiteral("PAGOOD0000000001"));
        charge(*r, QStringLiteral("PAGOOD0000000002"), 10000, QStringLiteral("JPY"));
        charge(*r, QStringLiteral("PAGOOD0000000003"), 20000, QStringLiteral("KWD"));
        charge(*r, QStringLiteral("PADECL0000000001"), 1250, QStringLiteral("GBP"),
               EntryOutcome::Declined);
        charge(*r, QStringLiteral("PALIVE0000000001"), 1250, QStringLiteral("GBP"),
               EntryOutcome::Approved, QStringLiteral("live"));
        const qint64 done = charge(*r, QStringLiteral("PADONE0000000001"));
        QCOMPARE(refund(*r, done, 0).entry.refundState, RefundState::Refunded);
        const QByteArray csv = "transaction_id,reason,amount\n"
                               "PAGOOD0000000001,Returned,5.00\n" // 1 ok
                               "PAGOOD0000000002,Returned,500\n" // 2 ok: JPY, no decimals
                               "PAGOOD0000000003,Returned,12.345\n" // 3 ok: KWD, three
                               "PAGOOD0000000001,Again,1.00\n" // 4 duplicate
                               "PANOPE0000000001,Unknown\n" // 5 unknown
                               "PADECL0000000001,Declined\n" // 6 not refundable
                               "PALIVE0000000001,Live\n" // 7 environment
                               "PADONE0000000001,Done\n" // 8 already refunded
                               ",No id\n" // 9 transaction_id
                               "PAGOOD0000000002,\n" // 10 reason (and not a duplicate yet)
                               "one field only\n" // 11 malformed
                               "\"PAGOOD0000000003,Unterminated\n"; // 12 malformed
        auto preview = r->batch->previewData(csv, QStringLiteral("bad.csv"));
        PAVT_VERIFY_OK(preview);
        QCOMPARE(preview->rows.size(), 12);
        QStringList codes;
        for (const BatchCheck &c : preview->rows)
            codes << (c.ok ? QStringLiteral("ok") : c.code);
        QCOMPARE(codes,
                 QStringList({ "ok", "ok", "ok", "duplicate", "unknown", "not_refundable",
                               "environment", "already_refunded", "transaction_id", "reason",
                               "malformed", "malformed" }));
        QCOMPARE(preview->rows.at(0).amountMinor, 500);
        QCOMPARE(preview->rows.at(1).amountMinor, 500);
        QCOMPARE(preview->rows.at(2).amountMinor, 12345);
        for (const BatchCheck &c : preview->rows)
            QVERIFY2(c.ok || !c.message.isEmpty(), qPrintable(c.code));

        // Amounts: too many decimals for the currency, past the remainder.
        auto amounts = r->batch->previewData("PAGOOD0000000001,Returned,1.234\n"
                                             "PAGOOD0000000002,Returned,10001\n",
                                             QStringLiteral("amounts.csv"));
        PAVT_VERIFY_OK(amounts);
        QCOMPARE(amounts->rows.at(0).code, QStringLiteral("amount"));
        QCOMPARE(amounts->rows.at(1).code, QStringLiteral("refund_too_much"));
        QCOMPARE(r->sim->refundRequestCount(), 1); // only the refund made above
    }

    void previewRefusesAmountsWhenPartialRefundsAreOff()
    {
        auto r = rig(false);
        charge(*r, QStringLiteral("PAOFF00000000001"));
        auto preview
            = r->batch->previewData("PAOFF00000000001,Returned,5.00\n", QStringLiteral("off.csv"));
        PAVT_VERIFY_OK(preview);
        QCOMPARE(preview->rows.first().code, QStringLiteral("partial_refunds_off"));
        QCOMPARE(preview->okCount(), 0);
        QVERIFY(!r->batch->start(*preview));
    }

    void batchRunsEachRowOnceAndWritesTheResult()
    {
        auto r = rig(true);
        const qint64 a = charge(*r, QStringLiteral("PABATCH000000001"));
        const qint64 b = charge(*r, QStringLiteral("PABATCH000000002"), 3000);
        charge(*r, QStringLiteral("PABATCH000000003"), 700);
        const QByteArray csv = "PABATCH000000001,Returned\n"
                               "PABATCH000000002,Part,10.00\n"
                               "PANOPE0000000002,Unknown\n"
                               "PABATCH000000003,Returned,7.00\n";
        auto preview = r->batch->previewData(csv, QStringLiteral("batch.csv"));
        PAVT_VERIFY_OK(preview);
        QCOMPARE(preview->okCount(), 3);
        auto id = r->batch->start(*preview);
        PAVT_VERIFY_OK(id);
        QSignalSpy progress(r->batch.get(), &BatchRefund::progress);
        const QList<RefundBatchRow> rows = runBatch(*r, *id);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).state, BatchRowState::Refunded);
        QCOMPARE(rows.at(1).state, BatchRowState::Refunded);
        QCOMPARE(rows.at(2).state, BatchRowState::Rejected);
        QCOMPARE(rows.at(3).state, BatchRowState::Refunded);
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(r->sim->refundRequestCount(), 3);
        QCOMPARE(r->journal->entry(a)->value().refundState, RefundState::Refunded);
        QCOMPARE(r->journal->entry(b)->value().refundState, RefundState::PartlyRefunded);
        QCOMPARE(r->journal->entry(b)->value().refundedMinor, 1000);

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        PAVT_VERIFY_OK(BatchRefund::writeResult(rows, out));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("row,transaction_id,outcome,message\r"));
        QVERIFY(lines.at(1).startsWith("1,PABATCH000000001,refunded,"));
        QVERIFY(lines.at(3).startsWith("3,PANOPE0000000002,rejected,"));

        // The same file again: recognised, never run a second time.
        auto again = r->batch->previewData(csv, QStringLiteral("batch.csv"));
        PAVT_VERIFY_OK(again);
        QVERIFY(again->earlier.has_value());
        QVERIFY(again->earlier->finished);
        auto refused = r->batch->start(*again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("batch_seen"));
        QCOMPARE(r->sim->refundRequestCount(), 3);
    }

    void cancelStopsAfterTheCurrentRow()
    {
        auto r = rig(true);
        QByteArray csv;
        for (int i = 1; i <= 4; ++i) {
            const QString id = QStringLiteral("PACANCEL0000000%1").arg(i);
            charge(*r, id);
            csv += id.toLatin1() + ",Returned\n";
        }
        auto preview = r->batch->previewData(csv, QStringLiteral("cancel.csv"));
        PAVT_VERIFY_OK(preview);
        auto id = r->batch->start(*preview);
        PAVT_VERIFY_OK(id);
        connect(
            r->batch.get(), &BatchRefund::rowFinished, r->batch.get(), [&r] { r->batch->cancel(); },
            Qt::SingleShotConnection);
        QSignalSpy finished(r->batch.get(), &BatchRefund::finished);
        r->batch->run(*id);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        const auto rows = r->batch->rows(*id).value();
        QCOMPARE(rows.at(0).state, BatchRowState::Refunded);
        QCOMPARE(rows.at(3).state, BatchRowState::Cancelled);
        QCOMPARE(r->sim->refundRequestCount(), 1);
    }

    void sendingRowIsLookedUpNeverResent()
    {
        // What a crash leaves: row 1 claimed, its refund begun in the journal and made at the
        // gateway, the answer never recorded; row 2 claimed but never sent.
        auto r = rig(true);
        const qint64 one = charge(*r, QStringLiteral("PARESUME00000001"));
        charge(*r, QStringLiteral("PARESUME00000002"));
        charge(*r, QStringLiteral("PARESUME00000003"));
        auto preview = r->batch->previewData("PARESUME00000001,Returned\n"
                                             "PARESUME00000002,Returned\n"
                                             "PARESUME00000003,Returned\n",
                                             QStringLiteral("resume.csv"));
        PAVT_VERIFY_OK(preview);
        auto id = r->batch->start(*preview);
        PAVT_VERIFY_OK(id);
        RefundBatchStore store(r->journal->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.claim(*id, 1, 1250, 0, now).value());
        PAVT_VERIFY_OK(r->journal->beginRefund(one, QStringLiteral("Returned")));
        QVERIFY(r->sim->markRefunded(QStringLiteral("PARESUME00000001")));
        QVERIFY(store.claim(*id, 2, 1250, 0, now).value());

        const auto rows = runBatch(*r, *id);
        QCOMPARE(rows.at(0).state, BatchRowState::Refunded); // looked up
        QCOMPARE(rows.at(1).state, BatchRowState::Failed); // the gateway has none: not resent
        QVERIFY(rows.at(1).message.contains(QStringLiteral("not sent again")));
        QCOMPARE(rows.at(2).state, BatchRowState::Refunded);
        QCOMPARE(r->sim->refundRequestCount(), 1); // row 3 only
        QCOMPARE(r->journal->entry(one)->value().refundState, RefundState::Refunded);
    }

    void versionSixJournalMigrates()
    {
        // A version-6 journal built by hand on either backend (its tables as version 6 made them).
        const JournalConfig config = m_backend.freshConfig(m_dir);
        const JournalBackend backend = config.backend;
        {
            QSqlDatabase db = openRawConnection(config, QStringLiteral("v6"));
            QSqlQuery q(db);
            QStringList sql { QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT "
                                             "NULL)"),
                              QStringLiteral("INSERT INTO schema_version (version) VALUES (6)"),
                              JournalColumns::createTableSql(backend, 6) };
            sql += securitySchemaSql(backend);
            if (backend == JournalBackend::SQLite)
                sql << QStringLiteral("PRAGMA user_version = 6");
            // A refunded charge, a refund in flight, an untouched charge.
            for (int i = 1; i <= 3; ++i)
                sql << QStringLiteral("INSERT INTO entries (created_at, updated_at, operator, "
                                      "environment, order_id, transaction_id, amount_minor, "
                                      "currency, card_brand, card_first6, card_last4, first_name, "
                                      "last_name, email, country, outcome, refund_state) VALUES "
                                      "(1, 1, 'alice', 'test', 'VT%1', 'PAV6%1', %3, 'GBP', "
                                      "'visa', '411111', '1111', 'Ada', 'Lovelace', "
                                      "'ada@example.com', 'GB', 1, %2)")
                           .arg(i)
                           .arg(i == 1       ? 2
                                    : i == 2 ? 1
                                             : 0)
                           .arg(i * 1000);
            for (const QString &s : sql)
                QVERIFY2(q.exec(s), qPrintable(s + u' ' + q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        QCOMPARE((*journal)->schemaVersion().value(), Journal::SchemaVersion);
        const JournalEntry refunded
            = (*journal)->entryByTransactionId(QStringLiteral("PAV61"))->value();
        QCOMPARE(refunded.refundedMinor, 1000);
        QCOMPARE(refunded.refundableMinor(), 0);
        const JournalEntry inFlight
            = (*journal)->entryByTransactionId(QStringLiteral("PAV62"))->value();
        QCOMPARE(inFlight.refundPendingMinor, 2000);
        QCOMPARE(inFlight.refundedMinor, 0);
        const JournalEntry untouched
            = (*journal)->entryByTransactionId(QStringLiteral("PAV63"))->value();
        QCOMPARE(untouched.refundableMinor(), 3000);
        RefundBatchStore store((*journal)->database());
        PAVT_VERIFY_OK(store.rows(1)); // the batches' tables exist
    }
};

PAVT_JOURNAL_TEST_MAIN(TestBatchRefund, "tst_batchrefund")

#include "tst_batchrefund.moc"
