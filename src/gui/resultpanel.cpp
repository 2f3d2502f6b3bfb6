// SPDX-License-Identifier: MIT
#include "gui/resultpanel.h"

#include "gui/secureclipboard.h"
#include "gui/style.h"
#include "ui_resultpanel.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QEvent>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace pavt::gui {

namespace {

// The outcome's sign beside its title: a shape for each kind of answer, so that the state does
// not depend on telling colours apart (the colour is the sheet's, by state and tone).
QString outcomeIcon(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Approved:
        return QStringLiteral(":/icons/outcome-approved.svg");
    case OutcomeKind::Declined:
        return QStringLiteral(":/icons/outcome-declined.svg");
    case OutcomeKind::NeedsThreeDS:
        return QStringLiteral(":/icons/outcome-3ds.svg");
    case OutcomeKind::Pending:
        return QStringLiteral(":/icons/outcome-pending.svg");
    case OutcomeKind::Rejected:
    case OutcomeKind::ServerError:
        return QStringLiteral(":/icons/outcome-rejected.svg");
    case OutcomeKind::NotSent:
        return QStringLiteral(":/icons/outcome-notsent.svg");
    case OutcomeKind::Unknown:
    case OutcomeKind::Listed:
    case OutcomeKind::AwaitingPayment:
        return QStringLiteral(":/icons/outcome-unknown.svg");
    }
    return QStringLiteral(":/icons/outcome-unknown.svg");
}

} // namespace

ResultPanel::ResultPanel(SecureClipboard *clipboard, QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::ResultPanel>()), m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    applyStyleSheet(this, "resultPanel"); // its frame, and its title and icon in the state's colour
    m_ui->titleLabel->setFont(prominentFont(m_ui->titleLabel->font()));
    connect(m_ui->copyIdButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copy(m_result.outcome.transaction.transactionId); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copy(m_result.outcome.redirectUrl.toString(), 120000); });
    connect(m_ui->openLinkButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_result.outcome.redirectUrl); });
    connect(m_ui->againButton, &QPushButton::clicked, this, &ResultPanel::chargeAgainRequested);
    connect(m_ui->receiptButton, &QPushButton::clicked, this, &ResultPanel::receiptRequested);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &ResultPanel::dismissed);
    hide();
}

ResultPanel::~ResultPanel() = default;

QString ResultPanel::titleText() const
{
    return m_ui->titleLabel->text();
}

QString ResultPanel::detailText() const
{
    return m_ui->detailLabel->text();
}

