// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/audittrail.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditDialog;
}

namespace pavt {
class SessionService;
}

namespace pavt::gui {

// The audit trail for administrators (Terminal → Audit trail…): the latest records, and a check of
// the whole hash chain that names the first broken record and shows the head to keep elsewhere.
// The check runs elsewhere (SessionController, on a thread): the dialog asks for it and shows it.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int Shown = 1000; // the newest records listed
    AuditDialog(SessionService &session, QWidget *parent = nullptr);
    ~AuditDialog() override;

    // The button pressed: asks for the check (verifyRequested) and waits for showVerification().
    void verify();
    void showVerification(const Result<AuditVerification> &result);

signals:
    void verifyRequested();

private:
    void load();
    std::unique_ptr<Ui::AuditDialog> m_ui;
    SessionService &m_session;
};

} // namespace pavt::gui
