// SPDX-License-Identifier: MIT
#include "gui/passworddialog.h"

#include "core/base/passwordhash.h"
#include "gui/chargepage.h"
#include "ui_passworddialog.h"

#include <QPushButton>

namespace pavt::gui {

PasswordDialog::PasswordDialog(Mode mode, const QString &message, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("passwordDialog"));
    m_ui->messageLabel->setText(message);
    m_ui->errorLabel->setProperty("fieldError", true);
    m_ui->errorLabel->hide();
    for (QLineEdit *edit : { m_ui->currentEdit, m_ui->newEdit, m_ui->againEdit })
        edit->setContextMenuPolicy(Qt::NoContextMenu);
    const bool approve = mode == Mode::Approve;
    m_ui->nameLabel->setVisible(approve);
    m_ui->nameEdit->setVisible(approve);
    m_ui->currentLabel->setVisible(mode != Mode::SetNew);
    m_ui->currentEdit->setVisible(mode != Mode::SetNew);
    for (QWidget *w :
         { static_cast<QWidget *>(m_ui->newLabel), static_cast<QWidget *>(m_ui->newEdit),
           static_cast<QWidget *>(m_ui->againLabel), static_cast<QWidget *>(m_ui->againEdit) })
        w->setVisible(!approve);
    switch (mode) {
    case Mode::Approve:
        setWindowTitle(tr("A supervisor's approval"));
        m_ui->currentLabel->setText(tr("&Password"));
        m_ui->currentEdit->setAccessibleName(tr("The supervisor's password"));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve"));
        m_ui->nameEdit->setFocus();
        break;
    case Mode::ChangeOwn:
        setWindowTitle(tr("Change your password"));
        m_ui->currentEdit->setFocus();
        break;
    case Mode::SetNew:
        setWindowTitle(tr("Set a new password"));
        m_ui->newEdit->setFocus();
        break;
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PasswordDialog::~PasswordDialog()
{
    for (QLineEdit *edit : { m_ui->currentEdit, m_ui->newEdit, m_ui->againEdit })
        wipeLineEdit(edit);
}

void PasswordDialog::setAccountName(const QString &name)
{
    m_accountName = name;
}

QString PasswordDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

SecretBytes PasswordDialog::password() const
{
    return SecretBytes::fromString(m_ui->currentEdit->text());
}

SecretBytes PasswordDialog::newPassword() const
{
    return SecretBytes::fromString(m_ui->newEdit->text());
}

void PasswordDialog::accept()
{
    const auto refuse = [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->setAccessibleDescription(message);
        m_ui->errorLabel->show();
    };
    if (m_mode == Mode::Approve) {
        if (name().isEmpty() || m_ui->currentEdit->text().isEmpty()) {
            refuse(tr("Enter the supervisor's name and password."));
            return;
        }
    } else {
        if (m_mode == Mode::ChangeOwn && m_ui->currentEdit->text().isEmpty()) {
            refuse(tr("Enter your current password."));
            return;
        }
        if (m_ui->newEdit->text() != m_ui->againEdit->text()) {
            refuse(tr("The two new passwords differ."));
            wipeLineEdit(m_ui->againEdit);
            m_ui->againEdit->setFocus();
            return;
        }
        SecretBytes next = newPassword();
        const auto rule = PasswordHash::checkRule(next, m_accountName);
        next.clear();
        if (rule) {
            refuse(rule->message);
            return;
        }
    }
    if (submit) {
        if (const auto problem = submit(*this)) {
            refuse(*problem);
            wipeLineEdit(m_ui->currentEdit);
            return;
        }
    }
    QDialog::accept();
}

} // namespace pavt::gui
