// SPDX-License-Identifier: MIT
// Amount parsing: pavt::parseAmount(text, currency, locale), and formatAmount/majorUnitsDecimal
// as its inverse.
//
// Input: byte 0 picks the currency (payable ones with 0, 2, 3 and 4 decimals, and one that is not
// payable), byte 1 the locale (Latin, Arabic-Indic, Devanagari, Bengali, Persian digits; comma and
// dot decimals; space, NBSP, narrow NBSP, apostrophe and Indian grouping); bit 7 of byte 1 reads
// the rest as raw UTF-16 (unpaired surrogates included) instead of UTF-8.
//
// Invariants (beyond "no crash, no sanitizer report"):
// - A result is in 1..MaxAmountMinorUnits; an error has one of the documented codes, and
//   "not_payable" exactly for the currency without a minor unit.
// - formatAmount(v) in the same locale, formatAmount(v) in the C locale, and majorUnitsDecimal(v)
//   in the C locale all parse back to v.
// - Surrounding white space (space, tab, NBSP) changes nothing.
// - Plain ASCII digits with at most one '.' and no more decimals than the currency has mean what
//   they say, in the C locale (checked against a reference computed here).
// - More than 64 characters after trimming are "invalid" (never scanned).
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "support/fuzzsupport.h"

#include <QLocale>

#include <array>

using namespace pavt;

