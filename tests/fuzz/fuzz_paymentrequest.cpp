// SPDX-License-Identifier: MIT
// pavt-cli's request reader: pavt::paymentRequestFromJson(json), with validateRequest() and
// toWireJson() on what it accepts.
//
// Input: when it starts with '{' it is the whole request. Otherwise it is the raw JSON text of the
// amount alone, read as {"amount":<input>}, so that the fuzzer spends its time on number syntax.
//
// Invariants (beyond "no crash, no sanitizer report"):
// - A fractional amount is never accepted. For {"amount":<input>} the literal is judged exactly,
//   here, from its decimal digits (not through a double): an accepted number literal must denote an
//   integer and amountMinor must be that integer; an accepted string must be a decimal integer.
// - For any accepted request: amountMinor is the JSON value read independently (integer-valued
//   number or integer string), expiry month and year are 0..9999, and the card number holds no
//   spaces or dashes.
// - When validateRequest() (with a fixed clock) finds nothing wrong, toWireJson() succeeds, its
//   output is one JSON object, and reading it back gives the same request (strings trimmed, country
//   as alpha-3).
#include "core/payment/card.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/paymentrequest.h"
#include "core/payment/requestjson.h"
#include "core/payment/requestvalidator.h"
#include "core/payment/wirejson.h"
#include "support/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pavt;

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether a number literal denotes an integer, judged exactly from its digits; the integer when it
// fits in a qint64. nullopt when `literal` is not a number literal at all. The grammar is Qt's,
// which is laxer than RFC 8259 (".5", "1.", "1e" are read too): the question here is only the
// value.
struct LiteralValue
{
    bool integral = false;
    std::optional<qint64> value; // when integral and |value| < 10^18
};

