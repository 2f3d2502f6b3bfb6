// SPDX-License-Identifier: MIT
#include "core/service/sessionservice.h"

#include "core/base/passwordhash.h"
#include "core/journal/journaldatabase.h"
#include "core/payment/currency.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSysInfo>

#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcSession, "pavt.session", QtInfoMsg)

namespace pavt {

namespace {

QString wrongNameOrPassword()
{
    return QCoreApplication::translate("pavt::Session", "The name or the password is wrong.");
}

// 10^minor units of a currency (2 when it is unknown).
qint64 minorPerMajor(const QString &currency)
{
    const Currency *c = Currencies::find(currency);
    qint64 factor = 1;
    for (int i = 0; i < (c && c->minorUnits >= 0 ? c->minorUnits : 2); ++i)
        factor *= 10;
    return factor;
}

} // namespace

SessionService::SessionService(std::unique_ptr<JournalDatabase> db, const Clock &clock)
    : m_db(std::move(db)), m_accounts(std::make_unique<AccountStore>(*m_db)),
      m_audit(std::make_unique<AuditTrail>(*m_db)), m_clock(&clock),
      m_seat(QSysInfo::machineHostName())
{ }

SessionService::~SessionService()
{
    m_audit.reset();
    m_accounts.reset();
    m_db.reset();
}

Result<std::unique_ptr<SessionService>> SessionService::open(const JournalConfig &config,
                                                             const Clock &clock)
{
    auto db = JournalDatabase::open(config, QStringLiteral("session"));
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<SessionService> self(new SessionService(std::move(*db), clock));
    if (auto enabled = self->refresh(); !enabled)
        return std::unexpected(enabled.error());
    return self;
}

QDateTime SessionService::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->now().toMSecsSinceEpoch(), Qt::UTC);
}

QDateTime SessionService::startOfToday() const
{
    return m_clock->now().toLocalTime().date().startOfDay().toUTC();
}

void SessionService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

Result<SecurityPolicy> SessionService::reloadPolicy()
{
    auto read = SecurityPolicyStore(*m_db).read();
    if (!read)
        return std::unexpected(read.error());
    m_securityPolicy = *read;
    using R = PolicyRule;
    m_policy.maxFailedSignIns = int(read->value(R::MaxFailedSignIns));
    m_policy.lockOutMinutes = int(read->value(R::LockOutMinutes));
    m_policy.lockAfterMinutes = int(read->value(R::LockAfterMinutes));
    m_limits.supervisor = { read->value(R::SupervisorPerRefund), read->value(R::SupervisorPerDay) };
    m_limits.finance = { read->value(R::FinancePerRefund), read->value(R::FinancePerDay) };
    return *read;
}

Result<bool> SessionService::refresh()
{
    if (auto policy = reloadPolicy(); !policy)
        return std::unexpected(policy.error());
    auto count = m_accounts->count();
    if (!count)
        return std::unexpected(count.error());
    if (*count > 0 && m_state == State::SingleUser) {
        qCInfo(lcSession) << "accounts exist: sign-in required";
        setState(State::SignedOut);
    } else if (*count == 0 && m_state != State::SingleUser) {
        m_account.reset();
        setState(State::SingleUser);
    }
    return *count > 0;
}

QString SessionService::operatorName() const
{
    if (m_state == State::SingleUser)
        return m_singleUserName;
    return m_account ? m_account->name : QString();
}

QString SessionService::describe() const
{
    if (!m_account)
        return QString();
    return QStringLiteral("%1, %2").arg(m_account->describe(), rolesLabel(m_account->roles));
}

Result<AuditRecord> SessionService::audit(const QString &event, const QJsonObject &details)
{
    auto written = m_audit->append(now(), m_seat, operatorName(), event, details);
    if (!written)
        qCWarning(lcSession).noquote() << "audit" << event << ":" << written.error().message;
    return written;
}