namespace {

const QList<const Currency *> &currencies()
{
    static const QList<const Currency *> list = [] {
        QList<const Currency *> out;
        for (const char *code : { "GBP", "JPY", "KWD", "CLF", "EUR", "INR", "XAU" }) {
            const Currency *c = Currencies::find(QString::fromLatin1(code));
            if (!c)
                qFatal("currency %s missing from the ISO table", code);
            out.append(c);
        }
        return out;
    }();
    return list;
}

const QList<QLocale> &locales()
{
    static const QList<QLocale> list = [] {
        QList<QLocale> out { QLocale::c() };
        for (const char *name :
             { "en_US", "en_GB", "de_DE", "de_CH", "fr_FR", "fr_CH", "es_ES", "it_IT", "pt_BR",
               "nl_NL", "sv_SE", "pl_PL", "ru_RU", "en_IN", "hi_IN", "mr_IN", "bn_BD", "ar_EG",
               "ar_SA", "fa_IR", "he_IL", "ja_JP", "zh_CN", "th_TH", "my_MM", "ne_NP" })
            out.append(QLocale(QLatin1StringView(name)));
        return out;
    }();
    return list;
}

bool knownCode(const QString &code)
{
    static const std::array<QString, 7> codes = { QStringLiteral("not_payable"),
                                                  QStringLiteral("empty"),
                                                  QStringLiteral("invalid"),
                                                  QStringLiteral("negative"),
                                                  QStringLiteral("too_many_decimals"),
                                                  QStringLiteral("too_large"),
                                                  QStringLiteral("zero") };
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The reference reading of plain input: ASCII digits, at most one '.', at most `exponent`
// decimals, nothing else. nullopt when the text is not of that form.
std::optional<quint64> plainReference(QStringView text, int exponent)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 30)
        return std::nullopt;
    quint64 whole = 0;
    quint64 fraction = 0;
    int decimals = -1;
    int digits = 0;
    int significant = 0;
    for (QChar ch : t) {
        if (ch == u'.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        ++digits;
        const int d = ch.unicode() - u'0';
        if (decimals >= 0) {
            if (++decimals > exponent)
                return std::nullopt;
            fraction = fraction * 10 + quint64(d);
        } else {
            if (significant > 0 || d != 0)
                ++significant;
            if (significant > 15)
                return std::nullopt; // beyond the limit anyway; keep the reference exact
            whole = whole * 10 + quint64(d);
        }
    }
    if (digits == 0)
        return std::nullopt;
    quint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    for (int i = qMax(decimals, 0); i < exponent; ++i)
        fraction *= 10;
    return whole * scale + fraction;
}

QString describe(QStringView text, const Currency &currency, const QLocale &locale)
{
    return QStringLiteral("\"%1\" %2 %3").arg(fuzz::printable(text), currency.code, locale.name());
}

void checkParsesTo(const QString &text, qint64 expected, const Currency &currency,
                   const QLocale &locale, const char *what)
{
    const auto again = parseAmount(text, currency, locale);
    FUZZ_CHECK(again && *again == expected,
               QStringLiteral("%1 %2 reads back as %3 (%4) instead of %5")
                   .arg(QLatin1StringView(what), describe(text, currency, locale))
                   .arg(again ? *again : -1)
                   .arg(again ? QString() : again.error().code)
                   .arg(expected));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    currencies();
    locales();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return -1;
    fuzz::Input in(data, size);
    const Currency &currency = *currencies().at(in.pick(currencies().size()));
    const uint8_t localeByte = in.byte();
    const QLocale &locale = locales().at((localeByte & 0x7f) % locales().size());
    const QString text
        = (localeByte & 0x80) ? fuzz::utf16(in.rest()) : QString::fromUtf8(in.rest());

    const auto result = parseAmount(text, currency, locale);
    if (!result) {
        const QString &code = result.error().code;
        FUZZ_CHECK(
            knownCode(code),
            QStringLiteral("unknown code %1 for %2").arg(code, describe(text, currency, locale)));
        FUZZ_CHECK((code == u"not_payable") == !currency.isPayable(),
                   describe(text, currency, locale) + u' ' + code);
        FUZZ_CHECK(!result.error().message.isEmpty(), describe(text, currency, locale));
        if (currency.isPayable() && QStringView(text).trimmed().size() > 64)
            FUZZ_CHECK(code == u"invalid", describe(text, currency, locale) + u' ' + code);
    } else {
        const qint64 v = *result;
        FUZZ_CHECK(currency.isPayable(), describe(text, currency, locale));
        FUZZ_CHECK(v >= 1 && v <= MaxAmountMinorUnits,
                   QStringLiteral("%1 -> %2").arg(describe(text, currency, locale)).arg(v));
        checkParsesTo(formatAmount(v, currency, locale), v, currency, locale,
                      "formatAmount in the locale:");
        checkParsesTo(formatAmount(v, currency, QLocale::c()), v, currency, QLocale::c(),
                      "formatAmount in C:");
        checkParsesTo(QString::fromLatin1(majorUnitsDecimal(v, currency.minorUnits)), v, currency,
                      QLocale::c(), "majorUnitsDecimal:");
    }

    // White space around the amount is ignored.
    const QString padded = QStringLiteral(" \t\u00a0") + text + QStringLiteral("\u00a0 ");
    const auto paddedResult = parseAmount(padded, currency, locale);
    FUZZ_CHECK(paddedResult.has_value() == result.has_value()
                   && (result ? *paddedResult == *result
                              : paddedResult.error().code == result.error().code),
               QStringLiteral("padding changes the reading of ")
                   + describe(text, currency, locale));

    // Plain digits mean what they say.
    if (currency.isPayable()) {
        if (const auto expected = plainReference(text, currency.minorUnits)) {
            const auto plain = parseAmount(text, currency, QLocale::c());
            if (*expected == 0)
                FUZZ_CHECK(!plain && plain.error().code == u"zero",
                           describe(text, currency, QLocale::c()));
            else if (*expected > quint64(MaxAmountMinorUnits))
                FUZZ_CHECK(!plain && plain.error().code == u"too_large",
                           describe(text, currency, QLocale::c()));
            else
                FUZZ_CHECK(plain && quint64(*plain) == *expected,
                           QStringLiteral("%1 -> %2 instead of %3")
                               .arg(describe(text, currency, QLocale::c()))
                               .arg(plain ? *plain : -1)
                               .arg(*expected));
        }
    }
    return 0;
}
