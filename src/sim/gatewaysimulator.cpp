// SPDX-License-Identifier: MIT
#include "sim/gatewaysimulator.h"

#include "core/base/clock.h"
#include "core/base/secretbytes.h"
#include "core/gateway/gatewayconfig.h"
#include "core/gateway/payloadcipher.h"
#include "sim/chargevalidator.h"
#include "sim/simulatorpages.h"
#include "sim/simulatorprivate.h"

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
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/crypto.h>

#include <unordered_map>

namespace pavt::sim {

Q_LOGGING_CATEGORY(lcSim, "pavt.sim", QtWarningMsg)

using namespace Qt::StringLiterals;

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

int GatewaySimulator::paymentCreationRequestCount() const
{
    return d->paymentCreationRequests;
}

QList<SimPaymentTemplate> GatewaySimulator::paymentTemplates()
{
    return liveTemplateTable();
}

int GatewaySimulator::paymentLinkCount() const
{
    return d->links.size();
}

std::optional<PaymentLinkRecord> GatewaySimulator::paymentLink(const QString &linkId) const
{
    if (const PaymentLinkRecord *record = d->links.find(linkId))
        return *record;
    return std::nullopt;
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
    if (!record || record->status != TransactionStatus::Pending
        || record->awaiting != Awaiting::ThreeDSecure)
        return false;
    record->awaiting = Awaiting::Nothing;
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

void GatewaySimulator::setListFault(ListFault fault)
{
    d->listFault = fault;
}

QStringList GatewaySimulator::seedTransactions(const SeedOptions &options)
{
    QStringList ids;
    if (options.count <= 0 || !options.from.isValid() || !options.to.isValid()
        || options.to < options.from || options.currencies.isEmpty())
        return ids;
    QRandomGenerator random(options.seed);
    static constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // orderid.cpp's
    const qint64 days = options.from.daysTo(options.to) + 1;
    const qint64 span = days * 86400000LL;
    const QDateTime start = options.from.startOfDay(Qt::UTC);
    ids.reserve(options.count);
    for (int i = 0; i < options.count; ++i) {
        TransactionRecord r;
        r.transactionId = newTransactionId();
        r.created = start.addMSecs(span * i / options.count + random.bounded(1000));
        const bool other = int(random.bounded(100)) < options.otherChannelPercent;
        if (!other) {
            QString tail(10, Qt::Uninitialized);
            for (int k = 0; k < 10; ++k)
                tail[k] = QLatin1Char(Alphabet[random.bounded(32)]);
            r.orderId = u"VT"_s + r.created.toUTC().toString(u"yyyyMMddHHmmss"_s) + u'-' + tail;
        } else if (random.bounded(4) != 0) {
            r.orderId = u"WEB-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        }
        if (!r.orderId.isEmpty() && d->store.containsOrderId(r.orderId))
            r.orderId.clear();
        r.amount = double(100 + random.bounded(199901));
        r.currency = options.currencies.at(random.bounded(int(options.currencies.size())));
        r.firstName = u"Seed"_s;
        r.lastName = u"Customer %1"_s.arg(i);
        r.email = u"seed%1@example.com"_s.arg(i);
        r.country = u"GBR"_s;
        r.channel = other ? Channel::HostedCard : Channel::Card;
        r.cardBrand = u"Visa"_s;
        r.cardFirstSix = u"411111"_s;
        r.cardLastFour = u"1111"_s;
        r.maskedCardNumber = u"411111******1111"_s;
        const int outcome = int(random.bounded(100));
        r.status = outcome < 85 ? TransactionStatus::Success
            : outcome < 95      ? TransactionStatus::Failed
                                : TransactionStatus::Pending;
        r.message = r.status == TransactionStatus::Success
            ? u"Transaction processed successfully."_s
            : r.status == TransactionStatus::Failed ? u"Card declined."_s
                                                    : u"3-D Secure authentication is pending."_s;
        if (r.status == TransactionStatus::Pending)
            r.awaiting = Awaiting::ThreeDSecure;
        ids.append(d->store.add(std::move(r)).transactionId);
    }
    return ids;
}

bool GatewaySimulator::addTransaction(TransactionRecord record)
{
    if (record.transactionId.isEmpty())
        record.transactionId = newTransactionId();
    if (d->store.containsId(record.transactionId)
        || (!record.orderId.isEmpty()
            && (d->store.containsOrderId(record.orderId)
                || d->links.containsOrderId(record.orderId))))
        return false;
    if (record.created.isNull())
        record.created = now();
    const QString id = d->store.add(std::move(record)).transactionId;
    emit transactionChanged(id);
    return true;
}

bool GatewaySimulator::markRefunded(const QString &transactionId, const QDateTime &when)
{
    TransactionRecord *record = d->store.find(transactionId);
    if (!record || record->status != TransactionStatus::Success)
        return false;
    record->refunded = true;
    record->refundedAmount = record->amount;
    record->refundDate = when.isNull() ? now() : when;
    record->refundReason = u"Refunded at the gateway"_s;
    emit transactionChanged(transactionId);
    return true;
}

bool GatewaySimulator::markChargedBack(const QString &transactionId, const QDateTime &when)
{
    TransactionRecord *record = d->store.find(transactionId);
    if (!record || record->status != TransactionStatus::Success)
        return false;
    record->chargebackDate = when.isNull() ? now() : when;
    emit transactionChanged(transactionId);
    return true;
}

bool GatewaySimulator::markSuspicious(const QString &transactionId, const QDateTime &when)
{
    TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return false;
    record->suspiciousDate = when.isNull() ? now() : when;
    emit transactionChanged(transactionId);
    return true;
}

bool GatewaySimulator::forgetTransaction(const QString &transactionId)
{
    if (!d->store.forget(transactionId))
        return false;
    emit transactionChanged(transactionId);
    return true;
}

bool GatewaySimulator::setListAmount(const QString &transactionId, const QString &text)
{
    TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return false;
    record->listAmount = text;
    return true;
}

QDateTime GatewaySimulator::now() const
{
    return d->options.clock ? d->options.clock->now() : QDateTime::currentDateTime();
}

QString GatewaySimulator::displayAmount(double amount, const QString &currency) const
{
    return formatAmount(amount, currency, d->options.amountsInMinorUnits);
}

QUrl GatewaySimulator::pageUrl(const QString &path) const
{
    QUrl url = d->baseUrl;
    url.setPath(path);
    return url;
}

QString GatewaySimulator::newLinkId() const
{
    static constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id;
    do {
        id.resize(16);
        id[0] = u'P';
        id[1] = u'L';
        for (qsizetype i = 2; i < id.size(); ++i)
            id[i] = QChar(Alphabet[QRandomGenerator::global()->bounded(36)]);
    } while (d->links.containsId(id));
    return id;
}

Fault GatewaySimulator::takeFault()
{
    Fault fault = d->fault;
    if (d->fault.count > 0 && --d->fault.count == 0)
        d->fault = Fault {};
    return fault;
}

GatewaySimulator::Reply GatewaySimulator::withFault(const Fault &fault,
                                                    const std::function<Reply()> &process)
{
    const bool run = fault.kind == FaultKind::None || fault.kind == FaultKind::Delay
        || fault.kind == FaultKind::NoRedirectUrl || fault.chargeRecorded;
    Reply reply = run ? process() : Reply {};
    if (fault.kind != FaultKind::None)
        reply = applyFault(std::move(reply), fault);
    return reply;
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
    s.route(u"/api/v1/<arg>/hosted/card"_s,
            [this](const QString &env, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleHostedCreate(env, Channel::HostedCard, request, std::move(responder));
            });
    s.route(u"/api/v1/<arg>/apm"_s,
            [this](const QString &env, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleHostedCreate(env, Channel::Apm, request, std::move(responder));
            });
    s.route(u"/api/v1/payment-templates"_s,
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handleTemplates(request, std::move(responder));
            });
    s.route(u"/api/v1/payment-link"_s,
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handleCreateLink(request, std::move(responder));
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
    s.route(u"/sim/pay/<arg>"_s,
            [this](const QString &id, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleCheckoutPage(id, request, std::move(responder));
            });
    s.route(u"/sim/apm/<arg>"_s,
            [this](const QString &id, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleApmPage(id, request, std::move(responder));
            });
    s.route(u"/sim/apm/<arg>/<arg>"_s,
            [this](const QString &id, const QString &action, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleApmAction(id, action, request, std::move(responder));
            });
    s.route(u"/sim/link/<arg>"_s,
            [this](const QString &id, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder) {
                handleLinkPage(id, request, std::move(responder));
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
    case FaultKind::NoRedirectUrl: {
        QJsonParseError error {};
        QJsonObject body = QJsonDocument::fromJson(reply.body, &error).object();
        if (error.error != QJsonParseError::NoError || reply.contentType != JsonType)
            return reply;
        body.remove(u"redirect_url"_s);
        if (body.value("data"_L1).isString())
            body.insert(u"data"_s, QJsonValue::Null);
        return Reply::json(reply.status, body);
    }
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
    if (!reply.location.isEmpty()) {
        responder.write(reply.body,
                        { { "Content-Type", reply.contentType },
                          { "Location", reply.location },
                          { "Cache-Control", "no-store" } },
                        reply.status);
    } else if (reply.html) {
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

} // namespace pavt::sim
