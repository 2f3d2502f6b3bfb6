// SPDX-License-Identifier: MIT
#include "core/gateway/gatewayoutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pavt {

namespace {

// Gateway text shown to the operator: bounded, one line, no control characters.
QString cleanText(const QString &text, int limit = 500)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), limit));
    for (QChar ch : text) {
        if (out.size() >= limit)
            break;
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format
            || ch == QChar::LineSeparator || ch == QChar::ParagraphSeparator)
            out.append(QLatin1Char(' '));
        else
            out.append(ch);
    }
    return out.simplified();
}

// A string or number field as text; numbers keep their written form where possible.
QString text(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return cleanText(value.toString(), 200);
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

bool flag(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString() == u"true" || value.toString() == u"1";
    return false;
}

TransactionInfo readTransaction(const QJsonObject &data)
{
    TransactionInfo t;
    t.transactionId = text(data, QLatin1StringView("transaction_id"));
    t.orderId = text(data, QLatin1StringView("order_id"));
    t.status = text(data, QLatin1StringView("status"));
    t.amount = text(data, QLatin1StringView("amount"));
    t.currency = text(data, QLatin1StringView("currency"));
    const QJsonObject customer = data.value(QLatin1StringView("customer")).toObject();
    t.firstName = text(customer.isEmpty() ? data : customer, QLatin1StringView("first_name"));
    t.lastName = text(customer.isEmpty() ? data : customer, QLatin1StringView("last_name"));
    t.email = text(customer.isEmpty() ? data : customer, QLatin1StringView("email"));
    t.cardType = text(data, QLatin1StringView("card_type"));
    t.maskedCard = text(data, QLatin1StringView("card_number"));
    t.country = text(data, QLatin1StringView("country"));
    t.transactionDate = text(data, QLatin1StringView("transaction_date"));
    const QJsonValue refund = data.value(QLatin1StringView("refund"));
    if (refund.isObject()) {
        t.refunded = flag(refund.toObject(), QLatin1StringView("status"));
        t.refundDate = text(refund.toObject(), QLatin1StringView("refund_date"));
        t.refundedAmount = text(refund.toObject(), QLatin1StringView("refunded_amount"));
    } else {
        t.refundDate = text(data, QLatin1StringView("refund_date"));
        t.refunded = !t.refundDate.isEmpty();
    }
    const QJsonValue chargeback = data.value(QLatin1StringView("chargeback"));
    if (chargeback.isObject()) {
        t.chargedBack = flag(chargeback.toObject(), QLatin1StringView("status"));
        t.chargebackDate = text(chargeback.toObject(), QLatin1StringView("chargeback_date"));
    } else {
        t.chargebackDate = text(data, QLatin1StringView("chargeback_date"));
        t.chargedBack = !t.chargebackDate.isEmpty();
    }
    t.suspiciousDate = text(data, QLatin1StringView("suspicious_date"));
    // Whatever the gateway echoes, no full card number is kept: only what masking allows.
    if (t.maskedCard.size() >= 12) {
        int digits = 0;
        for (QChar ch : std::as_const(t.maskedCard))
            digits += ch.isDigit() ? 1 : 0;
        if (digits > 10)
            t.maskedCard = t.maskedCard.left(6)
                + QString(t.maskedCard.size() - 10, QLatin1Char('*')) + t.maskedCard.right(4);
    }
    return t;
}

// An address the cardholder can be sent to: http(s) with a host.
bool isUsableUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
        && !url.host().isEmpty();
}

QUrl usableUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return isUsableUrl(url) ? url : QUrl();
}

PaymentTemplate readTemplate(const QJsonObject &data)
{
    PaymentTemplate t;
    t.templateId = text(data, QLatin1StringView("template_id"));
    t.templateName = text(data, QLatin1StringView("template_name"));
    t.paymentTemplateId = text(data, QLatin1StringView("payment_template_id"));
    // URLs are read whole (text() cuts at 200 characters), then checked.
    const auto url = [&data](const char *key) {
        const QJsonValue value = data.value(QLatin1StringView(key));
        return value.isString() && value.toString().size() <= 2048 ? usableUrl(value.toString())
                                                                   : QUrl();
    };
    t.screenshotUrl = url("template_screenshot");
    t.redirectUrl = url("redirect_url");
    t.webhookUrl = url("webhook_url");
    return t;
}

// 422 bodies: {"errors": {"field": ["message", ...]}} or {"errors": [{"field":...,
// "message":...}]}.
QList<FieldProblem> readFieldErrors(const QJsonObject &body)
{
    QList<FieldProblem> out;
    const QJsonValue errors = body.value(QLatin1StringView("errors"));
    auto add = [&out](const QString &name, const QString &message) {
        if (out.size() >= 64)
            return;
        const auto field = fieldFromWireName(name);
        if (!field)
            return;
        out.append(FieldProblem { *field, QStringLiteral("gateway"), cleanText(message) });
    };
    if (errors.isObject()) {
        const QJsonObject object = errors.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray()) {
                QStringList messages;
                for (const QJsonValue &m : it.value().toArray())
                    if (m.isString())
                        messages << m.toString();
                add(it.key(), messages.join(QLatin1Char(' ')));
            } else if (it.value().isString()) {
                add(it.key(), it.value().toString());
            }
        }
    } else if (errors.isArray()) {
        for (const QJsonValue &e : errors.toArray()) {
            const QJsonObject o = e.toObject();
            add(text(o, QLatin1StringView("field")), text(o, QLatin1StringView("message")));
        }
    }
    return out;
}

