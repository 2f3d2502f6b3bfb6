// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/secretbytes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SignInPanel;
}

namespace pavt::gui {

// What the window shows instead of its pages while nobody is signed in or the session is locked:
// the account's name and password. It decides nothing; SessionController signs in with what it
// hands over and tells it what happened. The password field is wiped after every attempt.
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);
    ~SignInPanel() override;

    // Nobody signed in: an empty name. Locked: the operator's name filled in, the password asked;
    // another operator may type their own name instead.
    void showSignIn(const QString &message = {});
    void showLocked(const QString &name, const QString &who);
    // A refusal from the sign-in (wrong password, locked account...), shown under the fields.
    void showError(const QString &message);
    // Puts the cursor where the operator types next.
    void focusField();

signals:
    // The password is the panel's own wiped copy's duplicate; the receiver clears it when done.
    void signInRequested(const QString &name, const pavt::SecretBytes &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    std::unique_ptr<Ui::SignInPanel> m_ui;
    bool m_locked = false;
    QString m_who;
};

} // namespace pavt::gui
