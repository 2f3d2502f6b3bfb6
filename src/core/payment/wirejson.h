// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"
#include "core/payment/layer.h"
#include "core/payment/paymentlink.h"
#include "core/payment/paymentrequest.h"

#include <optional>

namespace pavt {

// The two readings of the contract that the merchant chooses between.
enum class CountryFormat { Alpha3, Alpha2 };
enum class AmountUnit { Minor, Major };
struct WireOptions
{
    CountryFormat countryFormat = CountryFormat::Alpha3;
    AmountUnit amountUnit = AmountUnit::Minor;
};

// The compact JSON object that is encrypted into the payload: contract field names and types,
// optional fields left out when empty. Fails (code "country"/"currency") only when the country
// or currency cannot be resolved; call validateRequest() first for everything else.
// The result holds the card number and CVV, hence a wiped buffer.
Result<SecretBytes> toWireJson(const PaymentRequest &request, const WireOptions &options = {});

// The same object for a payment by link (hosted card page, alternative methods): the charge's
// fields without the four card fields, which are left out whatever the request holds (call
// validateLinkRequest() first: it refuses a request with card fields).
Result<SecretBytes> toLinkWireJson(const PaymentRequest &request, const WireOptions &options = {});

// The plain JSON body of a payment link: {"payment_template_id", "amount"?, "currency"?,
// "expiry_date"? (YYYY-MM-DD), "terminal_id"?, "order_id"?}, optional members left out when not
// given; the amount in the unit of options.amountUnit. Fails (code "currency") only when an amount
// is given without a currency that can be charged; call validatePaymentLinkRequest() first.
Result<QByteArray> toPaymentLinkJson(const PaymentLinkRequest &request,
                                     const WireOptions &options = {});

// An amount the gateway wrote as text (the list's "amount", a refund's), read exactly in the
// currency's `minorUnits`: "1250" or "1250.00" in minor units; "12.5" or "12.50" in major units.
// nullopt for anything else (signs, exponents, too many decimals, more than 18 digits).
std::optional<qint64> parseWireAmount(QStringView text, int minorUnits, AmountUnit unit);
// The other way, for a refund's optional "amount" string: "1250" (minor), "12.50" (major).
QByteArray wireAmountText(qint64 minor, int minorUnits, AmountUnit unit);

} // namespace pavt
