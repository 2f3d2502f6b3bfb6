// SPDX-License-Identifier: MIT
// Charges journalled through ChargeService against the in-process gateway simulator, for each way
// an outcome can be lost (slow answer, dropped connection, injected faults with and without the
// charge recorded) and for 3-D Secure; the reconciler settles every one of them, and no charge is
// ever sent twice (GatewaySimulator::chargeRequestCount()). Runs on SQLite and PostgreSQL.
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/service/chargeservice.h"
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
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(pavt::sim::FaultKind)
Q_DECLARE_METATYPE(pavt::EntryOutcome)

namespace {
const QByteArray SimSecret = QByteArrayLiteral("PA_TEST_journal0reconciler0sim");
const QByteArray SimKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
} // namespace

class TestReconcilerSim : public QObject
{
    Q_OBJECT
public:
    explicit TestReconcilerSim(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    struct Rig
    {
        std::unique_ptr<GatewaySimulator> sim;
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<Reconciler> reconciler;
        std::unique_ptr<ChargeService> service;
    };

    std::unique_ptr<Rig> rig(int giveUpMs = 3000)
    {
        auto r = std::make_unique<Rig>();
        SimulatorOptions options;
        options.secretKey = SimSecret;
        options.encryptionKey = SimKey;
        options.slowCardDelayMs = 1500;
        r->sim = std::make_unique<GatewaySimulator>(options);
        if (!r->sim->start())
            qFatal("simulator: %s", qPrintable(r->sim->errorString()));
        r->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = r->sim->baseUrl();
        gc.timeoutMs = 400; // shorter than the slow card's delay: its charge times out
        r->client = std::make_unique<GatewayClient>(
            &r->nam, Credentials { SecretBytes(SimSecret), SecretBytes(SimKey) }, gc);
        auto journal = Journal::open(m_backend.freshConfig(m_dir));
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        ReconcilerPolicy policy;
        policy.firstDelay = 50ms;
        policy.maxDelay = 200ms;
        policy.giveUpAfter = std::chrono::milliseconds(giveUpMs);
        r->reconciler = std::make_unique<Reconciler>(r->journal.get(), r->client.get(), policy);
        r->service = std::make_unique<ChargeService>(r->journal.get(), r->client.get());
        r->service->setOperatorName(QStringLiteral("sim-test"));
        r->service->setReconciler(r->reconciler.get());
        return r;
    }

    // Charges a card and waits for its first outcome.
    static ChargeResult charge(Rig &r, const char *card, const QString &orderId)
    {
        PaymentRequest request = validRequest(card);
        request.orderId = orderId;
        std::optional<ChargeResult> result;
        QObject context;
        auto pending
            = r.service->charge(request, &context, [&](const ChargeResult &res) { result = res; });
        if (!pending)
            qFatal("charge: %s", qPrintable(pending.error().message));
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("no answer to the charge");
        return *result;
    }

    // Waits until the reconciler settles the entry.
    static JournalEntry settled(Rig &r, qint64 id, int timeoutMs = 15000)
    {
        JournalEntry entry;
        const bool done = QTest::qWaitFor(
            [&] {
                entry = r.journal->entry(id)->value();
                return !needsReconciliation(entry.outcome) && entry.outcome != EntryOutcome::Pending
                    && entry.refundState != RefundState::Requested;
            },
            timeoutMs);
        if (!done)
            qWarning("entry %lld not settled within %d ms", id, timeoutMs);
        return entry;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void slowCardTimesOutAndIsFoundByOrderId()
    {
        auto r = rig();
        const ChargeResult first = charge(*r, "4000000000000259", QStringLiteral("SLOW-1"));
        QCOMPARE(first.outcome.kind, OutcomeKind::Unknown);
        QCOMPARE(first.entry.outcome, EntryOutcome::Unknown);
        QVERIFY(first.entry.transactionId.isEmpty());
        const auto recorded = r->sim->transactionByOrderId(QStringLiteral("SLOW-1"));
        QVERIFY(recorded.has_value()); // the gateway did it; only the answer was late
        const JournalEntry done = settled(*r, first.entry.id);
        QCOMPARE(done.outcome, EntryOutcome::Approved);
        QCOMPARE(done.transactionId, recorded->transactionId);
        QVERIFY(done.lookups >= 1);
        QCOMPARE(r->sim->chargeRequestCount(), 1);
    }

    void droppedConnectionIsFoundByOrderId()
    {
        auto r = rig();
        const ChargeResult first = charge(*r, "4000000000000341", QStringLiteral("DROP-1"));
        QCOMPARE(first.entry.outcome, EntryOutcome::Unknown);
        const JournalEntry done = settled(*r, first.entry.id);
        QCOMPARE(done.outcome, EntryOutcome::Approved);
        QCOMPARE(done.transactionId,
                 r->sim->transactionByOrderId(QStringLiteral("DROP-1"))->transactionId);
        QCOMPARE(r->sim->chargeRequestCount(), 1);
    }

    void serverErrorCardIsNotFoundAndGivenUp()
    {
        auto r = rig(1200);
        const ChargeResult first = charge(*r, "4000000000000119", QStringLiteral("HTML500-1"));
        QCOMPARE(first.entry.outcome, EntryOutcome::ServerError);
        QCOMPARE(first.entry.httpStatus, 500);
        const JournalEntry done = settled(*r, first.entry.id);
        QCOMPARE(done.outcome, EntryOutcome::Unresolved);
        QVERIFY(done.lookups >= 2);
        QCOMPARE(r->sim->chargeRequestCount(), 1);
        QCOMPARE(r->sim->transactionCount(), 0);
    }

    void faults_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<bool>("recorded");
        QTest::addColumn<EntryOutcome>("first");
        QTest::addColumn<EntryOutcome>("final");
        QTest::newRow("HTML 500, charge recorded")
            << FaultKind::Html500 << true << EntryOutcome::ServerError << EntryOutcome::Approved;
        QTest::newRow("HTML 500, not recorded")
            << FaultKind::Html500 << false << EntryOutcome::ServerError << EntryOutcome::Unresolved;
        QTest::newRow("empty 502, recorded")
            << FaultKind::Empty502 << true << EntryOutcome::ServerError << EntryOutcome::Approved;
        QTest::newRow("malformed JSON, recorded")
            << FaultKind::MalformedJson << true << EntryOutcome::Unknown << EntryOutcome::Approved;
        QTest::newRow("oversized, recorded")
            << FaultKind::Oversized << true << EntryOutcome::Unknown << EntryOutcome::Approved;
        QTest::newRow("dropped, recorded")
            << FaultKind::DropConnection << true << EntryOutcome::Unknown << EntryOutcome::Approved;
        QTest::newRow("dropped, not recorded") << FaultKind::DropConnection << false
                                               << EntryOutcome::Unknown << EntryOutcome::Unresolved;
        QTest::newRow("delay past the timeout")
            << FaultKind::Delay << true << EntryOutcome::Unknown << EntryOutcome::Approved;
    }

    void faults()
    {
        QFETCH(FaultKind, kind);
        QFETCH(bool, recorded);
        QFETCH(EntryOutcome, first);
        QFETCH(EntryOutcome, final);
        auto r = rig(1200);
        Fault fault;
        fault.kind = kind;
        fault.chargeRecorded = recorded;
        fault.delayMs = 1000;
        fault.count = 1;
        r->sim->setFault(fault);
        const QString order = QStringLiteral("FAULT-%1").arg(int(kind));
        const ChargeResult answered = charge(*r, "4111111111111111", order);
        QCOMPARE(answered.entry.outcome, first);
        const JournalEntry done = settled(*r, answered.entry.id);
        QCOMPARE(done.outcome, final);
        if (final == EntryOutcome::Approved)
            QCOMPARE(done.transactionId, r->sim->transactionByOrderId(order)->transactionId);
        else
            QVERIFY(!r->sim->transactionByOrderId(order).has_value());
        QCOMPARE(r->sim->chargeRequestCount(), 1);
    }

    void threeDSecure_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::addColumn<EntryOutcome>("final");
        QTest::newRow("approved by the cardholder") << true << EntryOutcome::Approved;
        QTest::newRow("failed") << false << EntryOutcome::Declined;
    }

