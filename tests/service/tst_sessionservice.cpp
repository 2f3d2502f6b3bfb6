// SPDX-License-Identifier: MIT
// Operators in the core (SessionService, AccountService, ChargeService), on SQLite
// (tst_sessionservice) and PostgreSQL (tst_sessionservice_postgresql): every action for every
// role, allowed or refused with a message and an audit record; single-user mode as before; sign-in,
// the lock-out after 10 wrong passwords and its expiry (an injected clock); the first password
// change; lock, unlock, another operator taking the seat; an account disabled on another seat;
// refunds above the limit without and with a supervisor's approval; the operator's own entries of
// today; no password anywhere in the database.
#include "core/journal/journal.h"
#include "core/service/accountservice.h"
#include "core/service/chargeservice.h"
#include "core/service/sessionservice.h"
#include "support/fakenetwork.h"
#include "support/journaltestsupport.h"
#include "support/policy.h"
#include "support/testdata.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::test;

namespace {

QByteArray answer(const char *status, const QByteArray &txid)
{
    return QByteArray("{\"status\":\"") + status
        + "\",\"message\":\"ok\",\"data\":{\"amount\":1250,\"currency\":\"GBP\","
          "\"transaction_id\":\""
        + txid + "\"}}";
}

SecretBytes pw(const QString &text)
{
    return SecretBytes::fromString(text);
}

// Every password of this test: none may be found in the database afterwards.
const QString RootPassword = QStringLiteral("root-password-0001");
const QString FirstPassword = QStringLiteral("set-by-admin-0002");
QString ownPassword(const QString &name)
{
    return name + QStringLiteral("-own-password-0003");
}

struct Expectation
{
    Role role;
    QList<Action> allowed;
};

// The table, written out a second time here (permissions.cpp has the first).
const QList<Expectation> &expectations()
{
    static const QList<Expectation> table {
        { Role::Operator,
          { Action::Charge, Action::CreatePaymentLink, Action::ViewOwnEntries,
            Action::PrintReceipt } },
        { Role::Supervisor,
          { Action::Charge, Action::CreatePaymentLink, Action::ViewOwnEntries, Action::PrintReceipt,
            Action::ViewAllEntries, Action::LookUpStatus, Action::ListTransactions, Action::Refund,
            Action::ApproveRefund, Action::Reconcile, Action::BatchRefund } },
        { Role::Finance,
          { Action::ViewOwnEntries, Action::ViewAllEntries, Action::ListTransactions,
            Action::Refund, Action::ExportCsv, Action::Report, Action::Settle,
            Action::BatchRefund } },
        { Role::Administrator,
          { Action::ManageAccounts, Action::ChangeSettings, Action::ChangeCredentials,
            Action::ViewAudit, Action::VerifyAudit } },
    };
    return table;
}

} // namespace

