// SPDX-License-Identifier: MIT
#include "gui/linkcoordinator.h"

namespace pavt::gui {

LinkCoordinator::LinkCoordinator(QObject *parent) : QObject(parent) { }

void LinkCoordinator::setService(LinkService *service, LinkFollower *follower)
{
    if (m_follower)
        disconnect(m_follower, nullptr, this, nullptr);
    m_service = service;
    m_follower = follower;
    m_busy = false;
    if (!m_follower)
        return;
    connect(m_follower, &LinkFollower::entryUpdated, this, &LinkCoordinator::updated);
    connect(m_follower, &LinkFollower::linkSettled, this, [this](const JournalEntry &entry) {
        // The operator hears of their own links (on a shared journal the follower settles every
        // seat's).
        if (m_service && entry.operatorName == m_service->operatorName())
            emit linkSettled(entry);
    });
}

LinkService::Done LinkCoordinator::completion(LinkSummary summary)
{
    return [this, summary](const LinkResult &result) mutable {
        m_busy = false;
        summary.entry = result.entry;
        summary.outcome = result.outcome;
        if (result.journalError)
            summary.outcome.message += QLatin1Char('\n')
                + tr("Warning: the outcome could not be written to the journal: %1")
                      .arg(result.journalError->message);
        emit finished(summary);
    };
}

std::optional<Error> LinkCoordinator::submit(LinkMethod method, const PaymentRequest &request,
                                             LinkSummary summary)
{
    if (m_busy)
        return Error { QStringLiteral("busy"), tr("A payment link is already being created.") };
    if (!m_service)
        return Error { QStringLiteral("no_gateway"), tr("No gateway or journal is configured.") };
    m_busy = true;
    auto pending = method == LinkMethod::Apm
        ? m_service->createApm(request, this, completion(summary))
        : m_service->createHosted(request, this, completion(summary));
    if (!pending) {
        m_busy = false;
        return pending.error();
    }
    return std::nullopt;
}

std::optional<Error> LinkCoordinator::submitTemplate(const PaymentLinkRequest &request,
                                                     const LinkCustomer &customer,
                                                     LinkSummary summary)
{
    if (m_busy)
        return Error { QStringLiteral("busy"), tr("A payment link is already being created.") };
    if (!m_service)
        return Error { QStringLiteral("no_gateway"), tr("No gateway or journal is configured.") };
    m_busy = true;
    auto pending = m_service->createTemplateLink(request, customer, this, completion(summary));
    if (!pending) {
        m_busy = false;
        return pending.error();
    }
    return std::nullopt;
}

void LinkCoordinator::loadTemplates()
{
    if (!m_service) {
        emit templatesLoaded({}, tr("No gateway is configured."));
        return;
    }
    m_service->paymentTemplates(this, [this](const GatewayOutcome &outcome) {
        if (outcome.kind == OutcomeKind::Listed)
            emit templatesLoaded(outcome.templates,
                                 outcome.templates.isEmpty() ? outcome.message : QString());
        else
            emit templatesLoaded({},
                                 tr("The templates could not be read: %1").arg(outcome.message));
    });
}

} // namespace pavt::gui
