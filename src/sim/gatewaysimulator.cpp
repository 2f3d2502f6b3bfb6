// SPDX-License-Identifier: MIT
#include "sim/gatewaysimulator.h"

#include "core/base/clock.h"
#include "core/base/secretbytes.h"
#include "core/gateway/gatewayconfig.h"
#include "core/gateway/payloadcipher.h"
#include "sim/chargevalidator.h"
#include "sim/simulatorpages.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/crypto.h>

#include <unordered_map>

namespace pavt::sim {

Q_LOGGING_CATEGORY(lcSim, "pavt.sim", QtWarningMsg)

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

constexpr qsizetype MaxRequestBody = 64 * 1024;
const QByteArray JsonType = QByteArrayLiteral("application/json");
const QByteArray HtmlType = QByteArrayLiteral("text/html; charset=utf-8");
const QByteArray HtmlPolicy = QByteArrayLiteral(
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");

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

} // namespace

struct GatewaySimulator::Reply
{
    enum class Action { Respond, Drop };
    StatusCode status = StatusCode::Ok;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Respond;
    bool html = false; // adds the pages' security headers

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
    Fault fault;
    int chargeRequests = 0;
    int refundRequests = 0;

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

GatewaySimulator::GatewaySimulator(SimulatorOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

GatewaySimulator::~GatewaySimulator()
{
    d->parked.clear();
}

QList<TestCard> GatewaySimulator::testCards()
{
    return testCardTable();
}

bool GatewaySimulator::start()
{
    if (d->started) {
        d->error = tr("The simulator has already been started.");
        return false;
    }
    const QByteArray &key = d->options.secretKey;
    // The contract's rule for the key, as the terminal's client applies it.
    const auto environment = environmentFromSecretKey(key);
    if (!environment) {
        d->error = environment.error().message;
        return false;
    }
    d->environment = environmentId(*environment);
    auto cipher = PayloadCipher::create(d->options.encryptionKey);
    if (!cipher) {
        d->error = cipher.error().message;
        return false;
    }
    d->cipher = std::move(*cipher);
    d->expectedAuthorization = "Bearer " + key;

    const bool tls = !d->options.certificate.isNull() || !d->options.privateKey.isNull();
    if (tls && (d->options.certificate.isNull() || d->options.privateKey.isNull())) {
        d->error = tr("TLS needs both a certificate and its private key.");
        return false;
    }

    std::unique_ptr<QTcpServer> listener;
    if (tls) {
        auto sslServer = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(d->options.certificate);
        configuration.setPrivateKey(d->options.privateKey);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
        sslServer->setSslConfiguration(configuration);
        listener = std::move(sslServer);
    } else {
        listener = std::make_unique<QTcpServer>();
    }
    if (!listener->listen(d->options.address, d->options.port)) {
        d->error = tr("Cannot listen on %1 port %2: %3")
                       .arg(d->options.address.toString())
                       .arg(d->options.port)
                       .arg(listener->errorString());
        return false;
    }
    setUpRoutes();
    d->listener = listener.get();
    d->server.bind(listener.release()); // the HTTP server takes ownership

    QHostAddress host = d->options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    d->baseUrl.setScheme(tls ? u"https"_s : u"http"_s);
    d->baseUrl.setHost(host.toString());
    d->baseUrl.setPort(d->listener->serverPort());
    d->started = true;
    d->error.clear();
    qCDebug(lcSim) << "listening on" << d->baseUrl.toString();
    return true;
}

QString GatewaySimulator::errorString() const
{
    return d->error;
}

bool GatewaySimulator::isListening() const
{
    return d->listener && d->listener->isListening();
}

quint16 GatewaySimulator::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

QUrl GatewaySimulator::baseUrl() const
{
    return d->baseUrl;
}

QString GatewaySimulator::environment() const
{
    return d->environment;
}

int GatewaySimulator::transactionCount() const
{
    return d->store.size();
}

int GatewaySimulator::chargeRequestCount() const
{
    return d->chargeRequests;
}

int GatewaySimulator::refundRequestCount() const
{
    return d->refundRequests;
}

std::optional<TransactionRecord> GatewaySimulator::transaction(const QString &transactionId) const
{
    if (const TransactionRecord *record = d->store.find(transactionId))
        return *record;
    return std::nullopt;
}

std::optional<TransactionRecord>
GatewaySimulator::transactionByOrderId(const QString &orderId) const
{
    if (const TransactionRecord *record = d->store.findByOrderId(orderId))
        return *record;
    return std::nullopt;
}

bool GatewaySimulator::completeThreeDSecure(const QString &transactionId, bool approve)
{
    TransactionRecord *record = d->store.find(transactionId);
    if (!record || record->status != TransactionStatus::Pending)
        return false;
    if (approve) {
        record->status = TransactionStatus::Success;
        record->message = u"Transaction processed successfully."_s;
    } else {
        record->status = TransactionStatus::Failed;
        record->message = u"3-D Secure authentication failed."_s;
    }
    emit transactionChanged(transactionId);
    return true;
}

void GatewaySimulator::setFault(const Fault &fault)
{
    d->fault = fault;
    if (d->fault.count == 0)
        d->fault = Fault {};
}

Fault GatewaySimulator::fault() const
{
    return d->fault;
}

QDateTime GatewaySimulator::now() const
{
    return d->options.clock ? d->options.clock->now() : QDateTime::currentDateTime();
}

QString GatewaySimulator::newTransactionId() const
{
    static constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id;
    do {
        id.resize(16);
        id[0] = u'P';
        id[1] = u'A';
        for (qsizetype i = 2; i < id.size(); ++i)
            id[i] = QChar(Alphabet[QRandomGenerator::global()->bounded(36)]);
    } while (d->store.containsId(id));
    return id;
}

void GatewaySimulator::setUpRoutes()
{
    QHttpServer &s = d->server;
    // Order matters only for speed: the charge, the hot path, is tried first.
    s.route(u"/api/v1/<arg>/card"_s,
            [this](const QString &env, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleCharge(env, request, std::move(responder));
            });
    s.route(u"/api/<arg>/status/<arg>"_s,
            [this](const QString &env, const QString &id, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleStatus(env, id, request, std::move(responder));
            });
    s.route(u"/api/v1/<arg>/refund"_s,
            [this](const QString &env, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleRefund(env, request, std::move(responder));
            });
    s.route(u"/api/v1/<arg>-transactions"_s,
            [this](const QString &env, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleList(env, request, std::move(responder));
            });
    s.route(u"/sim/3ds/<arg>"_s,
            [this](const QString &id, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleThreeDSecurePage(id, request, std::move(responder));
            });
    s.route(u"/sim/3ds/<arg>/<arg>"_s,
            [this](const QString &id, const QString &action, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleThreeDSecureAction(id, action, request, std::move(responder));
            });
    s.route(u"/sim/return"_s, [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        send(std::move(responder), Reply::page(StatusCode::Ok, pages::merchantReturn()));
    });
    s.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.url().path().startsWith("/api/"_L1))
                send(std::move(responder), Reply::failed(StatusCode::NotFound, u"Not found."_s));
            else
                send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
        });
}

