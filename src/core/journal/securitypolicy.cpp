// SPDX-License-Identifier: MIT
#include "core/journal/securitypolicy.h"

#include "core/journal/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

namespace pavt {

namespace {

using R = PolicyRule;

constexpr std::array<PolicyRuleSpec, 7> Rules { {
    { R::LockAfterMinutes, "lock_after_minutes", "security/lockAfterMinutes", 10, 1, 15 },
    { R::MaxFailedSignIns, "max_failed_sign_ins", "accounts/maxFailedSignIns", 10, 1, 10 },
    { R::LockOutMinutes, "lock_out_minutes", "accounts/lockOutMinutes", 30, 30, 1440 },
    { R::SupervisorPerRefund, "supervisor_per_refund", "refunds/supervisorPerRefund", 500, 0,
      10000000 },
    { R::SupervisorPerDay, "supervisor_per_day", "refunds/supervisorPerDay", 2000, 0, 10000000 },
    { R::FinancePerRefund, "finance_per_refund", "refunds/financePerRefund", 250, 0, 10000000 },
    { R::FinancePerDay, "finance_per_day", "refunds/financePerDay", 1000, 0, 10000000 },
} };

QString readFailure()
{
    return QCoreApplication::translate("pavt::Policy", "The security policy could not be read: %1");
}

QString writeFailure()
{
    return QCoreApplication::translate("pavt::Policy",
                                       "The security policy could not be saved: %1");
}

} // namespace

std::span<const PolicyRuleSpec> policyRules()
{
    return Rules;
}

const PolicyRuleSpec &policyRule(PolicyRule rule)
{
    return Rules[std::size_t(rule)];
}

const PolicyRuleSpec *findPolicyRule(QStringView name)
{
    for (const PolicyRuleSpec &spec : Rules)
        if (name.compare(QLatin1StringView(spec.name), Qt::CaseInsensitive) == 0)
            return &spec;
    return nullptr;
}

QString policyRuleDescription(PolicyRule rule)
{
    switch (rule) {
    case R::LockAfterMinutes:
        return QCoreApplication::translate("pavt::Policy",
                                           "With accounts, the window locks after this many "
                                           "minutes without a key press or click (1 to 15).");
    case R::MaxFailedSignIns:
        return QCoreApplication::translate("pavt::Policy",
                                           "Wrong passwords in a row that lock an account "
                                           "(1 to 10).");
    case R::LockOutMinutes:
        return QCoreApplication::translate("pavt::Policy",
                                           "How many minutes a locked-out account stays "
                                           "locked (30 to 1440).");
    case R::SupervisorPerRefund:
        return QCoreApplication::translate("pavt::Policy",
                                           "What a supervisor may refund without another "
                                           "supervisor's approval, per refund, in major units "
                                           "of the refund's currency (0: every refund needs "
                                           "an approval).");
    case R::SupervisorPerDay:
        return QCoreApplication::translate("pavt::Policy",
                                           "What a supervisor may refund without approval "
                                           "per day, in major units of the currency.");
    case R::FinancePerRefund:
        return QCoreApplication::translate("pavt::Policy",
                                           "What finance staff may refund without a "
                                           "supervisor's approval, per refund, in major units "
                                           "of the refund's currency (0: every refund needs "
                                           "an approval).");
    case R::FinancePerDay:
        return QCoreApplication::translate("pavt::Policy",
                                           "What finance staff may refund without approval "
                                           "per day, in major units of the currency.");
    }
    return {};
}

SecurityPolicy::SecurityPolicy()
{
    for (const PolicyRuleSpec &spec : Rules)
        m_values[std::size_t(spec.rule)] = spec.defaultValue;
}

SecurityPolicyStore::SecurityPolicyStore(JournalDatabase &db) : m_db(db) { }

std::optional<Error> SecurityPolicyStore::check(const PolicyRuleSpec &spec, qint64 value)
{
    if (value >= spec.min && value <= spec.max)
        return std::nullopt;
    return Error { QStringLiteral("policy_value"),
                   QCoreApplication::translate("pavt::Policy",
                                               "The security policy's %1 cannot be %2: it must "
                                               "be a whole number from %3 to %4.")
                       .arg(QLatin1StringView(spec.name))
                       .arg(value)
                       .arg(spec.min)
                       .arg(spec.max) };
}

Result<SecurityPolicy> SecurityPolicyStore::read()
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT name, value, changed_by, changed_at FROM security_policy ORDER BY name")))
        return std::unexpected(SqlSupport::error(q.lastError(), readFailure()));
    if (auto done = SqlSupport::exec(q, readFailure()); !done)
        return std::unexpected(done.error());
    SecurityPolicy policy;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const PolicyRuleSpec *spec = findPolicyRule(name);
        if (!spec)
            return std::unexpected(Error {
                QStringLiteral("policy_unknown"),
                QCoreApplication::translate("pavt::Policy",
                                            "The journal's security policy has a rule %1 that "
                                            "this version of the terminal does not know.")
                    .arg(name) });
        bool ok = false;
        const qint64 value = q.value(1).toLongLong(&ok);
        if (!ok)
            return std::unexpected(Error {
                QStringLiteral("policy_value"),
                QCoreApplication::translate("pavt::Policy",
                                            "The journal's security policy has a value for %1 "
                                            "that is not a number.")
                    .arg(name) });
        if (auto bad = check(*spec, value))
            return std::unexpected(*bad);
        const auto i = std::size_t(spec->rule);
        policy.m_values[i] = value;
        policy.m_changedBy[i] = q.value(2).toString();
        policy.m_changedAt[i] = SqlSupport::timeFrom(q.value(3));
    }
    return policy;
}

