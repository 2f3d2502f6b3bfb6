// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/base/secretbytes.h"
#include "core/journal/accounts.h"
#include "core/journal/audittrail.h"
#include "core/journal/journalentry.h"
#include "core/journal/securitypolicy.h"
#include "core/service/layer.h"
#include "core/service/permissions.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace pavt {

class JournalDatabase;
struct JournalConfig;

// A supervisor's approval of one refund above the requester's limit ("four eyes"), made by
// SessionService::approveRefund() on the same seat, used once by ChargeService.
class RefundApproval
{
public:
    QString approver() const { return m_approver; }
    QString subject() const { return m_subject; }

private:
    friend class SessionService;
    QString m_approver;
    QString m_requester;
    QString m_subject; // "entry:42" or "transaction:PA..."
    quint64 m_token = 0;
};

// Who is working at this seat and what they may do: the operators' sign-in, the session's lock,
// the role table's enforcement (permissions.h), refund limits and approvals, and the audit trail
// every security-relevant event is appended to. One per program (the window, pavt-cli), on a
// connection of its own to the journal's database, where the accounts and the audit trail live.
//
// With no account in the database the terminal runs in single-user mode, as it always did: every
// action is allowed and nobody signs in; events are still audited under the single-user name.
// Once an administrator has created the first account, every action needs a signed-in account
// whose roles allow it.
class SessionService : public QObject
{
    Q_OBJECT
public:
    enum class State {
        SingleUser, // no accounts: everything allowed, as before accounts existed
        SignedOut, // accounts exist, nobody signed in
        SignedIn,
        Locked, // signed in, but the window is locked (idle, or by hand)
        MustChangePassword, // signed in with a password an administrator set: change it first
    };

    // Opens a connection of its own to the journal of `config` (creating or migrating the schema)
    // and reads whether accounts exist.
    static Result<std::unique_ptr<SessionService>>
    open(const JournalConfig &config, const Clock &clock = SystemClock::instance());
    ~SessionService() override;

    // The security policy of the journal (securitypolicy.h: set by an administrator through
    // AccountService::setPolicy(), never by a seat's settings), as last read: at open(), by
    // refresh(), and again before every password check and refund limit, so that a change made on
    // another seat applies at once.
    const SecurityPolicy &securityPolicy() const { return m_securityPolicy; }
    Result<SecurityPolicy> reloadPolicy();
    SessionPolicy policy() const { return m_policy; }
    RefundLimits refundLimits() const { return m_limits; }
    // The seat's name in the audit trail (default: the host name).
    void setSeat(const QString &seat) { m_seat = seat; }
    QString seat() const { return m_seat; }
    // The operator's name in single-user mode (the setting operator/name, else the user's login).
    void setSingleUserName(const QString &name) { m_singleUserName = name; }

    // Reads again whether accounts exist (another seat may have created the first one): single-user
    // mode ends then (stateChanged()). Reads the security policy again too.
    Result<bool> refresh();
    bool accountsEnabled() const { return m_state != State::SingleUser; }
    State state() const { return m_state; }
    // The signed-in account (also while locked or waiting for a new password).
    std::optional<Account> account() const { return m_account; }
    // Who is recorded for what happens now: the account's name, or the single-user name.
    QString operatorName() const;
    // "Ann Smith (ann), Supervisor", for the window.
    QString describe() const;

    // Signs in; while locked, the same operator unlocks, and another signs the first one out and
    // takes the seat. A wrong password counts toward the lock-out (policy()); every attempt is
    // audited. Errors: "sign_in_failed" (wrong name or password, the same words for both),
    // "account_locked", "account_disabled", "no_accounts", or a journal error.
    Result<Account> signIn(const QString &name, const SecretBytes &password);
    void signOut(const QString &reason = QStringLiteral("by_hand"));
    // Locks the session ("idle" or "by_hand"); nothing is allowed until signIn() again.
    void lock(const QString &reason);
    // Changes the signed-in account's own password (checking the current one).
    Result<Account> changePassword(const SecretBytes &current, const SecretBytes &next);

