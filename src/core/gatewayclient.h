// SPDX-License-Identifier: MIT
#pragma once

#include "core/clock.h"
#include "core/gatewayoutcome.h"
#include "core/payloadcipher.h"
#include "core/paymentrequest.h"

#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

Q_DECLARE_LOGGING_CATEGORY(lcGateway)

namespace pavt {

enum class Environment { Test, Live };
// "test" / "live": the {env} of the contract's paths.
QString environmentId(Environment environment);
// PA_TEST_… selects test, PA_LIVE_… live; any other prefix is a configuration error.
Result<Environment> environmentFromSecretKey(QByteArrayView secretKey);

struct Credentials
{
    SecretBytes secretKey;
    SecretBytes encryptionKey;
};

struct GatewayConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://backend.pay.agency"));
    int timeoutMs = 15000; // whole call, from start to the last byte of the answer
    WireOptions wire;
    QList<QSslCertificate> extraCaCertificates; // e.g. a test CA; the system's are always trusted
    qsizetype maxResponseBytes = 1024 * 1024;
};

// A unique order reference for a charge: "VT" + UTC timestamp + random suffix, at most 64 chars.
QString generateOrderId(const Clock &clock = SystemClock::instance());

// Checks a base URL: https anywhere, plain http only to loopback.
std::optional<Error> checkBaseUrl(const QUrl &url);

// Redacts a request or response for a log: the payload, card numbers (runs of 12-19 digits),
// CVVs and secrets are replaced. The only way a body may reach a log.
QString redactForLog(QByteArrayView text);

// The gateway's server-to-server API on QNetworkAccessManager. Every call is asynchronous:
// the callback runs once, on the thread of the client, unless `context` was destroyed first.
class GatewayClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const GatewayOutcome &)>;

    GatewayClient(QNetworkAccessManager *network, Credentials credentials, GatewayConfig config,
                  QObject *parent = nullptr);
    ~GatewayClient() override;

    // The client is usable when the credentials and base URL are; else the reason.
    std::optional<Error> configurationError() const;
    Environment environment() const { return m_environment; }
    const GatewayConfig &config() const { return m_config; }

    // Sends one charge. A request without order id gets one (reported in the outcome's orderId).
    // An invalid request is not sent (NotSent with fieldErrors). Never retried automatically.
    void charge(const PaymentRequest &request, QObject *context, Callback callback);
    void status(const QString &transactionId, QObject *context, Callback callback);
    void refund(const QString &transactionId, const QString &reason, QObject *context, Callback callback);
    void transactions(QDate from, QDate to, const QString &cursor, bool next, QObject *context,
                      Callback callback);

    // Calls still waiting for an answer.
    int pendingCalls() const { return m_pending; }

signals:
    void callStarted();
    void callFinished();

private:
    QNetworkRequest makeRequest(const QString &path, const QList<std::pair<QString, QString>> &query) const;
    void send(CallKind kind, const QNetworkRequest &request, const QByteArray &verb, QByteArray body,
              QString orderId, QObject *context, Callback callback);
    void finish(const QPointer<QObject> &context, const Callback &callback, GatewayOutcome outcome);
    void deliverError(CallKind kind, Error error, QString orderId, QObject *context, Callback callback,
                      QList<FieldProblem> fieldErrors = {});

    QNetworkAccessManager *m_network;
    Credentials m_credentials;
    GatewayConfig m_config;
    Environment m_environment = Environment::Test;
    std::optional<Error> m_configError;
    std::optional<PayloadCipher> m_cipher;
    QByteArray m_authorization;
    int m_pending = 0;
};

} // namespace pavt
