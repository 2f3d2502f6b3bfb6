// SPDX-License-Identifier: MIT
// The JSON shapes of the gateway's contract, as the simulator writes them.
#include "sim/simulatorprivate.h"

#include <QJsonArray>

#include <openssl/crypto.h>

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
                          r.refunded ? QJsonValue(dateTimeText(r.refundDate))
                                     : QJsonValue(QJsonValue::Null) } } },
        { u"chargeback"_s,
          QJsonObject { { u"status"_s, false }, { u"chargeback_date"_s, QJsonValue::Null } } },
    };
}

QJsonObject listItem(const TransactionRecord &r)
{
    return QJsonObject {
        { u"transaction_id"_s, r.transactionId },
        { u"order_id"_s, nullable(r.orderId) },
        { u"amount"_s, r.amount },
        { u"currency"_s, r.currency },
        { u"status"_s, statusWord(r.status) },
        { u"first_name"_s, r.firstName },
        { u"last_name"_s, r.lastName },
        { u"email"_s, r.email },
        { u"card_type"_s, r.cardBrand },
        { u"card_number"_s, r.maskedCardNumber },
        { u"country"_s, r.country },
        { u"transaction_date"_s, dateTimeText(r.created) },
        { u"refund_date"_s,
          r.refunded ? QJsonValue(dateTimeText(r.refundDate)) : QJsonValue(QJsonValue::Null) },
        { u"chargeback_date"_s, QJsonValue::Null },
    };
}

QJsonObject errorsObject(const FieldErrors &errors)
{
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
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