Result<Account> SessionService::checkPassword(const QString &name, const SecretBytes &password,
                                              const QString &purpose)
{
    if (auto policy = reloadPolicy(); !policy)
        return std::unexpected(policy.error());
    const QDateTime at = now();
    auto normalised = AccountStore::normaliseName(name);
    auto found = normalised ? m_accounts->find(*normalised)
                            : Result<std::optional<Account>>(std::optional<Account>());
    if (!found)
        return std::unexpected(found.error());
    const QString shownName = normalised ? *normalised : name.trimmed().left(64);
    const auto failed = [&](const QString &reason, const QJsonObject &more = {}) {
        QJsonObject details { { QStringLiteral("name"), shownName },
                              { QStringLiteral("reason"), reason },
                              { QStringLiteral("purpose"), purpose } };
        for (auto it = more.begin(); it != more.end(); ++it)
            details.insert(it.key(), it.value());
        audit(QString::fromLatin1(AuditEvent::SignInFailed), details);
    };
    if (!*found) {
        PasswordHash::spendVerificationTime(password); // as long as a wrong password
        failed(QStringLiteral("unknown_name"));
        return fail(QStringLiteral("sign_in_failed"), wrongNameOrPassword());
    }
    const Account account = **found;
    if (account.isLockedAt(at)) {
        failed(QStringLiteral("locked"));
        return fail(
            QStringLiteral("account_locked"),
            QCoreApplication::translate("pavt::Session",
                                        "The account %1 is locked after too many wrong "
                                        "passwords until %2; an administrator can unlock it "
                                        "by setting a new password.")
                .arg(account.name,
                     QLocale().toString(account.lockedUntil.toLocalTime().time(),
                                        QLocale::ShortFormat)));
    }
    auto matches = PasswordHash::verify(password, account.passwordHash);
    if (!matches) {
        failed(QStringLiteral("unreadable_hash"));
        return std::unexpected(matches.error());
    }
    if (!*matches) {
        bool lockedOut = false;
        QDateTime until;
        auto updated = m_accounts->update(
            account.name,
            [&](Account &a) -> std::optional<Error> {
                ++a.failedAttempts;
                if (a.failedAttempts >= m_policy.maxFailedSignIns) {
                    a.failedAttempts = 0;
                    a.lockedUntil = at.addSecs(qint64(m_policy.lockOutMinutes) * 60);
                    lockedOut = true;
                    until = a.lockedUntil;
                }
                return std::nullopt;
            },
            at);
        failed(QStringLiteral("wrong_password"),
               { { QStringLiteral("attempts"), updated ? updated->failedAttempts : -1 } });
        if (lockedOut) {
            audit(QString::fromLatin1(AuditEvent::LockedOut),
                  { { QStringLiteral("name"), account.name },
                    { QStringLiteral("until"), until.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("after_failures"), m_policy.maxFailedSignIns } });
            return fail(QStringLiteral("account_locked"),
                        QCoreApplication::translate(
                            "pavt::Session",
                            "The name or the password is wrong. After %n wrong passwords the "
                            "account is locked for %1 minutes.",
                            nullptr, m_policy.maxFailedSignIns)
                            .arg(m_policy.lockOutMinutes));
        }
        if (!updated)
            return std::unexpected(updated.error());
        return fail(QStringLiteral("sign_in_failed"), wrongNameOrPassword());
    }
    if (!account.enabled) {
        failed(QStringLiteral("disabled"));
        return fail(QStringLiteral("account_disabled"),
                    QCoreApplication::translate("pavt::Session",
                                                "The account %1 is disabled: ask an administrator.")
                        .arg(account.name));
    }
    // Right: the failures are forgotten, and a hash of older parameters is made again.
    return m_accounts->update(
        account.name,
        [&](Account &a) -> std::optional<Error> {
            a.failedAttempts = 0;
            a.lockedUntil = {};
            if (PasswordHash::needsRehash(a.passwordHash)) {
                if (auto rehashed = PasswordHash::hash(password))
                    a.passwordHash = *rehashed;
            }
            return std::nullopt;
        },
        at);
}

