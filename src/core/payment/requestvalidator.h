// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/payment/card.h"
#include "core/payment/layer.h"
#include "core/payment/paymentrequest.h"

#include <QLocale>

namespace pavt {

// One problem with one field: the field, a stable code ("required", "luhn", "too_many_decimals"...)
// and a translated sentence for the operator.
struct FieldProblem
{
    Field field;
    QString code;
    QString message;
};

// What a single field's rule needs to know about the others while the operator types.
struct FieldContext
{
    const Clock *clock = &SystemClock::instance();
    QLocale locale = QLocale::c();
    QString country; // as typed or picked: zip and state formats follow it
    QString currency; // the amount's decimals follow it
    CardBrand brand = CardBrand::Unknown; // the CVV's length follows it
};

// Live typing: the rule of one field for the text as typed. CardExpiry takes "12/27", "1227"...
// Amount takes the operator's text in the context's locale. nullopt when the field is fine.
std::optional<FieldProblem> validateField(Field field, QStringView text,
                                          const FieldContext &context);

// Submit: every problem of a whole request, in form order. Empty when the request may be sent.
QList<FieldProblem> validateRequest(const PaymentRequest &request,
                                    const Clock &clock = SystemClock::instance());

// Submit of a payment by link (the gateway's hosted card page or its alternative methods): every
// field the hosted payment needs (validateRequest() without the card), and none of the card's. A
// request that carries a card number, an expiry date or a CVV is refused on that field (code
// "card_field"): the cardholder types the card on the gateway's page, never into the terminal.
QList<FieldProblem> validateLinkRequest(const PaymentRequest &request);

// What a request refused by validateRequest() means for whoever was about to send it: the one
// message of the charge service, the gateway client and pavt-cli ("invalid", "Nothing was sent:
// these fields need attention: Card number, Email."). nullopt when there are no problems.
std::optional<Error> requestRefusal(const QList<FieldProblem> &problems);

// Lengths the form and the validator agree on.
namespace Limits {
inline constexpr int Name = 64;
inline constexpr int Address = 128;
inline constexpr int City = 64;
inline constexpr int Email = 254;
inline constexpr int TerminalId = 64;
} // namespace Limits

} // namespace pavt
