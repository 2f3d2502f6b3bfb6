// SPDX-License-Identifier: MIT
#include "gui/chargecoordinator.h"

#include "core/journal/journalentry.h"
#include "core/journal/reconciler.h"

namespace pavt::gui {

ChargeCoordinator::ChargeCoordinator(QObject *parent) : QObject(parent) { }

void ChargeCoordinator::setService(ChargeService *service, Reconciler *reconciler)
{
    if (m_reconciler)
        disconnect(m_reconciler, nullptr, this, nullptr);
    m_service = service;
    m_reconciler = reconciler;
    m_followed.clear();
    if (m_reconciler)
        connect(m_reconciler, &Reconciler::entryUpdated, this, &ChargeCoordinator::onEntryUpdated);
}

Result<std::optional<JournalEntry>> ChargeCoordinator::findDuplicate(const PaymentRequest &request)
{
    if (!m_service)
        return std::optional<JournalEntry>();
    return m_service->findDuplicate(request);
}

std::optional<Error> ChargeCoordinator::submit(const PaymentRequest &request, ChargeSummary summary)
{
    if (m_busy)
        return Error { QStringLiteral("busy"), tr("A charge is already in progress.") };
    if (!m_service)
        return Error { QStringLiteral("no_gateway"), tr("No gateway or journal is configured.") };
    m_busy = true;
    emit started();
    auto pending = m_service->charge(
        request, this, [this, summary](const pavt::ChargeResult &result) mutable {
            m_busy = false;
            summary.outcome = result.outcome;
            if (summary.outcome.orderId.isEmpty())
                summary.outcome.orderId = result.entry.orderId;
            summary.when = QDateTime::currentDateTime();
            summary.lookingUp
                = result.outcome.kind == OutcomeKind::NeedsThreeDS || result.outcome.needsLookup();
            if (result.journalError)
                summary.outcome.message += QLatin1Char('\n')
                    + tr("Warning: the outcome could not be written to the journal: %1")
                          .arg(result.journalError->message);
            if (summary.lookingUp)
                m_followed.insert(result.entry.id, summary);
            emit finished(summary);
        });
    if (!pending) {
        m_busy = false;
        return pending.error();
    }
    return std::nullopt;
}

void ChargeCoordinator::onEntryUpdated(const JournalEntry &entry)
{
    const auto it = m_followed.find(entry.id);
    if (it == m_followed.end())
        return;
    ChargeSummary result = *it;
    const GatewayOutcome fresh = outcomeOfEntry(entry);
    result.outcome.kind = fresh.kind;
    result.outcome.message = fresh.message;
    if (!fresh.transaction.transactionId.isEmpty())
        result.outcome.transaction.transactionId = fresh.transaction.transactionId;
    result.lookingUp = needsReconciliation(entry.outcome) || entry.outcome == EntryOutcome::Pending;
    if (entry.outcome == EntryOutcome::Unresolved)
        result.outcome.message
            = tr("The gateway could not confirm this charge in time: look it up in the "
                 "merchant portal before charging again. %1")
                  .arg(entry.message);
    if (result.lookingUp)
        *it = result;
    else
        m_followed.erase(it);
    emit updated(result);
}

} // namespace pavt::gui
