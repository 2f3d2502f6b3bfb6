// SPDX-License-Identifier: MIT
#include "core/payment/fieldrules.h"

#include "core/payment/rulehelpers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <array>

namespace pavt::FieldRules {

using namespace rules;

namespace {

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
// A character of an internationalised local part (RFC 6531): a letter, mark or digit beyond ASCII.
bool isUnicodeAtext(char32_t c)
{
    if (c < 0x80)
        return false;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

// The local part of an address: a dot-atom of ASCII atext and, as internationalised addresses
// have (RFC 6531), letters, marks and digits of any script; at most 64 bytes of UTF-8.
bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.front() == u'.' || local.back() == u'.'
        || local.toUtf8().size() > 64)
        return false;
    static constexpr char16_t Specials[] = u"!#$%&'*+/=?^_`{|}~-";
    char32_t previous = 0;
    const QList<uint> codePoints = local.toUcs4();
    for (const uint point : codePoints) {
        const char32_t c = point;
        if (c == U'.') {
            if (previous == U'.')
                return false;
        } else if (c < 0x80) {
            if (!isAsciiAlnum(char16_t(c)) && QStringView(Specials).indexOf(QChar(char16_t(c))) < 0)
                return false;
        } else if (!isUnicodeAtext(c)) {
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
    bool visible = false;
    const QList<uint> codePoints = t.toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isNonCharacter(c))
            return error("invalid_characters",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "This field contains a code that is not a "
                                                     "character (such as U+FFFF). Retype the text "
                                                     "instead of pasting it."));
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_PrivateUse)
            return error("private_use",
                         QCoreApplication::translate("pavt::FieldRules",
                                                     "This field contains a private-use character "
                                                     "that only some programs can show. Retype "
                                                     "the text instead of pasting it."));
        // Format characters (zero-width spaces and joiners, soft hyphens) and spaces show nothing.
        if (category != QChar::Other_Format && category != QChar::Separator_Space
            && !QChar::isSpace(c))
            visible = true;
    }
    if (!visible)
        return error("invisible",
                     QCoreApplication::translate("pavt::FieldRules",
                                                 "This field holds only invisible characters "
                                                 "(such as zero-width spaces); type the text."));
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
