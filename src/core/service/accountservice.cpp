// SPDX-License-Identifier: MIT
#include "core/service/accountservice.h"

#include "core/base/passwordhash.h"
#include "core/service/sessionservice.h"

#include <QCoreApplication>

namespace pavt {

namespace {

std::optional<Error> checkRoles(Roles roles)
{
    if (roles.isEmpty())
        return Error { QStringLiteral("account_roles"),
                       QCoreApplication::translate("pavt::Accounts",
                                                   "An account needs at least one role.") };
    return std::nullopt;
}

} // namespace

AccountService::AccountService(SessionService &session) : m_session(session) { }

Result<Account> AccountService::createFirstAdministrator(const QString &name,
                                                         const QString &displayName, Roles roles,
                                                         const SecretBytes &password)
{
    if (!roles.has(Role::Administrator))
        return fail(QStringLiteral("account_roles"),
                    QCoreApplication::translate("pavt::Accounts",
                                                "The first account must be an administrator."));
    auto normalised = AccountStore::normaliseName(name);
    if (!normalised)
        return std::unexpected(normalised.error());
    if (auto rule = PasswordHash::checkRule(password, *normalised))
        return std::unexpected(*rule);
    auto hashed = PasswordHash::hash(password);
    if (!hashed)
        return std::unexpected(hashed.error());
    Account account;
    account.name = *normalised;
    account.displayName = displayName;
    account.roles = roles;
    account.passwordHash = *hashed;
    auto created = m_session.accounts().create(account, m_session.now(), true);
    if (!created)
        return created;
    m_session.m_audit->append(m_session.now(), m_session.seat(), created->name,
                              QString::fromLatin1(AuditEvent::AccountCreated),
                              { { QStringLiteral("name"), created->name },
                                { QStringLiteral("roles"), rolesId(created->roles) },
                                { QStringLiteral("first_administrator"), true } });
    m_session.refresh(); // accounts are on: nobody is signed in yet
    return created;
}

Result<Account> AccountService::create(const QString &name, const QString &displayName, Roles roles,
                                       const SecretBytes &password)
{
    auto normalised = AccountStore::normaliseName(name);
    if (auto refused = m_session.require(
            Action::ManageAccounts,
            { { QStringLiteral("change"), QStringLiteral("create") },
              { QStringLiteral("name"), normalised ? *normalised : name.left(64) } }))
        return std::unexpected(*refused);
    if (!normalised)
        return std::unexpected(normalised.error());
    if (auto bad = checkRoles(roles))
        return std::unexpected(*bad);
    if (auto rule = PasswordHash::checkRule(password, *normalised))
        return std::unexpected(*rule);
    auto hashed = PasswordHash::hash(password);
    if (!hashed)
        return std::unexpected(hashed.error());
    Account account;
    account.name = *normalised;
    account.displayName = displayName;
    account.roles = roles;
    account.passwordHash = *hashed;
    account.mustChangePassword = true;
    auto created = m_session.accounts().create(account, m_session.now());
    if (!created)
        return created;
    m_session.audit(QString::fromLatin1(AuditEvent::AccountCreated),
                    { { QStringLiteral("name"), created->name },
                      { QStringLiteral("roles"), rolesId(created->roles) } });
    return created;
}

Result<QList<Account>> AccountService::list()
{
    if (auto refused = m_session.require(Action::ManageAccounts,
                                         { { QStringLiteral("change"), QStringLiteral("list") } }))
        return std::unexpected(*refused);
    return m_session.accounts().list();
}

std::optional<Error> AccountService::keepsAnAdministrator(const QString &name, bool enabled,
                                                          Roles roles)
{
    if (enabled && roles.has(Role::Administrator))
        return std::nullopt;
    auto all = m_session.accounts().list();
    if (!all)
        return all.error();
    for (const Account &a : std::as_const(*all))
        if (a.name != name && a.enabled && a.roles.has(Role::Administrator))
            return std::nullopt;
    return Error { QStringLiteral("last_administrator"),
                   QCoreApplication::translate(
                       "pavt::Accounts",
                       "This is the last enabled administrator: make another one first.") };
}

Result<Account> AccountService::change(const QString &name, const QString &displayName, Roles roles)
{
    const QString target = AccountStore::normaliseName(name).value_or(name.left(64));
    if (auto refused = m_session.require(Action::ManageAccounts,
                                         { { QStringLiteral("change"), QStringLiteral("roles") },
                                           { QStringLiteral("name"), target } }))
        return std::unexpected(*refused);
    if (auto bad = checkRoles(roles))
        return std::unexpected(*bad);
    Roles before;
    auto changed = m_session.accounts().update(
        target,
        [&](Account &a) -> std::optional<Error> {
            if (auto last = keepsAnAdministrator(a.name, a.enabled, roles))
                return last;
            before = a.roles;
            a.roles = roles;
            if (!displayName.trimmed().isEmpty())
                a.displayName = displayName;
            return std::nullopt;
        },
        m_session.now());
    if (!changed)
        return changed;
    m_session.audit(QString::fromLatin1(AuditEvent::AccountChanged),
                    { { QStringLiteral("name"), changed->name },
                      { QStringLiteral("roles_before"), rolesId(before) },
                      { QStringLiteral("roles"), rolesId(changed->roles) } });
    return changed;
}

Result<Account> AccountService::setEnabled(const QString &name, bool enabled)
{
    const QString target = AccountStore::normaliseName(name).value_or(name.left(64));
    if (auto refused
        = m_session.require(Action::ManageAccounts,
                            { { QStringLiteral("change"),
                                enabled ? QStringLiteral("enable") : QStringLiteral("disable") },
                              { QStringLiteral("name"), target } }))
        return std::unexpected(*refused);
    if (!enabled && m_session.account() && m_session.account()->name == target)
        return fail(
            QStringLiteral("account_self"),
            QCoreApplication::translate("pavt::Accounts", "You cannot disable your own account."));
    auto changed = m_session.accounts().update(
        target,
        [&](Account &a) -> std::optional<Error> {
            if (auto last = keepsAnAdministrator(a.name, enabled, a.roles))
                return last;
            a.enabled = enabled;
            return std::nullopt;
        },
        m_session.now());
    if (!changed)
        return changed;
    m_session.audit(
        QString::fromLatin1(enabled ? AuditEvent::AccountChanged : AuditEvent::AccountDisabled),
        { { QStringLiteral("name"), changed->name }, { QStringLiteral("enabled"), enabled } });
    return changed;
}

Result<Account> AccountService::resetPassword(const QString &name, const SecretBytes &password)
{
    const QString target = AccountStore::normaliseName(name).value_or(name.left(64));
    if (auto refused
        = m_session.require(Action::ManageAccounts,
                            { { QStringLiteral("change"), QStringLiteral("reset_password") },
                              { QStringLiteral("name"), target } }))
        return std::unexpected(*refused);
    if (auto rule = PasswordHash::checkRule(password, target))
        return std::unexpected(*rule);
    auto hashed = PasswordHash::hash(password);
    if (!hashed)
        return std::unexpected(hashed.error());
    const QDateTime at = m_session.now();
    const bool own = m_session.account() && m_session.account()->name == target;
    auto changed = m_session.accounts().update(
        target,
        [&](Account &a) -> std::optional<Error> {
            a.passwordHash = *hashed;
            a.mustChangePassword = !own; // the person's own password only when it is their own
            a.failedAttempts = 0;
            a.lockedUntil = {};
            a.passwordChangedAt = at;
            return std::nullopt;
        },
        at);
    if (!changed)
        return changed;
    m_session.audit(QString::fromLatin1(AuditEvent::PasswordReset),
                    { { QStringLiteral("name"), changed->name } });
    return changed;
}

Result<PolicyChange> AccountService::setPolicy(const QString &rule, qint64 value)
{
    if (auto refused = m_session.require(Action::ManageAccounts,
                                         { { QStringLiteral("change"), QStringLiteral("policy") },
                                           { QStringLiteral("rule"), rule.left(64) } }))
        return std::unexpected(*refused);
    auto changed = SecurityPolicyStore(m_session.database())
                       .set(rule, value, m_session.operatorName(), m_session.now());
    if (!changed)
        return changed;
    m_session.audit(QString::fromLatin1(AuditEvent::PolicyChanged),
                    { { QStringLiteral("rule"), QLatin1StringView(policyRule(changed->rule).name) },
                      { QStringLiteral("from"), changed->from },
                      { QStringLiteral("to"), changed->to } });
    if (auto reread = m_session.reloadPolicy(); !reread)
        return std::unexpected(reread.error());
    return changed;
}

} // namespace pavt