std::optional<LiteralValue> judgeNumberLiteral(QByteArrayView literal)
{
    qsizetype i = 0;
    const qsizetype n = literal.size();
    bool negative = false;
    if (i < n && literal[i] == '-') {
        negative = true;
        ++i;
    }
    QByteArray digits; // integer and fraction digits, without the point
    qsizetype fractionDigits = 0;
    while (i < n && literal[i] >= '0' && literal[i] <= '9')
        digits.append(literal[i++]);
    if (i < n && literal[i] == '.') {
        ++i;
        const qsizetype start = i;
        while (i < n && literal[i] >= '0' && literal[i] <= '9')
            digits.append(literal[i++]);
        fractionDigits = i - start;
    }
    if (digits.isEmpty())
        return std::nullopt;
    qint64 exponent = 0;
    if (i < n && (literal[i] == 'e' || literal[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (literal[i] == '+' || literal[i] == '-'))
            negativeExponent = literal[i++] == '-';
        while (i < n && literal[i] >= '0' && literal[i] <= '9') {
            if (exponent < 100000)
                exponent = exponent * 10 + (literal[i] - '0');
            ++i;
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;

    // value = digits * 10^(exponent - fractionDigits)
    qint64 scale = exponent - fractionDigits;
    // Strip leading zeros; all zero is the integer 0.
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == '0')
        ++first;
    digits = digits.sliced(first);
    LiteralValue out;
    if (digits.isEmpty()) {
        out.integral = true;
        out.value = 0;
        return out;
    }
    // Trailing zeros raise the scale.
    while (!digits.isEmpty() && digits.endsWith('0') && scale < 0) {
        digits.chop(1);
        ++scale;
    }
    out.integral = scale >= 0;
    if (!out.integral)
        return out;
    if (digits.size() + scale > 18)
        return out; // integral, but not a qint64 we compare with
    qint64 v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    for (qint64 k = 0; k < scale; ++k)
        v *= 10;
    out.value = negative ? -v : v;
    return out;
}

bool isDecimalIntegerString(const QString &text, qint64 &value)
{
    const QString t = text.trimmed();
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
        ++i;
    if (i == t.size())
        return false;
    for (qsizetype k = i; k < t.size(); ++k)
        if (t[k] < u'0' || t[k] > u'9')
            return false;
    bool ok = false;
    value = t.toLongLong(&ok);
    return ok;
}

QString describe(QByteArrayView json)
{
    return fuzz::printable(QString::fromUtf8(json), 300);
}

void checkAmountLiteral(QByteArrayView literal, const PaymentRequest &request)
{
    // Only when the input is one JSON value: `1, "currency": "GBP"` is a longer object.
    QJsonParseError error {};
    const QJsonDocument alone
        = QJsonDocument::fromJson(QByteArray("[") + literal.toByteArray() + ']', &error);
    if (error.error != QJsonParseError::NoError || alone.array().size() != 1)
        return;
    QByteArrayView trimmed = literal;
    while (!trimmed.isEmpty() && isJsonSpace(trimmed.front()))
        trimmed = trimmed.sliced(1);
    while (!trimmed.isEmpty() && isJsonSpace(trimmed.back()))
        trimmed.chop(1);
    if (trimmed.startsWith('"')) {
        const QString text = alone.array().at(0).toString();
        qint64 value = 0;
        FUZZ_CHECK(isDecimalIntegerString(text, value) && value == request.amountMinor,
                   QStringLiteral("accepted the amount string %1 as %2")
                       .arg(describe(trimmed))
                       .arg(request.amountMinor));
        return;
    }
    if (trimmed == "null")
        return; // null: the field is left out
    const auto judged = judgeNumberLiteral(trimmed);
    FUZZ_CHECK(judged.has_value(),
               QStringLiteral("accepted a non-number amount: ") + describe(trimmed));
    FUZZ_CHECK(judged->integral,
               QStringLiteral("accepted the fractional amount %1 as %2")
                   .arg(describe(trimmed))
                   .arg(request.amountMinor));
    FUZZ_CHECK(judged->value && *judged->value == request.amountMinor,
               QStringLiteral("the amount %1 was read as %2")
                   .arg(describe(trimmed))
                   .arg(request.amountMinor));
}

void checkAccepted(QByteArrayView json, const PaymentRequest &request)
{
    // The member that iterates as "amount", the last one as paymentRequestFromJson() reads them:
    // Qt 6.4 iterates "\uFEFFamount" as "amount" but does not find it by that name.
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    QJsonValue amount(QJsonValue::Undefined);
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key() == u"amount")
            amount = it.value();
    if (amount.isDouble()) {
        const double d = amount.toDouble();
        FUZZ_CHECK(
            d == std::floor(d) && qint64(d) == request.amountMinor,
            QStringLiteral("amount %1 read as %2").arg(d, 0, 'g', 17).arg(request.amountMinor));
    } else if (amount.isString()) {
        qint64 value = 0;
        FUZZ_CHECK(isDecimalIntegerString(amount.toString(), value) && value == request.amountMinor,
                   QStringLiteral("amount string read as %1 in %2")
                       .arg(request.amountMinor)
                       .arg(describe(json)));
    } else {
        FUZZ_CHECK(request.amountMinor == 0 && (amount.isUndefined() || amount.isNull()),
                   describe(json));
    }
    FUZZ_CHECK(request.expiryMonth >= 0 && request.expiryMonth <= 9999 && request.expiryYear >= 0
                   && request.expiryYear <= 9999,
               describe(json));
    FUZZ_CHECK(!request.cardNumber.view().contains(' ') && !request.cardNumber.view().contains('-'),
               describe(json));
}

bool sameAfterWire(const PaymentRequest &a, const PaymentRequest &b)
{
    return a.firstName.trimmed() == b.firstName && a.lastName.trimmed() == b.lastName
        && a.email.trimmed() == b.email && a.address.trimmed() == b.address
        && a.city.trimmed() == b.city && a.state.trimmed() == b.state && a.zip.trimmed() == b.zip
        && a.ipAddress.trimmed() == b.ipAddress && a.phoneNumber.trimmed() == b.phoneNumber
        && a.amountMinor == b.amountMinor && a.cardNumber == b.cardNumber && a.cvv == b.cvv
        && a.expiryMonth == b.expiryMonth && a.expiryYear == b.expiryYear
        && a.redirectUrl.trimmed() == b.redirectUrl && a.webhookUrl.trimmed() == b.webhookUrl
        && a.orderId.trimmed() == b.orderId && a.terminalId.trimmed() == b.terminalId
        && Countries::find(a.country) == Countries::find(b.country)
        && Currencies::find(a.currency) == Currencies::find(b.currency);
}

bool asciiDigits(const QString &text, qsizetype min, qsizetype max)
{
    if (text.size() < min || text.size() > max)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void checkWireRoundTrip(QByteArrayView json, const PaymentRequest &request)
{
    static const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    if (!validateRequest(request, clock).isEmpty())
        return;
    const auto wire = toWireJson(request);
    FUZZ_CHECK(wire.has_value(),
               QStringLiteral("a valid request has no wire form: ") + describe(json));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(wire->view().toByteArray(), &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && doc.isObject(),
               QStringLiteral("the wire JSON does not parse (%1) for ").arg(error.errorString())
                   + describe(json));
    // What goes to the gateway is what the contract asks for.
    const QJsonObject o = doc.object();
    const QString card = o.value(QLatin1StringView("card_number")).toString();
    FUZZ_CHECK(asciiDigits(card, 12, 19) && Cards::luhnValid(card),
               QStringLiteral("card_number on the wire is not 12-19 digits: ")
                   + fuzz::printable(card) + u' ' + describe(json));
    FUZZ_CHECK(asciiDigits(o.value(QLatin1StringView("card_cvv")).toString(), 3, 4),
               QStringLiteral("card_cvv on the wire is not 3-4 digits: ") + describe(json));
    FUZZ_CHECK(o.value(QLatin1StringView("amount")).toDouble() >= 1, describe(json));
    const auto back = paymentRequestFromJson(wire->view());
    FUZZ_CHECK(back.has_value(),
               QStringLiteral("the wire JSON is not read back: ")
                   + (back ? QString() : back.error().message) + u' ' + describe(json));
    FUZZ_CHECK(sameAfterWire(request, *back),
               QStringLiteral("the wire JSON reads back differently: ") + describe(json));
    FUZZ_CHECK(validateRequest(*back, clock).isEmpty(),
               QStringLiteral("the request read back is not valid: ") + describe(json));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return -1;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool amountOnly = !input.startsWith('{');
    const QByteArray json
        = amountOnly ? QByteArray("{\"amount\":") + input.toByteArray() + '}' : input.toByteArray();

    const auto request = paymentRequestFromJson(json);
    if (!request) {
        FUZZ_CHECK(request.error().code == u"json" && !request.error().message.isEmpty(),
                   describe(json));
        return 0;
    }
    checkAccepted(json, *request);
    if (amountOnly)
        checkAmountLiteral(input, *request);
    checkWireRoundTrip(json, *request);
    return 0;
}
