// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/chargeservice.h"
#include "gui/chargesummary.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pavt {
class Reconciler;
}

namespace pavt::gui {

// One charge from the confirmed form to its final result, without widgets: the journal's
// ChargeService records it before it leaves and sends it once; the Reconciler follows a 3-D Secure
// or unknown outcome until it is final, and this reports each change. Never resends.
class ChargeCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit ChargeCoordinator(QObject *parent = nullptr);

    void setService(ChargeService *service, Reconciler *reconciler);
    ChargeService *service() const { return m_service; }
    bool isBusy() const { return m_busy; }

    // The journal's duplicate guard for a request about to be confirmed.
    Result<std::optional<JournalEntry>> findDuplicate(const PaymentRequest &request);
    // Records and sends the request; `summary` carries what the result shows (amount, masked
    // card, name). Returns the reason when nothing was sent (busy, no gateway, journal failure).
    std::optional<Error> submit(const PaymentRequest &request, ChargeSummary summary);

signals:
    void started();
    void finished(const pavt::gui::ChargeSummary &result);
    // A followed charge changed (3-D Secure completed, an unknown outcome found).
    void updated(const pavt::gui::ChargeSummary &result);

private:
    void onEntryUpdated(const JournalEntry &entry);

    QPointer<ChargeService> m_service;
    QPointer<Reconciler> m_reconciler;
    QHash<qint64, ChargeSummary> m_followed;
    bool m_busy = false;
};

} // namespace pavt::gui
