// SPDX-License-Identifier: MIT
// A payment request read from JSON (pavt-cli's input), with the literal scanner that decides
// whether a number is an integer on the literal as written.
#include "core/payment/requestjson.h"

#include "core/payment/card.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pavt {

namespace {

// Qt reads every JSON number into a double, which cannot tell 120 from 1.2000000000000000001e2 or
// 1250 from 1250.00000000000001: whether a number is an integer is decided on the literal as
// written. These helpers find the literals of the top-level members; QJsonDocument has already
// checked the syntax.

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isJsonSpace(s[i]))
        ++i;
    return i;
}

// Just past the closing quote of the string that starts at s[i]; -1 if it does not end.
qsizetype stringEnd(QByteArrayView s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// Just past the value that starts at s[i] (string, object, array, number or literal); -1 if none.
qsizetype valueEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    if (s[i] == '"')
        return stringEnd(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = stringEnd(s, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return -1;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !isJsonSpace(s[i]))
        ++i;
    return i;
}

// Whether a number literal (-? digits [. digits] [e|E [+-] digits], as Qt reads them) denotes an
// integer: no non-zero digit after the decimal point once the exponent has moved it.
bool isIntegralLiteral(QByteArrayView literal)
{
    qsizetype i = literal.startsWith('-') ? 1 : 0;
    QVarLengthArray<char, 64> digits;
    qsizetype point = -1;
    for (; i < literal.size(); ++i) {
        const char c = literal[i];
        if (c >= '0' && c <= '9')
            digits.append(c);
        else if (c == '.' && point < 0)
            point = digits.size();
        else
            break;
    }
    if (point < 0)
        point = digits.size();
    if (digits.isEmpty())
        return false;
    qint64 exponent = 0;
    if (i < literal.size() && (literal[i] == 'e' || literal[i] == 'E')) {
        ++i;
        const bool negative = i < literal.size() && literal[i] == '-';
        if (i < literal.size() && (literal[i] == '-' || literal[i] == '+'))
            ++i;
        for (; i < literal.size() && literal[i] >= '0' && literal[i] <= '9'; ++i)
            exponent = qMin<qint64>(exponent * 10 + (literal[i] - '0'), 1'000'000);
        if (negative)
            exponent = -exponent;
    }
    if (i != literal.size())
        return false;
    const qint64 firstFractionDigit = qMax<qint64>(0, point + exponent);
    for (qint64 k = firstFractionDigit; k < digits.size(); ++k)
        if (digits[k] != '0')
            return false;
    return true;
}

// Whether the number literals written for each key of the top-level object are all integers, by
// decoded key. Every occurrence of a key counts, not only the last: Qt 6.4 drops a byte order mark
// at the start of a key when iterating but not when looking up, so "amount" and "\uFEFFamount"
// are two members that both iterate as "amount". Keys without a number value are left out.
// `repeated` gets every key written more than once (a byte order mark in front does not make it
// another key): QJsonDocument keeps the last value without a word.
QHash<QString, bool> integralNumbersByKey(QByteArrayView s, QStringList &repeated)
{
    QHash<QString, bool> out;
    QSet<QString> seen;
    qsizetype i = s.startsWith("\xef\xbb\xbf") ? 3 : 0; // a UTF-8 byte order mark, as Qt skips it
    i = skipSpace(s, i);
    if (i >= s.size() || s[i] != '{')
        return out;
    i = skipSpace(s, i + 1);
    while (i < s.size() && s[i] == '"') {
        const qsizetype keyEnd = stringEnd(s, i);
        if (keyEnd < 0)
            break;
        const QByteArrayView keyToken = s.sliced(i, keyEnd - i);
        const QString key = keyToken.contains('\\')
            ? QJsonDocument::fromJson('[' + keyToken.toByteArray() + ']').array().at(0).toString()
            : QString::fromUtf8(keyToken.sliced(1, keyToken.size() - 2));
        const QString plainKey = key.startsWith(QChar(0xFEFF)) ? key.mid(1) : key;
        if (seen.contains(plainKey)) {
            if (!repeated.contains(plainKey))
                repeated << plainKey;
        } else {
            seen.insert(plainKey);
        }
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s[i] != ':')
            break;
        i = skipSpace(s, i + 1);
        const qsizetype end = valueEnd(s, i);
        if (end < 0)
            break;
        const QByteArrayView value = s.sliced(i, end - i);
        if (!value.isEmpty()
            && (value[0] == '-' || value[0] == '.' || (value[0] >= '0' && value[0] <= '9')))
            out.insert(key, out.value(key, true) && isIntegralLiteral(value));
        i = skipSpace(s, end);
        if (i >= s.size() || s[i] != ',')
            break;
        i = skipSpace(s, i + 1);
    }
    return out;
}

