// SPDX-License-Identifier: MIT
// Sets rules of the journal's security policy for a test, straight in the database (as an
// administrator would with AccountService::setPolicy), and lets the session read them; the rules
// go back to their defaults when the ScopedPolicy ends, so that tests sharing a journal do not see
// each other's policy.
#pragma once

#include "core/journal/journaldatabase.h"
#include "core/journal/securitypolicy.h"
#include "core/service/sessionservice.h"

#include <QSqlQuery>
#include <QTest>

#include <initializer_list>
#include <utility>

namespace pavt::test {

class ScopedPolicy
{
public:
    ScopedPolicy(pavt::SessionService &session,
                 std::initializer_list<std::pair<const char *, qint64>> rules)
        : m_session(session)
    {
        pavt::SecurityPolicyStore store(session.database());
        for (const auto &[name, value] : rules) {
            auto set = store.set(QString::fromLatin1(name), value, QStringLiteral("test"),
                                 session.now());
            if (!set) {
                qWarning("ScopedPolicy %s: %s", name, qPrintable(set.error().message));
                return;
            }
        }
        m_ok = session.reloadPolicy().has_value();
    }
    ~ScopedPolicy()
    {
        QSqlQuery q(m_session.database().database());
        if (!q.exec(QStringLiteral("DELETE FROM security_policy")))
            qWarning("ScopedPolicy: the defaults could not be put back");
        (void)m_session.reloadPolicy();
    }
    ScopedPolicy(const ScopedPolicy &) = delete;
    ScopedPolicy &operator=(const ScopedPolicy &) = delete;
    bool ok() const { return m_ok; }

private:
    pavt::SessionService &m_session;
    bool m_ok = false;
};

} // namespace pavt::test
