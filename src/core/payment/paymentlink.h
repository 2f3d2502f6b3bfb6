// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/base/error.h"
#include "core/payment/layer.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pavt {

// A payment link made from one of the merchant's payment templates (payagency-api.md, "Payment
// links from templates"). The cardholder pays on the link's page; the terminal never hears the
// card. No transaction id comes back: the link is followed by its order id in the transaction
// list, so the terminal always sends one.
struct PaymentLinkRequest
{
    QString paymentTemplateId; // a template's payment_template_id; required
    std::optional<qint64> amountMinor; // exact minor units; nullopt: the template's amount
    QString currency; // ISO 4217 alpha code; empty: the template's. Required with an amount.
    QDate expiryDate; // last day the link can be paid (to the end of that day); null: none
    QString terminalId; // optional: pins one connector
    QString orderId; // optional; the gateway client generates one when empty
};

// The parts of a link request a problem can be about.
enum class LinkField { PaymentTemplate, Amount, Currency, ExpiryDate, TerminalId, OrderId };

// One problem with one part of a link request: a stable code ("required", "expiry_past",
// "zero", "negative", "too_large", "unknown", ...) and a translated sentence for the operator.
struct LinkProblem
{
    LinkField field;
    QString code;
    QString message;
};

// Every problem of a link request; empty when it may be sent. Refused: no template id, an expiry
// date before the clock's today (today itself is fine), an amount <= 0 or
// above the terminal's limit, an amount without its currency, an unknown or unpayable currency,
// and a terminal id or order id the charge's rules would refuse.
QList<LinkProblem> validatePaymentLinkRequest(const PaymentLinkRequest &request,
                                              const Clock &clock = SystemClock::instance());

// The one message for a refused link request ("invalid", "Nothing was sent: the payment link
// needs attention: …"); nullopt when there are no problems.
std::optional<Error> paymentLinkRefusal(const QList<LinkProblem> &problems);

} // namespace pavt
