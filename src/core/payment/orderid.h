// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/payment/layer.h"

#include <QString>
#include <QStringView>

namespace pavt {

// A unique order reference for a charge: "VT" + UTC timestamp (yyyyMMddHHmmss) + "-" + ten random
// characters of an unambiguous alphabet, 27 characters in all.
QString generateOrderId(const Clock &clock = SystemClock::instance());

inline constexpr qsizetype TerminalOrderIdLength = 27;

// Whether `text` is exactly an order id of generateOrderId()'s format: "VT", fourteen ASCII digits
// that are a real time of the years 2000 to 2999 (month 01-12, a day of that month, 00:00:00 to
// 23:59:59), "-", ten characters of the alphabet (A-Z without I and O, 2-9). The one place that
// knows the format: the journal's card-number mask lets these through (sanitizeJournalText), the
// settlement flags them as the terminal's own. A 14-digit card number (Diners Club: 30, 36, 38,
// 39...) never reads as a year from 2000 to 2999.
bool isTerminalOrderId(QStringView text);

} // namespace pavt
