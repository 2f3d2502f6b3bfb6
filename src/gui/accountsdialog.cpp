// SPDX-License-Identifier: MIT
#include "gui/accountsdialog.h"

#include "core/base/passwordhash.h"
#include "core/service/accountservice.h"
#include "core/service/sessionservice.h"
#include "gui/chargepage.h"
#include "gui/passworddialog.h"
#include "gui/policydialog.h"
#include "ui_accounteditdialog.h"
#include "ui_accountsdialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace pavt::gui {

AccountEditDialog::AccountEditDialog(Mode mode, const Account &account, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountEditDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountEditDialog"));
    m_ui->errorLabel->setProperty("fieldError", true);
    m_ui->errorLabel->hide();
    for (QLineEdit *edit : { m_ui->passwordEdit, m_ui->againEdit })
        edit->setContextMenuPolicy(Qt::NoContextMenu);
    const bool edit = mode == Mode::Edit;
    m_ui->nameEdit->setText(account.name);
    m_ui->nameEdit->setReadOnly(edit);
    m_ui->displayNameEdit->setText(account.displayName);
    m_ui->operatorBox->setChecked(account.roles.has(Role::Operator));
    m_ui->supervisorBox->setChecked(account.roles.has(Role::Supervisor));
    m_ui->financeBox->setChecked(account.roles.has(Role::Finance));
    m_ui->adminBox->setChecked(account.roles.has(Role::Administrator));
    for (QWidget *w :
         { static_cast<QWidget *>(m_ui->passwordLabel), static_cast<QWidget *>(m_ui->passwordEdit),
           static_cast<QWidget *>(m_ui->againLabel), static_cast<QWidget *>(m_ui->againEdit) })
        w->setVisible(!edit);
    switch (mode) {
    case Mode::First:
        setWindowTitle(tr("The first administrator"));
        m_ui->messageLabel->setText(
            tr("This account turns sign-in on: from then on every seat of this journal and "
               "pavt-cli need an account. Choose your own password (at least %1 characters).")
                .arg(PasswordHash::MinimumLength));
        m_ui->adminBox->setChecked(true);
        m_ui->adminBox->setEnabled(false);
        break;
    case Mode::Add:
        setWindowTitle(tr("New account"));
        m_ui->messageLabel->setText(tr("The person changes this password at the first sign-in."));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Account %1").arg(account.name));
        m_ui->messageLabel->setText(tr("The new roles apply at the person's next action."));
        break;
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (edit ? m_ui->displayNameEdit : m_ui->nameEdit)->setFocus();
}

AccountEditDialog::~AccountEditDialog()
{
    wipeLineEdit(m_ui->passwordEdit);
    wipeLineEdit(m_ui->againEdit);
}

QString AccountEditDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString AccountEditDialog::displayName() const
{
    return m_ui->displayNameEdit->text().trimmed();
}

Roles AccountEditDialog::roles() const
{
    Roles roles;
    if (m_ui->operatorBox->isChecked())
        roles |= Role::Operator;
    if (m_ui->supervisorBox->isChecked())
        roles |= Role::Supervisor;
    if (m_ui->financeBox->isChecked())
        roles |= Role::Finance;
    if (m_ui->adminBox->isChecked())
        roles |= Role::Administrator;
    return roles;
}

SecretBytes AccountEditDialog::password() const
{
    return SecretBytes::fromString(m_ui->passwordEdit->text());
}

void AccountEditDialog::accept()
{
    const auto refuse = [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->setAccessibleDescription(message);
        m_ui->errorLabel->show();
    };
    if (auto bad = AccountStore::normaliseName(name()); !bad) {
        refuse(bad.error().message);
        return;
    }
    if (roles().isEmpty()) {
        refuse(tr("Give the account at least one role."));
        return;
    }
    if (m_mode != Mode::Edit) {
        if (m_ui->passwordEdit->text() != m_ui->againEdit->text()) {
            refuse(tr("The two passwords differ."));
            wipeLineEdit(m_ui->againEdit);
            return;
        }
        SecretBytes pw = password();
        const auto rule = PasswordHash::checkRule(pw, name());
        pw.clear();
        if (rule) {
            refuse(rule->message);
            return;
        }
    }
    if (submit) {
        if (const auto problem = submit(*this)) {
            refuse(*problem);
            return;
        }
    }
    QDialog::accept();
}

AccountsDialog::AccountsDialog(SessionService &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Operators"));
    m_ui->table->setColumnCount(5);
    m_ui->table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Shown as"), tr("Roles"), tr("State"), tr("Last sign-in") });
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountsDialog::edit);
    connect(m_ui->enableButton, &QPushButton::clicked, this, &AccountsDialog::toggleEnabled);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &AccountsDialog::newPassword);
    connect(m_ui->policyButton, &QPushButton::clicked, this, [this] {
        PolicyDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            say(tr("The security policy was saved for every seat of this journal."));
    });
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::say(const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setAccessibleDescription(message);
}