Result<PolicyChange> SecurityPolicyStore::set(const QString &name, qint64 value, const QString &by,
                                              const QDateTime &at)
{
    const PolicyRuleSpec *spec = findPolicyRule(name);
    if (!spec) {
        QStringList names;
        for (const PolicyRuleSpec &s : Rules)
            names << QLatin1StringView(s.name);
        return std::unexpected(
            Error { QStringLiteral("policy_unknown"),
                    QCoreApplication::translate(
                        "pavt::Policy", "There is no security policy rule %1. The rules are: %2.")
                        .arg(name, names.join(QStringLiteral(", "))) });
    }
    if (auto bad = check(*spec, value))
        return std::unexpected(*bad);
    if (auto begun = SqlSupport::begin(m_db, writeFailure()); !begun)
        return std::unexpected(begun.error());
    auto fail = [this](const Error &e) -> Result<PolicyChange> {
        SqlSupport::rollback(m_db);
        return std::unexpected(e);
    };
    QSqlQuery q(m_db.database());
    const bool pg = m_db.backend() == JournalBackend::PostgreSQL;
    if (!q.prepare(QStringLiteral("SELECT value FROM security_policy WHERE name = ?")
                   + (pg ? QStringLiteral(" FOR UPDATE") : QString())))
        return fail(SqlSupport::error(q.lastError(), writeFailure()));
    q.bindValue(0, QLatin1StringView(spec->name));
    if (auto done = SqlSupport::exec(q, writeFailure()); !done)
        return fail(done.error());
    PolicyChange change { spec->rule, q.next() ? q.value(0).toLongLong() : spec->defaultValue,
                          value };
    QSqlQuery w(m_db.database());
    if (!w.prepare(QStringLiteral(
            "INSERT INTO security_policy (name, value, changed_by, changed_at) VALUES (?, ?, ?, "
            "?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_by = "
            "excluded.changed_by, changed_at = excluded.changed_at")))
        return fail(SqlSupport::error(w.lastError(), writeFailure()));
    w.bindValue(0, QLatin1StringView(spec->name));
    w.bindValue(1, value);
    w.bindValue(2, by);
    w.bindValue(3, SqlSupport::timeValue(at));
    if (auto done = SqlSupport::exec(w, writeFailure()); !done)
        return fail(done.error());
    if (auto done = SqlSupport::commit(m_db, writeFailure()); !done)
        return std::unexpected(done.error());
    return change;
}

} // namespace pavt
