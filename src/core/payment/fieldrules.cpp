// SPDX-License-Identifier: MIT
#include "core/payment/fieldrules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace pavt::FieldRules {

namespace {

// Messages use QCoreApplication::translate("pavt::FieldRules", "…") with literal arguments so that
// lupdate files them under the same context the program looks them up in.

std::optional<Error> error(const char *code, QString message)
{
    return Error { QString::fromLatin1(code), std::move(message) };
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

char16_t asciiUpper(char16_t c)
{
    return (c >= u'a' && c <= u'z') ? char16_t(c - (u'a' - u'A')) : c;
}

bool isHexDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// The characters checkText() rejects (see fieldrules.h).
bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// True when every high surrogate is followed by a low one and every low one preceded by a high one.
bool surrogatesPaired(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// Case-insensitive comparison of a value with an upper-case ASCII code such as "US".
bool equalsCode(QStringView value, const char *code)
{
    qsizetype i = 0;
    for (; code[i] != '\0'; ++i) {
        if (i >= value.size() || asciiUpper(value[i].unicode()) != char16_t(code[i]))
            return false;
    }
    return i == value.size();
}

// Matches a shape: '9' an ASCII digit, 'A' an ASCII letter (any case), '_' an optional single
// space, anything else itself.
bool matchesShape(QStringView text, const char *shape)
{
    qsizetype i = 0;
    for (const char *s = shape; *s != '\0'; ++s) {
        if (*s == '_') {
            if (i < text.size() && text[i] == u' ')
                ++i;
            continue;
        }
        if (i >= text.size())
            return false;
        const char16_t c = text[i].unicode();
        const bool ok = *s == '9' ? isAsciiDigit(c)
            : *s == 'A'           ? isAsciiLetter(c)
                                  : c == char16_t(*s);
        if (!ok)
            return false;
        ++i;
    }
    return i == text.size();
}

// Strict dotted-quad IPv4: four decimal numbers 0-255, no leading zeros, nothing else.
bool isStrictIpv4(QStringView text)
{
    int parts = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        const qsizetype start = i;
        int value = 0;
        while (i < n && isAsciiDigit(text[i].unicode()) && i - start < 4) {
            value = value * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text[start] == u'0'))
            return false;
        ++parts;
        if (i == n)
            return parts == 4;
        if (text[i] != u'.' || parts == 4)
            return false;
        ++i;
    }
}

// A domain name's shape (see fieldrules.h, checkEmail). minLabels is 2 for e-mail domains, 1 for
// URL hosts. Non-ASCII domains must also convert to ASCII within the DNS limits.
bool isValidDomain(QStringView domain, int minLabels, bool requireAlphaTld)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    bool nonAscii = false;
    int labels = 0;
    qsizetype labelStart = 0;
    const qsizetype n = domain.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && domain[i] != u'.') {
            const QChar ch = domain[i];
            const char16_t c = ch.unicode();
            if (c < 0x80) {
                if (!isAsciiAlnum(c) && c != u'-')
                    return false;
            } else {
                // Letters, digits and combining marks of any script; surrogate pairs (emoji and
                // rarer scripts) are not accepted.
                if (!ch.isLetterOrNumber() && !ch.isMark())
                    return false;
                nonAscii = true;
            }
            continue;
        }
        // End of a label at i.
        const QStringView label = domain.sliced(labelStart, i - labelStart);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        ++labels;
        if (i == n && requireAlphaTld) {
            const bool punycode
                = label.size() > 4 && label.first(4).compare(u"xn--", Qt::CaseInsensitive) == 0;
            if (!punycode) {
                if (label.size() < 2)
                    return false;
                for (const QChar ch : label) {
                    if (ch.unicode() < 0x80 ? !isAsciiLetter(ch.unicode()) : !ch.isLetter())
                        return false;
                }
            }
        }
        labelStart = i + 1;
    }
    if (labels < minLabels)
        return false;
    if (nonAscii) {
        const QByteArray ace = QUrl::toAce(domain.toString());
        if (ace.isEmpty() || ace.size() > 253)
            return false;
    }
    return true;
}

// The local part of an address: dot-atom of ASCII atext.
bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == u'.' || local.back() == u'.')
        return false;
    static constexpr char16_t Specials[] = u"!#$%&'*+/=?^_`{|}~-";
    char16_t previous = 0;
    for (const QChar ch : local) {
        const char16_t c = ch.unicode();
        if (c == u'.') {
            if (previous == u'.')
                return false;
        } else if (!isAsciiAlnum(c) && QStringView(Specials).indexOf(QChar(c)) < 0) {
            return false;
        }
        previous = c;
    }
    return true;
}