QString defaultMessage(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate("pavt::GatewayOutcome",
                                           "The gateway could not read the request (HTTP 400).");
    case 401:
        return QCoreApplication::translate(
            "pavt::GatewayOutcome",
            "The gateway refused the secret key (HTTP 401). Check the credentials in Settings.");
    case 402:
    case 422:
        return QCoreApplication::translate(
                   "pavt::GatewayOutcome",
                   "The gateway rejected some fields of the request (HTTP %1).")
            .arg(httpStatus);
    case 403:
        return QCoreApplication::translate("pavt::GatewayOutcome",
                                           "The gateway blocked this request (HTTP 403).");
    case 404:
        return QCoreApplication::translate(
            "pavt::GatewayOutcome",
            "The gateway does not know this transaction or address (HTTP 404).");
    default:
        break;
    }
    if (httpStatus >= 500)
        return QCoreApplication::translate("pavt::GatewayOutcome",
                                           "The gateway had an internal error (HTTP %1).")
            .arg(httpStatus);
    return QCoreApplication::translate("pavt::GatewayOutcome", "The gateway answered HTTP %1.")
        .arg(httpStatus);
}

} // namespace

QString outcomeKindId(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Approved:
        return QStringLiteral("approved");
    case OutcomeKind::Declined:
        return QStringLiteral("declined");
    case OutcomeKind::NeedsThreeDS:
        return QStringLiteral("needs_3ds");
    case OutcomeKind::Pending:
        return QStringLiteral("pending");
    case OutcomeKind::Rejected:
        return QStringLiteral("rejected");
    case OutcomeKind::ServerError:
        return QStringLiteral("server_error");
    case OutcomeKind::NotSent:
        return QStringLiteral("not_sent");
    case OutcomeKind::Unknown:
        return QStringLiteral("unknown");
    case OutcomeKind::Listed:
        return QStringLiteral("listed");
    case OutcomeKind::AwaitingPayment:
        return QStringLiteral("awaiting_payment");
    }
    return QStringLiteral("unknown");
}

bool createsPayment(CallKind call)
{
    switch (call) {
    case CallKind::Charge:
    case CallKind::HostedCard:
    case CallKind::Apm:
    case CallKind::PaymentLink:
        return true;
    case CallKind::Status:
    case CallKind::Refund:
    case CallKind::TransactionList:
    case CallKind::PaymentTemplates:
        break;
    }
    return false;
}

