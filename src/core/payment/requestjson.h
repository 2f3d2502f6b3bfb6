// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/payment/layer.h"
#include "core/payment/paymentrequest.h"

#include <QByteArrayView>

namespace pavt {

// Reads a request written with the contract's field names (pavt-cli's input): amount an integer
// of minor units, card_expiry_month/year as strings or numbers, country in any form. Unknown
// fields are errors (a typo must not silently drop a field). Types are checked, values are not:
// that is validateRequest()'s work.
Result<PaymentRequest> paymentRequestFromJson(QByteArrayView json);

} // namespace pavt