std::optional<GatewaySimulator::Reply>
GatewaySimulator::checkApiRequest(const QString &env, const QHttpServerRequest &request,
                                  bool expectJsonBody) const
{
    if (!constantTimeEquals(request.value("Authorization"), d->expectedAuthorization))
        return Reply::failed(StatusCode::Unauthorized, u"Unauthenticated."_s);
    if (env != d->environment)
        return Reply::failed(
            StatusCode::NotFound,
            u"Not found: this secret key belongs to the %1 environment."_s.arg(d->environment));
    if (expectJsonBody) {
        const QByteArray type = request.value("Content-Type").trimmed().toLower();
        if (!(type == JsonType || type.startsWith("application/json;")))
            return Reply::failed(StatusCode::UnsupportedMediaType,
                                 u"The Content-Type must be application/json."_s);
        if (request.body().size() > MaxRequestBody)
            return Reply::failed(StatusCode::PayloadTooLarge, u"The request body is too large."_s);
    }
    return std::nullopt;
}

void GatewaySimulator::handleCharge(const QString &env, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "POST"));
    ++d->chargeRequests;
    if (auto refusal = checkApiRequest(env, request, true))
        return send(std::move(responder), std::move(*refusal));

    Fault fault = d->fault;
    if (d->fault.count > 0 && --d->fault.count == 0)
        d->fault = Fault {};

    const bool process
        = fault.kind == FaultKind::None || fault.kind == FaultKind::Delay || fault.chargeRecorded;
    Reply reply = process ? processCharge(request) : Reply {};
    if (fault.kind != FaultKind::None)
        reply = applyFault(std::move(reply), fault);
    send(std::move(responder), std::move(reply));
}

