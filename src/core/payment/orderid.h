// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/payment/layer.h"

#include <QString>

namespace pavt {

// A unique order reference for a charge: "VT" + UTC timestamp (yyyyMMddHHmmss) + "-" + ten random
// characters of an unambiguous alphabet, 27 characters in all.
QString generateOrderId(const Clock &clock = SystemClock::instance());

} // namespace pavt