// An integer from a string (sign and ASCII digits) or a number whose literals are integers.
bool readInt(const QJsonValue &value, bool integralLiterals, qint64 &out)
{
    if (value.isString()) {
        // An optional sign and ASCII digits, nothing else: QString::toLongLong() stops at an
        // embedded U+0000, so "12\u000050" would otherwise be read as 12.
        const QString text = value.toString().trimmed();
        const qsizetype start = text.startsWith(u'+') || text.startsWith(u'-') ? 1 : 0;
        if (text.size() == start || !std::all_of(text.begin() + start, text.end(), [](QChar c) {
                return c >= u'0' && c <= u'9';
            }))
            return false;
        bool ok = false;
        out = text.toLongLong(&ok);
        return ok;
    }
    if (!value.isDouble() || !integralLiterals)
        return false;
    const double d = value.toDouble();
    // Only integers that a double holds exactly: no amount ever passes through a fraction.
    if (d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
        return false;
    out = qint64(d);
    return true;
}

} // namespace

Result<PaymentRequest> paymentRequestFromJson(QByteArrayView json)
{
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("json"),
                    QCoreApplication::translate("pavt::PaymentRequest",
                                                "The request is not valid JSON: %1 at offset %2.")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("json"),
                    QCoreApplication::translate("pavt::PaymentRequest",
                                                "The request must be one JSON object."));
    const QJsonObject object = doc.object();
    QStringList repeated;
    const QHash<QString, bool> integralNumbers = integralNumbersByKey(json, repeated);
    if (!repeated.isEmpty())
        return fail(QStringLiteral("json"),
                    QCoreApplication::translate("pavt::PaymentRequest",
                                                "The request gives \"%1\" more than once; give "
                                                "each field once.")
                        .arg(repeated.first().left(64)));
    PaymentRequest request;
    QStringList problems;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const auto field = fieldFromWireName(key);
        if (!field) {
            problems << QCoreApplication::translate("pavt::PaymentRequest", "unknown field \"%1\"")
                            .arg(key.left(64));
            continue;
        }
        if (value.isNull())
            continue;
        if (*field == Field::Amount) {
            if (!readInt(value, integralNumbers.value(key, false), request.amountMinor))
                problems << QCoreApplication::translate(
                    "pavt::PaymentRequest",
                    "\"amount\" must be an integer number of minor units (1250 for 12.50)");
            continue;
        }
        if (*field == Field::CardExpiry) {
            qint64 number = 0;
            if (!readInt(value, integralNumbers.value(key, false), number) || number < 0
                || number > 9999) {
                problems << QCoreApplication::translate("pavt::PaymentRequest",
                                                        "\"%1\" must be a number")
                                .arg(key);
                continue;
            }
            (key == u"card_expiry_year" ? request.expiryYear : request.expiryMonth) = int(number);
            continue;
        }
        if (!value.isString()) {
            problems << QCoreApplication::translate("pavt::PaymentRequest",
                                                    "\"%1\" must be a string")
                            .arg(key);
            continue;
        }
        QString text = value.toString();
        switch (*field) {
        case Field::FirstName:
            request.firstName = text;
            break;
        case Field::LastName:
            request.lastName = text;
            break;
        case Field::Email:
            request.email = text;
            break;
        case Field::Address:
            request.address = text;
            break;
        case Field::City:
            request.city = text;
            break;
        case Field::State:
            request.state = text;
            break;
        case Field::Zip:
            request.zip = text;
            break;
        case Field::Country:
            request.country = text;
            break;
        case Field::IpAddress:
            request.ipAddress = text;
            break;
        case Field::PhoneNumber:
            request.phoneNumber = text;
            break;
        case Field::Currency:
            request.currency = text;
            break;
        case Field::CardNumber: {
            // Pasted numbers keep their separators (spaces, dashes, dots, no-break spaces: those
            // that validation accepts); the wire wants digits only. Anything else is kept for
            // validateRequest() to report.
            QString digits = Cards::normalise(text);
            if (digits.isEmpty())
                digits = QString(text).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
            request.cardNumber = SecretBytes::fromString(digits);
            wipe(digits);
            break;
        }
        case Field::CardCvv: {
            // Validation ignores surrounding spaces; the wire must not carry them.
            QString cvv = text.trimmed();
            request.cvv = SecretBytes::fromString(cvv);
            wipe(cvv);
            break;
        }
        case Field::RedirectUrl:
            request.redirectUrl = text;
            break;
        case Field::WebhookUrl:
            request.webhookUrl = text;
            break;
        case Field::OrderId:
            request.orderId = text;
            break;
        case Field::TerminalId:
            request.terminalId = text;
            break;
        case Field::Amount:
        case Field::CardExpiry:
            break;
        }
        wipe(text);
    }
    if (!problems.isEmpty())
        return fail(
            QStringLiteral("json"),
            QCoreApplication::translate("pavt::PaymentRequest", "The request has problems: %1.")
                .arg(problems.join(QStringLiteral("; "))));
    return request;
}

} // namespace pavt
