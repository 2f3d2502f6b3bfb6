// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayoutcome.h"

#include <QDateTime>
#include <QString>

namespace pavt::gui {

// What the result panel and the receipt show of one charge: the outcome and masked card data only.
struct ChargeSummary
{
    GatewayOutcome outcome;
    QString amountText; // "GBP 12.50"
    QString cardText; // "Visa •••• 1111"
    QString maskedCard; // "411111******1111"
    QString customerName; // "James Dean"
    QString customerEmail; // for an e-mailed receipt
    QDateTime when;
    bool lookingUp = false; // an unknown outcome or 3-D Secure is being followed
    // Refunds of the charge so far (receiptText() adds a row): "GBP 5.00 of GBP 12.50 refunded",
    // empty when none (summaryOfEntry()).
    QString refundText;
};

} // namespace pavt::gui
