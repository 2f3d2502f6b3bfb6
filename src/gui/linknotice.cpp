// SPDX-License-Identifier: MIT
#include "gui/linknotice.h"

#include "gui/linkpanel.h"
#include "gui/style.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace pavt::gui {

LinkNotice::LinkNotice(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_show(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("linkNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(QStringLiteral("linkNoticeText"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 4, 6, 4);
    row->addWidget(m_label, 1);
    row->addWidget(m_show);
    row->addWidget(m_close);
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showRequested(m_last.id);
        hide();
        m_unseen = 0;
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        m_unseen = 0;
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/pavt.svg")), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    showTrayMessage = [this](const QString &title, const QString &message) {
        if (m_tray && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, message, QSystemTrayIcon::Information, 15000);
    };
    hide();
}

LinkNotice::~LinkNotice() = default;

QString LinkNotice::sentence(const JournalEntry &e)
{
    const QString amount = entryAmountText(e, QLocale());
    const QString name = QString(e.firstName + u' ' + e.lastName).trimmed();
    switch (e.outcome) {
    case EntryOutcome::Approved:
        return name.isEmpty()
            ? tr("Payment link paid: %1, order %2.").arg(amount, e.orderId)
            : tr("Payment link paid: %1 by %2, order %3.").arg(amount, name, e.orderId);
    case EntryOutcome::Declined:
        return tr("The payment by link for order %1 failed; no money was taken.").arg(e.orderId);
    case EntryOutcome::Expired:
        return tr("The payment link for order %1 expired unpaid; it is no longer followed.")
            .arg(e.orderId);
    default:
        return tr("The payment link for order %1 needs checking: %2")
            .arg(e.orderId, entryOutcomeLabel(e.outcome));
    }
}

void LinkNotice::announce(const JournalEntry &entry)
{
    m_last = entry;
    ++m_count;
    ++m_unseen;
    refresh();
    setProperty("state", entryOutcomeId(entry.outcome));
    repolish(m_label);
    show();
    if (showTrayMessage)
        showTrayMessage(entry.outcome == EntryOutcome::Approved ? tr("Payment link paid")
                                                                : tr("Payment link"),
                        sentence(entry));
}

QString LinkNotice::text() const
{
    return m_label->text();
}

void LinkNotice::refresh()
{
    QString text = sentence(m_last);
    if (m_unseen > 1)
        text += u' ' + tr("(%n more since you last looked)", nullptr, m_unseen - 1);
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_show->setText(tr("Show in history"));
    m_close->setText(tr("Dismiss"));
}

void LinkNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_count > 0)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace pavt::gui
