// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/layer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace pavt {

class JournalDatabase;

// The rules an administrator sets for every seat of a journal: the session lock, the lock-out
// after wrong passwords and the roles' refund limits. They live in the journal's database (table
// security_policy, schema version 7), not in a seat's settings file, so that an operator who can
// edit their own pavt.ini cannot raise their own refund limit; AccountService::setPolicy() changes
// them (administrators only, audited). A rule without a row has its default.
enum class PolicyRule {
    LockAfterMinutes, // the window locks after this many idle minutes (PCI DSS 8.2.8: at most 15)
    MaxFailedSignIns, // wrong passwords in a row that lock an account (PCI DSS 8.3.4: at most 10)
    LockOutMinutes, // how long a locked-out account stays locked (at least 30)
    SupervisorPerRefund, // what a supervisor may refund alone, per refund, in major units
    SupervisorPerDay, // ... and per day (the refunds they asked for since midnight)
    FinancePerRefund,
    FinancePerDay,
};

struct PolicyRuleSpec
{
    PolicyRule rule;
    const char *name; // "lock_after_minutes": the database's, pavt-cli's and the audit's spelling
    const char *formerSetting; // the settings file's key before version 7 ("security/...")
    qint64 defaultValue;
    qint64 min;
    qint64 max;
};

// The table, in the order pavt-cli and the window list it.
std::span<const PolicyRuleSpec> policyRules();
const PolicyRuleSpec &policyRule(PolicyRule rule);
const PolicyRuleSpec *findPolicyRule(QStringView name);
// What the rule means, with its unit and range, one translated sentence.
QString policyRuleDescription(PolicyRule rule);

// Every rule's value.
class SecurityPolicy
{
public:
    SecurityPolicy(); // every rule at its default
    qint64 value(PolicyRule rule) const { return m_values[std::size_t(rule)]; }
    void setValue(PolicyRule rule, qint64 value) { m_values[std::size_t(rule)] = value; }
    // Who changed a rule last, and when (empty: never changed, the default).
    QString changedBy(PolicyRule rule) const { return m_changedBy[std::size_t(rule)]; }
    QDateTime changedAt(PolicyRule rule) const { return m_changedAt[std::size_t(rule)]; }

private:
    friend class SecurityPolicyStore;
    static constexpr std::size_t Count = std::size_t(PolicyRule::FinancePerDay) + 1;
    std::array<qint64, Count> m_values {};
    std::array<QString, Count> m_changedBy;
    std::array<QDateTime, Count> m_changedAt;
};

struct PolicyChange
{
    PolicyRule rule;
    qint64 from;
    qint64 to;
};

// The policy in the journal's database. Uses a JournalDatabase's connection, in its thread.
class SecurityPolicyStore
{
public:
    explicit SecurityPolicyStore(JournalDatabase &db);

    // Every rule; a stored value outside the rule's range (the table written by something else)
    // is an Error ("policy_value") naming it: it is never replaced by the default quietly.
    Result<SecurityPolicy> read();
    // Checks the name ("policy_unknown") and the range ("policy_value") and writes the value.
    Result<PolicyChange> set(const QString &name, qint64 value, const QString &by,
                             const QDateTime &at);

    // Whether `value` may be stored for `spec`: nullopt, or the Error ("policy_value").
    static std::optional<Error> check(const PolicyRuleSpec &spec, qint64 value);

private:
    JournalDatabase &m_db;
};

} // namespace pavt