// The authority exactly as written in an absolute URL: between "://" and the first / ? #.
QStringView rawUrlAuthority(QStringView url)
{
    const qsizetype slashes = url.indexOf(u"://");
    if (slashes < 0)
        return {};
    QStringView authority = url.sliced(slashes + 3);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const QChar c = authority[i];
        if (c == u'/' || c == u'?' || c == u'#')
            return authority.first(i);
    }
    return authority;
}

// The host of an authority without user info and port; brackets of an IPv6 literal are kept.
QStringView rawUrlHost(QStringView authority)
{
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.sliced(at + 1);
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        return close < 0 ? authority : authority.first(close + 1);
    }
    const qsizetype colon = authority.lastIndexOf(u':');
    return colon < 0 ? authority : authority.first(colon);
}

bool isNumericHost(QStringView host)
{
    if (host.isEmpty())
        return false;
    for (const QChar ch : host) {
        if (!isAsciiDigit(ch.unicode()) && ch != u'.')
            return false;
    }
    return true;
}

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

std::optional<Error> checkEmail(QStringView email)
{
    const QStringView t = email.trimmed();
    if (t.isEmpty())
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "Enter the cardholder's email address, like "
                                                 "name@example.com."));
    if (t.size() > MaxEmailLength)
        return error("too_long",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The email address is too long: it can have at "
                                                 "most %n characters.",
                                                 nullptr, MaxEmailLength));
    for (const QChar ch : t) {
        if (ch.isSpace() || isControlCharacter(ch.unicode()))
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "The email address cannot contain spaces or "
                                                     "invisible characters."));
    }
    const qsizetype at = t.indexOf(u'@');
    if (at < 0)
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The email address needs an @ sign, like "
                                                 "name@example.com."));
    if (t.indexOf(u'@', at + 1) >= 0)
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The email address can contain only one @ sign."));
    if (!isValidLocalPart(t.first(at)))
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The part of the email address before the @ is "
                                                 "missing or contains characters that are not "
                                                 "allowed."));
    if (!isValidDomain(t.sliced(at + 1), 2, true))
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The part of the email address after the @ must "
                                                 "be a domain name, like example.com."));
    return std::nullopt;
}

std::optional<Error> checkIpAddress(QStringView address)
{
    const QStringView t = address.trimmed();
    if (t.isEmpty())
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "Enter the customer's IP address, like "
                                                 "203.0.113.7 or 2001:db8::1."));
    auto invalid = [] {
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "This is not a valid IP address. Enter it like "
                                                 "203.0.113.7 or 2001:db8::1."));
    };
    // The longest IPv6 text, with a dotted-quad tail, has 45 characters.
    if (t.size() > 45)
        return invalid();
    if (t.contains(u':')) {
        // Only hex digits, colons and a dotted-quad tail: no zone id, brackets or port.
        qsizetype lastColon = -1;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const char16_t c = t[i].unicode();
            if (c == u':')
                lastColon = i;
            else if (!isHexDigit(c) && c != u'.')
                return invalid();
        }
        const QStringView tail = t.sliced(lastColon + 1);
        if (tail.contains(u'.') && !isStrictIpv4(tail))
            return invalid();
        const QHostAddress parsed(t.toString());
        if (parsed.protocol() != QAbstractSocket::IPv6Protocol)
            return invalid();
        return std::nullopt;
    }
    if (!isStrictIpv4(t))
        return invalid();
    const QHostAddress parsed(t.toString());
    if (parsed.protocol() != QAbstractSocket::IPv4Protocol)
        return invalid();
    return std::nullopt;
}

