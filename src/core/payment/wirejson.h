// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"
#include "core/payment/layer.h"
#include "core/payment/paymentrequest.h"

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

} // namespace pavt
