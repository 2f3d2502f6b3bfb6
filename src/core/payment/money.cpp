// SPDX-License-Identifier: MIT
#include "core/payment/money.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <span>

namespace pavt {

namespace {

// Longer input is refused before it is scanned: the longest valid amount is far shorter.
constexpr qsizetype MaxInputLength = 64;
// 10^18 is the largest power of ten in a qint64.
constexpr int MaxExponent = 18;
constexpr quint64 Pow10[MaxExponent + 1] = {
    1ULL,
    10ULL,
    100ULL,
    1'000ULL,
    10'000ULL,
    100'000ULL,
    1'000'000ULL,
    10'000'000ULL,
    100'000'000ULL,
    1'000'000'000ULL,
    10'000'000'000ULL,
    100'000'000'000ULL,
    1'000'000'000'000ULL,
    10'000'000'000'000ULL,
    100'000'000'000'000ULL,
    1'000'000'000'000'000ULL,
    10'000'000'000'000'000ULL,
    100'000'000'000'000'000ULL,
    1'000'000'000'000'000'000ULL,
};

// Calls f for each code point of s; an unpaired surrogate is passed on as itself.
template<typename F> void forEachCodePoint(QStringView s, F &&f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            ++i;
        }
        if (!f(c))
            return;
    }
}

// The code point of a one-character locale symbol, or 0.
char32_t singleCodePoint(const QString &s)
{
    if (s.size() == 1)
        return s.at(0).unicode();
    if (s.size() == 2 && s.at(0).isHighSurrogate() && s.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(s.at(0), s.at(1));
    return 0;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

struct Symbols
{
    char32_t decimal = U'.';
    char32_t group = 0; // 0: none
    char32_t zero = U'0'; // the locale's own digits are zero..zero+9

    explicit Symbols(const QLocale &locale)
    {
        if (const char32_t d = singleCodePoint(locale.decimalPoint()))
            decimal = d;
        group = singleCodePoint(locale.groupSeparator());
        if (const char32_t z = singleCodePoint(locale.zeroDigit()))
            zero = z;
    }

    int digitValue(char32_t c) const
    {
        if (c >= U'0' && c <= U'9')
            return int(c - U'0');
        if (c >= zero && c <= zero + 9)
            return int(c - zero);
        return -1;
    }
};

// Which group separators may be used together: all spaces are one kind, all apostrophes
// another, the locale's own separator a third; 0 means "not a group separator here".
int separatorKind(char32_t c, const Symbols &symbols)
{
    switch (c) {
    case U' ':
    case 0x00A0: // no-break space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space (fr)
        return 1;
    case U'\'':
    case 0x2019: // right single quotation mark (de_CH)
        return 2;
    default:
        return c == symbols.group ? 3 : 0;
    }
}

bool isBidiMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C; // LRM, RLM, ALM (in ar/fa/he negative signs)
}

struct Token
{
    enum Type : quint8 { Digit, Decimal, Separator };
    Type type = Digit;
    quint8 digit = 0; // Digit
    quint8 kind = 0; // Separator: separatorKind(), 0 = cannot separate groups here
    bool dotOrComma = false; // Separator: '.' or ',' (not the locale's decimal sign)
};

using Tokens = QVarLengthArray<Token, MaxInputLength>;

enum class Invalid {
    TooLong,
    BadCharacter,
    NoDigits,
    TwoDecimalSigns,
    SeparatorInFraction,
    Misplaced
};

Error invalid(Invalid reason)
{
    QString message;
    switch (reason) {
    case Invalid::TooLong:
        message = QCoreApplication::translate(
                      "pavt::Money", "The amount is too long: it has more than %1 characters.")
                      .arg(MaxInputLength);
        break;
    case Invalid::BadCharacter:
        message = QCoreApplication::translate(
            "pavt::Money",
            "The amount can contain only digits, one decimal sign and thousands "
            "separators, without a sign or a currency code or symbol.");
        break;
    case Invalid::NoDigits:
        message = QCoreApplication::translate("pavt::Money", "The amount has no digits.");
        break;
    case Invalid::TwoDecimalSigns:
        message = QCoreApplication::translate("pavt::Money",
                                              "The amount has more than one decimal sign.");
        break;
    case Invalid::SeparatorInFraction:
        message = QCoreApplication::translate(
            "pavt::Money", "The amount has a thousands separator after its decimal sign.");
        break;
    case Invalid::Misplaced:
        message = QCoreApplication::translate(
            "pavt::Money",
            "A thousands separator or decimal sign is in the wrong place: thousands "
            "separators go between groups of three digits.");
        break;
    }
    return Error { QStringLiteral("invalid"), message };
}

std::optional<Invalid> tokenize(QStringView body, const Symbols &symbols, Tokens &tokens)
{
    std::optional<Invalid> error;
    int family = 0; // 1: ASCII digits, 2: the locale's own digits; never mixed
    forEachCodePoint(body, [&](char32_t c) {
        Token token;
        if (const int value = symbols.digitValue(c); value >= 0) {
            const int thisFamily = c <= U'9' ? 1 : 2;
            if (family != 0 && family != thisFamily) {
                error = Invalid::BadCharacter;
                return false;
            }
            family = thisFamily;
            token.digit = quint8(value);
        } else if (c == symbols.decimal) {
            token.type = Token::Decimal;
        } else {
            token.type = Token::Separator;
            token.kind = quint8(separatorKind(c, symbols));
            token.dotOrComma = c == U'.' || c == U',';
            if (token.kind == 0 && !token.dotOrComma) {
                error = Invalid::BadCharacter;
                return false;
            }
        }
        tokens.append(token);
        return true;
    });
    if (!error && family == 0)
        error = Invalid::NoDigits;
    return error;
}

using GroupSizes = QVarLengthArray<int, 24>;

QLocale withGrouping(const QLocale &locale)
{
    QLocale grouped(locale);
    if (locale.numberOptions() & QLocale::OmitGroupSeparator)
        grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouped;
}

// Whether the groups are exactly those QLocale::toString() writes for the same number in this
// locale (Indian "12,34,567", Qt's "1234.567" for es_ES...).
bool matchesLocaleGrouping(std::span<const Token> whole, const GroupSizes &sizes,
                           const QLocale &locale, const Symbols &symbols)
{
    quint64 value = 0;
    int digits = 0;
    for (const Token &t : whole) {
        if (t.type != Token::Digit)
            continue;
        if (digits == 0 && t.digit == 0)
            return false; // QLocale writes no leading zeros
        if (++digits > MaxExponent)
            return false;
        value = value * 10 + t.digit;
    }
    const QString formatted = withGrouping(locale).toString(qulonglong(value));
    GroupSizes expected { 0 };
    forEachCodePoint(formatted, [&](char32_t c) {
        if (symbols.digitValue(c) >= 0)
            ++expected.back();
        else
            expected.append(0);
        return true;
    });
    return expected == sizes;
}

// Whether the separators of the whole part (no decimal sign in it) sit where they may.
bool groupingValid(std::span<const Token> whole, const QLocale &locale, const Symbols &symbols)
{
    GroupSizes sizes { 0 };
    int kind = 0;
    for (const Token &t : whole) {
        if (t.type == Token::Digit) {
            ++sizes.back();
            continue;
        }
        if (t.type != Token::Separator || t.kind == 0 || (kind != 0 && t.kind != kind)
            || sizes.back() == 0)
            return false;
        kind = t.kind;
        sizes.append(0);
    }
    if (sizes.size() == 1)
        return true;
    if (sizes.back() == 0)
        return false;
    bool threes = sizes.front() <= 3;
    for (qsizetype i = 1; i < sizes.size() && threes; ++i)
        threes = sizes.at(i) == 3;
    return threes || matchesLocaleGrouping(whole, sizes, locale, symbols);
}

bool allDigits(std::span<const Token> tokens)
{
    return std::all_of(tokens.begin(), tokens.end(),
                       [](const Token &t) { return t.type == Token::Digit; });
}

QString tooManyDecimalsMessage(const Currency &currency)
{
    if (currency.minorUnits == 0)
        return QCoreApplication::translate("pavt::Money", "%1 has no decimal places.")
            .arg(currency.code);
    if (currency.minorUnits == 1)
        return QCoreApplication::translate("pavt::Money", "%1 allows at most 1 decimal place.")
            .arg(currency.code);
    return QCoreApplication::translate("pavt::Money", "%1 allows at most %n decimal places.",
                                       nullptr, currency.minorUnits)
        .arg(currency.code);
}

} // namespace

