// SPDX-License-Identifier: MIT
#include "core/service/linkservice.h"

#include "core/journal/journal.h"
#include "core/journal/linkfollower.h"
#include "core/payment/orderid.h"

namespace pavt {

LinkService::LinkService(Journal *journal, GatewayClient *client, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client)
{ }

void LinkService::setFollower(LinkFollower *follower)
{
    m_follower = follower;
}

GatewayClient::Callback LinkService::completion(const JournalEntry &written, QObject *context,
                                                Done done)
{
    QPointer<QObject> guard(context);
    return [this, written, guard, done = std::move(done)](const GatewayOutcome &outcome) {
        LinkResult result;
        result.outcome = outcome;
        auto completed = m_journal->complete(written.id, outcome);
        if (completed) {
            result.entry = *completed;
        } else {
            result.entry = written;
            result.journalError = completed.error();
        }
        // Awaiting the cardholder, or an answer that was lost: followed until paid or expired.
        if (m_follower && completed && isOpenLink(completed->outcome))
            m_follower->watch(written.id);
        if (guard && done)
            done(result);
    };
}

Result<JournalEntry> LinkService::createHostedOrApm(EntryKind kind, const PaymentRequest &request,
                                                    QObject *context, Done done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    if (auto refused = requestRefusal(validateLinkRequest(request)))
        return std::unexpected(*refused); // a card field, or a field the payment needs
    const QString orderId = request.orderId.trimmed().isEmpty()
        ? generateOrderId(m_journal->clock())
        : request.orderId.trimmed();
    const QDateTime expires = m_journal->clock().now().toUTC().addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(m_expiry).count());
    auto pending = m_journal->recordPending(pendingLinkEntryFor(
        request, kind, orderId, m_operator, environmentId(m_client->environment()), expires));
    if (!pending)
        return pending; // not journalled: not sent
    PaymentRequest withOrder = request; // no card fields: validated above
    withOrder.orderId = orderId;
    auto callback = completion(*pending, context, std::move(done));
    if (kind == EntryKind::Apm)
        m_client->apm(withOrder, this, std::move(callback));
    else
        m_client->hostedCard(withOrder, this, std::move(callback));
    return pending;
}

Result<JournalEntry> LinkService::createHosted(const PaymentRequest &request, QObject *context,
                                               Done done)
{
    return createHostedOrApm(EntryKind::HostedCard, request, context, std::move(done));
}

Result<JournalEntry> LinkService::createApm(const PaymentRequest &request, QObject *context,
                                            Done done)
{
    return createHostedOrApm(EntryKind::Apm, request, context, std::move(done));
}

Result<JournalEntry> LinkService::createTemplateLink(const PaymentLinkRequest &request,
                                                     const LinkCustomer &customer, QObject *context,
                                                     Done done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    PaymentLinkRequest withOrder = request;
    withOrder.orderId = request.orderId.trimmed().isEmpty() ? generateOrderId(m_journal->clock())
                                                            : request.orderId.trimmed();
    if (!withOrder.expiryDate.isValid())
        withOrder.expiryDate
            = m_journal->clock()
                  .now()
                  .addSecs(std::chrono::duration_cast<std::chrono::seconds>(m_expiry).count())
                  .date();
    if (auto refused
        = paymentLinkRefusal(validatePaymentLinkRequest(withOrder, m_journal->clock())))
        return std::unexpected(*refused);
    auto pending = m_journal->recordPending(pendingTemplateEntryFor(
        withOrder, customer, withOrder.orderId, m_operator, environmentId(m_client->environment()),
        endOfDay(withOrder.expiryDate)));
    if (!pending)
        return pending;
    m_client->createPaymentLink(withOrder, this, completion(*pending, context, std::move(done)));
    return pending;
}

void LinkService::paymentTemplates(QObject *context, GatewayClient::Callback callback)
{
    m_client->paymentTemplates(context, std::move(callback));
}

} // namespace pavt