GatewaySimulator::Reply GatewaySimulator::processCharge(const QHttpServerRequest &request)
{
    QJsonParseError parseError {};
    const QJsonDocument envelope = QJsonDocument::fromJson(request.body(), &parseError);
    const QJsonValue payload = envelope.object().value("payload"_L1);
    if (parseError.error != QJsonParseError::NoError || !envelope.isObject() || !payload.isString())
        return Reply::failed(
            StatusCode::BadRequest,
            u"The request body must be a JSON object with a \"payload\" string."_s);

    auto plain = d->cipher->decrypt(payload.toString().toLatin1());
    if (!plain)
        return Reply::failed(
            StatusCode::BadRequest,
            u"The payload could not be decrypted: %1"_s.arg(plain.error().message));
    // Parsed in place: no further copy of the card data is made here.
    const QJsonDocument fieldsDoc = QJsonDocument::fromJson(
        QByteArray::fromRawData(plain->constData(), plain->size()), &parseError);
    plain->clear();
    if (parseError.error != QJsonParseError::NoError || !fieldsDoc.isObject())
        return Reply::failed(StatusCode::BadRequest,
                             u"The decrypted payload is not a JSON object."_s);

    const QDateTime created = now();
    const TransactionStore &store = d->store;
    const ChargeValidator validator(created.date(), [&store](const QString &orderId) {
        return store.containsOrderId(orderId);
    });
    auto charge = validator.validate(fieldsDoc.object());
    if (!charge)
        return Reply::invalid(charge.error());
    if (charge->behaviour == CardBehaviour::ServerError)
        return Reply { StatusCode::InternalServerError, HtmlType, pages::internalServerError() };

    TransactionRecord record;
    record.transactionId = newTransactionId();
    record.orderId = std::move(charge->orderId);
    record.amount = charge->amount;
    record.currency = std::move(charge->currency);
    record.firstName = std::move(charge->firstName);
    record.lastName = std::move(charge->lastName);
    record.email = std::move(charge->email);
    record.country = std::move(charge->country);
    record.cardBrand = std::move(charge->cardBrand);
    record.cardFirstSix = std::move(charge->cardFirstSix);
    record.cardLastFour = std::move(charge->cardLastFour);
    record.maskedCardNumber = std::move(charge->maskedCardNumber);
    record.merchantRedirectUrl = std::move(charge->redirectUrl);
    record.created = created;

    QString chargeStatus;
    switch (charge->behaviour) {
    case CardBehaviour::Approve:
    case CardBehaviour::Slow:
    case CardBehaviour::DropConnection:
    case CardBehaviour::ServerError:
        record.status = TransactionStatus::Success;
        record.message = u"Transaction processed successfully."_s;
        chargeStatus = u"SUCCESS"_s;
        break;
    case CardBehaviour::Decline:
        record.status = TransactionStatus::Failed;
        record.message = u"Card declined"_s;
        chargeStatus = u"FAILED"_s;
        break;
    case CardBehaviour::InsufficientFunds:
        record.status = TransactionStatus::Failed;
        record.message = u"Insufficient funds"_s;
        chargeStatus = u"FAILED"_s;
        break;
    case CardBehaviour::ExpiredCard:
        record.status = TransactionStatus::Failed;
        record.message = u"Expired card"_s;
        chargeStatus = u"FAILED"_s;
        break;
    case CardBehaviour::ThreeDSecure:
        record.status = TransactionStatus::Pending;
        record.message = u"3-D Secure authentication is pending."_s;
        chargeStatus = u"REDIRECT"_s;
        break;
    }

    const TransactionRecord &stored = d->store.add(std::move(record));
    QJsonObject body { { u"status"_s, chargeStatus },
                       { u"message"_s,
                         charge->behaviour == CardBehaviour::ThreeDSecure
                             ? u"3-D Secure authentication required: send the cardholder to "
                               "redirect_url."_s
                             : stored.message },
                       { u"data"_s, dataObject(stored) } };
    if (charge->behaviour == CardBehaviour::ThreeDSecure) {
        QUrl redirect = d->baseUrl;
        redirect.setPath(u"/sim/3ds/"_s + stored.transactionId);
        body.insert(u"redirect_url"_s, redirect.toString());
    }
    Reply reply = Reply::json(StatusCode::Ok, body);
    if (charge->behaviour == CardBehaviour::Slow)
        reply.delayMs = d->options.slowCardDelayMs;
    else if (charge->behaviour == CardBehaviour::DropConnection)
        reply.action = Reply::Action::Drop;

    qCDebug(lcSim) << "charge" << stored.transactionId << chargeStatus;
    emit transactionChanged(stored.transactionId);
    return reply;
}