Result<Account> SessionService::signIn(const QString &name, const SecretBytes &password)
{
    if (m_state == State::SingleUser) {
        auto enabled = refresh();
        if (!enabled)
            return std::unexpected(enabled.error());
        if (!*enabled)
            return fail(QStringLiteral("no_accounts"),
                        QCoreApplication::translate(
                            "pavt::Session",
                            "There are no accounts yet: the terminal runs without sign-in."));
    }
    auto checked = checkPassword(name, password, QStringLiteral("sign_in"));
    if (!checked)
        return checked;
    const QDateTime at = now();
    auto signedIn = m_accounts->update(
        checked->name,
        [&](Account &a) -> std::optional<Error> {
            a.lastSignInAt = at;
            return std::nullopt;
        },
        at);
    if (!signedIn)
        return signedIn;
    const bool sameAccount = m_account && m_account->name == signedIn->name;
    const bool unlocking = sameAccount && m_state == State::Locked;
    if (m_account && !sameAccount) {
        // Another operator takes the seat: the first is signed out.
        audit(QString::fromLatin1(AuditEvent::SignOut),
              { { QStringLiteral("reason"), QStringLiteral("another_operator_signed_in") },
                { QStringLiteral("next"), signedIn->name } });
    }
    const std::optional<Account> before = m_account;
    m_account = *signedIn;
    auto recorded
        = audit(QString::fromLatin1(unlocking ? AuditEvent::SessionUnlocked : AuditEvent::SignIn),
                { { QStringLiteral("roles"), rolesId(signedIn->roles) },
                  { QStringLiteral("must_change_password"), signedIn->mustChangePassword } });
    if (!recorded) {
        // What cannot be recorded does not happen.
        m_account = before;
        return std::unexpected(recorded.error());
    }
    m_approvals.clear();
    const State next = signedIn->mustChangePassword ? State::MustChangePassword : State::SignedIn;
    if (m_state == next && !sameAccount)
        emit stateChanged(); // another person, same state
    setState(next);
    return *signedIn;
}

void SessionService::signOut(const QString &reason)
{
    if (!m_account)
        return;
    audit(QString::fromLatin1(AuditEvent::SignOut), { { QStringLiteral("reason"), reason } });
    m_account.reset();
    m_approvals.clear();
    m_lastViewed.clear();
    setState(m_state == State::SingleUser ? State::SingleUser : State::SignedOut);
}

void SessionService::lock(const QString &reason)
{
    if (m_state != State::SignedIn && m_state != State::MustChangePassword)
        return;
    audit(QString::fromLatin1(AuditEvent::SessionLocked), { { QStringLiteral("reason"), reason } });
    m_approvals.clear();
    setState(State::Locked);
}

Result<Account> SessionService::changePassword(const SecretBytes &current, const SecretBytes &next)
{
    if (!m_account || (m_state != State::SignedIn && m_state != State::MustChangePassword))
        return fail(QStringLiteral("signed_out"),
                    QCoreApplication::translate("pavt::Session", "Sign in first."));
    if (auto rule = PasswordHash::checkRule(next, m_account->name))
        return std::unexpected(*rule);
    if (current == next)
        return fail(QStringLiteral("password_rule"),
                    QCoreApplication::translate(
                        "pavt::Session", "The new password must differ from the current one."));
    auto checked = checkPassword(m_account->name, current, QStringLiteral("change_password"));
    if (!checked)
        return checked;
    auto hashed = PasswordHash::hash(next);
    if (!hashed)
        return std::unexpected(hashed.error());
    const QDateTime at = now();
    auto changed = m_accounts->update(
        m_account->name,
        [&](Account &a) -> std::optional<Error> {
            a.passwordHash = *hashed;
            a.mustChangePassword = false;
            a.passwordChangedAt = at;
            return std::nullopt;
        },
        at);
    if (!changed)
        return changed;
    m_account = *changed;
    audit(QString::fromLatin1(AuditEvent::PasswordChanged), {});
    setState(State::SignedIn);
    return changed;
}

bool SessionService::may(Action action) const
{
    if (m_state == State::SingleUser)
        return true;
    return m_state == State::SignedIn && m_account && m_account->enabled
        && rolesAllow(m_account->roles, action);
}

void SessionService::refused(const QString &reason, Action action, const QJsonObject &details)
{
    QJsonObject d = details;
    d.insert(QStringLiteral("action"), actionId(action));
    d.insert(QStringLiteral("reason"), reason);
    if (m_account)
        d.insert(QStringLiteral("roles"), rolesId(m_account->roles));
    audit(QString::fromLatin1(AuditEvent::ActionRefused), d);
}

