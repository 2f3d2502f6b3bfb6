// SPDX-License-Identifier: MIT
// The card's expiry date as typed ("12/27", "1227", "12 / 2027") and its check against the clock
// (declared in card.h).
#include "core/payment/card.h"
#include "core/payment/rulehelpers.h"

#include <QCoreApplication>
#include <QDate>

namespace pavt {

using namespace rules;

Result<Expiry> parseExpiry(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(QStringLiteral("required"),
                    QCoreApplication::translate(
                        "pavt::Cards", "Enter the expiry date shown on the card, like 08/27."));
    auto invalid = [] {
        return fail(QStringLiteral("invalid"),
                    QCoreApplication::translate(
                        "pavt::Cards", "Enter the expiry date as month and year, like 08/27."));
    };
    if (t.size() > 16)
        return invalid();

    // At most 16 characters, so the digit runs below are short; values stop growing after six
    // digits (which is already too many for any accepted form) so they cannot overflow.
    qsizetype i = 0;
    auto readDigits = [&](int &value) {
        const qsizetype start = i;
        while (i < t.size() && isAsciiDigit(t[i].unicode())) {
            if (i - start < 6)
                value = value * 10 + (t[i].unicode() - u'0');
            ++i;
        }
        return i - start;
    };
    auto skipSpaces = [&] {
        const qsizetype start = i;
        while (i < t.size() && (t[i] == u' ' || t[i] == u'\u00A0'))
            ++i;
        return i - start;
    };

    int month = 0;
    int year = 0;
    const qsizetype firstCount = readDigits(month);
    qsizetype yearDigits = 0;
    if (i == t.size()) {
        // No separator: MMYY or MMYYYY.
        if (firstCount != 4 && firstCount != 6)
            return invalid();
        yearDigits = firstCount - 2;
        const int scale = yearDigits == 2 ? 100 : 10000;
        year = month % scale;
        month /= scale;
    } else {
        // M or MM, a separator (/ - . or spaces alone), YY or YYYY.
        if (firstCount < 1 || firstCount > 2)
            return invalid();
        const qsizetype spaces = skipSpaces();
        if (i < t.size() && (t[i] == u'/' || t[i] == u'-' || t[i] == u'.')) {
            ++i;
            skipSpaces();
        } else if (spaces == 0) {
            return invalid();
        }
        yearDigits = readDigits(year);
        if (i != t.size() || (yearDigits != 2 && yearDigits != 4))
            return invalid();
    }
    if (month < 1 || month > 12)
        return fail(
            QStringLiteral("month"),
            QCoreApplication::translate("pavt::Cards", "The expiry month must be from 01 to 12."));
    if (yearDigits == 2)
        year += 2000;
    return Expiry { month, year };
}

std::optional<Error> checkExpiry(const Expiry &expiry, const Clock &clock)
{
    if (expiry.month < 1 || expiry.month > 12)
        return error(
            "month",
            QCoreApplication::translate("pavt::Cards", "The expiry month must be from 01 to 12."));
    if (expiry.year < 1000 || expiry.year > 9999)
        return error("invalid",
                     QCoreApplication::translate(
                         "pavt::Cards", "Enter the expiry year with four digits, like 2027."));
    const QDate today = clock.today();
    if (!today.isValid())
        return std::nullopt;
    if (expiry.year * 12 + expiry.month < today.year() * 12 + today.month())
        return error(
            "expired",
            QCoreApplication::translate(
                "pavt::Cards",
                "The card expired at the end of %1/%2. Ask the cardholder for another card.")
                .arg(expiry.month, 2, 10, QLatin1Char('0'))
                .arg(expiry.year));
    if (expiry.year - today.year() > 20)
        return error(
            "too_far",
            QCoreApplication::translate(
                "pavt::Cards",
                "The expiry year %1 is more than 20 years away. Check the year on the card.")
                .arg(expiry.year));
    return std::nullopt;
}

} // namespace pavt