    // Whether the signed-in roles (single-user mode: everyone) allow the action; for showing or
    // hiding things only, nothing is audited.
    bool may(Action action) const;
    // nullopt when the action is allowed now. Otherwise an Error ("not_allowed", "signed_out",
    // "locked", "must_change_password") with a whole sentence, and the refusal is audited with
    // `details`. Reads the account again, so an account disabled meanwhile on another seat, or a
    // role taken away, takes effect at once.
    std::optional<Error> require(Action action, const QJsonObject &details = {});

    // The journal search a person may make: ViewAllEntries as asked (a search that can include
    // other operators' entries is audited); ViewOwnEntries restricted to their own entries of
    // today; otherwise refused. A search for another operator needs ViewAllEntries.
    Result<JournalQuery> scopeQuery(const JournalQuery &query, bool auditLookUp = true);

    // Refund limits: nullopt when the signed-in account may refund this much on its own (always in
    // single-user mode); else "approval_required" with the reason. `entry` null: a refund the
    // journal has no charge for, of an amount nobody knows here: it needs an approval.
    // `amountMinor`: the refund's amount (0: the whole of what is left of the charge, a partial
    // refund counts only its amount); `alsoToday`: refunds in the same currency about to be made
    // with it (a batch's earlier rows), counted against the daily limit.
    std::optional<Error> refundNeedsApproval(const JournalEntry *entry, qint64 amountMinor = 0,
                                             qint64 alsoToday = 0);
    // A supervisor's approval on this seat: their name and password, checked like a sign-in
    // (wrong passwords count toward their lock-out). The approver must be another person whose
    // roles allow ApproveRefund. Audited as refund_approved or refund_refused.
    Result<RefundApproval> approveRefund(const QString &approverName, const SecretBytes &password,
                                         const QString &subject, const QJsonObject &details);
    // Uses an approval for `subject` (once); false when it is not one this session made for it.
    bool redeem(const RefundApproval &approval, const QString &subject);
    // The refund log (daily limits): who asked for a refund of how much, approved by whom.
    // The amount logged is the refund's (refundPendingMinor of the entry as begun).
    Result<void> logRefund(const JournalEntry &entry, const QString &approvedBy);

    // Appends a record to the audit trail under the current operator.
    Result<AuditRecord> audit(const QString &event, const QJsonObject &details = {});
    // Verifies the chain (and audits that it did).
    Result<AuditVerification> verifyAudit(const std::optional<std::pair<qint64, QString>> &expected
                                          = std::nullopt);
    // Audits a verification made on a connection of its own (AuditTrail::verifyJournal); `extra`
    // adds details ("at_start"). verifyAudit() records its own.
    void recordVerification(const AuditVerification &result, const QJsonObject &extra = {});

    AccountStore &accounts() { return *m_accounts; }
    AuditTrail &auditTrail() { return *m_audit; }
    JournalDatabase &database() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    QDateTime now() const;
    // Midnight today (the clock's local time), in UTC.
    QDateTime startOfToday() const;

signals:
    // Signed in, out, locked, unlocked, single-user mode ended.
    void stateChanged();

private:
    SessionService(std::unique_ptr<JournalDatabase> db, const Clock &clock);
    friend class AccountService;
    // The account's password checked as a sign-in checks it (lock-out, failures counted and
    // audited); the account on success.
    Result<Account> checkPassword(const QString &name, const SecretBytes &password,
                                  const QString &purpose);
    void setState(State state);
    void refused(const QString &reason, Action action, const QJsonObject &details);

    std::unique_ptr<JournalDatabase> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AuditTrail> m_audit;
    const Clock *m_clock;
    SecurityPolicy m_securityPolicy;
    SessionPolicy m_policy; // both from m_securityPolicy
    RefundLimits m_limits;
    QString m_seat;
    QString m_singleUserName;
    State m_state = State::SingleUser;
    std::optional<Account> m_account;
    QString m_lastViewed; // the last search of other operators' entries that was audited
    QHash<quint64, QString> m_approvals; // token -> requester + subject, until used
};

} // namespace pavt