Result<qint64> parseAmount(QStringView text, const Currency &currency, const QLocale &locale)
{
    const int exponent = currency.minorUnits;
    if (!currency.isPayable() || exponent > MaxExponent)
        return fail(QStringLiteral("not_payable"),
                    QCoreApplication::translate("pavt::Money",
                                                "%1 (%2) cannot be charged: it has no minor unit.")
                        .arg(currency.code, currency.name));

    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("empty"),
                    QCoreApplication::translate("pavt::Money", "Enter an amount."));
    if (trimmed.size() > MaxInputLength)
        return std::unexpected(invalid(Invalid::TooLong));

    // A leading minus (after the bidi mark some locales put first) is recognised only to be
    // refused.
    qsizetype start = 0;
    while (start < trimmed.size() && isBidiMark(trimmed[start].unicode()))
        ++start;
    const bool negative
        = start < trimmed.size() && (trimmed[start] == u'-' || trimmed[start] == QChar(0x2212));
    const QStringView body = negative ? trimmed.sliced(start + 1) : trimmed;

    const Symbols symbols(locale);
    Tokens tokens;
    if (const auto error = tokenize(body, symbols, tokens))
        return std::unexpected(invalid(*error));

    const std::span<const Token> all(tokens.constData(), size_t(tokens.size()));
    std::span<const Token> whole;
    std::span<const Token> fraction;
    const auto decimalSign = std::find_if(all.begin(), all.end(),
                                          [](const Token &t) { return t.type == Token::Decimal; });
    if (decimalSign != all.end()) {
        const auto at = size_t(decimalSign - all.begin());
        whole = all.first(at);
        fraction = all.subspan(at + 1);
        if (std::any_of(fraction.begin(), fraction.end(),
                        [](const Token &t) { return t.type == Token::Decimal; }))
            return std::unexpected(invalid(Invalid::TwoDecimalSigns));
        if (!allDigits(fraction))
            return std::unexpected(invalid(Invalid::SeparatorInFraction));
        if (!groupingValid(whole, locale, symbols))
            return std::unexpected(invalid(Invalid::Misplaced));
    } else if (groupingValid(all, locale, symbols)) {
        whole = all;
    } else {
        // The numeric keypad rule: one '.' or ',' that is not a valid group separator here,
        // followed by 1..exponent digits and nothing else, is the decimal sign.
        const auto count
            = std::count_if(all.begin(), all.end(), [](const Token &t) { return t.dotOrComma; });
        const auto sign
            = std::find_if(all.begin(), all.end(), [](const Token &t) { return t.dotOrComma; });
        if (count != 1)
            return std::unexpected(invalid(Invalid::Misplaced));
        const auto at = size_t(sign - all.begin());
        whole = all.first(at);
        fraction = all.subspan(at + 1);
        if (fraction.empty() || fraction.size() > size_t(exponent) || !allDigits(fraction)
            || !groupingValid(whole, locale, symbols))
            return std::unexpected(invalid(Invalid::Misplaced));
    }

    const auto nonZero = [](const Token &t) { return t.type == Token::Digit && t.digit != 0; };
    const bool isZero = std::none_of(whole.begin(), whole.end(), nonZero)
        && std::none_of(fraction.begin(), fraction.end(), nonZero);
    if (negative && !isZero)
        return fail(QStringLiteral("negative"),
                    QCoreApplication::translate("pavt::Money", "The amount cannot be negative."));
    if (fraction.size() > size_t(exponent))
        return fail(QStringLiteral("too_many_decimals"), tooManyDecimalsMessage(currency));

    const auto tooLarge = [&] {
        return fail(QStringLiteral("too_large"),
                    QCoreApplication::translate(
                        "pavt::Money", "The amount is too large: at most %1 can be charged.")
                        .arg(formatMoney(MaxAmountMinorUnits, currency, locale)));
    };
    quint64 major = 0;
    int significant = 0;
    for (const Token &t : whole) {
        if (t.type != Token::Digit || (significant == 0 && t.digit == 0))
            continue;
        if (++significant > MaxExponent)
            return tooLarge();
        major = major * 10 + t.digit;
    }
    quint64 minorPart = 0;
    for (const Token &t : fraction)
        minorPart = minorPart * 10 + t.digit;
    minorPart *= Pow10[exponent - int(fraction.size())];
    const quint64 max = quint64(MaxAmountMinorUnits);
    if (major > max / Pow10[exponent])
        return tooLarge();
    const quint64 minor = major * Pow10[exponent] + minorPart;
    if (minor > max)
        return tooLarge();
    if (minor == 0)
        return fail(
            QStringLiteral("zero"),
            QCoreApplication::translate("pavt::Money", "The amount must be greater than zero."));
    return qint64(minor);
}