std::optional<Error> SessionService::require(Action action, const QJsonObject &details)
{
    if (m_state == State::SingleUser) {
        auto enabled = refresh();
        if (!enabled)
            return enabled.error();
        if (!*enabled)
            return std::nullopt;
    }
    if (m_state == State::SignedOut || !m_account) {
        refused(QStringLiteral("signed_out"), action, details);
        return Error { QStringLiteral("signed_out"),
                       QCoreApplication::translate("pavt::Session", "Sign in first.") };
    }
    if (m_state == State::Locked) {
        refused(QStringLiteral("locked"), action, details);
        return Error { QStringLiteral("locked"),
                       QCoreApplication::translate("pavt::Session",
                                                   "The session is locked: sign in again.") };
    }
    if (m_state == State::MustChangePassword) {
        refused(QStringLiteral("must_change_password"), action, details);
        return Error { QStringLiteral("must_change_password"),
                       QCoreApplication::translate(
                           "pavt::Session",
                           "Change your password first: an administrator set it.") };
    }
    // The account as it is now: disabled or changed on another seat takes effect at once.
    auto fresh = m_accounts->find(m_account->name);
    if (!fresh)
        return fresh.error();
    if (!*fresh || !(*fresh)->enabled) {
        refused(QStringLiteral("account_disabled"), action, details);
        signOut(QStringLiteral("account_disabled"));
        return Error { QStringLiteral("account_disabled"),
                       QCoreApplication::translate(
                           "pavt::Session",
                           "Your account was disabled: you have been signed out.") };
    }
    if ((*fresh)->roles != m_account->roles) {
        m_account->roles = (*fresh)->roles;
        emit stateChanged();
    }
    if (!rolesAllow(m_account->roles, action)) {
        refused(QStringLiteral("role"), action, details);
        return Error { QStringLiteral("not_allowed"), refusalMessage(action) };
    }
    return std::nullopt;
}

Result<JournalQuery> SessionService::scopeQuery(const JournalQuery &query, bool auditLookUp)
{
    if (m_state == State::SingleUser) {
        if (auto refusedNow = require(Action::ViewOwnEntries); refusedNow)
            return std::unexpected(*refusedNow);
        if (m_state == State::SingleUser)
            return query;
    }
    const QJsonObject filters { { QStringLiteral("operator"), query.operatorName },
                                { QStringLiteral("from"), query.from.toString(Qt::ISODate) },
                                { QStringLiteral("to"), query.to.toString(Qt::ISODate) } };
    const bool others = query.operatorName.isEmpty() || query.operatorName != operatorName();
    if (may(Action::ViewAllEntries) || (others && !query.operatorName.isEmpty())) {
        if (auto refusedNow = require(Action::ViewAllEntries, filters))
            return std::unexpected(*refusedNow);
        // One record per search, not one per page or per repeat of the same search.
        const QString key
            = QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact));
        if (others && auditLookUp && key != m_lastViewed) {
            m_lastViewed = key;
            audit(QString::fromLatin1(AuditEvent::EntriesViewed), filters);
        }
        return query;
    }
    if (auto refusedNow = require(Action::ViewOwnEntries, filters))
        return std::unexpected(*refusedNow);
    JournalQuery own = query;
    own.operatorName = operatorName();
    const QDateTime today = startOfToday();
    if (!own.from.isValid() || own.from < today)
        own.from = today;
    if (own.to.isValid() && own.to < own.from)
        own.to = own.from;
    return own;
}

std::optional<Error> SessionService::refundNeedsApproval(const JournalEntry *entry,
                                                         qint64 amountMinor, qint64 alsoToday)
{
    if (m_state == State::SingleUser || !m_account)
        return std::nullopt;
    if (auto policy = reloadPolicy(); !policy)
        return policy.error();
    const RefundLimit limit = m_limits.forRoles(m_account->roles);
    if (!entry)
        return Error { QStringLiteral("approval_required"),
                       QCoreApplication::translate(
                           "pavt::Session",
                           "The journal has no charge for this transaction, so its amount is not "
                           "known here: a supervisor must approve the refund.") };
    const qint64 factor = minorPerMajor(entry->currency);
    // A charge the journal cannot refund any more goes to the gateway for its whole amount.
    const qint64 amount = amountMinor > 0 ? amountMinor
        : entry->refundableMinor() > 0    ? entry->refundableMinor()
                                          : entry->amountMinor;
    if (amount > limit.perRefund * factor)
        return Error { QStringLiteral("approval_required"),
                       QCoreApplication::translate("pavt::Session",
                                                   "This refund is above your limit of %1 %2 per "
                                                   "refund: a supervisor must approve it.")
                           .arg(limit.perRefund)
                           .arg(entry->currency) };
    auto today = m_accounts->refundedSince(m_account->name, entry->currency, startOfToday());
    if (!today)
        return today.error();
    if (*today + alsoToday + amount > limit.perDay * factor)
        return Error { QStringLiteral("approval_required"),
                       QCoreApplication::translate("pavt::Session",
                                                   "This refund would take you above your limit "
                                                   "of %1 %2 of refunds a day: a supervisor must "
                                                   "approve it.")
                           .arg(limit.perDay)
                           .arg(entry->currency) };
    return std::nullopt;
}