std::optional<Error> checkPhone(QStringView phone)
{
    const QStringView t = phone.trimmed();
    if (t.isEmpty())
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "Enter the cardholder's phone number, like "
                                                 "+44 20 7946 0958."));
    qsizetype digits = 0;
    bool inParentheses = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (isAsciiDigit(c)) {
            ++digits;
        } else if (c == u'+') {
            if (i != 0)
                return error("invalid",
                             QCoreApplication::translate("pavt::FieldRules",
                                                         "A + can only be the first character "
                                                         "of the phone number."));
        } else if (c == u'(' || c == u')') {
            if ((c == u'(') == inParentheses)
                return error("invalid",
                             QCoreApplication::translate("pavt::FieldRules",
                                                         "The brackets in the phone number do "
                                                         "not match."));
            inParentheses = !inParentheses;
        } else if (c != u' ' && c != u'-' && c != u'.') {
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "The phone number can contain only digits, "
                                                     "spaces, dashes, dots, brackets and a "
                                                     "leading +."));
        }
    }
    if (inParentheses)
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The brackets in the phone number do not "
                                                 "match."));
    if (digits < 7)
        return error("too_short",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The phone number is too short: it needs at least "
                                                 "%n digits, with the area code.",
                                                 nullptr, 7));
    if (digits > 15)
        return error("too_long",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The phone number is too long: it can have at "
                                                 "most %n digits.",
                                                 nullptr, 15));
    return std::nullopt;
}

std::optional<Error> checkUrl(QStringView url, bool required)
{
    const QStringView t = url.trimmed();
    if (t.isEmpty()) {
        if (!required)
            return std::nullopt;
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "Enter the web address, starting with https://, "
                                                 "like https://example.com/notify."));
    }
    auto invalid = [] {
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "This is not a complete web address. Enter it "
                                                 "with https:// and a host name, like "
                                                 "https://example.com/notify."));
    };
    if (t.size() > MaxUrlLength)
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The web address is too long: it can have at most "
                                                 "%n characters.",
                                                 nullptr, MaxUrlLength));
    for (const QChar ch : t) {
        if (ch.isSpace() || isControlCharacter(ch.unicode()))
            return error("invalid",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "The web address cannot contain spaces or "
                                                     "invisible characters."));
    }
    // Cheap shape check before QUrl: "http://" or "https://" in any case.
    const bool https = t.startsWith(u"https://", Qt::CaseInsensitive);
    if (!https && !t.startsWith(u"http://", Qt::CaseInsensitive))
        return invalid();

    const QUrl parsed(t.toString(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || parsed.host().isEmpty())
        return invalid();
    const QStringView authority = rawUrlAuthority(t);
    if (!parsed.userInfo().isEmpty() || authority.contains(u'@'))
        return error("invalid",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The web address must not contain a user name or "
                                                 "password."));
    const QString host = parsed.host();
    const QStringView rawHost = rawUrlHost(authority);
    if (rawHost.startsWith(u'[')) {
        // QUrl has checked the IPv6 literal.
    } else if (isNumericHost(rawHost)) {
        if (!isStrictIpv4(rawHost))
            return invalid();
    } else if (!isValidDomain(host, 1, false)) {
        return invalid();
    }
    if (!https && !isLoopbackHost(host))
        return error("insecure",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The web address must start with https:// so that "
                                                 "the connection is encrypted. http:// is allowed "
                                                 "only for this computer (localhost)."));
    return std::nullopt;
}

std::optional<Error> checkText(QStringView text, int maxLength, bool required)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        if (!required)
            return std::nullopt;
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules", "Fill in this field."));
    }
    if (maxLength > 0 && t.size() > maxLength)
        return error("too_long",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "This field can have at most %n characters.",
                                                 nullptr, maxLength));
    for (const QChar ch : t) {
        if (isControlCharacter(ch.unicode()))
            return error("control_characters",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "Remove the line break, tab or other "
                                                     "invisible control character from this "
                                                     "field."));
    }
    if (!surrogatesPaired(t))
        return error("invalid_characters",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "This field contains a broken character. Retype "
                                                 "the text instead of pasting it."));
    return std::nullopt;
}

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

std::optional<Error> checkOrderId(QStringView orderId)
{
    const QStringView t = orderId.trimmed();
    if (t.isEmpty())
        return error("required",
                     QCoreApplication::translate("pavt::FieldRules", "Enter the order reference."));
    if (t.size() > MaxOrderIdLength)
        return error("too_long",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "The order reference can have at most %n "
                                                 "characters.",
                                                 nullptr, MaxOrderIdLength));
    for (const QChar ch : t) {
        const char16_t c = ch.unicode();
        if (!isAsciiAlnum(c) && c != u'.' && c != u'_' && c != u':' && c != u'-')
            return error("invalid_characters",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "The order reference can contain only letters "
                                                     "A-Z, digits, dots, underscores, colons and "
                                                     "dashes."));
    }
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace pavt::FieldRules
