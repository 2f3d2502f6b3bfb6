// SPDX-License-Identifier: MIT
#include "gui/historycoordinator.h"

namespace pavt::gui {

namespace {

// How long a passing message stays (MainWindow::showStatus's default).
constexpr int PassingMs = 8000;

} // namespace

HistoryCoordinator::HistoryCoordinator(QObject *parent) : QObject(parent) { }

void HistoryCoordinator::setService(ChargeService *service, Reconciler *reconciler)
{
    m_service = service;
    m_reconciler = reconciler;
}

void HistoryCoordinator::lookUp(qint64 entryId)
{
    if (m_service) {
        // The role decides, and the look-up is audited (ChargeService::checkLookUp).
        if (auto refused = m_service->checkLookUp(entryId)) {
            emit status(refused->message, 0);
            return;
        }
    }
    if (m_reconciler)
        m_reconciler->checkNow(entryId);
    emit status(tr("Looking up the charge at the gateway…"), PassingMs);
}

void HistoryCoordinator::lookUpLink(qint64 entryId)
{
    if (m_follower)
        m_follower->checkNow(entryId);
    emit status(tr("Looking for the payment link at the gateway…"), PassingMs);
}

void HistoryCoordinator::refund(qint64 entryId, const QString &reason, qint64 amountMinor)
{
    if (!m_service)
        return;
    const auto done = [this](const RefundResult &result) {
        const JournalEntry &e = result.entry;
        if (result.outcome.kind != OutcomeKind::Approved)
            emit status(tr("The refund of order %1 did not go through: %2")
                            .arg(e.orderId, result.outcome.message),
                        0);
        else if (e.refundState == RefundState::PartlyRefunded)
            emit status(tr("Partly refunded: order %1, %2 of %3 refunded so far.")
                            .arg(e.orderId, formatEntryMoney(e.refundedMinor, e.currency),
                                 formatEntryMoney(e.amountMinor, e.currency)),
                        0);
        else
            emit status(tr("Refunded: order %1.").arg(e.orderId), 0);
    };
    auto started = m_service->refund(entryId, reason, this, done, nullptr, amountMinor);
    if (!started && started.error().code == u"approval_required" && m_session && askApproval) {
        // Four eyes: a supervisor approves it here, with their own name and password.
        auto who = askApproval(started.error().message);
        if (!who) {
            emit status(started.error().message, 0);
            return;
        }
        const QString subject = ChargeService::refundSubject(entryId);
        auto approval = m_session->approveRefund(who->first, who->second, subject,
                                                 { { QStringLiteral("entry"), entryId } });
        who->second.clear();
        if (!approval) {
            emit status(approval.error().message, 0);
            return;
        }
        started = m_service->refund(entryId, reason, this, done, &*approval, amountMinor);
    }
    if (!started)
        emit status(started.error().message, 0);
    else
        emit status(tr("Refunding order %1…").arg(started->orderId), PassingMs);
}

} // namespace pavt::gui
