// SPDX-License-Identifier: MIT
// The history page's look-ups and refunds without widgets: a real journal (SQLite in a temporary
// folder), the charge service and reconciler on a scripted gateway, and the messages for the
// status bar. With operators' accounts: a refund above the limit asks a supervisor on this seat,
// and a look-up the role does not allow is refused.
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/service/accountservice.h"
#include "core/service/chargeservice.h"
#include "core/service/sessionservice.h"
#include "gui/historycoordinator.h"
#include "support/fakenetwork.h"
#include "support/journaltestsupport.h"
#include "support/policy.h"
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

QByteArray answer_(const char *status, const QByteArray &txid, const QByteArray &message)
{
    return answer(status, txid, message);
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
        JournalConfig config;
        std::unique_ptr<SessionService> session;
    };

    static SecretBytes pw(const QString &text) { return SecretBytes::fromString(text); }
    static QString own(const QString &name) { return name + QStringLiteral("-history-pass-9"); }

    // Accounts on the rig's journal: root (administrator), ann (operator), sam and sue
    // (supervisors), each with their own password; nobody signed in.
    static void withAccounts(Rig &r)
    {
        auto session = SessionService::open(r.config);
        if (!session)
            qFatal("session: %s", qPrintable(session.error().message));
        r.session = std::move(*session);
        SessionService &s = *r.session;
        AccountService accounts(s);
        if (!accounts.createFirstAdministrator(QStringLiteral("root"), {}, Role::Administrator,
                                               pw(own(QStringLiteral("root")))))
            qFatal("no root");
        const QList<std::pair<QString, Role>> people { { QStringLiteral("ann"), Role::Operator },
                                                       { QStringLiteral("sam"), Role::Supervisor },
                                                       { QStringLiteral("sue"),
                                                         Role::Supervisor } };
        s.signIn(QStringLiteral("root"), pw(own(QStringLiteral("root"))));
        for (const auto &[name, role] : people)
            if (!accounts.create(name, {}, role, pw(QStringLiteral("first-password-123"))))
                qFatal("no %s", qPrintable(name));
        for (const auto &[name, role] : people) {
            if (!s.signIn(name, pw(QStringLiteral("first-password-123")))
                || !s.changePassword(pw(QStringLiteral("first-password-123")), pw(own(name))))
                qFatal("%s cannot sign in", qPrintable(name));
        }
        s.signOut();
        r.service->setSession(&s);
        r.coordinator.setSession(&s);
    }

    static QList<AuditRecord> records(Rig &r, const char *event)
    {
        QList<AuditRecord> out;
        const QList<AuditRecord> all = r.session->auditTrail().list({}).value();
        for (const AuditRecord &a : all)
            if (a.event == QLatin1StringView(event))
                out << a;
        return out;
    }

    std::unique_ptr<Rig> rig()
    {
        static int counter = 0;
        auto r = std::make_unique<Rig>();
        JournalConfig config;
        config.backend = JournalBackend::SQLite;
        config.sqlitePath = m_dir.filePath(QStringLiteral("journal-%1.sqlite3").arg(++counter));
        r->config = config;
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

    void aRefundAboveTheLimitAsksASupervisorOnThisSeat()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-BIG1"); // GBP 12.50, single-user mode
        withAccounts(*r);
        SessionService &s = *r->session;
        const ScopedPolicy policy(s,
                                  { { "supervisor_per_refund", 10 },
                                    { "supervisor_per_day", 100 },
                                    { "finance_per_refund", 10 },
                                    { "finance_per_day", 100 } });
        QVERIFY(policy.ok()); // GBP 12.50 is above it
        QVERIFY(s.signIn(QStringLiteral("sam"), pw(own(QStringLiteral("sam")))));
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        QStringList asked;
        std::optional<std::pair<QString, SecretBytes>> answer;
        r->coordinator.askApproval = [&](const QString &why) {
            asked << why;
            return answer;
        };
        // Nobody approves: nothing is sent, the reason is shown.
        r->coordinator.refund(charge.id, QStringLiteral("returned"));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"10"), qPrintable(asked.first()));
        QCOMPARE(status.count(), 1);
        QCOMPARE(message(status, 0), asked.first());
        QCOMPARE(r->net.requests.size(), 1); // the charge only
        // A wrong password, and sam approving his own refund, are refused.
        answer = std::pair(QStringLiteral("sue"), pw(QStringLiteral("not-sues-password")));
        r->coordinator.refund(charge.id, QStringLiteral("returned"));
        QCOMPARE(message(status, 1), QStringLiteral("The name or the password is wrong."));
        answer = std::pair(QStringLiteral("sam"), pw(own(QStringLiteral("sam"))));
        r->coordinator.refund(charge.id, QStringLiteral("returned"));
        QCOMPARE(status.count(), 3);
        QVERIFY(!message(status, 2).isEmpty());
        QCOMPARE(r->net.requests.size(), 1);
        QCOMPARE(records(*r, AuditEvent::RefundRefused).size(), 2);
        // Sue approves on this seat: the refund goes, her approval is recorded.
        answer = std::pair(QStringLiteral("sue"), pw(own(QStringLiteral("sue"))));
        r->net.answers = { ScriptedAnswer {
            200, answer_("SUCCESS", "PA-BIG1", "Refund processed successfully.") } };
        r->coordinator.refund(charge.id, QStringLiteral("returned"));
        QCOMPARE(message(status, 3), QStringLiteral("Refunding order %1…").arg(charge.orderId));
        QTRY_COMPARE(r->journal->entry(charge.id)->value().refundState, RefundState::Refunded);
        QCOMPARE(r->net.requests.size(), 2);
        const auto approved = records(*r, AuditEvent::RefundApproved);
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.first().detailsObject().value(QLatin1String("approver")).toString(),
                 QStringLiteral("sue"));
        QCOMPARE(approved.first().operatorName, QStringLiteral("sam"));
        const auto log = s.accounts().refunds(s.startOfToday()).value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().operatorName, QStringLiteral("sam"));
        QCOMPARE(log.first().approvedBy, QStringLiteral("sue"));
        // No password of anyone in the audit trail.
        const QList<AuditRecord> all = r->session->auditTrail().list({}).value();
        for (const AuditRecord &a : all)
            QVERIFY2(!a.details.contains(u"password-") && !a.details.contains(u"pass-9"),
                     qPrintable(a.details));
    }

    void aLookUpTheRoleMayNotMakeIsRefused()
    {
        auto r = rig();
        const JournalEntry charge = approvedCharge(*r, "PA-LOOK9");
        withAccounts(*r);
        QVERIFY(r->session->signIn(QStringLiteral("ann"), pw(own(QStringLiteral("ann")))));
        QSignalSpy status(&r->coordinator, &HistoryCoordinator::status);
        r->coordinator.lookUp(charge.id);
        QCOMPARE(status.count(), 1);
        QVERIFY2(message(status, 0).contains(u"Supervisor"), qPrintable(message(status, 0)));
        QCOMPARE(timeout(status, 0), 0);
        QTest::qWait(50);
        QCOMPARE(r->net.requests.size(), 1); // the charge only
        QCOMPARE(records(*r, AuditEvent::ActionRefused).size(), 1);
        // A supervisor's look-up goes to the reconciler, and is audited with whose entry it was.
        QVERIFY(r->session->signIn(QStringLiteral("sam"), pw(own(QStringLiteral("sam")))));
        r->coordinator.lookUp(charge.id);
        QCOMPARE(message(status, 1), QStringLiteral("Looking up the charge at the gateway…"));
        const auto looked = records(*r, AuditEvent::StatusLookedUp);
        QCOMPARE(looked.size(), 1);
        QCOMPARE(looked.first().operatorName, QStringLiteral("sam"));
        QCOMPARE(looked.first().detailsObject().value(QLatin1String("entry")).toInteger(),
                 charge.id);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCoordinator)
#include "tst_historycoordinator.moc"
