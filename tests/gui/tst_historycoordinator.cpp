// SPDX-License-Identifier: MIT
// The history page's look-ups and refunds without widgets: a real journal (SQLite in a temporary
// folder), the charge service and reconciler on a scripted gateway, and the messages for the
// status bar.
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/service/chargeservice.h"
#include "gui/historycoordinator.h"
#include "support/fakenetwork.h"
#include "support/journaltestsupport.h"
#include "support/testdata.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::gui;
using namespace pavt::test;
using namespace std::chrono_literals;

namespace {

// A JSON answer of the gateway (charge, refund or status).
QByteArray answer(const char *status, const QByteArray &txid, const QByteArray &message)
{
    return QByteArray("{\"status\":\"") + status + "\",\"message\":\"" + message
        + "\",\"data\":{\"amount\":1250,\"currency\":\"GBP\",\"transaction_id\":\"" + txid
        + "\",\"refund\":{\"status\":false,\"refund_date\":null}}}";
}

} // namespace

class TestHistoryCoordinator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // One terminal's worth of core: journal, scripted gateway, client, service, reconciler, and
    // the coordinator under test wired to the service and reconciler.
    struct Rig
    {
        std::unique_ptr<Journal> journal;
        FakeNetwork net;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<ChargeService> service;
        std::unique_ptr<Reconciler> reconciler;
        HistoryCoordinator coordinator;
    };

    std::unique_ptr<Rig> rig()
    {
        static int counter = 0;
        auto r = std::make_unique<Rig>();
        JournalConfig config;
        config.backend = JournalBackend::SQLite;
        config.sqlitePath = m_dir.filePath(QStringLiteral("journal-%1.sqlite3").arg(++counter));
        auto journal = Journal::open(config);
        if (!journal)
            qFatal("cannot open the journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        GatewayConfig gc;
        gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
        gc.timeoutMs = 300;
        r->client = std::make_unique<GatewayClient>(
            &r->net,
            Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                          SecretBytes(QByteArrayView(TestEncryptionKey)) },
            gc);
        r->service = std::make_unique<ChargeService>(r->journal.get(), r->client.get());
        ReconcilerPolicy policy;
        policy.firstDelay = 10ms;
        policy.maxDelay = 80ms;
        r->reconciler = std::make_unique<Reconciler>(r->journal.get(), r->client.get(), policy);
        r->coordinator.setService(r->service.get(), r->reconciler.get());
        return r;
    }

    // An approved charge through the service (one request to the gateway).
    static JournalEntry approvedCharge(Rig &r, const QByteArray &txid)
    {
        r.net.answers = { ScriptedAnswer { 200, answer("SUCCESS", txid, "Approved") } };
        std::optional<ChargeResult> charged;
        auto pending = r.service->charge(validRequest(), &r.coordinator,
                                         [&](const ChargeResult &result) { charged = result; });
        if (!pending)
            qFatal("not charged: %s", qPrintable(pending.error().message));
        if (!QTest::qWaitFor([&] { return charged.has_value(); }, 5000))
            qFatal("no answer to the charge");
        if (charged->entry.outcome != EntryOutcome::Approved)
            qFatal("the charge was not approved");
        return charged->entry;
    }

    static QString message(const QSignalSpy &spy, int i) { return spy.at(i).at(0).toString(); }
    static int timeout(const QSignalSpy &spy, int i) { return spy.at(i).at(1).toInt(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void refundSucceeds()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-REF1");
        r->net.answers = { ScriptedAnswer {
            200, answer("SUCCESS", "PA-REF1", "Refund processed successfully.") } };
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        r->coordinator.refund(charge.id, QStringLiteral("Duplicate order"));
        QCOMPARE(status.count(), 1);
        QCOMPARE(message(status, 0), QStringLiteral("Refunding order %1…").arg(charge.orderId));
        QCOMPARE(timeout(status, 0), 8000);
        QTRY_COMPARE(status.count(), 2);
        QCOMPARE(message(status, 1), QStringLiteral("Refunded: order %1.").arg(charge.orderId));
        QCOMPARE(timeout(status, 1), 0);
        QCOMPARE(r->net.requests.size(), 2);
        const auto &sent = r->net.requests.last();
        QVERIFY(sent.request.url().path().endsWith(u"/refund"));
        QVERIFY(sent.body.contains("\"transaction_id\":\"PA-REF1\""));
        QVERIFY(sent.body.contains("\"reason\":\"Duplicate order\""));
        const JournalEntry now = r->journal->entry(charge.id)->value();
        QCOMPARE(now.refundState, RefundState::Refunded);
        QCOMPARE(now.refundReason, QStringLiteral("Duplicate order"));
    }

    void refundTheGatewayRefuses()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-REF2");
        r->net.answers
            = { ScriptedAnswer { 200, answer("FAILED", "PA-REF2", "Refund window closed") } };
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        r->coordinator.refund(charge.id, QStringLiteral("Customer asked"));
        QTRY_COMPARE(status.count(), 2);
        const QString failed = message(status, 1);
        QVERIFY2(
            failed.startsWith(
                QStringLiteral("The refund of order %1 did not go through: ").arg(charge.orderId)),
            qPrintable(failed));
        QVERIFY2(failed.contains(QStringLiteral("Refund window closed")), qPrintable(failed));
        QCOMPARE(timeout(status, 1), 0);
        QCOMPARE(r->journal->entry(charge.id)->value().refundState, RefundState::Failed);
    }

    void refundTheJournalRefuses()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-REF3");
        r->net.answers = { ScriptedAnswer {
            200, answer("SUCCESS", "PA-REF3", "Refund processed successfully.") } };
        std::optional<RefundResult> refunded;
        PAVT_VERIFY_OK(r->service->refund(charge.id, QStringLiteral("first"), this,
                                          [&](const RefundResult &result) { refunded = result; }));
        QTRY_VERIFY(refunded.has_value());
        QCOMPARE(refunded->entry.refundState, RefundState::Refunded);
        const qsizetype sent = r->net.requests.size();

        // Already refunded: the journal refuses, nothing is sent, the reason is shown.
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        r->coordinator.refund(charge.id, QStringLiteral("again"));
        QCOMPARE(status.count(), 1);
        QCOMPARE(message(status, 0), QStringLiteral("This charge has already been refunded."));
        QCOMPARE(timeout(status, 0), 0);
        QTest::qWait(50);
        QCOMPARE(r->net.requests.size(), sent);
        QCOMPARE(status.count(), 1);
    }

    void lookUpAsksTheReconciler()
    {
        auto r = rig();
        // A charge whose answer was lost, with the gateway's transaction id.
        auto pending = r->journal->recordPending(sampleEntry(QStringLiteral("LOOK-1")));
        PAVT_VERIFY_OK(pending);
        GatewayOutcome lost;
        lost.kind = OutcomeKind::Unknown;
        lost.message = QStringLiteral("answer lost");
        lost.transaction.transactionId = QStringLiteral("PA-LOOK1");
        PAVT_VERIFY_OK(r->journal->complete(pending->id, lost));
        r->net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-LOOK1", "Approved") } };

        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        QSignalSpy updated(r->reconciler.get(), &Reconciler::entryUpdated);
        r->coordinator.lookUp(pending->id);
        QCOMPARE(status.count(), 1);
        QCOMPARE(message(status, 0), QStringLiteral("Looking up the charge at the gateway…"));
        QCOMPARE(timeout(status, 0), 8000);
        QTRY_VERIFY(!updated.isEmpty());
        QCOMPARE(r->net.requests.size(), 1);
        QCOMPARE(r->net.requests.first().request.url().path(),
                 QStringLiteral("/api/test/status/PA-LOOK1"));
        QTRY_COMPARE(r->journal->entry(pending->id)->value().outcome, EntryOutcome::Approved);
        QCOMPARE(status.count(), 1); // the history shows the result; no further message
    }

    void withoutAServiceNothingIsSent()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-REF4");
        r->coordinator.setService(nullptr, nullptr);
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        r->coordinator.refund(charge.id, QStringLiteral("no gateway"));
        QCOMPARE(status.count(), 0);
        r->coordinator.lookUp(charge.id);
        QCOMPARE(status.count(), 1);
        QCOMPARE(message(status, 0), QStringLiteral("Looking up the charge at the gateway…"));
        QTest::qWait(50);
        QCOMPARE(r->net.requests.size(), 1); // the charge only
        QCOMPARE(r->journal->entry(charge.id)->value().refundState, RefundState::None);
    }

    void aServiceThatIsGoneIsNotUsed()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-REF5");
        r->reconciler.reset();
        r->service.reset(); // as TerminalApp does when the journal or gateway changes
        QCOMPARE(r->coordinator.service(), nullptr);
        QCOMPARE(r->coordinator.reconciler(), nullptr);
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        r->coordinator.refund(charge.id, QStringLiteral("gone"));
        QCOMPARE(status.count(), 0);
        QCOMPARE(r->net.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCoordinator)
#include "tst_historycoordinator.moc"
