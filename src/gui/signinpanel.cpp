// SPDX-License-Identifier: MIT
#include "gui/signinpanel.h"

#include "gui/chargepage.h"
#include "ui_signinpanel.h"

#include <QEvent>

namespace pavt::gui {

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SignInPanel>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInPanel"));
    m_ui->titleLabel->setObjectName(QStringLiteral("signInTitle"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    // Nothing leaves the password field: no context menu, no drag.
    m_ui->passwordEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->passwordEdit->setDragEnabled(false);
    m_ui->errorLabel->setProperty("fieldError", true);
    m_ui->errorLabel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInPanel::submit);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &SignInPanel::submit);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setFocus();
        else
            submit();
    });
    retranslate();
}

SignInPanel::~SignInPanel()
{
    wipeLineEdit(m_ui->passwordEdit);
}

void SignInPanel::retranslate()
{
    if (m_locked) {
        m_ui->titleLabel->setText(tr("The terminal is locked"));
        m_ui->messageLabel->setText(tr("Signed in: %1. Enter your password to go on, or sign in "
                                       "with another account, which signs %1 out.")
                                        .arg(m_who));
    } else {
        m_ui->titleLabel->setText(tr("Sign in to the terminal"));
        if (m_ui->messageLabel->text().isEmpty())
            m_ui->messageLabel->setText(
                tr("Every charge and refund is recorded under your account."));
    }
}

void SignInPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SignInPanel::showSignIn(const QString &message)
{
    m_locked = false;
    m_who.clear();
    m_ui->messageLabel->setText(message);
    m_ui->nameEdit->clear();
    wipeLineEdit(m_ui->passwordEdit);
    m_ui->errorLabel->hide();
    retranslate();
    focusField();
}

void SignInPanel::showLocked(const QString &name, const QString &who)
{
    m_locked = true;
    m_who = who;
    m_ui->nameEdit->setText(name);
    wipeLineEdit(m_ui->passwordEdit);
    m_ui->errorLabel->hide();
    retranslate();
    focusField();
}

void SignInPanel::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_ui->errorLabel->setAccessibleDescription(message);
    focusField();
}

void SignInPanel::focusField()
{
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        m_ui->nameEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

void SignInPanel::submit()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter your account's name."));
        return;
    }
    SecretBytes password = SecretBytes::fromString(m_ui->passwordEdit->text());
    wipeLineEdit(m_ui->passwordEdit);
    if (password.isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    emit signInRequested(name, password);
    password.clear();
}

} // namespace pavt::gui
