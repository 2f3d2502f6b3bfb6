// SPDX-License-Identifier: MIT
#include "gui/linkpanel.h"

#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "gui/qrcode.h"
#include "gui/secureclipboard.h"
#include "gui/style.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pavt::gui {

QString entryAmountText(const JournalEntry &entry, const QLocale &locale)
{
    if (entry.amountMinor == 0 && entry.currency.isEmpty())
        return {};
    if (const Currency *c = Currencies::find(entry.currency); c && c->isPayable())
        return formatMoney(entry.amountMinor, *c, locale);
    return entry.currency + u' ' + QString::number(entry.amountMinor);
}

LinkPanel::LinkPanel(SecureClipboard *clipboard, QWidget *parent)
    : QFrame(parent), m_clipboard(clipboard), m_title(new QLabel(this)), m_detail(new QLabel(this)),
      m_link(new QLineEdit(this)), m_qr(new QLabel(this)), m_copy(new QPushButton(this)),
      m_email(new QPushButton(this)), m_open(new QPushButton(this)),
      m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("linkPanel"));
    setFrameShape(QFrame::StyledPanel);
    openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The link itself: large, selectable, read-only (a person may read it out or type it).
    m_link->setObjectName(QStringLiteral("linkUrlEdit"));
    m_link->setReadOnly(true);
    QFont linkFont = m_link->font();
    linkFont.setPointSizeF(linkFont.pointSizeF() * 1.3);
    m_link->setFont(linkFont);
    m_link->setMinimumWidth(420);
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    m_email->setObjectName(QStringLiteral("emailLinkButton"));
    m_open->setObjectName(QStringLiteral("openLinkButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_detail);
    text->addWidget(m_link);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_email);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    text->addLayout(buttons);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_qr, 0, Qt::AlignTop);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        // Not a secret, but cleared after a while like anything the terminal copies.
        m_clipboard->copy(m_summary.entry.paymentUrl, LinkClipboardMs);
    });
    connect(m_email, &QPushButton::clicked, this, [this] { openUrl(mailUrl()); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { openUrl(QUrl(m_summary.entry.paymentUrl)); });
    connect(m_dismiss, &QPushButton::clicked, this, &LinkPanel::dismissed);
    setTabOrder(m_link, m_copy);
    setTabOrder(m_copy, m_email);
    setTabOrder(m_email, m_open);
    setTabOrder(m_open, m_dismiss);
    hide();
}

QString LinkPanel::titleText() const
{
    return m_title->text();
}

QString LinkPanel::detailText() const
{
    return m_detail->text();
}

LinkMail LinkPanel::mailFor(const JournalEntry &entry, const QString &customerName,
                            const QString &amountText)
{
    LinkMail mail;
    mail.to = entry.email;
    mail.customerName = customerName.trimmed().isEmpty()
        ? QString(entry.firstName + u' ' + entry.lastName).trimmed()
        : customerName.trimmed();
    mail.amountText = amountText.isEmpty() ? entryAmountText(entry, QLocale()) : amountText;
    mail.orderId = entry.orderId;
    mail.link = entry.paymentUrl;
    mail.expiresAt = entry.expiresAt;
    return mail;
}

QUrl LinkPanel::mailUrl() const
{
    return linkMailUrl(mailFor(m_summary.entry, m_summary.customerName, m_summary.amountText));
}

void LinkPanel::showResult(const LinkSummary &summary)
{
    m_summary = summary;
    refresh();
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    if (m_link->isVisible())
        m_link->setFocus();
}

void LinkPanel::entryChanged(const JournalEntry &entry)
{
    if (m_summary.notSent || entry.id != m_summary.entry.id || entry.id == 0)
        return;
    m_summary.entry = entry;
    if (isVisible())
        refresh();
}

