// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/payment/currency.h"
#include "core/payment/layer.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace pavt {

// Above this an amount is "absurdly large" (for GBP: 9,999,999,999.99).
inline constexpr qint64 MaxAmountMinorUnits = 999'999'999'999;

// An operator-typed amount -> the exact integer of the currency's minor units, by integer
// arithmetic only (never float/double).
//
// What is accepted, after trimming white space (including NBSP and narrow NBSP) at both ends:
// - Digits: ASCII, or the locale's own digits (Arabic-Indic for ar_EG, Devanagari for hi...),
//   not mixed. Anything else ("1e5", "0x10", "+5", "£5", "GBP 5", control characters, emoji,
//   other scripts' digits such as "١٢٣" in a Latin-digit locale) is "invalid".
// - At most one decimal sign: the locale's (QLocale::decimalPoint()); nothing but digits after
//   it. "5." and ".5" are accepted.
// - Group separators in the whole part only: the locale's (QLocale::groupSeparator()), and in
//   any locale space, NBSP, narrow NBSP, thin space, apostrophe ' and ’ (the spaces count as one
//   kind, the apostrophes as another; one kind per amount). They must sit between groups of
//   exactly three digits, the first group 1..3 digits ("1,234,567"), or exactly where the locale
//   itself puts them (QLocale::toString: "12,34,567" in en_IN, "1234.567" in es_ES), otherwise
//   the amount is "invalid".
// - Numeric keypad rule: when the amount has no locale decimal sign and exactly one '.' or ','
//   that is not the locale's decimal sign and cannot be a valid group separator there, and that
//   character is followed by 1..minorUnits digits and nothing else, it is taken as the decimal
//   sign. So in de_DE "1234.5" GBP = 123450 and "1.23" = 123, but "1.234" = 1234 major (a valid
//   group) and "1.2345" is "invalid"; in en "1,234" = 1234 major, "1234,5" = 123450, "1.234" is
//   "too_many_decimals" for GBP; for JPY (no minor units) the rule never applies.
// - A leading '-' (or U+2212, or the locale's negative sign with its bidi mark) is understood
//   only to be refused: "negative"; "-0" is "zero". No other sign, and no second '-'.
// - At most 64 characters after trimming, else "invalid" (so 10,000 characters are refused
//   without being scanned).
// Errors, checked in this order (Error.code; the message is a translatable sentence):
// "not_payable" (currency without minor units, whatever the text), "empty", "invalid",
// "negative", "too_many_decimals" (more decimals typed than currency.minorUnits, trailing zeros
// included: "JPY has no decimal places." / "GBP allows at most 2 decimal places."), "too_large"
// (> MaxAmountMinorUnits, however many digits), "zero".
Result<qint64> parseAmount(QStringView text, const Currency &currency,
                           const QLocale &locale = QLocale::c());

// For display: the locale's digits, grouping and decimal sign, exactly minorUnits decimals, no
// currency; negative amounts get the locale's negative sign. Always grouped, also for
// QLocale::c() whose default number options omit grouping: 123456 GBP -> "1,234.56" (C, en),
// "1.234,56" (de), "1 234,56" (fr, narrow NBSP), "1’234.56" (de_CH); JPY 1234 -> "1,234".
// A currency without minor units is shown as whole units. parseAmount() reads every result back.
QString formatAmount(qint64 minor, const Currency &currency, const QLocale &locale = QLocale::c());

// "GBP 1,234.56": code, space, formatAmount().
QString formatMoney(qint64 minor, const Currency &currency, const QLocale &locale = QLocale::c());

// Plain decimal for the wire in major units: '.' as separator, no grouping, exactly minorUnits
// decimals: (1250,2) -> "12.50", (5,0) -> "5", (1,3) -> "0.001", (-1250,2) -> "-12.50".
// minorUnits < 0 (no minor unit) is taken as 0; more than 18 is taken as 18.
QByteArray majorUnitsDecimal(qint64 minor, int minorUnits);
// The same into `out`, without an allocation (the CSV export's rows); returns its length.
int majorUnitsDecimal(qint64 minor, int minorUnits, char (&out)[48]);

} // namespace pavt
