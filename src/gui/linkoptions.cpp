// SPDX-License-Identifier: MIT
#include "gui/linkoptions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace pavt::gui {

LinkOptions::LinkOptions(QWidget *parent)
    : QGroupBox(parent), m_method(new QComboBox(this)), m_methodLabel(new QLabel(this)),
      m_template(new QComboBox(this)), m_templateLabel(new QLabel(this)),
      m_expiry(new QDateEdit(this)), m_expiryLabel(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("linkOptions"));
    auto *grid = new QGridLayout(this);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_methodLabel, 0, 0);
    grid->addWidget(m_method, 0, 1);
    grid->addWidget(m_templateLabel, 1, 0);
    grid->addWidget(m_template, 1, 1);
    grid->addWidget(m_expiryLabel, 2, 0);
    grid->addWidget(m_expiry, 2, 1);
    grid->addWidget(m_note, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    m_methodLabel->setBuddy(m_method);
    m_templateLabel->setBuddy(m_template);
    m_expiryLabel->setBuddy(m_expiry);
    m_method->setObjectName(QStringLiteral("linkMethodCombo"));
    m_template->setObjectName(QStringLiteral("linkTemplateCombo"));
    m_expiry->setObjectName(QStringLiteral("linkExpiryEdit"));
    m_method->addItem(QString(), int(LinkMethod::Hosted));
    m_method->addItem(QString(), int(LinkMethod::Apm));
    m_method->addItem(QString(), int(LinkMethod::Template));
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setMinimumDate(QDate::currentDate());
    m_expiry->setDate(QDate::currentDate().addDays(2));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        update();
        emit methodChanged(method());
    });
    setTabOrder(m_method, m_template);
    setTabOrder(m_template, m_expiry);
    retranslate();
    update();
}

LinkMethod LinkOptions::method() const
{
    return LinkMethod(m_method->currentData().toInt());
}

void LinkOptions::setMethod(LinkMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

QString LinkOptions::templateId() const
{
    return m_template->currentData().toString();
}

QString LinkOptions::templateName() const
{
    return m_template->currentData().isValid() ? m_template->currentText() : QString();
}

QDate LinkOptions::expiryDate() const
{
    return m_expiry->date();
}

void LinkOptions::setExpiryDate(QDate date)
{
    m_expiry->setMinimumDate(std::min(date, QDate::currentDate()));
    m_expiry->setDate(date);
}

void LinkOptions::setTemplates(const QList<PaymentTemplate> &templates, const QString &message)
{
    const QString chosen = templateId();
    m_template->clear();
    for (const PaymentTemplate &t : templates)
        m_template->addItem(t.templateName.isEmpty() ? t.paymentTemplateId : t.templateName,
                            t.paymentTemplateId);
    if (const int index = m_template->findData(chosen); index >= 0)
        m_template->setCurrentIndex(index);
    m_templatesMessage = message;
    m_loaded = true;
    update();
}

bool LinkOptions::hasTemplates() const
{
    return m_template->count() > 0;
}

QString LinkOptions::problem() const
{
    if (method() == LinkMethod::Template && templateId().isEmpty())
        return hasTemplates() ? tr("Choose a template for the payment link.")
                              : tr("There is no template to make a payment link from.");
    return {};
}

void LinkOptions::update()
{
    const bool isTemplate = method() == LinkMethod::Template;
    for (QWidget *w : { static_cast<QWidget *>(m_template), static_cast<QWidget *>(m_templateLabel),
                        static_cast<QWidget *>(m_expiry), static_cast<QWidget *>(m_expiryLabel) })
        w->setVisible(isTemplate);
    QString note;
    switch (method()) {
    case LinkMethod::Hosted:
        note = tr("The customer types the card on the gateway's own payment page; you never hear "
                  "it. The link is followed until it is paid or expires.");
        break;
    case LinkMethod::Apm:
        note = tr("The customer pays on the gateway's page with one of the merchant's other "
                  "payment methods. The link is followed until it is paid or expires.");
        break;
    case LinkMethod::Template:
        if (!m_loaded)
            note = tr("Loading the merchant's templates…");
        else if (!hasTemplates())
            note = m_templatesMessage.isEmpty() ? tr("The merchant has no payment templates.")
                                                : m_templatesMessage;
        else
            note = tr("A link from the chosen template; the customer can pay it until the end of "
                      "the expiry date.");
        break;
    }
    m_note->setText(note);
    m_template->setEnabled(hasTemplates());
}

void LinkOptions::retranslate()
{
    setTitle(tr("Payment link"));
    m_methodLabel->setText(tr("Payme&nt method"));
    m_templateLabel->setText(tr("Templat&e"));
    m_expiryLabel->setText(tr("&Valid until"));
    m_method->setItemText(0, tr("Card, on the gateway's page"));
    m_method->setItemText(1, tr("Other payment methods (APM)"));
    m_method->setItemText(2, tr("Link from a template (live only)"));
    m_method->setAccessibleName(tr("Payment method of the link"));
    m_template->setAccessibleName(tr("Template of the payment link"));
    m_expiry->setAccessibleName(tr("Last day the link can be paid"));
    update();
}

void LinkOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace pavt::gui
