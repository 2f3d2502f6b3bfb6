// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/gateway/gatewayconfig.h"
#include "core/gateway/gatewayoutcome.h"
#include "core/gateway/layer.h"
#include "core/gateway/payloadcipher.h"
#include "core/payment/paymentlink.h"
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

    // `clock` decides "today" for the checks made before sending (a card's expiry, a payment
    // link's expiry date) and the time in generated order ids; not owned, must outlive the client.
    GatewayClient(QNetworkAccessManager *network, Credentials credentials, GatewayConfig config,
                  const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~GatewayClient() override;

    // The client is usable when the credentials and base URL are; else the reason.
    std::optional<Error> configurationError() const;
    Environment environment() const { return m_environment; }
    const GatewayConfig &config() const { return m_config; }

    // Sends one charge. A request without order id gets one (reported in the outcome's orderId).
    // An invalid request is not sent (NotSent with fieldErrors). Never retried automatically.
    void charge(const PaymentRequest &request, QObject *context, Callback callback);
    void status(const QString &transactionId, QObject *context, Callback callback);
    // A refund, plain JSON {"transaction_id", "reason"}. With `amountMinor` > 0 a partial refund:
    // "amount" is added as a string in the unit of config().wire.amountUnit ("1250" or "12.50",
    // the Java SDK's field); refused before sending (NotSent, "partial_refunds_off") unless
    // config().partialRefunds, and ("currency") without a currency that can be charged.
    void refund(const QString &transactionId, const QString &reason, QObject *context,
                Callback callback, qint64 amountMinor = 0, const QString &currency = {});
    void transactions(QDate from, QDate to, const QString &cursor, bool next, QObject *context,
                      Callback callback);

    // Payments the cardholder completes on the gateway's own page: the terminal never hears the
    // card. Both take a PaymentRequest WITHOUT card fields (validateLinkRequest(): one with card
    // fields is refused, NotSent with fieldErrors, nothing sent), encrypt it as a charge (payload
    // envelope) and send it once, never again: POST /api/v1/{env}/hosted/card (the gateway's card
    // page) and POST /api/v1/{env}/apm (its alternative payment methods). A request without
    // order id gets one (outcome.orderId). The usual answer is AwaitingPayment with redirectUrl
    // (the page to hand the cardholder) and transaction.transactionId; its result is read later
    // with status(), or found by order id with transactions(). Declined: the gateway refused to
    // create it. A timeout or lost connection after sending is Unknown.
    void hostedCard(const PaymentRequest &request, QObject *context, Callback callback);
    void apm(const PaymentRequest &request, QObject *context, Callback callback);

    // The merchant's payment templates: GET /api/v1/payment-templates, into outcome.templates
    // (Listed). With a test key no call is made (templates exist in the live environment only):
    // the callback gets, asynchronously, Listed with no templates and a message that says so.
    void paymentTemplates(QObject *context, Callback callback);

    // A payment link from a template: POST /api/v1/payment-link?Skip-Encryption=true with a plain
    // JSON body, sent once. A request without order id gets one (outcome.orderId): a link is
    // followed by its order id in the transaction list, no transaction id comes back. Refused
    // before sending (NotSent): validatePaymentLinkRequest()'s problems, judged by the client's
    // clock. The answer is AwaitingPayment with redirectUrl = the link; no usable URL is Unknown.
    // The amount is sent in the unit of config().wire.amountUnit, as a charge's.
    void createPaymentLink(const PaymentLinkRequest &request, QObject *context, Callback callback);

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
    // Encrypts the JSON (wiped afterwards) into the payload envelope and POSTs it once to path.
    void sendEncrypted(CallKind kind, const QString &path, SecretBytes json, QString orderId,
                       QObject *context, Callback callback);
    void hostedPayment(CallKind kind, const QString &path, const PaymentRequest &request,
                       QObject *context, Callback callback);
    // Delivers a finished outcome asynchronously, as if an answer had come.
    void deliver(GatewayOutcome outcome, QObject *context, Callback callback);
    void finish(const QPointer<QObject> &context, const Callback &callback, GatewayOutcome outcome);
    void deliverError(CallKind kind, Error error, QString orderId, QObject *context,
                      Callback callback, QList<FieldProblem> fieldErrors = {});

    QNetworkAccessManager *m_network;
    Credentials m_credentials;
    GatewayConfig m_config;
    const Clock *m_clock;
    Environment m_environment = Environment::Test;
    std::optional<Error> m_configError;
    std::optional<PayloadCipher> m_cipher;
    QByteArray m_authorization;
    int m_pending = 0;
};

} // namespace pavt
