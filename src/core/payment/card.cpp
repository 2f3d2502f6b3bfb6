// SPDX-License-Identifier: MIT
#include "core/payment/card.h"

#include "core/payment/rulehelpers.h"

#include <QCoreApplication>
#include <QDate>

#include <openssl/crypto.h>

#include <array>
#include <limits>

namespace pavt {

using namespace rules;

namespace {

// What people paste or type between digit groups (see card.h).
bool isSeparator(char16_t c)
{
    switch (c) {
    case u' ':
    case u'-':
    case u'.':
    case u'\u00A0': // no-break space
    case u'\u2007': // figure space
    case u'\u2009': // thin space
    case u'\u200A': // hair space
    case u'\u202F': // narrow no-break space
    case u'\u2212': // minus sign
        return true;
    default:
        return c >= u'\u2010' && c <= u'\u2015'; // hyphen .. horizontal bar
    }
}

// Calls onDigit(char16_t) for every digit, skipping separators. False (after stopping) at the first
// character that is neither.
template<typename F> bool forEachDigit(QStringView input, F &&onDigit)
{
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (isAsciiDigit(c))
            onDigit(c);
        else if (!isSeparator(c))
            return false;
    }
    return true;
}

// -1 when the input is invalid, otherwise how many digits it has.
qsizetype countDigits(QStringView input)
{
    qsizetype n = 0;
    if (!forEachDigit(input, [&n](char16_t) { ++n; }))
        return -1;
    return n;
}

// ---- IIN table ----------------------------------------------------------------------------------

constexpr int PrefixDigits = 6;

constexpr int powerOf10(int n)
{
    int r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// An IIN range as six-digit prefixes, inclusive.
struct IinRange
{
    int low;
    int high;
    CardBrand brand;
};

// first..last are prefixes with `digits` digits; the range covers every six-digit prefix that
// starts with one of them.
constexpr IinRange iin(int first, int last, int digits, CardBrand brand)
{
    const int scale = powerOf10(PrefixDigits - digits);
    return IinRange { first * scale, (last + 1) * scale - 1, brand };
}

// Sorted by low and non-overlapping (a static_assert below checks both).
//
// Decision on 622126-622925: Discover lists this range because its network accepts these cards,
// but they are issued in China as UnionPay cards and carry the UnionPay mark, which is what the
// cardholder reads out and what the operator expects to see. Lengths (16-19) and CVV length (3) are
// the same for both brands, so only the logo and brandId() depend on it. Keeping all of "62" as
// UnionPay also decides the brand at the second digit instead of the sixth while typing. To give
// the range to Discover, split the UnionPay entry into 620000-622125, 622926-629999 around a
// Discover entry iin(622126, 622925, 6, CardBrand::Discover).
constexpr std::array IinTable {
    iin(2200, 2204, 4, CardBrand::Mir),      iin(2221, 2720, 4, CardBrand::Mastercard),
    iin(300, 305, 3, CardBrand::DinersClub), iin(3095, 3095, 4, CardBrand::DinersClub),
    iin(34, 34, 2, CardBrand::Amex),         iin(3528, 3589, 4, CardBrand::Jcb),
    iin(36, 36, 2, CardBrand::DinersClub),   iin(37, 37, 2, CardBrand::Amex),
    iin(38, 39, 2, CardBrand::DinersClub),   iin(4, 4, 1, CardBrand::Visa),
    iin(5018, 5018, 4, CardBrand::Maestro),  iin(5020, 5020, 4, CardBrand::Maestro),
    iin(5038, 5038, 4, CardBrand::Maestro),  iin(51, 55, 2, CardBrand::Mastercard),
    iin(5893, 5893, 4, CardBrand::Maestro),  iin(6011, 6011, 4, CardBrand::Discover),
    iin(62, 62, 2, CardBrand::UnionPay),     iin(6304, 6304, 4, CardBrand::Maestro),
    iin(644, 649, 3, CardBrand::Discover),   iin(65, 65, 2, CardBrand::Discover),
    iin(6759, 6759, 4, CardBrand::Maestro),  iin(6761, 6763, 4, CardBrand::Maestro),
};

constexpr bool tableIsSorted()
{
    for (std::size_t i = 0; i < IinTable.size(); ++i) {
        if (IinTable[i].low > IinTable[i].high)
            return false;
        if (i > 0 && IinTable[i - 1].high >= IinTable[i].low)
            return false;
    }
    return true;
}
static_assert(tableIsSorted(), "IIN ranges must be sorted and must not overlap");

// The brand whose ranges cover every six-digit prefix in [low, high] without a gap, else Unknown.
CardBrand brandCovering(int low, int high)
{
    CardBrand brand = CardBrand::Unknown;
    int next = low; // the first prefix not yet covered
    for (const IinRange &range : IinTable) {
        if (range.high < low)
            continue;
        if (range.low > high)
            break;
        if (range.low > next)
            return CardBrand::Unknown; // a gap: some completions belong to no brand
        if (brand != CardBrand::Unknown && brand != range.brand)
            return CardBrand::Unknown; // two brands are still possible
        brand = range.brand;
        next = range.high + 1;
        if (next > high)
            return brand;
    }
    return CardBrand::Unknown;
}

// ---- lengths ------------------------------------------------------------------------------------

constexpr quint32 lengthBits(int from, int to)
{
    quint32 bits = 0;
    for (int i = from; i <= to; ++i)
        bits |= quint32(1) << i;
    return bits;
}

quint32 allowedLengthBits(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return (1u << 13) | (1u << 16) | (1u << 19);
    case CardBrand::Mastercard:
        return 1u << 16;
    case CardBrand::Amex:
        return 1u << 15;
    case CardBrand::Discover:
    case CardBrand::Jcb:
    case CardBrand::UnionPay:
    case CardBrand::Mir:
        return lengthBits(16, 19);
    case CardBrand::DinersClub:
        return lengthBits(14, 19);
    case CardBrand::Maestro:
    case CardBrand::Unknown:
        return lengthBits(12, 19);
    }
    return lengthBits(12, 19);
}

// ---- formatting ---------------------------------------------------------------------------------

struct GroupPattern
{
    std::array<int, 5> sizes;
    int count;
};

GroupPattern groupPattern(CardBrand brand, qsizetype digitCount)
{
    if (brand == CardBrand::Amex)
        return { { 4, 6, 5, 0, 0 }, 3 };
    if (brand == CardBrand::DinersClub && digitCount <= 14)
        return { { 4, 6, 4, 0, 0 }, 3 };
    return { { 4, 4, 4, 4, 3 }, 5 };
}

// The brand decided by the first (up to six) digits of a valid input.
CardBrand brandOfDigits(QStringView input)
{
    int prefix = 0;
    int n = 0;
    const bool valid = forEachDigit(input, [&](char16_t c) {
        if (n < PrefixDigits) {
            prefix = prefix * 10 + (c - u'0');
            ++n;
        }
    });
    if (!valid || n == 0)
        return CardBrand::Unknown;
    const int scale = powerOf10(PrefixDigits - n);
    return brandCovering(prefix * scale, (prefix + 1) * scale - 1);
}

} // namespace

