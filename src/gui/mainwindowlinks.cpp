// SPDX-License-Identifier: MIT
// MainWindow: payments by link. The charge page's "Payment link" mode, the link's panel, and the
// notice when a link of the operator is paid while they key other orders.
#include "core/journal/linkentry.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "core/payment/orderid.h"
#include "core/service/linkservice.h"
#include "gui/chargepage.h"
#include "gui/linkcoordinator.h"
#include "gui/linknotice.h"
#include "gui/linkoptions.h"
#include "gui/linkpanel.h"
#include "gui/mainwindow.h"
#include "gui/resultpanel.h"
#include "gui/secureclipboard.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace pavt::gui {

void MainWindow::buildLinks()
{
    m_links = new LinkCoordinator(this);
    m_linkPanel = new LinkPanel(m_clipboard, m_chargeContainer);
    static_cast<QVBoxLayout *>(m_chargeContainer->layout())->insertWidget(1, m_linkPanel);
    m_linkNotice = new LinkNotice(this);
    // Under the banner, above whatever page is shown: seen while keying other orders.
    static_cast<QVBoxLayout *>(m_banner->parentWidget()->layout())->insertWidget(1, m_linkNotice);

    m_cardModeAction = new QAction(this);
    m_cardModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_cardModeAction->setCheckable(true);
    m_cardModeAction->setChecked(true);
    m_linkModeAction = new QAction(this);
    m_linkModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkModeAction->setCheckable(true);
    auto *modes = new QActionGroup(this);
    modes->addAction(m_cardModeAction);
    modes->addAction(m_linkModeAction);
    const auto choose = [this](bool link) {
        if (m_chargePage->isBusy())
            return;
        m_stack->setCurrentIndex(0);
        m_chargePage->setLinkMode(link);
        m_chargePage->focusFirstField();
    };
    connect(m_cardModeAction, &QAction::triggered, this, [choose] { choose(false); });
    connect(m_linkModeAction, &QAction::triggered, this, [choose] { choose(true); });
    connect(m_chargePage, &ChargePage::linkModeChanged, this, [this](bool link) {
        (link ? m_linkModeAction : m_cardModeAction)->setChecked(true);
        if (link && !m_chargePage->linkOptions()->hasTemplates())
            m_links->loadTemplates();
    });
    connect(m_links, &LinkCoordinator::templatesLoaded, this,
            [this](const QList<PaymentTemplate> &templates, const QString &message) {
                m_chargePage->linkOptions()->setTemplates(templates, message);
            });
    connect(m_links, &LinkCoordinator::finished, this, &MainWindow::onLinkResult);
    connect(m_links, &LinkCoordinator::updated, m_linkPanel, &LinkPanel::entryChanged);
    connect(m_links, &LinkCoordinator::linkSettled, this, [this](const JournalEntry &entry) {
        m_linkNotice->announce(entry);
        showStatus(LinkNotice::sentence(entry), 0);
    });
    connect(m_linkNotice, &LinkNotice::showRequested, this, [this](qint64 id) {
        showHistory();
        emit showEntryRequested(id);
    });
    connect(m_linkPanel, &LinkPanel::dismissed, this, &MainWindow::newCharge);
}

void MainWindow::retranslateLinks()
{
    m_cardModeAction->setText(tr("&Card details"));
    m_linkModeAction->setText(tr("Payment &link"));
}

void MainWindow::setLinkService(LinkService *service, LinkFollower *follower)
{
    m_links->setService(service, follower);
    m_chargePage->linkOptions()->setTemplates({}, QString());
    if (service && m_chargePage->isLinkMode())
        m_links->loadTemplates();
}

void MainWindow::createLink()
{
    if (m_links->isBusy() || m_chargePage->isBusy())
        return;
    auto &controller = m_chargePage->controller();
    LinkOptions *options = m_chargePage->linkOptions();
    if (!controller.canCharge() || !options->problem().isEmpty()) {
        m_chargePage->showGatewayProblems({});
        const auto problems = controller.problems();
        if (!problems.isEmpty()) {
            m_chargePage->edit(problems.first().field)->setFocus();
            showStatus(controller.blockedReason());
        } else {
            options->setFocus();
            showStatus(options->problem());
        }
        return;
    }
    if (!m_links->service()) {
        showStatus(tr("No gateway is configured: open Settings (Ctrl+,)."));
        return;
    }
    const auto request = controller.request();
    if (!request)
        return;
    LinkSummary summary;
    const Currency *currency = Currencies::find(request->currency);
    summary.amountText
        = currency ? formatMoney(request->amountMinor, *currency, locale()) : QString();
    summary.customerName = QString(request->firstName + u' ' + request->lastName).trimmed();
    m_chargePage->setBusy(true);
    m_resultPanel->hide();
    m_linkPanel->hide();
    showStatus(tr("Creating the payment link for %1…").arg(summary.amountText), 0);
    std::optional<Error> error;
    if (options->method() == LinkMethod::Template) {
        PaymentLinkRequest link;
        link.paymentTemplateId = options->templateId();
        link.amountMinor = request->amountMinor;
        link.currency = request->currency;
        link.expiryDate = options->expiryDate();
        link.terminalId = request->terminalId;
        link.orderId = request->orderId;
        const LinkCustomer customer { request->firstName, request->lastName, request->email,
                                      request->country };
        error = m_links->submitTemplate(link, customer, summary);
    } else {
        error = m_links->submit(options->method(), *request, summary);
    }
    if (error) {
        m_chargePage->setBusy(false);
        statusBar()->clearMessage();
        summary.notSent = true;
        summary.outcome.kind = OutcomeKind::NotSent;
        summary.outcome.message = error->message;
        m_linkPanel->showResult(summary);
    }
}

void MainWindow::onLinkResult(const LinkSummary &result)
{
    m_chargePage->setBusy(false);
    statusBar()->clearMessage();
    if (result.outcome.kind == OutcomeKind::Rejected && !result.outcome.fieldErrors.isEmpty())
        m_chargePage->showGatewayProblems(result.outcome.fieldErrors);
    m_linkPanel->showResult(result);
    // The order id belongs to this link now; after a rejection the form stays as it was.
    if (result.outcome.kind != OutcomeKind::NotSent && result.outcome.kind != OutcomeKind::Rejected)
        m_chargePage->setFieldText(Field::OrderId, generateOrderId());
    emit linkFinished(result);
}

void MainWindow::copyLink(const JournalEntry &entry)
{
    if (entry.paymentUrl.isEmpty())
        return;
    m_clipboard->copy(entry.paymentUrl, LinkClipboardMs);
    showStatus(tr("The payment link of order %1 is on the clipboard.").arg(entry.orderId));
}

void MainWindow::emailLink(const JournalEntry &entry)
{
    if (entry.paymentUrl.isEmpty())
        return;
    m_linkPanel->openUrl(linkMailUrl(LinkPanel::mailFor(entry, QString(), QString())));
    showStatus(tr("Your mail program opens with the link of order %1; send it from there.")
                   .arg(entry.orderId));
}

} // namespace pavt::gui
