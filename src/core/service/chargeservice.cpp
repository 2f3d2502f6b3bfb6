// SPDX-License-Identifier: MIT
#include "core/service/chargeservice.h"

#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/payment/orderid.h"

namespace pavt {

ChargeService::ChargeService(Journal *journal, GatewayClient *client, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client)
{ }

void ChargeService::setReconciler(Reconciler *reconciler)
{
    m_reconciler = reconciler;
}

Result<std::optional<JournalEntry>> ChargeService::findDuplicate(const PaymentRequest &request)
{
    const JournalEntry candidate = pendingEntryFor(request, QStringLiteral("-"), m_operator,
                                                   environmentId(m_client->environment()));
    return m_journal->findDuplicate(candidate);
}

Result<JournalEntry> ChargeService::charge(const PaymentRequest &request, QObject *context,
                                           std::function<void(const ChargeResult &)> done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    if (auto refused = requestRefusal(validateRequest(request)))
        return std::unexpected(*refused);
    // Still being checked, or damaged: nothing is journalled, nothing is sent.
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    const QString orderId = request.orderId.trimmed().isEmpty()
        ? generateOrderId(m_journal->clock())
        : request.orderId.trimmed();
    auto pending = m_journal->recordPending(
        pendingEntryFor(request, orderId, m_operator, environmentId(m_client->environment())));
    if (!pending)
        return pending; // not journalled: not sent
    const JournalEntry written = *pending;
    QPointer<QObject> guard(context);
    auto finish = [this, written, guard, done = std::move(done)](const GatewayOutcome &outcome) {
        ChargeResult result;
        result.outcome = outcome;
        auto completed = m_journal->complete(written.id, outcome);
        if (completed) {
            result.entry = *completed;
        } else {
            result.entry = written;
            result.journalError = completed.error();
        }
        if (m_reconciler && completed && (needsReconciliation(completed->outcome)))
            m_reconciler->watch(written.id);
        if (guard && done)
            done(result);
    };
    if (request.orderId.trimmed() == orderId) {
        m_client->charge(request, this, finish);
    } else {
        PaymentRequest withOrder = request; // a deep copy; its card buffers are wiped when it goes
        withOrder.orderId = orderId;
        m_client->charge(withOrder, this, finish);
    }
    return written;
}

std::optional<Error> ChargeService::checkEnvironment(const JournalEntry &entry) const
{
    if (entry.environment == environmentId(m_client->environment()))
        return std::nullopt;
    return Error { QStringLiteral("not_refundable"),
                   tr("This charge was made in the %1 environment; the terminal is set up for %2.")
                       .arg(entry.environment, environmentId(m_client->environment())) };
}

Result<JournalEntry> ChargeService::refund(qint64 entryId, const QString &reason, QObject *context,
                                           std::function<void(const RefundResult &)> done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    auto entry = m_journal->entry(entryId);
    if (!entry)
        return std::unexpected(entry.error());
    if (*entry) {
        if (auto wrong = checkEnvironment(**entry))
            return std::unexpected(*wrong);
    }
    auto begun = m_journal->beginRefund(entryId, reason);
    if (!begun)
        return begun;
    sendRefund(*begun, reason, context, std::move(done));
    return *begun;
}

Result<std::optional<JournalEntry>>
ChargeService::refundTransaction(const QString &transactionId, const QString &reason,
                                 QObject *context, std::function<void(const RefundResult &)> done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    // Even a refund the journal has no charge for waits for a checked journal: the journal may
    // have it after all.
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    const QString id = transactionId.trimmed();
    auto known = m_journal->entryByTransactionId(id);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        if (auto wrong = checkEnvironment(**known))
            return std::unexpected(*wrong);
        if ((*known)->isRefundable()) {
            auto begun = m_journal->beginRefund((*known)->id, reason);
            if (!begun)
                return std::unexpected(begun.error());
            sendRefund(*begun, reason, context, std::move(done));
            return std::optional<JournalEntry>(*begun);
        }
    }
    // Not a refund the journal can record: the gateway decides, and its answer is reported.
    QPointer<QObject> guard(context);
    m_client->refund(id, reason, this,
                     [guard, done = std::move(done)](const GatewayOutcome &outcome) {
                         RefundResult result;
                         result.outcome = outcome;
                         if (guard && done)
                             done(result);
                     });
    return *known;
}

void ChargeService::sendRefund(const JournalEntry &entry, const QString &reason, QObject *context,
                               std::function<void(const RefundResult &)> done)
{
    QPointer<QObject> guard(context);
    m_client->refund(entry.transactionId, reason, this,
                     [this, entry, guard, done = std::move(done)](const GatewayOutcome &outcome) {
                         RefundResult result;
                         result.outcome = outcome;
                         auto finished = m_journal->finishRefund(entry.id, outcome);
                         if (finished) {
                             result.entry = *finished;
                             if (m_reconciler && finished->refundState == RefundState::Requested)
                                 m_reconciler->watch(entry.id);
                         } else {
                             result.entry = entry;
                             result.journalError = finished.error();
                         }
                         if (guard && done)
                             done(result);
                     });
}

} // namespace pavt