namespace Cards {

QString brandName(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return QStringLiteral("Visa");
    case CardBrand::Mastercard:
        return QStringLiteral("Mastercard");
    case CardBrand::Amex:
        return QStringLiteral("American Express");
    case CardBrand::Discover:
        return QStringLiteral("Discover");
    case CardBrand::Jcb:
        return QStringLiteral("JCB");
    case CardBrand::DinersClub:
        return QStringLiteral("Diners Club");
    case CardBrand::UnionPay:
        return QStringLiteral("UnionPay");
    case CardBrand::Maestro:
        return QStringLiteral("Maestro");
    case CardBrand::Mir:
        return QStringLiteral("Mir");
    case CardBrand::Unknown:
        break;
    }
    return QString();
}

QString brandId(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return QStringLiteral("visa");
    case CardBrand::Mastercard:
        return QStringLiteral("mastercard");
    case CardBrand::Amex:
        return QStringLiteral("amex");
    case CardBrand::Discover:
        return QStringLiteral("discover");
    case CardBrand::Jcb:
        return QStringLiteral("jcb");
    case CardBrand::DinersClub:
        return QStringLiteral("diners");
    case CardBrand::UnionPay:
        return QStringLiteral("unionpay");
    case CardBrand::Maestro:
        return QStringLiteral("maestro");
    case CardBrand::Mir:
        return QStringLiteral("mir");
    case CardBrand::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

CardBrand brandFromId(QStringView id)
{
    for (const CardBrand brand : { CardBrand::Visa, CardBrand::Mastercard, CardBrand::Amex,
                                   CardBrand::Discover, CardBrand::Jcb, CardBrand::DinersClub,
                                   CardBrand::UnionPay, CardBrand::Maestro, CardBrand::Mir }) {
        if (id == brandId(brand))
            return brand;
    }
    return CardBrand::Unknown;
}

QString normalise(QStringView input)
{
    const qsizetype n = countDigits(input);
    if (n <= 0 || n > MaxDigits)
        return QString();
    QString digits(n, Qt::Uninitialized);
    QChar *out = digits.data();
    forEachDigit(input, [&out](char16_t c) { *out++ = QChar(c); });
    return digits;
}

bool luhnValid(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const char16_t c = digits[i].unicode();
        if (!isAsciiDigit(c))
            return false;
        int d = c - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum = (sum + d) % 10;
        doubleIt = !doubleIt;
    }
    return sum == 0;
}

