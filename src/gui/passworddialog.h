// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/secretbytes.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PasswordDialog;
}

namespace pavt::gui {

// The small password forms: a supervisor's approval (name and password), a person's own new
// password (the current one, the new one twice), an administrator's new password for someone
// (twice). The fields are wiped when the dialog goes. `submit` does the work when OK is pressed
// and returns why not (the dialog stays open and says so), or nullopt to close it.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Approve, ChangeOwn, SetNew };
    PasswordDialog(Mode mode, const QString &message, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // The account the new password is for (SetNew, ChangeOwn: for the rule "not the name").
    void setAccountName(const QString &name);
    QString name() const;
    SecretBytes password() const; // Approve: the approver's; ChangeOwn: the current one
    SecretBytes newPassword() const;

    std::function<std::optional<QString>(PasswordDialog &)> submit;

    void accept() override;

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Mode m_mode;
    QString m_accountName;
};

} // namespace pavt::gui
