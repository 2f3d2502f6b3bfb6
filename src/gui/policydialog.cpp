// SPDX-License-Identifier: MIT
#include "gui/policydialog.h"

#include "core/service/accountservice.h"
#include "core/service/sessionservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pavt::gui {

QString PolicyDialog::label(PolicyRule rule)
{
    switch (rule) {
    case PolicyRule::LockAfterMinutes:
        return tr("&Lock the window after");
    case PolicyRule::MaxFailedSignIns:
        return tr("Lock an account after &wrong passwords");
    case PolicyRule::LockOutMinutes:
        return tr("Keep it locked &for");
    case PolicyRule::SupervisorPerRefund:
        return tr("&Supervisor, per refund");
    case PolicyRule::SupervisorPerDay:
        return tr("Supervisor, per &day");
    case PolicyRule::FinancePerRefund:
        return tr("F&inance, per refund");
    case PolicyRule::FinancePerDay:
        return tr("Finance, per d&ay");
    }
    return {};
}

PolicyDialog::PolicyDialog(SessionService &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(tr("Security policy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These rules apply to every seat of this journal and to "
                                "pavt-cli. Refund limits are in major units of the refund's "
                                "currency; a refund above them needs a supervisor's approval."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto read = m_session.reloadPolicy();
    if (read)
        m_read = *read;
    for (const PolicyRuleSpec &spec : policyRules()) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1StringView(spec.name));
        box->setRange(int(spec.min), int(spec.max));
        box->setValue(int(m_read.value(spec.rule)));
        if (spec.rule == PolicyRule::LockAfterMinutes || spec.rule == PolicyRule::LockOutMinutes)
            box->setSuffix(tr(" min"));
        const QString description = policyRuleDescription(spec.rule);
        box->setToolTip(description);
        box->setAccessibleDescription(description);
        auto *text = new QLabel(label(spec.rule), this);
        text->setBuddy(box);
        box->setAccessibleName(QString(label(spec.rule)).remove(u'&'));
        box->setEnabled(bool(read));
        form->addRow(text, box);
        m_fields[std::size_t(spec.rule)] = box;
    }
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What happened"));
    if (!read)
        m_status->setText(read.error().message);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(bool(read));
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PolicyDialog::accept()
{
    AccountService accounts(m_session);
    for (const PolicyRuleSpec &spec : policyRules()) {
        const qint64 value = m_fields[std::size_t(spec.rule)]->value();
        if (value == m_read.value(spec.rule))
            continue;
        auto changed = accounts.setPolicy(QString::fromLatin1(spec.name), value);
        if (!changed) {
            m_status->setText(changed.error().message);
            m_status->setAccessibleDescription(changed.error().message);
            return; // the rules before it are saved (each is audited); this one is not
        }
        m_read.setValue(spec.rule, value);
    }
    QDialog::accept();
}

} // namespace pavt::gui
