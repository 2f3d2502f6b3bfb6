// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/layer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pavt {

// What a person may do is decided by the roles of their account (the table is in
// core/service/permissions.cpp). Stored as their ids, comma-separated: never renumber.
enum class Role : unsigned {
    Operator = 1 << 0, // charges, payment links, own entries of today, receipts
    Supervisor = 1 << 1, // every entry, look-ups, refunds, approvals, reconciliation
    Finance = 1 << 2, // every entry read-only, exports, reports, refunds within limits
    Administrator = 1 << 3, // accounts, settings, credentials; no charging on its own
};
inline constexpr Role AllRoles[]
    = { Role::Operator, Role::Supervisor, Role::Finance, Role::Administrator };

// A set of roles.
struct Roles
{
    unsigned bits = 0;
    Roles() = default;
    Roles(Role role) : bits(unsigned(role)) { }
    static Roles fromBits(unsigned value) { return Roles(value); }
    bool has(Role role) const { return (bits & unsigned(role)) != 0; }
    bool isEmpty() const { return bits == 0; }
    Roles operator|(Role role) const { return Roles(bits | unsigned(role)); }
    Roles &operator|=(Role role)
    {
        bits |= unsigned(role);
        return *this;
    }
    friend bool operator==(const Roles &, const Roles &) = default;

private:
    explicit Roles(unsigned value) : bits(value) { }
};

// "operator", "supervisor", "finance", "admin": settings, pavt-cli, the database.
QString roleId(Role role);
std::optional<Role> roleFromId(QStringView id);
// "Operator", "Supervisor", "Finance", "Administrator", translated.
QString roleLabel(Role role);
// "admin,operator" (ids in the order of AllRoles); "" for none.
QString rolesId(Roles roles);
// From "admin, operator"; nullopt when an id is unknown. Empty text: no roles.
std::optional<Roles> rolesFromId(QStringView ids);
// "Administrator, Operator", translated.
QString rolesLabel(Roles roles);

// One person's account. The password exists only as its hash (core/base/passwordhash.h).
struct Account
{
    qint64 id = 0;
    QString name; // the sign-in name: lower case letters, digits, '.', '_', '-'
    QString displayName;
    Roles roles;
    bool enabled = true;
    QString passwordHash;
    int failedAttempts = 0; // wrong passwords since the last sign-in or lock-out
    QDateTime lockedUntil; // UTC; invalid: not locked
    bool mustChangePassword = false; // an administrator set the password
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QDateTime lastSignInAt;
    QDateTime passwordChangedAt;

    bool isLockedAt(const QDateTime &now) const
    {
        return lockedUntil.isValid() && lockedUntil > now;
    }
    // "Ann Smith (ann)", or the name alone.
    QString describe() const;
    friend bool operator==(const Account &, const Account &) = default;
};

// A refund as the refund log keeps it: who asked for it, how much, who approved it.
struct RefundLogEntry
{
    QDateTime at;
    QString operatorName;
    qint64 entryId = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString approvedBy; // empty: within the operator's own limit
};

// The operators' accounts in the journal's database (every seat of a shared journal sees the same
// ones), and the refund log. Uses a JournalDatabase's connection, in its thread. Every SQL error
// is an Error with a whole sentence.
class AccountStore
{
public:
    explicit AccountStore(JournalDatabase &db);

    // The name as it is stored (trimmed, lower case); the Error ("account_name") says why a name
    // cannot be used: 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit.
    static Result<QString> normaliseName(const QString &name);

    // How many accounts exist (enabled or not). None: the terminal runs in single-user mode.
    Result<qint64> count();
    Result<QList<Account>> list();
    Result<std::optional<Account>> find(const QString &name);

    // Adds an account; "account_exists" when the name is taken. With `onlyIfNone` it is added only
    // when there is no account yet ("accounts_exist" otherwise): the first administrator, safe
    // against two seats doing it at once.
    Result<Account> create(const Account &account, const QDateTime &now, bool onlyIfNone = false);

    // Reads the account in a write transaction (its row locked), lets `change` edit it and writes
    // it back; `change` may refuse with an Error and nothing is written. "account_unknown" when
    // there is no such account. updatedAt is set to `now`.
    using Change = std::function<std::optional<Error>(Account &)>;
    Result<Account> update(const QString &name, const Change &change, const QDateTime &now);

    // The refund log.
    Result<void> logRefund(const RefundLogEntry &refund);
    // The sum of the refunds in `currency` this operator asked for at or after `since`.
    Result<qint64> refundedSince(const QString &operatorName, const QString &currency,
                                 const QDateTime &since);
    Result<QList<RefundLogEntry>> refunds(const QDateTime &since);

private:
    Result<QList<Account>> select(const QString &where, const QVariantList &binds,
                                  const QString &tail = {});
    JournalDatabase &m_db;
};

} // namespace pavt