    void threeDSecure()
    {
        QFETCH(bool, approve);
        QFETCH(EntryOutcome, final);
        auto r = rig(10000);
        const ChargeResult answered = charge(
            *r, "4000000000003220", approve ? QStringLiteral("3DS-OK") : QStringLiteral("3DS-NO"));
        QCOMPARE(answered.entry.outcome, EntryOutcome::NeedsThreeDS);
        QVERIFY(!answered.entry.transactionId.isEmpty());
        QVERIFY(answered.entry.threeDSUrl.startsWith(r->sim->baseUrl().toString()));
        // The reconciler polls while the cardholder takes their time.
        QSignalSpy updated(r->reconciler.get(), &Reconciler::entryUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 2, 5000);
        QCOMPARE(r->journal->entry(answered.entry.id)->value().outcome, EntryOutcome::NeedsThreeDS);
        QVERIFY(r->sim->completeThreeDSecure(answered.entry.transactionId, approve));
        const JournalEntry done = settled(*r, answered.entry.id);
        QCOMPARE(done.outcome, final);
        QCOMPARE(r->sim->chargeRequestCount(), 1);
    }

    void refundOfAnApprovedCharge()
    {
        auto r = rig();
        const ChargeResult answered = charge(*r, "4242424242424242", QStringLiteral("REFUND-1"));
        QCOMPARE(answered.entry.outcome, EntryOutcome::Approved);
        std::optional<RefundResult> refunded;
        auto begun
            = r->service->refund(answered.entry.id, QStringLiteral("Customer changed their mind"),
                                 this, [&](const RefundResult &res) { refunded = res; });
        PAVT_VERIFY_OK(begun);
        QTRY_VERIFY(refunded.has_value());
        QCOMPARE(refunded->outcome.kind, OutcomeKind::Approved);
        QCOMPARE(refunded->entry.refundState, RefundState::Refunded);
        QCOMPARE(refunded->entry.refundReason, QStringLiteral("Customer changed their mind"));
        const auto record = r->sim->transaction(answered.entry.transactionId);
        QVERIFY(record && record->refunded);
        QCOMPARE(record->refundReason, QStringLiteral("Customer changed their mind"));
        // Refused before anything is sent: already refunded; a declined charge.
        QCOMPARE(r->service
                     ->refund(answered.entry.id, QStringLiteral("again"), this,
                              [](const RefundResult &) {})
                     .error()
                     .code,
                 QStringLiteral("not_refundable"));
        const ChargeResult declined = charge(*r, "4000000000000002", QStringLiteral("REFUND-2"));
        QCOMPARE(declined.entry.outcome, EntryOutcome::Declined);
        QCOMPARE(r->service
                     ->refund(declined.entry.id, QStringLiteral("why"), this,
                              [](const RefundResult &) {})
                     .error()
                     .code,
                 QStringLiteral("not_refundable"));
        QCOMPARE(r->sim->chargeRequestCount(), 2);
    }

    void duplicateGuardSeesTheLastCharge()
    {
        auto r = rig();
        charge(*r, "4111111111111111", QStringLiteral("DUP-1"));
        auto dup = r->service->findDuplicate(validRequest("4111111111111111"));
        QVERIFY(dup && dup->has_value());
        QCOMPARE((*dup)->orderId, QStringLiteral("DUP-1"));
        QVERIFY(!r->service->findDuplicate(validRequest("4242424242424242"))->has_value());
    }
};

PAVT_JOURNAL_TEST_MAIN(TestReconcilerSim, "tst_reconciler_sim")

#include "tst_reconciler_sim.moc"
