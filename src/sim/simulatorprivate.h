// SPDX-License-Identifier: MIT
// The simulator's insides, shared by its two source files: gatewaysimulator.cpp (start, routes,
// checks of every request, faults, sending) and gatewaysimulatorapi.cpp (the gateway's calls:
// charge, status, refund, transaction list, 3-D Secure). The JSON shapes of the contract are in
// simulatorjson.cpp. Not for use outside src/sim.
#pragma once

#include "core/gateway/payloadcipher.h"
#include "sim/chargevalidator.h"
#include "sim/gatewaysimulator.h"
#include "sim/transactionstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <expected>
#include <memory>
#include <optional>
#include <unordered_map>

namespace pavt::sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim)

using StatusCode = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace detail {

inline constexpr qsizetype MaxRequestBody = 64 * 1024;
inline const QByteArray JsonType = QByteArrayLiteral("application/json");
inline const QByteArray HtmlType = QByteArrayLiteral("text/html; charset=utf-8");
inline const QByteArray HtmlPolicy = QByteArrayLiteral(
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");

// The contract's shapes (simulatorjson.cpp).
QString dateTimeText(const QDateTime &when);
QJsonValue nullable(const QString &text);
// The list's amount as a string, written as the charge sent it ("1250", "12.5").
QString amountString(double amount);
// "data" of a payment, status or refund answer.
QJsonObject dataObject(const TransactionRecord &r);
// One transaction of the list.
QJsonObject listItem(const TransactionRecord &r);
// "errors" of a 422 answer.
QJsonObject errorsObject(const FieldErrors &errors);
// One template of GET /api/v1/payment-templates.
QJsonObject templateObject(const SimPaymentTemplate &t, const QUrl &baseUrl);
// An amount for the cardholder's pages: "GBP 30.00" for 3000 GBP (minor units) or 30 GBP (major).
QString formatAmount(double amount, const QString &currency, bool minorUnits);
// The decrypted JSON object of a {"payload": "<iv hex>:<ciphertext hex>"} body (a charge's, a
// hosted payment's); on failure the 400 message. The plaintext is wiped once parsed.
std::expected<QJsonObject, QString> decryptEnvelope(const QByteArray &body,
                                                    const PayloadCipher &cipher);
// Reads an API body that may be plain JSON or an encrypted {"payload"} envelope: with
// ?Skip-Encryption=true it is plain; without it an object whose only member is a "payload" string
// is decrypted (as the Java SDK sends it), any other object is read as plain (the Python SDK).
// On failure the 400 message.
std::expected<QJsonObject, QString> readApiBody(const QHttpServerRequest &request,
                                                const PayloadCipher &cipher);
// A browser form body (application/x-www-form-urlencoded): name -> value, decoded.
QHash<QString, QString> readFormBody(const QByteArray &body);
// The list's opaque cursors.
QString encodeCursor(quint64 sequence);
std::optional<quint64> decodeCursor(const QString &cursor);
QByteArray methodName(Method method);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace detail

using namespace detail;
using namespace Qt::StringLiterals;

struct GatewaySimulator::Reply
{
    enum class Action { Respond, Drop };
    StatusCode status = StatusCode::Ok;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Respond;
    bool html = false; // adds the pages' security headers
    QByteArray location = {}; // a redirect's Location header (with a 3xx status)

    static Reply json(StatusCode status, const QJsonObject &object)
    {
        return Reply { status, JsonType, QJsonDocument(object).toJson(QJsonDocument::Compact) };
    }
    static Reply failed(StatusCode status, const QString &message)
    {
        return json(status,
                    QJsonObject { { u"status"_s, u"FAILED"_s }, { u"message"_s, message } });
    }
    static Reply invalid(const FieldErrors &errors, const QString &message = {})
    {
        return json(
            StatusCode::UnprocessableEntity,
            QJsonObject {
                { u"status"_s, u"FAILED"_s },
                { u"message"_s, message.isEmpty() ? u"The given data was invalid."_s : message },
                { u"errors"_s, errorsObject(errors) } });
    }
    static Reply page(StatusCode status, QByteArray html)
    {
        Reply reply { status, HtmlType, std::move(html) };
        reply.html = true;
        return reply;
    }
    static Reply seeOther(QByteArray location)
    {
        Reply reply { StatusCode::SeeOther, HtmlType, QByteArray() };
        reply.html = true;
        reply.location = std::move(location);
        return reply;
    }
    static Reply methodNotAllowed(Method method, const char *allowed)
    {
        return failed(
            StatusCode::MethodNotAllowed,
            u"The %1 method is not supported for this route. Supported methods: %2."_s.arg(
                QString::fromLatin1(methodName(method)), QLatin1StringView(allowed)));
    }
};

struct GatewaySimulator::Private
{
    SimulatorOptions options;
    QString environment;
    QByteArray expectedAuthorization; // "Bearer <secret key>"
    std::optional<PayloadCipher> cipher;
    QHttpServer server;
    QPointer<QTcpServer> listener;
    QUrl baseUrl;
    QString error;
    bool started = false;
    TransactionStore store;
    PaymentLinkStore links;
    Fault fault;
    Fault refundFault;
    ListFault listFault = ListFault::None;
    quint64 endlessPages = 0; // ListFault::Endless: the cursors handed out so far
    int chargeRequests = 0;
    int refundRequests = 0;
    int paymentCreationRequests = 0;

    // Answers held back by a delay, by ticket: owned here (not only by the timer's lambda) so
    // that they are dropped before the sockets they point at when the simulator goes away.
    struct Parked
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        Reply reply;
    };
    std::unordered_map<quint64, Parked> parked;
    quint64 nextTicket = 1;
};

} // namespace pavt::sim