QString formatAmount(qint64 minor, const Currency &currency, const QLocale &locale)
{
    const int exponent = std::clamp(currency.minorUnits, 0, MaxExponent);
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    QString out;
    if (minor < 0)
        out += locale.negativeSign();
    out += withGrouping(locale).toString(qulonglong(magnitude / Pow10[exponent]));
    if (exponent > 0) {
        out += locale.decimalPoint();
        const Symbols symbols(locale);
        const QByteArray digits = QByteArray::number(magnitude % Pow10[exponent]);
        for (qsizetype i = digits.size(); i < exponent; ++i)
            appendCodePoint(out, symbols.zero);
        for (const char d : digits)
            appendCodePoint(out, symbols.zero + char32_t(d - '0'));
    }
    return out;
}

QString formatMoney(qint64 minor, const Currency &currency, const QLocale &locale)
{
    return currency.code + u' ' + formatAmount(minor, currency, locale);
}

QByteArray majorUnitsDecimal(qint64 minor, int minorUnits)
{
    char out[48];
    return QByteArray(out, majorUnitsDecimal(minor, minorUnits, out));
}

int majorUnitsDecimal(qint64 minor, int minorUnits, char (&out)[48])
{
    const int exponent = std::clamp(minorUnits, 0, MaxExponent);
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    char *p = out;
    if (minor < 0)
        *p++ = '-';
    p = std::to_chars(p, out + sizeof out, magnitude / Pow10[exponent]).ptr;
    if (exponent > 0) {
        *p++ = '.';
        char fraction[24];
        const char *end
            = std::to_chars(fraction, fraction + sizeof fraction, magnitude % Pow10[exponent]).ptr;
        const int digits = int(end - fraction);
        for (int i = digits; i < exponent; ++i)
            *p++ = '0';
        std::memcpy(p, fraction, size_t(digits));
        p += digits;
    }
    return int(p - out);
}

} // namespace pavt
