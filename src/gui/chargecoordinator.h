// SPDX-License-Identifier: MIT
#pragma once

#include "core/gatewayclient.h"
#include "gui/chargeresult.h"

#include <QObject>
#include <QPointer>

namespace pavt::gui {

// One charge from the confirmed form to its final result, without widgets: sends it once, reports
// the result, then follows a 3-D Secure or unknown outcome until it is final. Never resends.
class ChargeCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit ChargeCoordinator(QObject *parent = nullptr);

    void setClient(GatewayClient *client) { m_client = client; }
    GatewayClient *client() const { return m_client; }
    bool isBusy() const { return m_busy; }
    // Follow-up intervals (tests shorten them).
    void setFollowIntervalMs(int ms) { m_followIntervalMs = ms; }
    void setFollowLimitMs(int ms) { m_followLimitMs = ms; }

    // Sends the request; `summary` carries what the result shows (amount, masked card, name).
    // Returns false (and sends nothing) while another charge is in flight or without a client.
    bool submit(const PaymentRequest &request, ChargeResult summary);

signals:
    void started();
    void finished(const pavt::gui::ChargeResult &result);
    // A followed charge changed (3-D Secure completed, an unknown outcome found).
    void updated(const pavt::gui::ChargeResult &result);

private:
    void follow(ChargeResult result, int elapsedMs);

    QPointer<GatewayClient> m_client;
    bool m_busy = false;
    int m_followIntervalMs = 3000;
    int m_followLimitMs = 30 * 60 * 1000;
};

} // namespace pavt::gui
