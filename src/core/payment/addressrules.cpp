// SPDX-License-Identifier: MIT
// FieldRules: the billing address's state and postcode rules, with their tables (declared in
// fieldrules.h).
#include "core/payment/fieldrules.h"
#include "core/payment/rulehelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace pavt::FieldRules {

namespace {

using namespace rules;

// USPS codes: states, DC, territories, freely associated states, military.
constexpr std::array<const char *, 62> UsStates {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI", "FM", "MH", "PW", "AA", "AE", "AP"
};
constexpr std::array<const char *, 13> CaProvinces { "AB", "BC", "MB", "NB", "NL", "NS", "NT",
                                                     "NU", "ON", "PE", "QC", "SK", "YT" };

template<std::size_t N> bool isOneOf(QStringView value, const std::array<const char *, N> &codes)
{
    for (const char *code : codes) {
        if (equalsCode(value, code))
            return true;
    }
    return false;
}

// ---- postcodes ----------------------------------------------------------------------------------

bool isCanadianPostcode(QStringView zip)
{
    if (!matchesShape(zip, "A9A_9A9"))
        return false;
    auto allowedLetter = [](char16_t c, bool first) {
        c = asciiUpper(c);
        if (c == u'D' || c == u'F' || c == u'I' || c == u'O' || c == u'Q' || c == u'U')
            return false;
        return !(first && (c == u'W' || c == u'Z'));
    };
    const qsizetype second = zip.size() == 7 ? 4 : 3;
    return allowedLetter(zip[0].unicode(), true) && allowedLetter(zip[2].unicode(), false)
        && allowedLetter(zip[second + 1].unicode(), false);
}

bool isDutchPostcode(QStringView zip)
{
    if (!matchesShape(zip, "9999_AA") || zip[0] == u'0')
        return false;
    const char16_t a = asciiUpper(zip[zip.size() - 2].unicode());
    const char16_t b = asciiUpper(zip[zip.size() - 1].unicode());
    return !(a == u'S' && (b == u'A' || b == u'D' || b == u'S'));
}

bool isEircodeLetter(char16_t c)
{
    // Eircodes use digits and the letters A C D E F H K N P R T V W X Y.
    c = asciiUpper(c);
    return c == u'A' || c == u'C' || c == u'D' || c == u'E' || c == u'F' || c == u'H' || c == u'K'
        || c == u'N' || c == u'P' || c == u'R' || c == u'T' || c == u'V' || c == u'W' || c == u'X'
        || c == u'Y';
}

bool isEircode(QStringView zip)
{
    if (zip.size() != 7 && zip.size() != 8)
        return false;
    if (zip.size() == 8 && zip[3] != u' ')
        return false;
    const QStringView routing = zip.first(3);
    const QStringView unique = zip.last(4);
    const bool d6w = asciiUpper(routing[0].unicode()) == u'D' && routing[1] == u'6'
        && asciiUpper(routing[2].unicode()) == u'W';
    const bool routingOk = d6w
        || (isEircodeLetter(routing[0].unicode()) && isAsciiDigit(routing[1].unicode())
            && isAsciiDigit(routing[2].unicode()));
    if (!routingOk)
        return false;
    for (const QChar ch : unique) {
        if (!isAsciiDigit(ch.unicode()) && !isEircodeLetter(ch.unicode()))
            return false;
    }
    return true;
}

bool isUkPostcode(QStringView zip)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]"
            "|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    // The longest form ("EC1A 1BB", "DN55 1PT") has 8 characters; don't run the engine on more.
    return zip.size() >= 5 && zip.size() <= 8 && pattern.match(zip).hasMatch();
}

bool isLenientPostcode(QStringView zip)
{
    bool alnum = false;
    for (const QChar ch : zip) {
        const char16_t c = ch.unicode();
        if (isAsciiAlnum(c))
            alnum = true;
        else if (c != u' ' && c != u'-')
            return false;
    }
    return alnum;
}

