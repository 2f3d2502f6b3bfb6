// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/accounts.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
class AccountEditDialog;
} // namespace Ui

namespace pavt {
class SessionService;
}

namespace pavt::gui {

// One account's name, roles and (for a new one) password. With `first` it makes the first
// administrator: the administrator role is set and cannot be taken off.
class AccountEditDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { First, Add, Edit };
    AccountEditDialog(Mode mode, const Account &account = {}, QWidget *parent = nullptr);
    ~AccountEditDialog() override;

    QString name() const;
    QString displayName() const;
    Roles roles() const;
    SecretBytes password() const;
    // Does the work when Save is pressed; returns why not (the dialog stays open).
    std::function<std::optional<QString>(AccountEditDialog &)> submit;
    void accept() override;

private:
    std::unique_ptr<Ui::AccountEditDialog> m_ui;
    Mode m_mode;
};

// The administrators' list of accounts (Terminal → Operators…): add, change roles, disable or
// enable, set a new password; everything through AccountService, so that the role is checked and
// every change audited. With no account yet it offers only to create the first administrator.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(SessionService &session, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Refreshes the list from the database.
    void reload();

private:
    void add();
    void edit();
    void toggleEnabled();
    void newPassword();
    const Account *selected() const;
    void updateButtons();
    void say(const QString &message);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    SessionService &m_session;
    QList<Account> m_accounts;
};

} // namespace pavt::gui