CardBrand detectBrand(QStringView digits)
{
    return brandOfDigits(digits);
}

QList<int> allowedLengths(CardBrand brand)
{
    const quint32 bits = allowedLengthBits(brand);
    QList<int> lengths;
    for (int i = 0; i <= MaxDigits; ++i) {
        if (bits & (quint32(1) << i))
            lengths.append(i);
    }
    return lengths;
}

int minLength(CardBrand brand)
{
    const quint32 bits = allowedLengthBits(brand);
    for (int i = 0; i <= MaxDigits; ++i) {
        if (bits & (quint32(1) << i))
            return i;
    }
    return MaxDigits;
}

int maxLength(CardBrand brand)
{
    const quint32 bits = allowedLengthBits(brand);
    for (int i = MaxDigits; i > 0; --i) {
        if (bits & (quint32(1) << i))
            return i;
    }
    return MaxDigits;
}

bool isAllowedLength(CardBrand brand, int length)
{
    return length >= 0 && length <= MaxDigits
        && (allowedLengthBits(brand) & (quint32(1) << length));
}

int cvvLength(CardBrand brand)
{
    return brand == CardBrand::Amex ? 4 : 3;
}

QString formatForDisplay(QStringView digits)
{
    const qsizetype n = countDigits(digits);
    if (n <= 0)
        return QString();
    const GroupPattern pattern = groupPattern(brandOfDigits(digits), n);
    QString out;
    out.reserve(n + n / 3 + 1);
    int group = 0;
    int inGroup = 0;
    forEachDigit(digits, [&](char16_t c) {
        const int size = group < pattern.count ? pattern.sizes[std::size_t(group)] : 4;
        if (inGroup == size) {
            out.append(QLatin1Char(' '));
            ++group;
            inGroup = 0;
        }
        out.append(QChar(c));
        ++inGroup;
    });
    return out;
}

int revealedDigitCount(int length)
{
    if (length <= 0)
        return 0;
    if (length >= 16)
        return 10;
    return length / 2;
}

QString mask(QStringView digits)
{
    const qsizetype n = countDigits(digits);
    if (n <= 0)
        return QString();
    const int shown
        = revealedDigitCount(int(std::min<qsizetype>(n, std::numeric_limits<int>::max())));
    const qsizetype shownLast = std::min(shown, 4);
    const qsizetype shownFirst = std::min(shown - int(shownLast), 6);
    QString out(n, Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype i = 0;
    forEachDigit(digits, [&](char16_t c) {
        *dst++ = (i < shownFirst || i >= n - shownLast) ? QChar(c) : QLatin1Char('*');
        ++i;
    });
    return out;
}

QString maskedShort(QStringView digits)
{
    const qsizetype n = countDigits(digits);
    if (n <= 0)
        return QString();
    const qsizetype shownLast = std::min(
        revealedDigitCount(int(std::min<qsizetype>(n, std::numeric_limits<int>::max()))), 4);
    QString out = QStringLiteral("\u2022\u2022\u2022\u2022");
    if (shownLast == 0)
        return out;
    out.append(QLatin1Char(' '));
    qsizetype i = 0;
    forEachDigit(digits, [&](char16_t c) {
        if (i++ >= n - shownLast)
            out.append(QChar(c));
    });
    return out;
}

QString firstSix(QStringView digits)
{
    const qsizetype n = countDigits(digits);
    if (n < 12 || n > MaxDigits)
        return QString();
    return normalise(digits).left(6);
}

QString lastFour(QStringView digits)
{
    const qsizetype n = countDigits(digits);
    if (n < 12 || n > MaxDigits)
        return QString();
    return normalise(digits).right(4);
}

} // namespace Cards