void ResultPanel::showResult(const ChargeSummary &result)
{
    m_result = result;
    const GatewayOutcome &o = result.outcome;
    QString title;
    QString detail;
    const QString what
        = tr("%1 on %2 for %3.").arg(result.amountText, result.cardText, result.customerName);
    switch (o.kind) {
    case OutcomeKind::Approved:
        title = tr("Approved");
        detail = what;
        break;
    case OutcomeKind::Declined:
        title = tr("Declined");
        detail = tr("The card was declined: %1\nNo money was taken. Ask the customer for another "
                    "card.")
                     .arg(o.message);
        break;
    case OutcomeKind::NeedsThreeDS:
        title = tr("3-D Secure needed");
        detail = tr("The cardholder must confirm this payment with their bank. Open the link in a "
                    "browser "
                    "or send it to the cardholder. The status is followed until it is final.\n%1")
                     .arg(what);
        break;
    case OutcomeKind::Pending:
        title = tr("Waiting for 3-D Secure");
        detail = tr("The cardholder has not finished the 3-D Secure check yet. %1").arg(what);
        break;
    case OutcomeKind::Rejected:
        title = tr("Rejected by the gateway");
        detail = o.fieldErrors.isEmpty() ? tr("%1\nNo money was taken.").arg(o.message)
                                         : tr("%1\nThe fields the gateway complained about are "
                                              "marked on the form. No money was taken.")
                                               .arg(o.message);
        if (o.httpStatus == 401)
            detail = tr("The gateway refused the credentials (HTTP 401). Check the secret key in "
                        "Settings. No money was taken.");
        break;
    case OutcomeKind::ServerError:
        title = tr("Gateway error");
        detail = tr("The gateway had a problem (%1). The charge is being looked up to be sure no "
                    "money was taken; "
                    "do not charge again until the history shows the result.")
                     .arg(o.message);
        break;
    case OutcomeKind::NotSent:
        title = tr("Not sent");
        detail = tr("%1\nNothing reached the gateway and no money was taken; you can try again.")
                     .arg(o.message);
        break;
    case OutcomeKind::Unknown:
    case OutcomeKind::Listed: // not an answer to a charge: what became of it is not known
    case OutcomeKind::AwaitingPayment: // never an answer to a charge: shown as unknown
        title = tr("Outcome unknown: being looked up");
        detail
            = tr("The charge was sent but no clear answer came back, so it MAY HAVE GONE THROUGH. "
                 "Do not charge this card again. The terminal is looking it up with the gateway "
                 "(order %1) and the history will show the result.\n%2")
                  .arg(o.orderId, what);
        break;
    }
    if (result.lookingUp && o.kind != OutcomeKind::Unknown && o.kind != OutcomeKind::ServerError)
        detail += QLatin1Char('\n') + tr("Following the status…");
    m_ui->titleLabel->setText(title);
    // The title in the outcome's colour (pavt.qss: the state and the palette's tone select it).
    setProperty("state", outcomeKindId(o.kind));
    setProperty("tone", paletteTone(palette()));
    repolish(this);
    repolish(m_ui->titleLabel);
    updateIcon();
    m_ui->detailLabel->setText(detail);
    const QString id = o.transaction.transactionId;
    m_ui->transactionLabel->setText(id.isEmpty()
                                        ? tr("Order %1").arg(o.orderId)
                                        : tr("Transaction %1 · order %2").arg(id, o.orderId));
    m_ui->copyIdButton->setVisible(!id.isEmpty());
    const bool link = o.kind == OutcomeKind::NeedsThreeDS
        || (o.kind == OutcomeKind::Pending && !o.redirectUrl.isEmpty());
    m_ui->linkEdit->setVisible(link);
    m_ui->openLinkButton->setVisible(link);
    m_ui->copyLinkButton->setVisible(link);
    m_ui->linkEdit->setText(link ? o.redirectUrl.toString() : QString());
    m_ui->receiptButton->setVisible(o.kind == OutcomeKind::Approved);
    m_ui->againButton->setVisible(o.kind != OutcomeKind::Unknown
                                  && o.kind != OutcomeKind::ServerError);
    setAccessibleDescription(title + QStringLiteral(". ") + detail);
    show();
    // Where the form scrolls (a small screen, 200 %), the result comes into view: after the
    // layout and the focus have settled, so that neither scrolls it away again.
    for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            QTimer::singleShot(0, this, [this, scroll = QPointer<QScrollArea>(scroll)] {
                // Its top at the top: the title first, when the panel is taller than the view.
                if (scroll && scroll->widget() && isVisible())
                    scroll->verticalScrollBar()->setValue(mapTo(scroll->widget(), QPoint()).y());
            });
            break;
        }
    }
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QColor ResultPanel::stateColour() const
{
    m_ui->iconLabel->ensurePolished();
    return m_ui->iconLabel->palette().color(m_ui->iconLabel->foregroundRole());
}

void ResultPanel::updateIcon()
{
    repolish(m_ui->iconLabel);
    const int size = m_ui->titleLabel->fontMetrics().height() * 5 / 4;
    m_ui->iconLabel->setFixedSize(size, size);
    m_ui->iconLabel->setPixmap(
        tintedIcon(outcomeIcon(m_result.outcome.kind), stateColour(), size, devicePixelRatioF()));
}

void ResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (isVisible())
            showResult(m_result);
    }
    if (event->type() == QEvent::PaletteChange) {
        const QString tone = paletteTone(palette());
        if (property("tone").toString() != tone) {
            setProperty("tone", tone);
            repolish(this);
            repolish(m_ui->titleLabel);
            updateIcon();
        }
    }
    QFrame::changeEvent(event);
}

} // namespace pavt::gui