Result<RefundApproval> SessionService::approveRefund(const QString &approverName,
                                                     const SecretBytes &password,
                                                     const QString &subject,
                                                     const QJsonObject &details)
{
    const auto refuse = [&](const QString &reason, const Error &error) {
        QJsonObject d = details;
        d.insert(QStringLiteral("subject"), subject);
        d.insert(QStringLiteral("approver"), approverName.trimmed().left(64));
        d.insert(QStringLiteral("reason"), reason);
        audit(QString::fromLatin1(AuditEvent::RefundRefused), d);
        return std::unexpected(error);
    };
    if (!m_account || m_state != State::SignedIn)
        return refuse(QStringLiteral("signed_out"),
                      Error { QStringLiteral("signed_out"),
                              QCoreApplication::translate("pavt::Session", "Sign in first.") });
    const auto name = AccountStore::normaliseName(approverName);
    if (name && *name == m_account->name)
        return refuse(QStringLiteral("self"),
                      Error { QStringLiteral("approval_refused"),
                              QCoreApplication::translate(
                                  "pavt::Session",
                                  "A refund must be approved by another person, not by the one "
                                  "who asks for it.") });
    auto approver = checkPassword(approverName, password, QStringLiteral("approve_refund"));
    if (!approver)
        return refuse(approver.error().code, approver.error());
    if (!rolesAllow(approver->roles, Action::ApproveRefund))
        return refuse(
            QStringLiteral("role"),
            Error { QStringLiteral("approval_refused"), refusalMessage(Action::ApproveRefund) });
    quint64 token = 0;
    while (token == 0)
        RAND_bytes(reinterpret_cast<unsigned char *>(&token), sizeof token);
    RefundApproval approval;
    approval.m_approver = approver->name;
    approval.m_requester = m_account->name;
    approval.m_subject = subject;
    approval.m_token = token;
    QJsonObject d = details;
    d.insert(QStringLiteral("subject"), subject);
    d.insert(QStringLiteral("approver"), approver->name);
    auto recorded = audit(QString::fromLatin1(AuditEvent::RefundApproved), d);
    if (!recorded)
        return std::unexpected(recorded.error());
    m_approvals.insert(token, m_account->name + u'\n' + subject);
    return approval;
}

bool SessionService::redeem(const RefundApproval &approval, const QString &subject)
{
    if (!m_account || approval.m_token == 0 || approval.m_subject != subject
        || approval.m_requester != m_account->name)
        return false;
    const auto it = m_approvals.constFind(approval.m_token);
    if (it == m_approvals.constEnd() || it.value() != m_account->name + u'\n' + subject)
        return false;
    m_approvals.erase(it);
    return true;
}

Result<void> SessionService::logRefund(const JournalEntry &entry, const QString &approvedBy)
{
    const qint64 amount
        = entry.refundPendingMinor > 0 ? entry.refundPendingMinor : entry.refundableMinor();
    return m_accounts->logRefund(
        RefundLogEntry { now(), operatorName(), entry.id, amount, entry.currency, approvedBy });
}

Result<AuditVerification>
SessionService::verifyAudit(const std::optional<std::pair<qint64, QString>> &expected)
{
    if (auto refusedNow = require(Action::VerifyAudit))
        return std::unexpected(*refusedNow);
    auto result = m_audit->verify(expected);
    if (!result)
        return result;
    recordVerification(*result,
                       expected
                           ? QJsonObject { { QStringLiteral("expected_head"), expected->first } }
                           : QJsonObject {});
    return result;
}

void SessionService::recordVerification(const AuditVerification &result, const QJsonObject &extra)
{
    QJsonObject details { { QStringLiteral("records"), result.records },
                          { QStringLiteral("intact"), result.isIntact() },
                          { QStringLiteral("first_broken"), result.firstBroken },
                          { QStringLiteral("head_seq"), result.headSeq } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    audit(QString::fromLatin1(AuditEvent::AuditVerified), details);
}

} // namespace pavt