GatewaySimulator::Reply GatewaySimulator::applyFault(Reply reply, const Fault &fault) const
{
    switch (fault.kind) {
    case FaultKind::None:
        return reply;
    case FaultKind::Delay:
        reply.delayMs = std::max(reply.delayMs, fault.delayMs);
        return reply;
    case FaultKind::DropConnection:
        reply.action = Reply::Action::Drop;
        reply.delayMs = 0;
        return reply;
    case FaultKind::Html500:
        return Reply { StatusCode::InternalServerError, HtmlType, pages::internalServerError() };
    case FaultKind::MalformedJson: {
        QByteArray body = reply.contentType == JsonType && reply.body.size() > 8
            ? reply.body.left(reply.body.size() / 2)
            : QByteArrayLiteral("{\"status\":\"SUCCESS\",\"message\":\"Transac");
        return Reply { StatusCode::Ok, JsonType, std::move(body) };
    }
    case FaultKind::Empty502:
        return Reply { StatusCode::BadGateway, {}, {} };
    case FaultKind::Oversized: {
        QByteArray body = reply.contentType == JsonType && reply.body.endsWith('}')
            ? reply.body.chopped(1)
            : QByteArrayLiteral("{\"status\":\"FAILED\",\"message\":\"Oversized\"");
        body += ",\"padding\":\"";
        const qsizetype fill = std::max<qsizetype>(0, OversizedBodyBytes - body.size() - 2);
        body += QByteArray(fill, 'x');
        body += "\"}";
        return Reply { StatusCode::Ok, JsonType, std::move(body) };
    }
    }
    return reply;
}

void GatewaySimulator::send(QHttpServerResponder &&responder, Reply reply)
{
    if (reply.delayMs > 0) {
        // Park the responder; the event loop goes on serving everyone else meanwhile.
        const quint64 ticket = d->nextTicket++;
        const int delay = reply.delayMs;
        reply.delayMs = 0;
        Private::Parked parked { std::make_unique<QHttpServerResponder>(std::move(responder)),
                                 {},
                                 std::move(reply) };
        parked.socket = parked.responder->socket();
        d->parked.emplace(ticket, std::move(parked));
        QTimer::singleShot(delay, this, [this, ticket] {
            auto it = d->parked.find(ticket);
            if (it == d->parked.end())
                return;
            Private::Parked p = std::move(it->second);
            d->parked.erase(it);
            // The client may have given up and closed the connection meanwhile.
            if (p.socket && p.socket->state() == QAbstractSocket::ConnectedState)
                send(std::move(*p.responder), std::move(p.reply));
        });
        return;
    }
    if (reply.action == Reply::Action::Drop) {
        // Close after the handler has returned, so the server is not inside its read of this
        // socket.
        if (QTcpSocket *socket = responder.socket())
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    }
    if (reply.html) {
        responder.write(reply.body,
                        { { "Content-Type", reply.contentType },
                          { "Content-Security-Policy", HtmlPolicy },
                          { "Cache-Control", "no-store" } },
                        reply.status);
    } else if (reply.contentType.isEmpty()) {
        responder.write(reply.body, {}, reply.status);
    } else {
        responder.write(reply.body, { { "Content-Type", reply.contentType } }, reply.status);
    }
}