// An example for the message, or nullptr when the country has no specific format here.
const char *postcodeExample(QStringView country)
{
    struct Format
    {
        const char *country;
        const char *example;
    };
    static constexpr std::array<Format, 18> Formats { { { "US", "90210" },
                                                        { "GB", "SW1A 1AA" },
                                                        { "GG", "GY1 1AA" },
                                                        { "JE", "JE2 3AB" },
                                                        { "IM", "IM1 1AA" },
                                                        { "CA", "K1A 0B1" },
                                                        { "DE", "10115" },
                                                        { "FR", "75008" },
                                                        { "IT", "00184" },
                                                        { "ES", "28013" },
                                                        { "NL", "1012 AB" },
                                                        { "AU", "2000" },
                                                        { "AT", "1010" },
                                                        { "BE", "1000" },
                                                        { "CH", "8001" },
                                                        { "IE", "D02 X285" },
                                                        { "SE", "114 55" },
                                                        { "JP", "100-0001" } } };
    for (const Format &f : Formats) {
        if (equalsCode(country, f.country))
            return f.example;
    }
    return nullptr;
}

// Whether zip (trimmed, not empty) has the form used in country (lenient for other countries).
bool matchesCountryPostcode(QStringView zip, QStringView country)
{
    auto is = [&country](const char *code) { return equalsCode(country, code); };
    if (is("US"))
        return matchesShape(zip, "99999") || matchesShape(zip, "99999-9999");
    if (is("GB") || is("GG") || is("JE") || is("IM"))
        return isUkPostcode(zip);
    if (is("CA"))
        return isCanadianPostcode(zip);
    if (is("DE") || is("FR") || is("IT"))
        return matchesShape(zip, "99999");
    if (is("ES")) {
        if (!matchesShape(zip, "99999"))
            return false;
        const int province = (zip[0].unicode() - u'0') * 10 + (zip[1].unicode() - u'0');
        return province >= 1 && province <= 52;
    }
    if (is("NL"))
        return isDutchPostcode(zip);
    if (is("AU"))
        return matchesShape(zip, "9999");
    if (is("AT") || is("BE") || is("CH"))
        return matchesShape(zip, "9999") && zip[0] != u'0';
    if (is("IE"))
        return isEircode(zip);
    if (is("SE"))
        return matchesShape(zip, "999_99") && zip[0] != u'0';
    if (is("JP"))
        return matchesShape(zip, "999-9999") || matchesShape(zip, "9999999");
    return isLenientPostcode(zip);
}

} // namespace

std::optional<Error> checkState(QStringView state, QStringView countryAlpha2)
{
    const QStringView t = state.trimmed();
    const QStringView country = countryAlpha2.trimmed();
    if (t.isEmpty())
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "Enter the state, province or region."));
    if (equalsCode(country, "US")) {
        if (!isOneOf(t, UsStates))
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "Enter the two-letter state code, like NY "
                                                     "or CA."));
        return std::nullopt;
    }
    if (equalsCode(country, "CA")) {
        if (!isOneOf(t, CaProvinces))
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "Enter the two-letter province code, like ON "
                                                     "or QC."));
        return std::nullopt;
    }
    return checkText(t, MaxStateLength);
}

std::optional<Error> checkZip(QStringView zip, QStringView countryAlpha2)
{
    const QStringView t = zip.trimmed();
    const QStringView country = countryAlpha2.trimmed();
    if (t.isEmpty())
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "Enter the postcode (ZIP code) of the billing "
                                                 "address."));
    const char *example = postcodeExample(country);
    if (!example && t.size() > MaxZipLength)
        return error("too_long",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The postcode is too long: it can have at most "
                                                 "%n characters.",
                                                 nullptr, MaxZipLength));
    if (t.size() > MaxZipLength || !matchesCountryPostcode(t, country)) {
        if (!example)
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "The postcode can contain only letters, "
                                                     "digits, spaces and dashes."));
        if (equalsCode(country, "US"))
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "Enter the ZIP code as 5 digits, like 90210, "
                                                     "or as ZIP+4, like 90210-1234."));
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "This postcode does not have the form used in "
                                                 "the selected country, like %1.")
                         .arg(QLatin1StringView(example)));
    }
    return std::nullopt;
}

} // namespace pavt::FieldRules
