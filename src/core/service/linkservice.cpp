// SPDX-License-Identifier: MIT
#include "core/service/linkservice.h"

#include "core/journal/audittrail.h"
#include "core/journal/journal.h"
#include "core/journal/linkfollower.h"
#include "core/payment/orderid.h"
#include "core/service/sessionservice.h"

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

void LinkService::setSession(SessionService *session)
{
    m_session = session;
}

QString LinkService::operatorName() const
{
    return m_session && m_session->accountsEnabled() ? m_session->operatorName() : m_operator;
}

std::optional<Error> LinkService::refusedBySession(qint64 amountMinor,
                                                   const QString &currency) const
{
    if (!m_session)
        return std::nullopt;
    return m_session->require(Action::CreatePaymentLink,
                              { { QStringLiteral("amount_minor"), amountMinor },
                                { QStringLiteral("currency"), currency } });
}

std::optional<Error> LinkService::audited(const JournalEntry &written)
{
    if (!m_session)
        return std::nullopt;
    auto recorded = m_session->audit(QString::fromLatin1(AuditEvent::LinkAttempted),
                                     { { QStringLiteral("entry"), written.id },
                                       { QStringLiteral("order"), written.orderId },
                                       { QStringLiteral("kind"), entryKindId(written.kind) },
                                       { QStringLiteral("amount_minor"), written.amountMinor },
                                       { QStringLiteral("currency"), written.currency },
                                       { QStringLiteral("environment"), written.environment } });
    if (recorded)
        return std::nullopt;
    GatewayOutcome notSent;
    notSent.kind = OutcomeKind::NotSent;
    notSent.message = recorded.error().message;
    notSent.orderId = written.orderId;
    m_journal->complete(written.id, notSent);
    return recorded.error();
}

Result<JournalEntry> LinkService::createHostedOrApm(EntryKind kind, const PaymentRequest &request,
                                                    QObject *context, Done done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    if (auto refused = requestRefusal(validateLinkRequest(request)))
        return std::unexpected(*refused); // a card field, or a field the payment needs
    if (auto refused = refusedBySession(request.amountMinor, request.currency))
        return std::unexpected(*refused); // the role may not make links
    const QString orderId = request.orderId.trimmed().isEmpty()
        ? generateOrderId(m_journal->clock())
        : request.orderId.trimmed();
    const QDateTime expires = m_journal->clock().now().toUTC().addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(m_expiry).count());
    auto pending = m_journal->recordPending(pendingLinkEntryFor(
        request, kind, orderId, operatorName(), environmentId(m_client->environment()), expires));
    if (!pending)
        return pending; // not journalled: not sent
    if (auto failed = audited(*pending))
        return std::unexpected(*failed);
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
    if (auto refused = refusedBySession(withOrder.amountMinor.value_or(0), withOrder.currency))
        return std::unexpected(*refused);
    auto pending = m_journal->recordPending(pendingTemplateEntryFor(
        withOrder, customer, withOrder.orderId, operatorName(),
        environmentId(m_client->environment()), endOfDay(withOrder.expiryDate)));
    if (!pending)
        return pending;
    if (auto failed = audited(*pending))
        return std::unexpected(*failed);
    m_client->createPaymentLink(withOrder, this, completion(*pending, context, std::move(done)));
    return pending;
}

void LinkService::paymentTemplates(QObject *context, GatewayClient::Callback callback)
{
    m_client->paymentTemplates(context, std::move(callback));
}

} // namespace pavt