void GatewaySimulator::handleStatus(const QString &env, const QString &transactionId,
                                    const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "GET"));
    if (auto refusal = checkApiRequest(env, request, false))
        return send(std::move(responder), std::move(*refusal));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder),
                    Reply::failed(StatusCode::NotFound, u"Transaction not found."_s));
    send(std::move(responder),
         Reply::json(StatusCode::Ok,
                     QJsonObject { { u"status"_s, statusWord(record->status) },
                                   { u"message"_s, record->message },
                                   { u"data"_s, dataObject(*record) } }));
}

void GatewaySimulator::handleRefund(const QString &env, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "POST"));
    ++d->refundRequests;
    if (auto refusal = checkApiRequest(env, request, true))
        return send(std::move(responder), std::move(*refusal));

    QJsonParseError parseError {};
    QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return send(
            std::move(responder),
            Reply::failed(StatusCode::BadRequest, u"The request body is not a JSON object."_s));
    // Without ?Skip-Encryption=true the body is an encrypted envelope, as for a charge.
    if (request.query().queryItemValue(u"Skip-Encryption"_s) != "true"_L1) {
        const QJsonValue payload = doc.object().value("payload"_L1);
        if (!payload.isString())
            return send(std::move(responder),
                        Reply::failed(StatusCode::BadRequest,
                                      u"Without Skip-Encryption=true the body must be a JSON "
                                      "object with a \"payload\" string."_s));
        auto plain = d->cipher->decrypt(payload.toString().toLatin1());
        if (!plain)
            return send(std::move(responder),
                        Reply::failed(StatusCode::BadRequest,
                                      u"The payload could not be decrypted: %1"_s.arg(
                                          plain.error().message)));
        doc = QJsonDocument::fromJson(QByteArray::fromRawData(plain->constData(), plain->size()),
                                      &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return send(std::move(responder),
                        Reply::failed(StatusCode::BadRequest,
                                      u"The decrypted payload is not a JSON object."_s));
    }
    const QJsonObject fields = doc.object();
    FieldErrors errors;
    const QJsonValue id = fields.value("transaction_id"_L1);
    const QJsonValue reason = fields.value("reason"_L1);
    if (!id.isString() || id.toString().trimmed().isEmpty())
        errors[u"transaction_id"_s].append(id.isUndefined() || id.isNull() || id.isString()
                                               ? u"The transaction id field is required."_s
                                               : u"The transaction id must be a string."_s);
    if (!reason.isString() || reason.toString().trimmed().isEmpty())
        errors[u"reason"_s].append(reason.isUndefined() || reason.isNull() || reason.isString()
                                       ? u"The reason field is required."_s
                                       : u"The reason must be a string."_s);
    if (!errors.isEmpty())
        return send(std::move(responder), Reply::invalid(errors));

    const QString transactionId = id.toString();
    TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder),
                    Reply::failed(StatusCode::NotFound, u"Transaction not found."_s));
    if (record->status != TransactionStatus::Success) {
        const QString message = u"Only successful transactions can be refunded."_s;
        return send(std::move(responder),
                    Reply::invalid({ { u"transaction_id"_s, { message } } }, message));
    }
    if (record->refunded) {
        const QString message = u"This transaction is already refunded."_s;
        return send(std::move(responder),
                    Reply::invalid({ { u"transaction_id"_s, { message } } }, message));
    }
    record->refunded = true;
    record->refundDate = now();
    record->refundReason = reason.toString();
    send(std::move(responder),
         Reply::json(StatusCode::Ok,
                     QJsonObject { { u"status"_s, u"SUCCESS"_s },
                                   { u"message"_s, u"Refund processed successfully."_s },
                                   { u"data"_s, dataObject(*record) } }));
    emit transactionChanged(transactionId);
}