CardCheck checkCardNumber(QStringView input)
{
    CardCheck check;
    // The digits stay in this buffer, which is wiped before returning.
    std::array<char16_t, Cards::MaxDigits> buffer {};
    qsizetype n = 0;
    const bool valid = forEachDigit(input, [&](char16_t c) {
        if (n < Cards::MaxDigits)
            buffer[std::size_t(n)] = c;
        ++n;
    });

    if (!valid) {
        check.code = QStringLiteral("invalid_characters");
        check.message = QCoreApplication::translate(
            "pavt::Cards",
            "The card number can contain only digits, with spaces or dashes between the "
            "groups. Remove any letters or other characters that came with it.");
    } else if (n == 0) {
        check.code = QStringLiteral("required");
        check.message = QCoreApplication::translate("pavt::Cards", "Enter the card number.");
    } else {
        const QStringView digits(buffer.data(), std::min<qsizetype>(n, Cards::MaxDigits));
        check.brand = Cards::detectBrand(digits);
        check.digitCount = int(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
        const int maxLength = Cards::maxLength(check.brand);
        check.canGrow = n < maxLength;
        check.complete = n <= maxLength && Cards::isAllowedLength(check.brand, int(n));
        if (n > maxLength) {
            check.code = QStringLiteral("too_long");
            check.message = check.brand == CardBrand::Unknown
                ? QCoreApplication::translate(
                    "pavt::Cards",
                    "The card number has too many digits: a card number has at most %n digits.",
                    nullptr, maxLength)
                : QCoreApplication::translate(
                      "pavt::Cards",
                      "The card number has too many digits: a %1 card number has at most %n "
                      "digits.",
                      nullptr, maxLength)
                      .arg(Cards::brandName(check.brand));
        } else if (!check.complete) {
            check.code = QStringLiteral("incomplete");
            check.message = QCoreApplication::translate(
                "pavt::Cards",
                "The card number is incomplete. Check that every digit has been "
                "entered.");
        } else if (check.brand == CardBrand::Unknown) {
            check.code = QStringLiteral("unknown_brand");
            check.message = QCoreApplication::translate(
                "pavt::Cards",
                "The card number does not belong to a card brand this terminal "
                "accepts. Check the first digits.");
        } else if (!Cards::luhnValid(digits)) {
            check.code = QStringLiteral("luhn");
            check.message = QCoreApplication::translate(
                "pavt::Cards",
                "The card number is not valid. Check it for a mistyped or swapped "
                "digit.");
        }
    }
    OPENSSL_cleanse(buffer.data(), sizeof buffer);
    return check;
}

std::optional<Error> checkCvv(QStringView cvv, CardBrand brand)
{
    const QStringView code = cvv.trimmed();
    const bool amex = brand == CardBrand::Amex;
    if (code.isEmpty())
        return error("required",
                     amex ? QCoreApplication::translate(
                         "pavt::Cards",
                         "Enter the card's security code: the 4 digits printed on the front "
                         "of the American Express card.")
                          : QCoreApplication::translate(
                              "pavt::Cards",
                              "Enter the card's security code: the 3 digits on the back of the "
                              "card."));
    for (const QChar ch : code) {
        if (!isAsciiDigit(ch.unicode()))
            return error("invalid_characters",
                         QCoreApplication::translate("pavt::Cards",
                                                     "The security code can contain only digits."));
    }
    if (code.size() != Cards::cvvLength(brand))
        return error("wrong_length",
                     amex ? QCoreApplication::translate(
                         "pavt::Cards", "The security code must be 4 digits for American Express.")
                          : QCoreApplication::translate("pavt::Cards",
                                                        "The security code must be 3 digits."));
    return std::nullopt;
}

} // namespace pavt
