// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/secretbytes.h"
#include "core/journal/accounts.h"
#include "core/journal/securitypolicy.h"
#include "core/service/layer.h"

#include <QList>

namespace pavt {

class SessionService;

// The administrators' work on accounts, through the signed-in session (ManageAccounts): add,
// change roles and display name, disable and enable, set a new password. The first administrator
// is the exception: with no account at all anyone at the seat may create it, and that turns
// accounts on for every seat of the journal. Every change is audited (never a password). The last
// enabled administrator can be neither disabled nor lose the administrator role, so that someone
// can always manage the accounts.
class AccountService
{
public:
    explicit AccountService(SessionService &session);

    // With no account yet: the first one, which must have the administrator role. Its password is
    // the creator's own (no change at the first sign-in).
    Result<Account> createFirstAdministrator(const QString &name, const QString &displayName,
                                             Roles roles, const SecretBytes &password);
    // A new account; the person changes the password at the first sign-in.
    Result<Account> create(const QString &name, const QString &displayName, Roles roles,
                           const SecretBytes &password);
    Result<QList<Account>> list();
    Result<Account> change(const QString &name, const QString &displayName, Roles roles);
    Result<Account> setEnabled(const QString &name, bool enabled);
    // A new password the person must change at the next sign-in; also ends a lock-out.
    Result<Account> resetPassword(const QString &name, const SecretBytes &password);
    // Changes one rule of the journal's security policy (securitypolicy.h) for every seat: the
    // lock time, the lock-out, the refund limits. Audited with the rule and both values (they
    // are no secret). The session reads the new policy at once.
    Result<PolicyChange> setPolicy(const QString &rule, qint64 value);

private:
    // Refuses a change that would leave no enabled administrator.
    std::optional<Error> keepsAnAdministrator(const QString &name, bool enabled, Roles roles);
    SessionService &m_session;
};

} // namespace pavt