GatewayOutcome classifyResponse(CallKind call, int httpStatus, QByteArrayView body)
{
    GatewayOutcome outcome;
    outcome.httpStatus = httpStatus;

    QJsonObject json;
    if (!body.isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            json = doc.object();
    }
    const QString message = text(json, QLatin1StringView("message"));

    if (httpStatus >= 500) {
        outcome.kind = OutcomeKind::ServerError;
        outcome.message = message.isEmpty() ? defaultMessage(httpStatus) : message;
        return outcome;
    }
    if (httpStatus >= 400) {
        outcome.kind = OutcomeKind::Rejected;
        outcome.message = message.isEmpty() ? defaultMessage(httpStatus) : message;
        outcome.fieldErrors = readFieldErrors(json);
        return outcome;
    }
    const OutcomeKind unreadable
        = createsPayment(call) ? OutcomeKind::Unknown : OutcomeKind::ServerError;
    if (httpStatus < 200 || httpStatus >= 300) {
        outcome.kind = unreadable;
        outcome.message
            = QCoreApplication::translate("pavt::GatewayOutcome",
                                          "The gateway gave an unexpected answer (HTTP %1).")
                  .arg(httpStatus);
        return outcome;
    }
    if (json.isEmpty()) {
        // 2xx without a readable body: for a charge the money may have moved (for a hosted payment
        // or a link, it may have been created).
        outcome.kind = unreadable;
        outcome.message = body.isEmpty()
            ? QCoreApplication::translate("pavt::GatewayOutcome",
                                          "The gateway answered with an empty body.")
            : QCoreApplication::translate("pavt::GatewayOutcome",
                                          "The gateway's answer could not be read (not JSON).");
        return outcome;
    }

    outcome.message = message;
    const QJsonValue data = json.value(QLatin1StringView("data"));
    if (call == CallKind::TransactionList) {
        outcome.kind = OutcomeKind::Listed;
        if (data.isArray()) {
            for (const QJsonValue &entry : data.toArray())
                if (entry.isObject())
                    outcome.transactions.append(readTransaction(entry.toObject()));
        }
        const QJsonObject meta = json.value(QLatin1StringView("meta")).toObject();
        outcome.page.hasMeta = json.value(QLatin1StringView("meta")).isObject();
        outcome.page.hasNextPage = flag(meta, QLatin1StringView("hasNextPage"));
        outcome.page.hasPreviousPage = flag(meta, QLatin1StringView("hasPreviousPage"));
        outcome.page.nextCursor = text(meta, QLatin1StringView("nextCursor"));
        outcome.page.prevCursor = text(meta, QLatin1StringView("prevCursor"));
        const QString total = text(meta, QLatin1StringView("totalCount"));
        outcome.page.totalCount = total.isEmpty() ? -1 : total.toLongLong();
        return outcome;
    }
    if (call == CallKind::PaymentTemplates) {
        outcome.kind = OutcomeKind::Listed;
        if (data.isArray()) {
            for (const QJsonValue &entry : data.toArray()) {
                if (outcome.templates.size() >= 1000)
                    break;
                if (entry.isObject())
                    outcome.templates.append(readTemplate(entry.toObject()));
            }
        }
        return outcome;
    }
    if (call == CallKind::PaymentLink) {
        // {"message", "data": "<the link's URL>"}: no status, no transaction.
        const QString linkStatus = text(json, QLatin1StringView("status")).toUpper();
        if (linkStatus == u"FAILED" || linkStatus == u"DECLINED") {
            outcome.kind = OutcomeKind::Declined;
            if (outcome.message.isEmpty())
                outcome.message = QCoreApplication::translate(
                    "pavt::GatewayOutcome",
                    "The gateway refused to create the payment link; it gave no reason.");
            return outcome;
        }
        const QJsonValue link = data.isString()
            ? data
            : data.toObject().value(QLatin1StringView("url")); // tolerated: {"data":{"url":…}}
        outcome.redirectUrl = link.isString() && link.toString().size() <= 2048
            ? usableUrl(link.toString())
            : QUrl();
        if (!outcome.redirectUrl.isEmpty()) {
            outcome.kind = OutcomeKind::AwaitingPayment;
        } else {
            outcome.kind = OutcomeKind::Unknown;
            outcome.message = QCoreApplication::translate(
                "pavt::GatewayOutcome",
                "The gateway answered without a usable address for the payment link, so there is "
                "no link to hand the cardholder. It may have been created: look for its order id "
                "in the transaction list before making another.");
        }
        return outcome;
    }

    if (data.isObject())
        outcome.transaction = readTransaction(data.toObject());
    // Read whole, not through text() (which cuts at 200 characters): payment pages carry tokens.
    const QJsonValue redirect = json.value(QLatin1StringView("redirect_url"));
    if (redirect.isString() && !redirect.toString().isEmpty() && redirect.toString().size() <= 2048)
        outcome.redirectUrl = QUrl(redirect.toString(), QUrl::StrictMode);

    const QString status = text(json, QLatin1StringView("status")).toUpper();
    if (outcome.transaction.status.isEmpty())
        outcome.transaction.status = status;
    if (status == u"SUCCESS") {
        outcome.kind = OutcomeKind::Approved;
    } else if (status == u"FAILED" || status == u"DECLINED") {
        outcome.kind = OutcomeKind::Declined;
        if (outcome.message.isEmpty())
            outcome.message = QCoreApplication::translate(
                "pavt::GatewayOutcome", "The payment was declined; the gateway gave no reason.");
    } else if ((status == u"REDIRECT" || status == u"PENDING")
               && (call == CallKind::HostedCard || call == CallKind::Apm)) {
        if (isUsableUrl(outcome.redirectUrl)) {
            outcome.kind = OutcomeKind::AwaitingPayment;
        } else if (status == u"PENDING") {
            outcome.kind = OutcomeKind::Pending;
        } else {
            outcome.kind = OutcomeKind::Unknown;
            outcome.redirectUrl = QUrl();
            outcome.message = QCoreApplication::translate(
                "pavt::GatewayOutcome",
                "The gateway answered without a usable address for the payment page, so there is "
                "nothing to hand the cardholder. The payment may have been created: look it up "
                "before making another.");
        }
    } else if (status == u"PENDING") {
        outcome.kind = OutcomeKind::Pending;
    } else if (status == u"REDIRECT" && call == CallKind::Charge) {
        const QUrl &url = outcome.redirectUrl;
        if (isUsableUrl(url)) {
            outcome.kind = OutcomeKind::NeedsThreeDS;
        } else {
            outcome.kind = OutcomeKind::Unknown;
            outcome.message = QCoreApplication::translate(
                "pavt::GatewayOutcome",
                "The gateway asked for 3-D Secure but gave no usable address.");
        }
    } else {
        outcome.kind = unreadable;
        outcome.message
            = QCoreApplication::translate("pavt::GatewayOutcome",
                                          "The gateway answered with an unknown status \"%1\".")
                  .arg(status.left(32));
    }
    return outcome;
}

} // namespace pavt