class TestSessionService : public QObject
{
    Q_OBJECT
public:
    explicit TestSessionService(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::LocalTime) };

    // PostgreSQL: the test's databases are dropped when it is done, so that the fixture's server
    // does not pile up files for its clean-up to delete.
    QList<JournalConfig> m_created;
    QList<JournalConfig> m_keep;
    JournalConfig fresh()
    {
        const JournalConfig config = m_backend.freshConfig(m_dir);
        m_created << config;
        return config;
    }
    void dropCreated()
    {
        for (const JournalConfig &config : std::as_const(m_created))
            if (config.backend == JournalBackend::PostgreSQL)
                m_backend.execOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                           .arg(config.connection.section(u'=', -1)));
        m_created.clear();
    }

    // A journal with accounts: root (administrator), and one account per role, each with its own
    // password already (the first change done).
    struct Terminal
    {
        JournalConfig config;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<SessionService> session;
        FakeNetwork net;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<ChargeService> service;
    };

    std::unique_ptr<Terminal> terminal(const JournalConfig &config)
    {
        auto t = std::make_unique<Terminal>();
        t->config = config;
        auto journal = Journal::open(config, m_clock);
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        t->journal = std::move(*journal);
        auto session = SessionService::open(config, m_clock);
        if (!session)
            qFatal("session: %s", qPrintable(session.error().message));
        t->session = std::move(*session);
        t->session->setSeat(QStringLiteral("seat-1"));
        GatewayConfig gc;
        gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
        gc.timeoutMs = 2000;
        t->client = std::make_unique<GatewayClient>(
            &t->net,
            Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                          SecretBytes(QByteArrayView(TestEncryptionKey)) },
            gc);
        t->service = std::make_unique<ChargeService>(t->journal.get(), t->client.get());
        t->service->setSession(t->session.get());
        return t;
    }

    JournalConfig withAccounts()
    {
        const JournalConfig config = fresh();
        auto t = terminal(config);
        AccountService accounts(*t->session);
        auto root = accounts.createFirstAdministrator(
            QStringLiteral("root"), QStringLiteral("Root"), Role::Administrator, pw(RootPassword));
        if (!root)
            qFatal("root: %s", qPrintable(root.error().message));
        if (!t->session->signIn(QStringLiteral("root"), pw(RootPassword)))
            qFatal("root cannot sign in");
        const QList<std::pair<const char *, Roles>> people {
            { "ann", Role::Operator }, { "sam", Role::Supervisor },    { "sue", Role::Supervisor },
            { "fin", Role::Finance },  { "adm", Role::Administrator },
        };
        for (const auto &[name, roles] : people)
            if (auto a = accounts.create(QString::fromLatin1(name), {}, roles, pw(FirstPassword));
                !a)
                qFatal("%s: %s", name, qPrintable(a.error().message));
        t->session->signOut();
        for (const auto &[name, roles] : people) {
            const QString n = QString::fromLatin1(name);
            if (!t->session->signIn(n, pw(FirstPassword)))
                qFatal("%s cannot sign in", name);
            if (!t->session->changePassword(pw(FirstPassword), pw(ownPassword(n))))
                qFatal("%s cannot change the password", name);
            t->session->signOut();
        }
        return config;
    }

    static QString lastEvent(SessionService &s)
    {
        AuditQuery q;
        q.limit = 1;
        auto records = s.auditTrail().list(q);
        return records && !records->isEmpty() ? records->first().event : QString();
    }

    static AuditRecord lastRecord(SessionService &s, const char *event)
    {
        auto records = s.auditTrail().list({});
        for (auto it = records->crbegin(); it != records->crend(); ++it)
            if (it->event == QLatin1StringView(event))
                return *it;
        return {};
    }

    JournalConfig m_accounts; // withAccounts(), made once
    std::unique_ptr<Terminal> m_matrix; // the role matrix's terminal
    QString m_matrixRole;

    // An approved charge of `amountMinor` GBP made by ann; its entry.
    JournalEntry approvedCharge(Terminal &t, qint64 amountMinor, const char *txid)
    {
        t.session->signIn(QStringLiteral("ann"), pw(ownPassword(QStringLiteral("ann"))));
        t.net.answers = { ScriptedAnswer { 200, answer("SUCCESS", txid) } };
        PaymentRequest r = validRequest();
        r.amountMinor = amountMinor;
        std::optional<ChargeResult> result;
        auto pending = t.service->charge(r, this, [&](const ChargeResult &c) { result = c; });
        if (!pending)
            qFatal("charge: %s", qPrintable(pending.error().message));
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qFatal("no answer");
        return result->entry;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_accounts = withAccounts();
        m_keep = m_created;
        m_created.clear();
    }
    // The databases of one test; the shared one (m_accounts) stays until the end.
    void cleanup()
    {
        if (QByteArrayView(QTest::currentTestFunction()) == "roleMatrix")
            return; // its terminal lives across the rows
        dropCreated();
    }

    void singleUserModeAllowsEverythingAsBefore()
    {
        auto t = terminal(fresh());
        t->session->setSingleUserName(QStringLiteral("carol"));
        QCOMPARE(t->session->state(), SessionService::State::SingleUser);
        for (int i = 0; i < ActionCount; ++i) {
            QVERIFY(t->session->may(Action(i)));
            QVERIFY(!t->session->require(Action(i)));
        }
        t->service->setOperatorName(QStringLiteral("carol"));
        t->net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-SU") } };
        std::optional<ChargeResult> result;
        PAVT_VERIFY_OK(
            t->service->charge(validRequest(), this, [&](const ChargeResult &r) { result = r; }));
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->entry.operatorName, QStringLiteral("carol"));
        // Audited all the same, under the single-user name.
        const AuditRecord charged = lastRecord(*t->session, AuditEvent::ChargeAttempted);
        QCOMPARE(charged.operatorName, QStringLiteral("carol"));
        QCOMPARE(charged.detailsObject().value(QLatin1String("card")).toString(),
                 QStringLiteral("411111…1111"));
        QVERIFY(t->session->scopeQuery({}).has_value());
        QVERIFY(!t->session->signIn(QStringLiteral("carol"), pw(RootPassword)));
    }

    void theFirstAccountTurnsAccountsOn()
    {
        auto t = terminal(fresh());
        // Another seat of the same journal, open in single-user mode before the first account.
        auto other = SessionService::open(t->config, m_clock);
        PAVT_VERIFY_OK(other);
        QCOMPARE((*other)->state(), SessionService::State::SingleUser);
        AccountService accounts(*t->session);
        // Not an administrator: refused.
        auto op = accounts.createFirstAdministrator(QStringLiteral("ann"), {}, Role::Operator,
                                                    pw(RootPassword));
        QCOMPARE(op.error().code, QStringLiteral("account_roles"));
        // Too short a password: refused.
        auto shortPw = accounts.createFirstAdministrator(QStringLiteral("root"), {},
                                                         Role::Administrator, pw("short-pw"));
        QCOMPARE(shortPw.error().code, QStringLiteral("password_rule"));
        PAVT_VERIFY_OK(accounts.createFirstAdministrator(QStringLiteral("root"), {},
                                                         Role::Administrator, pw(RootPassword)));
        QCOMPARE(t->session->state(), SessionService::State::SignedOut);
        // The second "first" one is refused, and now everything needs a sign-in.
        QCOMPARE(accounts
                     .createFirstAdministrator(QStringLiteral("eve"), {}, Role::Administrator,
                                               pw(RootPassword))
                     .error()
                     .code,
                 QStringLiteral("accounts_exist"));
        const auto refused = t->service->charge(validRequest(), this, [](const ChargeResult &) {});
        QCOMPARE(refused.error().code, QStringLiteral("signed_out"));
        QCOMPARE(t->journal->count({}).value(), 0);
        QCOMPARE(t->net.requests.size(), 0);
        // The other seat, still in single-user mode, notices at its next action and locks.
        QSignalSpy changed(other->get(), &SessionService::stateChanged);
        QCOMPARE((*other)->require(Action::Charge)->code, QStringLiteral("signed_out"));
        QCOMPARE((*other)->state(), SessionService::State::SignedOut);
        QCOMPARE(changed.count(), 1);
        // A seat opened now starts signed out.
        auto later = SessionService::open(t->config, m_clock);
        PAVT_VERIFY_OK(later);
        QCOMPARE((*later)->state(), SessionService::State::SignedOut);
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        const QHash<Role, QString> accountOf { { Role::Operator, QStringLiteral("ann") },
                                               { Role::Supervisor, QStringLiteral("sam") },
                                               { Role::Finance, QStringLiteral("fin") },
                                               { Role::Administrator, QStringLiteral("adm") } };
        for (const Expectation &e : expectations())
            for (int a = 0; a < ActionCount; ++a)
                QTest::addRow("%s %s", qPrintable(roleId(e.role)), qPrintable(actionId(Action(a))))
                    << accountOf.value(e.role) << a << e.allowed.contains(Action(a));
    }
    void roleMatrix()
    {
        QFETCH(QString, name);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        if (!m_matrix)
            m_matrix = terminal(m_accounts);
        SessionService &s = *m_matrix->session;
        if (m_matrixRole != name) {
            PAVT_VERIFY_OK(s.signIn(name, pw(ownPassword(name))));
            m_matrixRole = name;
        }
        QCOMPARE(s.may(Action(action)), allowed);
        const auto refused = s.require(Action(action), { { QStringLiteral("test"), true } });
        QCOMPARE(!refused.has_value(), allowed);
        if (refused) {
            QCOMPARE(refused->code, QStringLiteral("not_allowed"));
            QVERIFY2(refused->message.contains(rolesAllowing(Action(action))),
                     qPrintable(refused->message));
            const AuditRecord r = lastRecord(s, AuditEvent::ActionRefused);
            QCOMPARE(r.operatorName, name);
            QCOMPARE(r.detailsObject().value(QLatin1String("action")).toString(),
                     actionId(Action(action)));
        }
    }

    void theServiceRefusesWhatTheRoleMayNotDo()
    {
        auto t = terminal(m_accounts);
        const qint64 before = t->journal->count({}).value();
        for (const char *name : { "fin", "adm" }) {
            const QString n = QString::fromLatin1(name);
            PAVT_VERIFY_OK(t->session->signIn(n, pw(ownPassword(n))));
            auto charged = t->service->charge(validRequest(), this, [](const ChargeResult &) {});
            QVERIFY(!charged);
            QCOMPARE(charged.error().code, QStringLiteral("not_allowed"));
            QVERIFY(charged.error().message.contains(u"may not charge"));
        }
        QCOMPARE(t->journal->count({}).value(), before); // nothing journalled
        QCOMPARE(t->net.requests.size(), 0); // nothing sent
        const JournalEntry entry = approvedCharge(*t, 1000, "PA-M1");
        for (const char *name : { "ann", "adm" }) {
            const QString n = QString::fromLatin1(name);
            PAVT_VERIFY_OK(t->session->signIn(n, pw(ownPassword(n))));
            auto refunded = t->service->refund(entry.id, QStringLiteral("r"), this,
                                               [](const RefundResult &) {});
            QCOMPARE(refunded.error().code, QStringLiteral("not_allowed"));
            QCOMPARE(t->service->checkLookUp(entry.id)->code, QStringLiteral("not_allowed"));
        }
        QCOMPARE(t->journal->entry(entry.id)->value().refundState, RefundState::None);
        QCOMPARE(t->net.requests.size(), 1); // the charge only
        // Signed out or locked: nothing at all.
        t->session->lock(QStringLiteral("by_hand"));
        QCOMPARE(t->service->charge(validRequest(), this, [](const ChargeResult &) {}).error().code,
                 QStringLiteral("locked"));
        t->session->signOut();
        QCOMPARE(t->service->charge(validRequest(), this, [](const ChargeResult &) {}).error().code,
                 QStringLiteral("signed_out"));
        // The charge's audit record: entry, amount, masked card; who.
        const AuditRecord charged = lastRecord(*t->session, AuditEvent::ChargeAttempted);
        QCOMPARE(charged.operatorName, QStringLiteral("ann"));
        QCOMPARE(charged.detailsObject().value(QLatin1String("entry")).toInteger(), entry.id);
        QCOMPARE(charged.detailsObject().value(QLatin1String("amount_minor")).toInteger(), 1000);
        QCOMPARE(entry.operatorName, QStringLiteral("ann"));
    }

    void lockOutAfterTenWrongPasswordsAndItsExpiry()
    {
        auto t = terminal(m_accounts);
        SessionService &s = *t->session;
        const QString right = ownPassword(QStringLiteral("sue"));
        const QDateTime start = m_clock.now();
        for (int i = 1; i <= 9; ++i) {
            auto failed
                = s.signIn(QStringLiteral("sue"), pw(QStringLiteral("wrong-password-%1").arg(i)));
            QCOMPARE(failed.error().code, QStringLiteral("sign_in_failed"));
            QCOMPARE(failed.error().message, QStringLiteral("The name or the password is wrong."));
        }
        QCOMPARE(s.accounts().find(QStringLiteral("sue"))->value().failedAttempts, 9);
        auto tenth = s.signIn(QStringLiteral("sue"), pw(QStringLiteral("wrong-password-10")));
        QCOMPARE(tenth.error().code, QStringLiteral("account_locked"));
        QCOMPARE(lastRecord(s, AuditEvent::LockedOut)
                     .detailsObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("sue"));
        // The right password does not open it now, nor in 29 minutes.
        QCOMPARE(s.signIn(QStringLiteral("sue"), pw(right)).error().code,
                 QStringLiteral("account_locked"));
        m_clock.set(start.addSecs(29 * 60));
        QCOMPARE(s.signIn(QStringLiteral("sue"), pw(right)).error().code,
                 QStringLiteral("account_locked"));
        // After 30 minutes it does, and the count starts again.
        m_clock.set(start.addSecs(30 * 60 + 1));
        auto in = s.signIn(QStringLiteral("sue"), pw(right));
        PAVT_VERIFY_OK(in);
        QCOMPARE(in->failedAttempts, 0);
        QVERIFY(!in->lockedUntil.isValid());
        // An unknown name fails with the same words, and is audited.
        auto unknown = s.signIn(QStringLiteral("nobody"), pw(right));
        QCOMPARE(unknown.error().message, QStringLiteral("The name or the password is wrong."));
        QCOMPARE(lastRecord(s, AuditEvent::SignInFailed)
                     .detailsObject()
                     .value(QLatin1String("reason"))
                     .toString(),
                 QStringLiteral("unknown_name"));
        // A lower limit from the journal's security policy.
        const ScopedPolicy policy(s, { { "max_failed_sign_ins", 3 }, { "lock_out_minutes", 45 } });
        QVERIFY(policy.ok());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(s.signIn(QStringLiteral("sue"), pw(QStringLiteral("wrong-wrong-wrong")))
                         .error()
                         .code,
                     QStringLiteral("sign_in_failed"));
        QCOMPARE(
            s.signIn(QStringLiteral("sue"), pw(QStringLiteral("wrong-wrong-wrong"))).error().code,
            QStringLiteral("account_locked"));
        QCOMPARE(s.accounts().find(QStringLiteral("sue"))->value().lockedUntil,
                 QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC)
                     .addSecs(45 * 60));
        // An administrator's new password ends the lock-out; sue must change it.
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("adm"), pw(ownPassword(QStringLiteral("adm")))));
        AccountService accounts(s);
        PAVT_VERIFY_OK(accounts.resetPassword(QStringLiteral("sue"), pw(FirstPassword)));
        auto again = s.signIn(QStringLiteral("sue"), pw(FirstPassword));
        PAVT_VERIFY_OK(again);
        QCOMPARE(s.state(), SessionService::State::MustChangePassword);
        QCOMPARE(s.require(Action::Refund)->code, QStringLiteral("must_change_password"));
        QCOMPARE(s.changePassword(pw(FirstPassword), pw(FirstPassword)).error().code,
                 QStringLiteral("password_rule"));
        PAVT_VERIFY_OK(s.changePassword(pw(FirstPassword), pw(right)));
        QCOMPARE(s.state(), SessionService::State::SignedIn);
        QVERIFY(!s.require(Action::Refund));
        m_clock.set(start);
    }

    void lockUnlockAndAnotherOperator()
    {
        auto t = terminal(m_accounts);
        SessionService &s = *t->session;
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("ann"), pw(ownPassword(QStringLiteral("ann")))));
        s.lock(QStringLiteral("idle"));
        QCOMPARE(s.state(), SessionService::State::Locked);
        QCOMPARE(lastEvent(s), QString::fromLatin1(AuditEvent::SessionLocked));
        QVERIFY(!s.may(Action::Charge));
        QCOMPARE(s.operatorName(), QStringLiteral("ann")); // still hers, behind the lock
        QCOMPARE(
            s.signIn(QStringLiteral("ann"), pw(QStringLiteral("not-her-password"))).error().code,
            QStringLiteral("sign_in_failed"));
        QCOMPARE(s.state(), SessionService::State::Locked);
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("ann"), pw(ownPassword(QStringLiteral("ann")))));
        QCOMPARE(s.state(), SessionService::State::SignedIn);
        QCOMPARE(lastEvent(s), QString::fromLatin1(AuditEvent::SessionUnlocked));
        s.lock(QStringLiteral("by_hand"));
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        QCOMPARE(s.operatorName(), QStringLiteral("sam"));
        const AuditRecord out = lastRecord(s, AuditEvent::SignOut);
        QCOMPARE(out.operatorName, QStringLiteral("ann"));
        QCOMPARE(out.detailsObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("another_operator_signed_in"));
        QCOMPARE(lastEvent(s), QString::fromLatin1(AuditEvent::SignIn));
    }

    void anAccountDisabledOnAnotherSeatStopsAtOnce()
    {
        auto seat1 = terminal(m_accounts);
        auto seat2 = terminal(m_accounts);
        PAVT_VERIFY_OK(
            seat1->session->signIn(QStringLiteral("fin"), pw(ownPassword(QStringLiteral("fin")))));
        QVERIFY(!seat1->session->require(Action::ExportCsv));
        PAVT_VERIFY_OK(
            seat2->session->signIn(QStringLiteral("adm"), pw(ownPassword(QStringLiteral("adm")))));
        AccountService admin(*seat2->session);
        // Roles changed on seat 2: seat 1 follows at the next action.
        PAVT_VERIFY_OK(admin.change(QStringLiteral("fin"), {}, Role::Operator));
        QCOMPARE(seat1->session->require(Action::ExportCsv)->code, QStringLiteral("not_allowed"));
        PAVT_VERIFY_OK(admin.setEnabled(QStringLiteral("fin"), false));
        QCOMPARE(seat1->session->require(Action::ViewOwnEntries)->code,
                 QStringLiteral("account_disabled"));
        QCOMPARE(seat1->session->state(), SessionService::State::SignedOut);
        QCOMPARE(
            seat1->session->signIn(QStringLiteral("fin"), pw(ownPassword(QStringLiteral("fin"))))
                .error()
                .code,
            QStringLiteral("account_disabled"));
        // The last administrator stays.
        QCOMPARE(admin.setEnabled(QStringLiteral("adm"), false).error().code,
                 QStringLiteral("account_self"));
        PAVT_VERIFY_OK(admin.setEnabled(QStringLiteral("root"), false));
        QCOMPARE(admin.change(QStringLiteral("adm"), {}, Role::Operator).error().code,
                 QStringLiteral("last_administrator"));
        PAVT_VERIFY_OK(admin.setEnabled(QStringLiteral("root"), true));
        PAVT_VERIFY_OK(admin.setEnabled(QStringLiteral("fin"), true));
        PAVT_VERIFY_OK(admin.change(QStringLiteral("fin"), {}, Role::Finance));
        // Audited: who changed what (never a password).
        QCOMPARE(lastRecord(*seat2->session, AuditEvent::AccountDisabled).operatorName,
                 QStringLiteral("adm"));
    }

    void refundAboveTheLimitNeedsASupervisorsApproval()
    {
        auto t = terminal(m_accounts);
        SessionService &s = *t->session;
        const ScopedPolicy policy(s,
                                  { { "supervisor_per_refund", 500 },
                                    { "supervisor_per_day", 800 },
                                    { "finance_per_refund", 250 },
                                    { "finance_per_day", 1000 } });
        QVERIFY(policy.ok());
        const JournalEntry big = approvedCharge(*t, 60000, "PA-BIG"); // GBP 600.00
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        const int sent = t->net.requests.size();
        // Without an approval: refused, nothing sent, the request audited.
        auto refused = t->service->refund(big.id, QStringLiteral("returned"), this,
                                          [](const RefundResult &) {});
        QCOMPARE(refused.error().code, QStringLiteral("approval_required"));
        QVERIFY2(refused.error().message.contains(u"500"), qPrintable(refused.error().message));
        QCOMPARE(t->net.requests.size(), sent);
        QCOMPARE(lastRecord(s, AuditEvent::RefundRequested)
                     .detailsObject()
                     .value(QLatin1String("approval"))
                     .toString(),
                 QStringLiteral("needed"));
        const QString subject = ChargeService::refundSubject(big.id);
        // Not by an operator, not by sam himself, not with a wrong password.
        QCOMPARE(s.approveRefund(QStringLiteral("ann"), pw(ownPassword(QStringLiteral("ann"))),
                                 subject, {})
                     .error()
                     .code,
                 QStringLiteral("approval_refused"));
        QCOMPARE(s.approveRefund(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam"))),
                                 subject, {})
                     .error()
                     .code,
                 QStringLiteral("approval_refused"));
        QCOMPARE(s.approveRefund(QStringLiteral("sue"), pw(QStringLiteral("wrong-password")),
                                 subject, {})
                     .error()
                     .code,
                 QStringLiteral("sign_in_failed"));
        QCOMPARE(lastEvent(s), QString::fromLatin1(AuditEvent::RefundRefused));
        // An approval for another entry does not fit this one.
        auto elsewhere
            = s.approveRefund(QStringLiteral("sue"), pw(ownPassword(QStringLiteral("sue"))),
                              ChargeService::refundSubject(big.id + 1000), {});
        PAVT_VERIFY_OK(elsewhere);
        QCOMPARE(t->service
                     ->refund(
                         big.id, QStringLiteral("returned"), this, [](const RefundResult &) {},
                         &*elsewhere)
                     .error()
                     .code,
                 QStringLiteral("approval_required"));
        // Sue approves: the refund goes, and the approval is recorded.
        auto approval
            = s.approveRefund(QStringLiteral("sue"), pw(ownPassword(QStringLiteral("sue"))),
                              subject, { { QStringLiteral("amount_minor"), 60000 } });
        PAVT_VERIFY_OK(approval);
        QCOMPARE(lastRecord(s, AuditEvent::RefundApproved)
                     .detailsObject()
                     .value(QLatin1String("approver"))
                     .toString(),
                 QStringLiteral("sue"));
        t->net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-BIG") } };
        std::optional<RefundResult> done;
        PAVT_VERIFY_OK(t->service->refund(
            big.id, QStringLiteral("returned"), this, [&](const RefundResult &r) { done = r; },
            &*approval));
        QTRY_VERIFY(done.has_value());
        QCOMPARE(done->entry.refundState, RefundState::Refunded);
        const auto log = s.accounts().refunds(s.startOfToday());
        QCOMPARE(log->last().approvedBy, QStringLiteral("sue"));
        QCOMPARE(log->last().operatorName, QStringLiteral("sam"));
        QCOMPARE(lastRecord(s, AuditEvent::RefundDone)
                     .detailsObject()
                     .value(QLatin1String("outcome"))
                     .toString(),
                 QStringLiteral("approved"));
        // Used once: the same approval does not refund another big charge.
        const JournalEntry big2 = approvedCharge(*t, 60000, "PA-BIG2");
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        QCOMPARE(
            t->service
                ->refund(
                    big2.id, QStringLiteral("again"), this, [](const RefundResult &) {}, &*approval)
                .error()
                .code,
            QStringLiteral("approval_required"));
    }

    void theDailyLimitCountsTheDaysRefunds()
    {
        auto t = terminal(m_accounts);
        SessionService &s = *t->session;
        const ScopedPolicy policy(s,
                                  { { "supervisor_per_refund", 500 },
                                    { "supervisor_per_day", 800 },
                                    { "finance_per_refund", 250 },
                                    { "finance_per_day", 1000 } });
        QVERIFY(policy.ok());
        QList<JournalEntry> charges;
        for (const char *tx : { "PA-D1", "PA-D2", "PA-D3" })
            charges << approvedCharge(*t, 40000, tx); // GBP 400.00 each
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("sue"), pw(ownPassword(QStringLiteral("sue")))));
        for (int i = 0; i < 2; ++i) {
            t->net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-D") } };
            std::optional<RefundResult> done;
            PAVT_VERIFY_OK(t->service->refund(charges.at(i).id, QStringLiteral("r"), this,
                                              [&](const RefundResult &r) { done = r; }));
            QTRY_VERIFY(done.has_value());
        }
        // 800 today already: the third goes above the daily 800.
        auto third = t->service->refund(charges.at(2).id, QStringLiteral("r"), this,
                                        [](const RefundResult &) {});
        QCOMPARE(third.error().code, QStringLiteral("approval_required"));
        QVERIFY2(third.error().message.contains(u"a day"), qPrintable(third.error().message));
        // Tomorrow it is within the limit again.
        m_clock.set(m_clock.now().addDays(1));
        t->net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-D3") } };
        PAVT_VERIFY_OK(t->service->refund(charges.at(2).id, QStringLiteral("r"), this,
                                          [](const RefundResult &) {}));
        m_clock.set(m_clock.now().addDays(-1));
    }

    // The refund limits, the lock-out and the lock time are the journal's, not a seat's: only an
    // administrator changes them, every change is audited with both values, and another seat
    // applies the change at once (no restart, no settings file).
    void onlyAnAdministratorChangesThePolicyForEverySeat()
    {
        auto t = terminal(m_accounts);
        auto seat2 = terminal(m_accounts);
        SessionService &s = *t->session;
        const JournalEntry big = approvedCharge(*t, 30000, "PA-POL"); // GBP 300.00 by ann
        AccountService accounts(s);
        for (const char *who : { "ann", "sam", "fin" }) {
            PAVT_VERIFY_OK(
                s.signIn(QString::fromLatin1(who), pw(ownPassword(QString::fromLatin1(who)))));
            auto refused = accounts.setPolicy(QStringLiteral("supervisor_per_refund"), 1000000);
            QCOMPARE(refused.error().code, QStringLiteral("not_allowed"));
            QCOMPARE(lastRecord(s, AuditEvent::ActionRefused)
                         .detailsObject()
                         .value(QLatin1String("rule"))
                         .toString(),
                     QStringLiteral("supervisor_per_refund"));
            QCOMPARE(s.securityPolicy().value(PolicyRule::SupervisorPerRefund), 500);
        }
        // Sam, a supervisor, may refund GBP 300 on his own with the default limit of 500.
        PAVT_VERIFY_OK(
            seat2->session->signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        QVERIFY(!seat2->session->refundNeedsApproval(&big));
        // The administrator lowers it on the first seat; the second seat applies it at once.
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("adm"), pw(ownPassword(QStringLiteral("adm")))));
        auto changed = accounts.setPolicy(QStringLiteral("supervisor_per_refund"), 200);
        PAVT_VERIFY_OK(changed);
        QCOMPARE(changed->from, 500);
        QCOMPARE(changed->to, 200);
        const QJsonObject details = lastRecord(s, AuditEvent::PolicyChanged).detailsObject();
        QCOMPARE(details.value(QLatin1String("rule")).toString(),
                 QStringLiteral("supervisor_per_refund"));
        QCOMPARE(details.value(QLatin1String("from")).toInteger(), 500);
        QCOMPARE(details.value(QLatin1String("to")).toInteger(), 200);
        QCOMPARE(lastRecord(s, AuditEvent::PolicyChanged).operatorName, QStringLiteral("adm"));
        auto needs = seat2->session->refundNeedsApproval(&big);
        QVERIFY(needs);
        QCOMPARE(needs->code, QStringLiteral("approval_required"));
        QVERIFY2(needs->message.contains(u"200"), qPrintable(needs->message));
        // Values outside a rule's range, and unknown rules, are refused; nothing changes.
        QCOMPARE(accounts.setPolicy(QStringLiteral("lock_after_minutes"), 16).error().code,
                 QStringLiteral("policy_value"));
        QCOMPARE(accounts.setPolicy(QStringLiteral("max_failed_sign_ins"), 11).error().code,
                 QStringLiteral("policy_value"));
        QCOMPARE(accounts.setPolicy(QStringLiteral("lock_out_minutes"), 29).error().code,
                 QStringLiteral("policy_value"));
        QCOMPARE(accounts.setPolicy(QStringLiteral("refund_limit"), 5).error().code,
                 QStringLiteral("policy_unknown"));
        QCOMPARE(s.securityPolicy().value(PolicyRule::LockAfterMinutes), 10);
        // The lock time reaches the session's policy at the next sign-in.
        PAVT_VERIFY_OK(accounts.setPolicy(QStringLiteral("lock_after_minutes"), 5));
        PAVT_VERIFY_OK(
            seat2->session->signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        QCOMPARE(seat2->session->policy().lockAfterMinutes, 5);
        // Back to the defaults for the other tests of this shared journal.
        PAVT_VERIFY_OK(accounts.setPolicy(QStringLiteral("supervisor_per_refund"), 500));
        PAVT_VERIFY_OK(accounts.setPolicy(QStringLiteral("lock_after_minutes"), 10));
    }

    void anOperatorSeesOwnEntriesOfTodayOnly()
    {
        auto t = terminal(m_accounts);
        SessionService &s = *t->session;
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("ann"), pw(ownPassword(QStringLiteral("ann")))));
        JournalQuery wide;
        wide.from = m_clock.now().addDays(-30);
        auto own = s.scopeQuery(wide);
        PAVT_VERIFY_OK(own);
        QCOMPARE(own->operatorName, QStringLiteral("ann"));
        QCOMPARE(own->from, s.startOfToday());
        JournalQuery bob;
        bob.operatorName = QStringLiteral("bob");
        QCOMPARE(s.scopeQuery(bob).error().code, QStringLiteral("not_allowed"));
        // A supervisor sees every entry, and the look-up is audited.
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        auto all = s.scopeQuery(bob);
        PAVT_VERIFY_OK(all);
        QCOMPARE(all->operatorName, QStringLiteral("bob"));
        QCOMPARE(all->from, QDateTime());
        QCOMPARE(lastRecord(s, AuditEvent::EntriesViewed)
                     .detailsObject()
                     .value(QLatin1String("operator"))
                     .toString(),
                 QStringLiteral("bob"));
        // The admin sees none.
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("adm"), pw(ownPassword(QStringLiteral("adm")))));
        QCOMPARE(s.scopeQuery({}).error().code, QStringLiteral("not_allowed"));
    }

    void verifyingTheTrailIsAudited()
    {
        auto t = terminal(m_accounts);
        SessionService &s = *t->session;
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("sam"), pw(ownPassword(QStringLiteral("sam")))));
        QCOMPARE(s.verifyAudit().error().code, QStringLiteral("not_allowed"));
        PAVT_VERIFY_OK(s.signIn(QStringLiteral("adm"), pw(ownPassword(QStringLiteral("adm")))));
        auto v = s.verifyAudit();
        PAVT_VERIFY_OK(v);
        QVERIFY2(v->isIntact(), qPrintable(v->problem));
        QVERIFY(v->records > 50);
        QCOMPARE(lastEvent(s), QString::fromLatin1(AuditEvent::AuditVerified));
    }

    void noPasswordAnywhereInTheDatabase()
    {
        QStringList passwords { RootPassword, FirstPassword };
        for (const char *n : { "ann", "sam", "sue", "fin", "adm" })
            passwords << ownPassword(QString::fromLatin1(n));
        for (const char *table : { "accounts", "audit_log", "refund_log", "entries" }) {
            const auto rows = rawRows(
                m_accounts, QStringLiteral("SELECT * FROM %1").arg(QLatin1StringView(table)));
            QVERIFY(!rows.isEmpty() || QByteArrayView(table) == "refund_log");
            for (const QVariantList &row : rows)
                for (const QVariant &cell : row)
                    for (const QString &p : std::as_const(passwords))
                        QVERIFY2(!cell.toString().contains(p), table);
        }
        if (m_backend.isPostgres())
            return;
        QFile file(m_accounts.sqlitePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString &p : std::as_const(passwords))
            QVERIFY(!bytes.contains(p.toUtf8()));
    }

    void cleanupTestCase()
    {
        m_matrix.reset();
        dropCreated();
        m_created = m_keep;
        dropCreated();
    }
};

PAVT_JOURNAL_TEST_MAIN(TestSessionService, "tst_sessionservice")
#include "tst_sessionservice.moc"