void AccountsDialog::reload()
{
    const bool first = !m_session.accountsEnabled();
    m_accounts.clear();
    if (first) {
        m_ui->messageLabel->setText(
            tr("There are no accounts: the terminal runs for one person without sign-in. Add the "
               "first administrator to give everyone an account of their own."));
        m_ui->addButton->setText(tr("&Add the first administrator…"));
    } else {
        m_ui->messageLabel->setText(
            tr("Every account signs in with its own password. A locked-out account opens again "
               "after the lock-out time, or at once with a new password."));
        m_ui->addButton->setText(tr("&Add…"));
        AccountService accounts(m_session);
        auto all = accounts.list();
        if (all)
            m_accounts = *all;
        else
            say(all.error().message);
    }
    const QDateTime now = m_session.now();
    m_ui->table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &a = m_accounts.at(row);
        QStringList state { a.enabled ? tr("enabled") : tr("disabled") };
        if (a.isLockedAt(now))
            state << tr("locked until %1")
                         .arg(
                             QLocale().toString(a.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        if (a.mustChangePassword)
            state << tr("new password not yet changed");
        const QStringList cells { a.name, a.displayName, rolesLabel(a.roles),
                                  state.join(QStringLiteral(", ")),
                                  a.lastSignInAt.isValid() ? QLocale().toString(
                                      a.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                                                           : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_ui->table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->table->setVisible(!first);
    updateButtons();
}

const Account *AccountsDialog::selected() const
{
    const int row = m_ui->table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_ui->table->selectedItems().isEmpty())
        return nullptr;
    return &m_accounts.at(row);
}

void AccountsDialog::updateButtons()
{
    const Account *a = selected();
    m_ui->editButton->setEnabled(a);
    m_ui->enableButton->setEnabled(a);
    m_ui->passwordButton->setEnabled(a);
    m_ui->enableButton->setText(a && !a->enabled ? tr("&Enable") : tr("&Disable"));
    const bool first = !m_session.accountsEnabled();
    m_ui->editButton->setVisible(!first);
    m_ui->enableButton->setVisible(!first);
    m_ui->passwordButton->setVisible(!first);
    m_ui->policyButton->setVisible(!first); // the policy applies once accounts exist
}

void AccountsDialog::add()
{
    const bool first = !m_session.accountsEnabled();
    AccountEditDialog dialog(first ? AccountEditDialog::Mode::First : AccountEditDialog::Mode::Add,
                             {}, this);
    dialog.submit = [this, first](AccountEditDialog &d) -> std::optional<QString> {
        AccountService accounts(m_session);
        SecretBytes pw = d.password();
        auto created = first
            ? accounts.createFirstAdministrator(d.name(), d.displayName(), d.roles(), pw)
            : accounts.create(d.name(), d.displayName(), d.roles(), pw);
        pw.clear();
        if (!created)
            return created.error().message;
        say(first
                ? tr("The first administrator %1 was created: sign in with it.").arg(created->name)
                : tr("The account %1 was created.").arg(created->name));
        return std::nullopt;
    };
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (first) {
        accept(); // sign-in is on now: the window locks
        return;
    }
    reload();
}

void AccountsDialog::edit()
{
    const Account *a = selected();
    if (!a)
        return;
    AccountEditDialog dialog(AccountEditDialog::Mode::Edit, *a, this);
    dialog.submit = [this](AccountEditDialog &d) -> std::optional<QString> {
        AccountService accounts(m_session);
        auto changed = accounts.change(d.name(), d.displayName(), d.roles());
        if (!changed)
            return changed.error().message;
        say(tr("The account %1 now has the roles %2.")
                .arg(changed->name, rolesLabel(changed->roles)));
        return std::nullopt;
    };
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::toggleEnabled()
{
    const Account *a = selected();
    if (!a)
        return;
    AccountService accounts(m_session);
    const QString name = a->name;
    auto changed = accounts.setEnabled(name, !a->enabled);
    if (!changed) {
        say(changed.error().message);
        return;
    }
    say(changed->enabled ? tr("The account %1 is enabled.").arg(name)
                         : tr("The account %1 is disabled: it cannot sign in any more.").arg(name));
    reload();
}

void AccountsDialog::newPassword()
{
    const Account *a = selected();
    if (!a)
        return;
    const QString name = a->name;
    PasswordDialog dialog(PasswordDialog::Mode::SetNew,
                          tr("A new password for %1, to be changed at the next sign-in. It also "
                             "ends a lock-out.")
                              .arg(name),
                          this);
    dialog.setAccountName(name);
    dialog.submit = [this, name](PasswordDialog &d) -> std::optional<QString> {
        AccountService accounts(m_session);
        SecretBytes pw = d.newPassword();
        auto changed = accounts.resetPassword(name, pw);
        pw.clear();
        if (!changed)
            return changed.error().message;
        say(tr("%1 has a new password.").arg(name));
        return std::nullopt;
    };
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace pavt::gui
