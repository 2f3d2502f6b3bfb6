// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayconfig.h"
#include "core/gateway/gatewayoutcome.h"
#include "core/gateway/layer.h"
#include "core/gateway/payloadcipher.h"
#include "core/payment/paymentrequest.h"

#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

Q_DECLARE_LOGGING_CATEGORY(lcGateway)

namespace pavt {

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
    void refund(const QString &transactionId, const QString &reason, QObject *context,
                Callback callback);
    void transactions(QDate from, QDate to, const QString &cursor, bool next, QObject *context,
                      Callback callback);

    // Calls still waiting for an answer.
    int pendingCalls() const { return m_pending; }

signals:
    void callStarted();
    void callFinished();

private:
    QNetworkRequest makeRequest(const QString &path,
                                const QList<std::pair<QString, QString>> &query) const;
    void send(CallKind kind, const QNetworkRequest &request, const QByteArray &verb,
              QByteArray body, QString orderId, QObject *context, Callback callback);
    void finish(const QPointer<QObject> &context, const Callback &callback, GatewayOutcome outcome);
    void deliverError(CallKind kind, Error error, QString orderId, QObject *context,
                      Callback callback, QList<FieldProblem> fieldErrors = {});

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