void GatewaySimulator::handleList(const QString &env, const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "GET"));
    if (auto refusal = checkApiRequest(env, request, false))
        return send(std::move(responder), std::move(*refusal));

    const QUrlQuery query = request.query();
    FieldErrors errors;
    auto readDate = [&](const QString &name) {
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
        if (text.isEmpty()) {
            errors[name].append(u"The %1 field is required."_s.arg(
                ChargeValidator::displayName(QLatin1StringView(name.toLatin1()))));
            return QDate();
        }
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid())
            errors[name].append(u"The %1 must be a date of the form YYYY-MM-DD."_s.arg(
                ChargeValidator::displayName(QLatin1StringView(name.toLatin1()))));
        return date;
    };
    const QDate from = readDate(u"transaction_start_date"_s);
    const QDate to = readDate(u"transaction_end_date"_s);
    if (from.isValid() && to.isValid() && to < from)
        errors[u"transaction_end_date"_s].append(
            u"The transaction end date must be a date after or equal to transaction start date."_s);

    std::optional<quint64> after;
    std::optional<quint64> before;
    const bool hasNext = query.hasQueryItem(u"nextCursor"_s);
    const bool hasPrev = query.hasQueryItem(u"prevCursor"_s);
    if (hasNext && hasPrev) {
        errors[u"prevCursor"_s].append(u"Give either nextCursor or prevCursor, not both."_s);
    } else if (hasNext || hasPrev) {
        const QString name = hasNext ? u"nextCursor"_s : u"prevCursor"_s;
        const auto position = decodeCursor(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!position)
            errors[name].append(u"The cursor is invalid."_s);
        else if (hasNext)
            after = position;
        else
            before = position;
    }
    if (!errors.isEmpty())
        return send(std::move(responder), Reply::invalid(errors));

    const TransactionStore::Page page = d->store.page(from, to, after, before, PageSize);
    QJsonArray items;
    for (const TransactionRecord *record : page.items)
        items.append(listItem(*record));
    const QJsonObject meta {
        { u"hasNextPage"_s, page.hasNextPage },
        { u"hasPreviousPage"_s, page.hasPreviousPage },
        { u"nextCursor"_s,
          page.hasNextPage ? QJsonValue(encodeCursor(page.nextCursor))
                           : QJsonValue(QJsonValue::Null) },
        { u"prevCursor"_s,
          page.hasPreviousPage ? QJsonValue(encodeCursor(page.prevCursor))
                               : QJsonValue(QJsonValue::Null) },
        { u"totalCount"_s, page.totalCount },
    };
    send(std::move(responder),
         Reply::json(StatusCode::Ok,
                     QJsonObject { { u"message"_s, u"Transactions retrieved successfully."_s },
                                   { u"data"_s, items },
                                   { u"meta"_s, meta } }));
}

void GatewaySimulator::handleThreeDSecurePage(const QString &transactionId,
                                              const QHttpServerRequest &request,
                                              QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    send(std::move(responder),
         Reply::page(StatusCode::Ok,
                     record->status == TransactionStatus::Pending
                         ? pages::threeDSecureCheck(*record)
                         : pages::threeDSecureNotPending(*record)));
}

void GatewaySimulator::handleThreeDSecureAction(const QString &transactionId, const QString &action,
                                                const QHttpServerRequest &request,
                                                QHttpServerResponder &&responder)
{
    const bool approve = action == "approve"_L1;
    if (!approve && action != "fail"_L1)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (request.method() != Method::Post)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (!completeThreeDSecure(transactionId, approve))
        return send(std::move(responder),
                    Reply::page(StatusCode::Conflict, pages::threeDSecureNotPending(*record)));
    send(std::move(responder), Reply::page(StatusCode::Ok, pages::threeDSecureDone(*record)));
}

} // namespace pavt::sim
