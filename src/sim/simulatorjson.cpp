// SPDX-License-Identifier: MIT
// The JSON shapes of the gateway's contract, as the simulator writes them.
#include "core/base/secretbytes.h"
#include "core/payment/currency.h"
#include "sim/simulatorprivate.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

#include <openssl/crypto.h>

#include <cmath>

namespace pavt::sim::detail {

using namespace Qt::StringLiterals;

QString dateTimeText(const QDateTime &when)
{
    return when.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject dataObject(const TransactionRecord &r)
{
    return QJsonObject {
        { u"amount"_s, r.amount },
        { u"currency"_s, r.currency },
        { u"order_id"_s, nullable(r.orderId) },
        { u"transaction_id"_s, r.transactionId },
        { u"customer"_s,
          QJsonObject { { u"first_name"_s, r.firstName },
                        { u"last_name"_s, r.lastName },
                        { u"email"_s, r.email } } },
        { u"refund"_s,
          QJsonObject { { u"status"_s, r.refunded },
                        { u"refund_date"_s,
                          r.refundedAmount > 0 ? QJsonValue(dateTimeText(r.refundDate))
                                               : QJsonValue(QJsonValue::Null) },
                        // Not in the contract: how much is refunded so far (partial refunds),
                        // a string in the unit of the charge's amount.
                        { u"refunded_amount"_s, amountString(r.refundedAmount) } } },
        { u"chargeback"_s,
          QJsonObject { { u"status"_s, !r.chargebackDate.isNull() },
                        { u"chargeback_date"_s,
                          r.chargebackDate.isNull()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(dateTimeText(r.chargebackDate)) } } },
    };
}

// The list's amount is a string (the TypeScript SDK's type), written as the charge sent it.
QString amountString(double amount)
{
    if (amount == std::floor(amount) && std::fabs(amount) < 1e15)
        return QString::number(qint64(amount));
    return QString::number(amount, 'g', 15);
}

QJsonValue nullableIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject listItem(const TransactionRecord &r)
{
    // A hosted, APM or link payment has no card until it is paid (an APM payment never has one).
    return QJsonObject {
        { u"transaction_id"_s, r.transactionId },
        { u"order_id"_s, nullable(r.orderId) },
        { u"amount"_s, r.listAmount.isNull() ? amountString(r.amount) : r.listAmount },
        { u"currency"_s, r.currency },
        { u"status"_s, statusWord(r.status) },
        { u"first_name"_s, r.firstName },
        { u"last_name"_s, r.lastName },
        { u"email"_s, r.email },
        { u"card_type"_s, nullableIfEmpty(r.cardBrand) },
        { u"card_number"_s, nullableIfEmpty(r.maskedCardNumber) },
        { u"country"_s, r.country },
        { u"transaction_date"_s, dateTimeText(r.created) },
        { u"refund_date"_s,
          r.refunded ? QJsonValue(dateTimeText(r.refundDate)) : QJsonValue(QJsonValue::Null) },
        { u"chargeback_date"_s,
          r.chargebackDate.isNull() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(dateTimeText(r.chargebackDate)) },
        { u"suspicious_date"_s,
          r.suspiciousDate.isNull() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(dateTimeText(r.suspiciousDate)) },
    };
}

QJsonObject errorsObject(const FieldErrors &errors)
{
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

QJsonObject templateObject(const SimPaymentTemplate &t, const QUrl &baseUrl)
{
    QUrl redirect = baseUrl;
    redirect.setPath(u"/sim/return"_s);
    return QJsonObject {
        { u"template_id"_s, t.templateId },
        { u"template_name"_s, t.templateName },
        { u"payment_template_id"_s, t.paymentTemplateId },
        { u"template_screenshot"_s, QJsonValue::Null },
        { u"redirect_url"_s, redirect.toString() },
        { u"webhook_url"_s, QJsonValue::Null },
    };
}

QString formatAmount(double amount, const QString &currency, bool minorUnits)
{
    const pavt::Currency *known = pavt::Currencies::find(currency);
    const int decimals = known && known->isPayable() ? known->minorUnits : 2;
    const QString code = currency.toHtmlEscaped().left(8);
    // Minor units are whole numbers; an amount with decimals can only be meant in major units.
    if (minorUnits && amount == std::floor(amount) && std::fabs(amount) < 1e15) {
        const qint64 minor = qint64(amount);
        qint64 scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        QString text = QString::number(minor / scale);
        if (decimals > 0)
            text += u'.' + QString::number(minor % scale).rightJustified(decimals, u'0');
        return code + u' ' + text;
    }
    return code + u' ' + QLocale::c().toString(amount, 'f', decimals);
}

std::expected<QJsonObject, QString> readApiBody(const QHttpServerRequest &request,
                                                const PayloadCipher &cipher)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(u"The request body is not a JSON object."_s);
    const QJsonObject object = doc.object();
    if (request.query().queryItemValue(u"Skip-Encryption"_s) == "true"_L1)
        return object;
    const QJsonValue payload = object.value("payload"_L1);
    if (object.size() != 1 || !payload.isString())
        return object; // plain JSON without the query, as the Python SDK sends it
    return decryptEnvelope(request.body(), cipher);
}

std::expected<QJsonObject, QString> decryptEnvelope(const QByteArray &body,
                                                    const PayloadCipher &cipher)
{
    QJsonParseError parseError {};
    const QJsonDocument envelope = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue payload = envelope.object().value("payload"_L1);
    if (parseError.error != QJsonParseError::NoError || !envelope.isObject() || !payload.isString())
        return std::unexpected(
            u"The request body must be a JSON object with a \"payload\" string."_s);
    auto plain = cipher.decrypt(payload.toString().toLatin1());
    if (!plain)
        return std::unexpected(
            u"The payload could not be decrypted: %1"_s.arg(plain.error().message));
    // Parsed in place: no further copy of the card data is made here.
    const QJsonDocument fields = QJsonDocument::fromJson(
        QByteArray::fromRawData(plain->constData(), plain->size()), &parseError);
    plain->clear();
    if (parseError.error != QJsonParseError::NoError || !fields.isObject())
        return std::unexpected(u"The decrypted payload is not a JSON object."_s);
    return fields.object();
}

QHash<QString, QString> readFormBody(const QByteArray &body)
{
    QHash<QString, QString> fields;
    QList<QByteArray> pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (!pair.isEmpty()) {
            QByteArray name = eq < 0 ? pair : pair.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            name.replace('+', ' ');
            value.replace('+', ' ');
            QByteArray decoded = QByteArray::fromPercentEncoding(value);
            fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                          QString::fromUtf8(decoded));
            // The value may be a card number: no copy outlives this function but the one returned.
            wipe(value);
            wipe(decoded);
        }
        wipe(pair);
    }
    return fields;
}

// The cursor is opaque to clients: base64url of {"id":N}, N a transaction's sequence number.
QString encodeCursor(quint64 sequence)
{
    const QByteArray json = "{\"id\":" + QByteArray::number(sequence) + '}';
    return QString::fromLatin1(
        json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<quint64> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonValue id = doc.object().value("id"_L1);
    if (!doc.isObject() || !id.isDouble() || id.toDouble() < 0 || id.toDouble() > 9e15
        || id.toDouble() != double(qint64(id.toDouble())))
        return std::nullopt;
    return quint64(id.toDouble());
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    default:
        return "other";
    }
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace pavt::sim::detail
