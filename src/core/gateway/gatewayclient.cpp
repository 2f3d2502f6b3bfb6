// SPDX-License-Identifier: MIT
#include "core/gateway/gatewayclient.h"

#include "core/payment/currency.h"
#include "core/payment/orderid.h"
#include "core/payment/wirejson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcGateway, "pavt.gateway", QtInfoMsg)

namespace pavt {

namespace {

// Errors of the transport (connection, TLS, proxy, a lost or cut-off answer), as opposed to the
// codes Qt attaches to a complete HTTP answer with a 4xx/5xx status (400 even comes as a
// "protocol" error): after a transport error the answer, if any, is incomplete.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int e = int(error);
    return (e >= 1 && e <= 199) || error == QNetworkReply::ContentReSendError;
}

// A request body that can be read once and never rewound. QNetworkAccessManager silently sends a
// POST again when the server drops a connection before answering (seen with Qt 6.4: one post()
// reached the gateway twice). With a body it cannot rewind it fails with ContentReSendError
// instead, which the client reports as an unknown outcome: a charge is never sent twice.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    ~OneShotBody() override { wipe(m_data); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

QString redactForLog(QByteArrayView text)
{
    static const QRegularExpression secretFields(
        QStringLiteral(
            R"re("(payload|card_number|card_cvv|cvv|secret_key|encryption_key|authorization)"\s*:\s*"[^"]*")re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"((Bearer\s+)\S+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keys(QStringLiteral(R"(PA_(TEST|LIVE)_\w+)"));
    static const QRegularExpression digitRuns(QStringLiteral(R"(\d(?:[ -]?\d){11,18})"));
    QString out = QString::fromUtf8(text.first(qMin<qsizetype>(text.size(), 4096)));
    out.replace(secretFields, QStringLiteral("\"\\1\":\"[redacted]\""));
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(keys, QStringLiteral("PA_\\1_[redacted]"));
    out.replace(digitRuns, QStringLiteral("[redacted]"));
    return out;
}

GatewayClient::GatewayClient(QNetworkAccessManager *network, Credentials credentials,
                             GatewayConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_network(network), m_credentials(std::move(credentials)),
      m_config(std::move(config)), m_clock(&clock)
{
    if (auto env = environmentFromSecretKey(m_credentials.secretKey.view()); env) {
        m_environment = *env;
    } else {
        m_configError = env.error();
        return;
    }
    if (auto cipher = PayloadCipher::create(m_credentials.encryptionKey); cipher) {
        m_cipher = std::move(*cipher);
    } else {
        m_configError = cipher.error();
        return;
    }
    if (auto error = checkBaseUrl(m_config.baseUrl)) {
        m_configError = error;
        return;
    }
    m_authorization = QByteArray("Bearer ");
    m_authorization.append(m_credentials.secretKey.view());
}

GatewayClient::~GatewayClient()
{
    wipe(m_authorization);
}

std::optional<Error> GatewayClient::configurationError() const
{
    return m_configError;
}

QNetworkRequest GatewayClient::makeRequest(const QString &path,
                                           const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_config.extraCaCertificates);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(ssl);
    }
    return request;
}

void GatewayClient::finish(const QPointer<QObject> &context, const Callback &callback,
                           GatewayOutcome outcome)
{
    --m_pending;
    emit callFinished();
    if (context && callback)
        callback(outcome);
}

void GatewayClient::deliver(GatewayOutcome outcome, QObject *context, Callback callback)
{
    ++m_pending;
    emit callStarted();
    QPointer<QObject> guard(context);
    // Asynchronous like every other answer, so callers never see a callback inside their call.
    QTimer::singleShot(0, this,
                       [this, guard, callback = std::move(callback), outcome = std::move(outcome)] {
                           finish(guard, callback, outcome);
                       });
}

void GatewayClient::deliverError(CallKind kind, Error error, QString orderId, QObject *context,
                                 Callback callback, QList<FieldProblem> fieldErrors)
{
    Q_UNUSED(kind);
    GatewayOutcome outcome;
    outcome.kind = OutcomeKind::NotSent;
    outcome.message = error.message;
    outcome.orderId = std::move(orderId);
    outcome.fieldErrors = std::move(fieldErrors);
    deliver(std::move(outcome), context, std::move(callback));
}

void GatewayClient::sendEncrypted(CallKind kind, const QString &path, SecretBytes json,
                                  QString orderId, QObject *context, Callback callback)
{
    auto envelope = m_cipher->encrypt(json.view());
    json.clear();
    if (!envelope)
        return deliverError(kind, envelope.error(), orderId, context, std::move(callback));
    QByteArray body;
    body.reserve(envelope->size() + 16);
    body.append("{\"payload\":\"").append(*envelope).append("\"}");
    QNetworkRequest req = makeRequest(path, {});
    // One request, one connection attempt: no HTTP/2 stream replays of a charge.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    send(kind, req, QByteArrayLiteral("POST"), std::move(body), std::move(orderId), context,
         std::move(callback));
}

void GatewayClient::charge(const PaymentRequest &request, QObject *context, Callback callback)
{
    QString orderId = request.orderId.trimmed().isEmpty() ? generateOrderId(*m_clock)
                                                          : request.orderId.trimmed();
    if (m_configError)
        return deliverError(CallKind::Charge, *m_configError, orderId, context,
                            std::move(callback));
    const QList<FieldProblem> problems = validateRequest(request, *m_clock);
    if (auto refused = requestRefusal(problems))
        return deliverError(CallKind::Charge, *refused, orderId, context, std::move(callback),
                            problems);
    SecretBytes json;
    {
        // The order id is part of the payload: copy the request only for that one field.
        const PaymentRequest *source = &request;
        std::optional<PaymentRequest> withOrder;
        if (request.orderId.trimmed().isEmpty()) {
            withOrder.emplace(request);
            withOrder->orderId = orderId;
            source = &*withOrder;
        }
        auto built = toWireJson(*source, m_config.wire);
        if (!built)
            return deliverError(CallKind::Charge, built.error(), orderId, context,
                                std::move(callback));
        json = std::move(*built);
    }
    sendEncrypted(CallKind::Charge,
                  QStringLiteral("/api/v1/%1/card").arg(environmentId(m_environment)),
                  std::move(json), orderId, context, std::move(callback));
}

void GatewayClient::hostedPayment(CallKind kind, const QString &path, const PaymentRequest &request,
                                  QObject *context, Callback callback)
{
    QString orderId = request.orderId.trimmed().isEmpty() ? generateOrderId(*m_clock)
                                                          : request.orderId.trimmed();
    if (m_configError)
        return deliverError(kind, *m_configError, orderId, context, std::move(callback));
    const QList<FieldProblem> problems = validateLinkRequest(request);
    if (auto refused = requestRefusal(problems))
        return deliverError(kind, *refused, orderId, context, std::move(callback), problems);
    PaymentRequest withOrder = request; // no card fields: validated above
    withOrder.orderId = orderId;
    auto built = toLinkWireJson(withOrder, m_config.wire);
    if (!built)
        return deliverError(kind, built.error(), orderId, context, std::move(callback));
    sendEncrypted(kind, path, std::move(*built), orderId, context, std::move(callback));
}

void GatewayClient::hostedCard(const PaymentRequest &request, QObject *context, Callback callback)
{
    hostedPayment(CallKind::HostedCard,
                  QStringLiteral("/api/v1/%1/hosted/card").arg(environmentId(m_environment)),
                  request, context, std::move(callback));
}

void GatewayClient::apm(const PaymentRequest &request, QObject *context, Callback callback)
{
    hostedPayment(CallKind::Apm, QStringLiteral("/api/v1/%1/apm").arg(environmentId(m_environment)),
                  request, context, std::move(callback));
}

void GatewayClient::paymentTemplates(QObject *context, Callback callback)
{
    if (m_configError)
        return deliverError(CallKind::PaymentTemplates, *m_configError, {}, context,
                            std::move(callback));
    if (m_environment == Environment::Test) {
        // As the gateway's three SDKs do: templates exist in the live environment only.
        GatewayOutcome outcome;
        outcome.kind = OutcomeKind::Listed;
        outcome.message = QCoreApplication::translate(
            "pavt::GatewayClient",
            "No templates in the test environment: payment templates exist only with a live key "
            "(PA_LIVE_).");
        return deliver(std::move(outcome), context, std::move(callback));
    }
    send(CallKind::PaymentTemplates, makeRequest(QStringLiteral("/api/v1/payment-templates"), {}),
         QByteArrayLiteral("GET"), {}, {}, context, std::move(callback));
}

void GatewayClient::createPaymentLink(const PaymentLinkRequest &request, QObject *context,
                                      Callback callback)
{
    QString orderId = request.orderId.trimmed().isEmpty() ? generateOrderId(*m_clock)
                                                          : request.orderId.trimmed();
    if (m_configError)
        return deliverError(CallKind::PaymentLink, *m_configError, orderId, context,
                            std::move(callback));
    if (auto refused = paymentLinkRefusal(validatePaymentLinkRequest(request, *m_clock)))
        return deliverError(CallKind::PaymentLink, *refused, orderId, context, std::move(callback));
    PaymentLinkRequest withOrder = request;
    withOrder.orderId = orderId;
    auto body = toPaymentLinkJson(withOrder, m_config.wire);
    if (!body)
        return deliverError(CallKind::PaymentLink, body.error(), orderId, context,
                            std::move(callback));
    QNetworkRequest req
        = makeRequest(QStringLiteral("/api/v1/payment-link"),
                      { { QStringLiteral("Skip-Encryption"), QStringLiteral("true") } });
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    send(CallKind::PaymentLink, req, QByteArrayLiteral("POST"), std::move(*body), orderId, context,
         std::move(callback));
}

void GatewayClient::status(const QString &transactionId, QObject *context, Callback callback)
{
    if (m_configError)
        return deliverError(CallKind::Status, *m_configError, {}, context, std::move(callback));
    const QString id = transactionId.trimmed();
    if (id.isEmpty() || id.size() > 128 || id.contains(QLatin1Char('/')))
        return deliverError(
            CallKind::Status,
            Error { QStringLiteral("transaction_id"),
                    QCoreApplication::translate("pavt::GatewayClient",
                                                "The transaction id is not valid.") },
            {}, context, std::move(callback));
    const QString path
        = QStringLiteral("/api/%1/status/%2")
              .arg(environmentId(m_environment), QString::fromLatin1(QUrl::toPercentEncoding(id)));
    send(CallKind::Status, makeRequest(path, {}), QByteArrayLiteral("GET"), {}, {}, context,
         std::move(callback));
}

void GatewayClient::refund(const QString &transactionId, const QString &reason, QObject *context,
                           Callback callback, qint64 amountMinor, const QString &currency)
{
    if (m_configError)
        return deliverError(CallKind::Refund, *m_configError, {}, context, std::move(callback));
    if (transactionId.trimmed().isEmpty())
        return deliverError(
            CallKind::Refund,
            Error { QStringLiteral("transaction_id"),
                    QCoreApplication::translate("pavt::GatewayClient",
                                                "The transaction id is not valid.") },
            {}, context, std::move(callback));
    if (reason.trimmed().isEmpty())
        return deliverError(CallKind::Refund,
                            Error { QStringLiteral("reason"),
                                    QCoreApplication::translate("pavt::GatewayClient",
                                                                "Give a reason for the refund.") },
                            {}, context, std::move(callback));
    QJsonObject object { { QStringLiteral("transaction_id"), transactionId.trimmed() },
                         { QStringLiteral("reason"), reason.trimmed().left(255) } };
    if (amountMinor > 0) {
        if (!m_config.partialRefunds)
            return deliverError(
                CallKind::Refund,
                Error { QStringLiteral("partial_refunds_off"),
                        QCoreApplication::translate(
                            "pavt::GatewayClient",
                            "Partial refunds are turned off in the settings; only a whole charge "
                            "can be refunded.") },
                {}, context, std::move(callback));
        const Currency *known = Currencies::find(currency.trimmed());
        if (!known || !known->isPayable())
            return deliverError(
                CallKind::Refund,
                Error { QStringLiteral("currency"),
                        QCoreApplication::translate("pavt::GatewayClient",
                                                    "The refund's currency is not known.") },
                {}, context, std::move(callback));
        // A string, as the Java SDK sends it, in the unit the charges are sent in.
        object.insert(QStringLiteral("amount"),
                      QString::fromLatin1(wireAmountText(amountMinor, known->minorUnits,
                                                         m_config.wire.amountUnit)));
    }
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/api/v1/%1/refund").arg(environmentId(m_environment));
    send(CallKind::Refund,
         makeRequest(path, { { QStringLiteral("Skip-Encryption"), QStringLiteral("true") } }),
         QByteArrayLiteral("POST"), body, {}, context, std::move(callback));
}

void GatewayClient::transactions(QDate from, QDate to, const QString &cursor, bool next,
                                 QObject *context, Callback callback)
{
    if (m_configError)
        return deliverError(CallKind::TransactionList, *m_configError, {}, context,
                            std::move(callback));
    if (!from.isValid() || !to.isValid() || from > to)
        return deliverError(
            CallKind::TransactionList,
            Error { QStringLiteral("dates"),
                    QCoreApplication::translate(
                        "pavt::GatewayClient", "Give a valid date range (from on or before to).") },
            {}, context, std::move(callback));
    QList<std::pair<QString, QString>> query {
        { QStringLiteral("transaction_start_date"), from.toString(Qt::ISODate) },
        { QStringLiteral("transaction_end_date"), to.toString(Qt::ISODate) }
    };
    if (!cursor.isEmpty())
        query.append(
            { next ? QStringLiteral("nextCursor") : QStringLiteral("prevCursor"), cursor });
    const QString path
        = QStringLiteral("/api/v1/%1-transactions").arg(environmentId(m_environment));
    send(CallKind::TransactionList, makeRequest(path, query), QByteArrayLiteral("GET"), {}, {},
         context, std::move(callback));
}

void GatewayClient::send(CallKind kind, const QNetworkRequest &request, const QByteArray &verb,
                         QByteArray body, QString orderId, QObject *context, Callback callback)
{
    ++m_pending;
    emit callStarted();
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_network->get(request);
    } else if (createsPayment(kind)) {
        QNetworkRequest once = request;
        once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(std::move(body));
        reply = m_network->sendCustomRequest(once, verb, device);
        device->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, verb, body);
    }
    struct State
    {
        bool sent = false;
        bool timedOut = false;
        bool tooLarge = false;
        bool done = false;
        QByteArray data;
        QElapsedTimer clock;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    const qsizetype limit = m_config.maxResponseBytes;
    QPointer<QObject> guard(context);

    connect(reply, &QNetworkReply::requestSent, this, [state] { state->sent = true; });
    // Some transports report upload progress but not requestSent; any progress means bytes left.
    connect(reply, &QNetworkReply::uploadProgress, this, [state](qint64 sentBytes, qint64) {
        if (sentBytes > 0)
            state->sent = true;
    });
    connect(reply, &QNetworkReply::readyRead, this, [state, reply, limit] {
        state->sent = true;
        const qint64 room = limit + 1 - state->data.size();
        if (room > 0)
            state->data.append(reply->read(room));
        if (state->data.size() > limit) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [state, reply] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(m_config.timeoutMs);

    connect(
        reply, &QNetworkReply::finished, this,
        [this, kind, verb, reply, state, guard, callback = std::move(callback),
         orderId = std::move(orderId)] {
            if (state->done) // a reply aborted from its own readyRead may report finished twice
                return;
            state->done = true;
            reply->deleteLater();
            if (!state->tooLarge && reply->bytesAvailable() > 0)
                state->data.append(reply->read(m_config.maxResponseBytes + 1 - state->data.size()));
            const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            const int http = statusAttr.isValid() ? statusAttr.toInt() : 0;
            const QNetworkReply::NetworkError error = reply->error();
            GatewayOutcome outcome;
            if (state->tooLarge) {
                outcome = classifyResponse(kind, http, {});
                if (http >= 200 && http < 300)
                    outcome.kind
                        = createsPayment(kind) ? OutcomeKind::Unknown : OutcomeKind::ServerError;
                outcome.message = QCoreApplication::translate(
                                      "pavt::GatewayClient",
                                      "The gateway's answer was larger than %1 KiB and was "
                                      "cut off; it could not be read.")
                                      .arg(m_config.maxResponseBytes / 1024);
            } else if (state->timedOut) {
                outcome.httpStatus = http;
                outcome.kind
                    = state->sent || http != 0 ? OutcomeKind::Unknown : OutcomeKind::NotSent;
                const double seconds = m_config.timeoutMs / 1000.0;
                if (outcome.kind == OutcomeKind::NotSent)
                    outcome.message
                        = QCoreApplication::translate(
                              "pavt::GatewayClient",
                              "Could not reach the gateway within %1 seconds; nothing was sent.")
                              .arg(seconds);
                else if (kind == CallKind::Charge)
                    outcome.message
                        = QCoreApplication::translate(
                              "pavt::GatewayClient",
                              "No answer from the gateway within %1 seconds. The request was sent, "
                              "so "
                              "the "
                              "charge may have gone through; it must be looked up, not sent again.")
                              .arg(seconds);
                else if (createsPayment(kind))
                    outcome.message = QCoreApplication::translate(
                                          "pavt::GatewayClient",
                                          "No answer from the gateway within %1 seconds. The "
                                          "request was sent, so the payment may have been "
                                          "created; it must be looked up, not created again.")
                                          .arg(seconds);
                else
                    outcome.message = QCoreApplication::translate(
                                          "pavt::GatewayClient",
                                          "No answer from the gateway within %1 seconds.")
                                          .arg(seconds);
            } else if (http != 0 && !isTransportError(error)) {
                // An HTTP answer arrived (4xx/5xx come with an error code too).
                outcome = classifyResponse(kind, http, state->data);
            } else {
                // No complete answer: what matters is whether the request had left.
                outcome.httpStatus = http;
                outcome.kind
                    = state->sent || http != 0 ? OutcomeKind::Unknown : OutcomeKind::NotSent;
                if (error == QNetworkReply::SslHandshakeFailedError)
                    outcome.message
                        = QCoreApplication::translate(
                              "pavt::GatewayClient",
                              "The gateway's certificate was not accepted, so nothing was sent: %1")
                              .arg(reply->errorString());
                else if (outcome.kind == OutcomeKind::NotSent)
                    outcome.message = QCoreApplication::translate(
                                          "pavt::GatewayClient",
                                          "Could not reach the gateway, so nothing was sent: %1")
                                          .arg(reply->errorString());
                else if (kind == CallKind::Charge)
                    outcome.message = QCoreApplication::translate(
                                          "pavt::GatewayClient",
                                          "The connection to the gateway was lost after the "
                                          "request was sent; the "
                                          "charge may have gone through and must be looked up: %1")
                                          .arg(reply->errorString());
                else if (createsPayment(kind))
                    outcome.message = QCoreApplication::translate(
                                          "pavt::GatewayClient",
                                          "The connection to the gateway was lost after the "
                                          "request was sent; the payment may have been created "
                                          "and must be looked up: %1")
                                          .arg(reply->errorString());
                else
                    outcome.message
                        = QCoreApplication::translate("pavt::GatewayClient",
                                                      "The connection to the gateway was lost: %1")
                              .arg(reply->errorString());
            }
            if (outcome.orderId.isEmpty())
                outcome.orderId = orderId;
            qCInfo(lcGateway).noquote()
                << verb << reply->url().path() << "->" << http << outcomeKindId(outcome.kind)
                << "order" << outcome.orderId << "in" << state->clock.elapsed() << "ms";
            if (outcome.kind != OutcomeKind::Approved)
                qCDebug(lcGateway).noquote() << "answer:" << redactForLog(state->data);
            wipe(state->data);
            finish(guard, callback, std::move(outcome));
        });
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcGateway).noquote() << "TLS:" << e.errorString();
        // Not ignored: a certificate error is fatal and reported.
    });
}

} // namespace pavt
