// SPDX-License-Identifier: MIT
// pavt-cli operators: add, list, disable, enable, reset-password, passwd (docs/cli.md). Passwords
// come from standard input or the terminal, never from the command line.
#include "cli/commandline.h"
#include "core/service/accountservice.h"
#include "core/service/sessionservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pavt::cli {

namespace {

QJsonObject accountJson(const Account &a)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject { { QStringLiteral("name"), a.name },
                         { QStringLiteral("display_name"), a.displayName },
                         { QStringLiteral("roles"), rolesId(a.roles) },
                         { QStringLiteral("enabled"), a.enabled },
                         { QStringLiteral("must_change_password"), a.mustChangePassword },
                         { QStringLiteral("failed_attempts"), a.failedAttempts },
                         { QStringLiteral("locked_until"), time(a.lockedUntil) },
                         { QStringLiteral("last_sign_in_at"), time(a.lastSignInAt) },
                         { QStringLiteral("created_at"), time(a.createdAt) } };
}

} // namespace

// operators policy [set RULE VALUE]: the journal's security policy (securitypolicy.h), for every
// seat; only an administrator changes it.
int CommandLine::runPolicy(const QStringList &args)
{
    if (args.size() == 5 && args.at(2) == u"set") {
        bool ok = false;
        const qint64 value = args.at(4).toLongLong(&ok);
        if (!ok)
            return usageError(tr("operators policy set takes a rule and a whole number: "
                                 "operators policy set RULE VALUE."));
        AccountService accounts(*m_session);
        auto changed = accounts.setPolicy(args.at(3), value);
        if (!changed)
            return refusal(changed.error());
        const QString rule = QString::fromLatin1(policyRule(changed->rule).name);
        if (m_json)
            m_out << QJsonDocument(
                         QJsonObject { { QStringLiteral("outcome"), QStringLiteral("done") },
                                       { QStringLiteral("rule"), rule },
                                       { QStringLiteral("from"), changed->from },
                                       { QStringLiteral("to"), changed->to } })
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << tr("The security policy's %1 is now %2 (it was %3), for every seat of this "
                        "journal.")
                         .arg(rule)
                         .arg(changed->to)
                         .arg(changed->from)
                  << '\n';
        m_out.flush();
        return ExitOk;
    }
    if (args.size() != 2)
        return usageError(tr("operators policy takes no arguments, or set RULE VALUE."));
    auto policy = m_session->reloadPolicy();
    if (!policy)
        return refusal(policy.error());
    QJsonArray array;
    for (const PolicyRuleSpec &spec : policyRules()) {
        const qint64 value = policy->value(spec.rule);
        const QString by = policy->changedBy(spec.rule);
        if (m_json) {
            const QDateTime at = policy->changedAt(spec.rule);
            array.append(QJsonObject {
                { QStringLiteral("rule"), QLatin1StringView(spec.name) },
                { QStringLiteral("value"), value },
                { QStringLiteral("default"), spec.defaultValue },
                { QStringLiteral("min"), spec.min },
                { QStringLiteral("max"), spec.max },
                { QStringLiteral("changed_by"), by.isEmpty() ? QJsonValue() : QJsonValue(by) },
                { QStringLiteral("changed_at"),
                  at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue() } });
            continue;
        }
        m_out << spec.name << '\t' << value << '\t'
              << (by.isEmpty() ? tr("default") : tr("set by %1").arg(by)) << '\t'
              << policyRuleDescription(spec.rule) << '\n';
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
    return ExitOk;
}

int CommandLine::runOperators(const CommandOptions &options, const QStringList &args)
{
    const QString sub = args.value(1);
    AccountService accounts(*m_session);
    const auto done = [this](const QString &text, const Account &a) {
        if (m_json)
            m_out << QJsonDocument(
                         QJsonObject { { QStringLiteral("outcome"), QStringLiteral("done") },
                                       { QStringLiteral("account"), accountJson(a) } })
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << text << '\n';
        m_out.flush();
        return int(ExitOk);
    };
    if (sub == u"add") {
        if (args.size() != 3)
            return usageError(tr("operators add takes one name: operators add NAME --role ROLE."));
        const QString name = args.at(2);
        const auto roles = rolesFromId(options.parser.value(options.role));
        if (!options.parser.isSet(options.role) || !roles || roles->isEmpty())
            return usageError(
                tr("operators add needs --role operator, supervisor, finance or admin (several "
                   "comma-separated)."));
        if (auto bad = AccountStore::normaliseName(name); !bad)
            return usageError(bad.error().message);
        auto password = readNewPassword(name);
        if (!password)
            return ExitUsage;
        const QString display = options.parser.value(options.displayName);
        const bool first = !m_session->accountsEnabled();
        auto created = first ? accounts.createFirstAdministrator(name, display, *roles, *password)
                             : accounts.create(name, display, *roles, *password);
        password->clear();
        if (!created)
            return refusal(created.error());
        return done(first ? tr("Created the first administrator %1: from now on every seat and "
                               "pavt-cli sign in.")
                                .arg(created->name)
                          : tr("Created the account %1 (%2); the password must be changed at the "
                               "first sign-in.")
                                .arg(created->name, rolesLabel(created->roles)),
                    *created);
    }
    if (sub == u"list") {
        if (args.size() != 2)
            return usageError(tr("operators list takes no arguments."));
        auto all = accounts.list();
        if (!all)
            return refusal(all.error());
        if (m_json) {
            QJsonArray array;
            for (const Account &a : std::as_const(*all))
                array.append(accountJson(a));
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        } else {
            const QDateTime now = m_session->now();
            for (const Account &a : std::as_const(*all)) {
                QStringList state;
                state << (a.enabled ? tr("enabled") : tr("disabled"));
                if (a.isLockedAt(now))
                    state << tr("locked until %1")
                                 .arg(a.lockedUntil.toLocalTime().toString(Qt::ISODate));
                if (a.mustChangePassword)
                    state << tr("must change the password");
                m_out << a.name << '\t' << a.displayName << '\t' << rolesId(a.roles) << '\t'
                      << state.join(QStringLiteral(", ")) << '\t'
                      << (a.lastSignInAt.isValid()
                              ? a.lastSignInAt.toLocalTime().toString(Qt::ISODate)
                              : QStringLiteral("-"))
                      << '\n';
            }
            m_out << tr("%n account(s).", nullptr, int(all->size())) << '\n';
        }
        m_out.flush();
        return ExitOk;
    }
    if (sub == u"disable" || sub == u"enable") {
        if (args.size() != 3)
            return usageError(tr("operators %1 takes one name.").arg(sub));
        auto changed = accounts.setEnabled(args.at(2), sub == u"enable");
        if (!changed)
            return refusal(changed.error());
        return done(sub == u"enable" ? tr("Enabled the account %1.").arg(changed->name)
                                     : tr("Disabled the account %1.").arg(changed->name),
                    *changed);
    }
    if (sub == u"reset-password") {
        if (args.size() != 3)
            return usageError(tr("operators reset-password takes one name."));
        auto password = readNewPassword(args.at(2));
        if (!password)
            return ExitUsage;
        auto changed = accounts.resetPassword(args.at(2), *password);
        password->clear();
        if (!changed)
            return refusal(changed.error());
        return done(
            tr("Set a new password for %1, to be changed at the next sign-in.").arg(changed->name),
            *changed);
    }
    if (sub == u"passwd") {
        if (args.size() != 2)
            return usageError(tr("operators passwd takes no arguments."));
        if (!m_session->account())
            return refusal(Error { QStringLiteral("signed_out"),
                                   tr("Without accounts there is no password to change.") });
        QByteArray current = qgetenv("PAVT_OPERATOR_PASSWORD");
        std::optional<SecretBytes> old;
        if (!current.isEmpty()) {
            old = SecretBytes(current);
            wipe(current);
        } else {
            old = askSecret(tr("Current password:"));
        }
        if (!old)
            return ExitUsage;
        auto next = readNewPassword(m_session->account()->name);
        if (!next)
            return ExitUsage;
        auto changed = m_session->changePassword(*old, *next);
        old->clear();
        next->clear();
        if (!changed)
            return refusal(changed.error());
        return done(tr("Your password was changed."), *changed);
    }
    if (sub == u"policy")
        return runPolicy(args);
    return usageError(
        tr("operators takes add, list, disable, enable, reset-password, passwd or policy."));
}

} // namespace pavt::cli
