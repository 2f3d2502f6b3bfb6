// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/securitypolicy.h"

#include <QDialog>

#include <array>

class QLabel;
class QSpinBox;

namespace pavt {
class SessionService;
}

namespace pavt::gui {

// The journal's security policy (Terminal → Operators… → Security policy…): the session lock,
// the lock-out and the refund limits, for every seat of the journal. Saved rule by rule through
// AccountService::setPolicy(), so that only an administrator changes it and every change is
// audited; the values are read from the database when the dialog opens.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyDialog(SessionService &session, QWidget *parent = nullptr);

    QSpinBox *field(PolicyRule rule) const { return m_fields[std::size_t(rule)]; }
    void accept() override;

private:
    static QString label(PolicyRule rule);
    SessionService &m_session;
    SecurityPolicy m_read;
    std::array<QSpinBox *, 7> m_fields {};
    QLabel *m_status;
};

} // namespace pavt::gui