void LinkPanel::refresh()
{
    const JournalEntry &e = m_summary.entry;
    const GatewayOutcome &o = m_summary.outcome;
    const QString amount
        = m_summary.amountText.isEmpty() ? entryAmountText(e, locale()) : m_summary.amountText;
    const QString name = m_summary.customerName.trimmed().isEmpty()
        ? QString(e.firstName + u' ' + e.lastName).trimmed()
        : m_summary.customerName.trimmed();
    const QString until = e.expiresAt.isValid()
        ? locale().toString(e.expiresAt.toLocalTime(), QLocale::ShortFormat)
        : QString();
    QString title;
    QString detail;
    QString state;
    if (m_summary.notSent) {
        title = tr("Link not created");
        detail = tr("%1\nNothing reached the gateway and no link exists; you can try again.")
                     .arg(o.message);
        state = QStringLiteral("not_sent");
    } else {
        state = entryOutcomeId(e.outcome);
        switch (e.outcome) {
        case EntryOutcome::AwaitingPayment:
            title = tr("Waiting for the customer to pay");
            detail = e.paymentUrl.isEmpty()
                ? e.message
                : tr("Hand %1 this link for %2: copy it, e-mail it, or let them scan the code. "
                     "It is followed until it is paid or until %3; you may go on with other "
                     "orders, the terminal tells you when it is paid.")
                      .arg(name.isEmpty() ? tr("the customer") : name, amount, until);
            break;
        case EntryOutcome::Approved: {
            title = tr("Paid");
            const QString card = e.maskedCard().isEmpty()
                ? QString()
                : QString(Cards::brandName(Cards::brandFromId(e.cardBrand)) + u' ' + e.maskedCard())
                      .trimmed();
            detail = card.isEmpty()
                ? tr("%1 paid by %2 on the gateway's page.").arg(amount, name)
                : tr("%1 paid by %2 on the gateway's page with %3.").arg(amount, name, card);
            break;
        }
        case EntryOutcome::Declined:
            title = tr("Payment failed");
            detail = tr("%1\nNo money was taken. You can make a new link for the customer.")
                         .arg(e.message);
            break;
        case EntryOutcome::Expired:
        case EntryOutcome::Unresolved:
            title = e.outcome == EntryOutcome::Expired ? tr("Link expired: no longer followed")
                                                       : tr("Unresolved: check by hand");
            detail = e.message;
            break;
        case EntryOutcome::Rejected:
            title = tr("Rejected by the gateway");
            detail = tr("%1\nNo link was made.").arg(e.message);
            break;
        case EntryOutcome::NotSent:
            title = tr("Not sent");
            detail = tr("%1\nNothing reached the gateway and no link exists; you can try again.")
                         .arg(e.message);
            break;
        case EntryOutcome::Pending:
        case EntryOutcome::Unknown:
        case EntryOutcome::ServerError:
        case EntryOutcome::NeedsThreeDS:
            title = tr("Link not confirmed: being looked up");
            detail = tr("The request was sent but no usable answer came back (%1). The link MAY "
                        "exist: the terminal is looking for order %2 at the gateway. Do not make "
                        "another link for this order until the history shows the result.")
                         .arg(e.message.isEmpty() ? o.message : e.message, e.orderId);
            break;
        }
    }
    const bool open = !m_summary.notSent && e.outcome == EntryOutcome::AwaitingPayment
        && !e.paymentUrl.isEmpty();
    m_title->setText(title);
    setProperty("state", state);
    setProperty("tone", paletteTone(palette()));
    repolish(m_title);
    m_detail->setText(detail);
    m_link->setVisible(!e.paymentUrl.isEmpty() && !m_summary.notSent);
    m_link->setText(m_summary.notSent ? QString() : e.paymentUrl);
    m_link->setCursorPosition(0);
    m_copy->setVisible(open);
    m_email->setVisible(open);
    m_email->setEnabled(!e.email.isEmpty());
    m_open->setVisible(open);
    if (open) {
        const QImage qr = qrCodeImage(e.paymentUrl, 4);
        m_qr->setPixmap(QPixmap::fromImage(qr));
        m_qr->setVisible(!qr.isNull());
        m_qr->setToolTip(tr("QR code of the payment link, for a customer at the counter"));
    } else {
        m_qr->clear();
        m_qr->hide();
    }
    m_copy->setText(tr("Copy lin&k"));
    m_email->setText(tr("&E-mail to customer…"));
    m_email->setToolTip(
        e.email.isEmpty()
            ? tr("No e-mail address was given for the customer.")
            : tr("Opens your mail program with a message to %1; you send it.").arg(e.email));
    m_open->setText(tr("Open in &browser"));
    m_dismiss->setText(tr("New charge (Ctrl+N)"));
    m_link->setAccessibleName(tr("Payment link for the customer"));
    m_qr->setAccessibleName(tr("QR code of the payment link"));
    setAccessibleDescription(title + QStringLiteral(". ") + detail);
}

void LinkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    if (event->type() == QEvent::PaletteChange) {
        const QString tone = paletteTone(palette());
        if (property("tone").toString() != tone) {
            setProperty("tone", tone);
            repolish(m_title);
        }
    }
    QFrame::changeEvent(event);
}

} // namespace pavt::gui
