// SPDX-License-Identifier: MIT
#pragma once

#include "sim/paymentlinkstore.h"
#include "sim/testcard.h"
#include "sim/transactionstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
QT_END_NAMESPACE

namespace pavt {
class Clock;
}

namespace pavt::sim {

struct ValidatedCard;

struct SimulatorOptions
{
    QByteArray secretKey; // "PA_TEST_..." or "PA_LIVE_..."; requests with another Bearer get 401
    QByteArray encryptionKey; // exactly 32 bytes
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = pick a free port
    QSslCertificate certificate; // both set -> serve TLS
    QSslKey privateKey;
    int slowCardDelayMs = 20000; // the "slow" test card's delay (past the client's 15 s)
    const pavt::Clock *clock = nullptr; // dates of transactions and expiry checks (cards, payment
                                        // links); null = system clock. Not owned: must outlive
                                        // the simulator.
    bool amountsInMinorUnits = true; // how the cardholder's pages read an amount: 3000 GBP as
                                     // "GBP 30.00" (the contract's default reading); false: as
                                     // major units ("GBP 3000.00")
    int listPageSize = 50; // transactions per page of the list (tests use small pages)
};

// Transactions made up at once (seedTransactions()): `count` of them spread over the days `from`
// to `to` (both included, at random times of day, oldest first), as if charged through the
// terminal (order ids of its own format, "VT..."), or, for `otherChannelPercent` of them, through
// another channel (order ids such as "WEB-000123", or none). About 85 % SUCCESS, 10 % FAILED,
// 5 % PENDING; amounts of 1.00 to 2,000.00 in minor units; no card numbers at all (a masked
// test BIN only). The same `seed` gives the same transactions.
struct SeedOptions
{
    int count = 0;
    QDate from;
    QDate to;
    int otherChannelPercent = 20;
    QStringList currencies { QStringLiteral("GBP"), QStringLiteral("EUR") };
    quint32 seed = 1;
};

// Faults of the transaction list (GET .../{env}-transactions), for a client's tests of bad
// answers; they hit every list call until cleared.
enum class ListFault {
    None,
    NoMeta, // the page comes without its "meta" object
    RepeatedCursor, // every page's nextCursor is the one the first page gave (hasNextPage true)
    Endless, // hasNextPage is always true, with a fresh cursor, the same items again and again
    AmountNotNumber, // the first item's amount is "twelve"
};

// Faults a test can inject into the charges and payment creations that follow (POST .../card,
// .../hosted/card, .../apm and /api/v1/payment-link, after authentication).
enum class FaultKind {
    None,
    Delay, // answer normally, but only after Fault::delayMs
    DropConnection, // read the request, then close the connection without an answer
    Html500, // HTTP 500 with an HTML page
    MalformedJson, // HTTP 200, Content-Type application/json, a truncated JSON body
    Empty502, // HTTP 502 with an empty body
    Oversized, // HTTP 200 with a valid JSON body of 2 MiB (a well-formed answer padded out)
    NoRedirectUrl, // HTTP 200, the normal JSON answer without "redirect_url" (a payment link's
                   // answer with "data": null): a payment page nobody can be sent to
};

struct Fault
{
    FaultKind kind = FaultKind::None;
    int delayMs = 0; // for Delay
    bool chargeRecorded = true; // the charge behind the fault is processed and kept (the
                                // "it went through, the answer was lost" case); false: the
                                // request is not processed at all. Delay always processes.
    int count = -1; // how many of the next charges (and payment creations) it hits; -1 = until
                    // clearFault()
};

// A faithful stand-in for the Pay Agency gateway on one address (loopback by default), for tests,
// benchmarks and the terminal's demo mode. It speaks the project's wire contract
// (payagency-api.md), keeps its transactions in memory (never a card number or CVV: brand,
// first six and last four only), and serves the cardholder's pages: 3-D Secure (/sim/3ds/), the
// hosted checkout (/sim/pay/), the APM page (/sim/apm/) and payment links (/sim/link/).
// See docs/simulator.md.
// Single-threaded: it lives in the thread that created it and needs that thread's event loop.
class GatewaySimulator : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 50;
    static constexpr int OversizedBodyBytes = 2 * 1024 * 1024;

    explicit GatewaySimulator(SimulatorOptions options, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Checks the keys and listens; false with errorString() on failure. Call once.
    bool start();
    QString errorString() const;
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT (the listening address; loopback for Any)
    QString environment() const; // "test" or "live", from the secret key's prefix

    static QList<TestCard> testCards();
    int transactionCount() const;
    // POST requests that reached the charge endpoint, whatever became of them (refused, faulty,
    // duplicate...): lets a client's test prove that it sent a charge exactly once.
    int chargeRequestCount() const;
    // POST requests that reached the refund endpoint, whatever became of them: lets a test prove
    // that a refund was not sent at all.
    int refundRequestCount() const;
    // POST requests that reached the hosted card, APM or payment link endpoints, whatever became
    // of them: lets a client's test prove that it created a payment exactly once (or not at all).
    int paymentCreationRequestCount() const;
    std::optional<TransactionRecord> transaction(const QString &transactionId) const;
    std::optional<TransactionRecord> transactionByOrderId(const QString &orderId) const;

    // The payment templates listed in the live environment (none in the test environment).
    static QList<SimPaymentTemplate> paymentTemplates();
    int paymentLinkCount() const;
    std::optional<PaymentLinkRecord> paymentLink(const QString &linkId) const;

    // What the cardholder's Approve / Fail buttons do; false unless the transaction is waiting for
    // its 3-D Secure check. (There is deliberately no such shortcut for the hosted checkout page:
    // its card is typed into the HTML form.)
    bool completeThreeDSecure(const QString &transactionId, bool approve);

    void setFault(const Fault &fault);
    void clearFault() { setFault(Fault {}); }
    Fault fault() const;
    void setListFault(ListFault fault);
    // A fault for the refunds that follow (POST .../refund, after authentication): Delay (the
    // refund is made at once, its answer held back) and DropConnection (chargeRecorded: the
    // refund is made) are the ones that make sense; `count` as for charges.
    void setRefundFault(const Fault &fault);

    // Many transactions at once (see SeedOptions); returns their ids, oldest first.
    QStringList seedTransactions(const SeedOptions &options);
    // Stores a transaction as given (a benchmark's or a test's exact record): a missing
    // transaction id is made up, `created` null is now; false when its transaction id or order id
    // is taken. `sequence` is the store's.
    bool addTransaction(TransactionRecord record);
    // What happens on the gateway's side only, shown by the list (refund_date, chargeback_date,
    // suspicious_date) and, for a refund and a chargeback, by the status call: false when the
    // transaction is unknown or not SUCCESS. `when` null: now.
    bool markRefunded(const QString &transactionId, const QDateTime &when = {});
    bool markChargedBack(const QString &transactionId, const QDateTime &when = {});
    bool markSuspicious(const QString &transactionId, const QDateTime &when = {});
    // The gateway loses a transaction: status, refund and list no longer know it (a journal-only
    // case for the terminal). False when unknown.
    bool forgetTransaction(const QString &transactionId);
    // The list's amount of a transaction as a given text (a broken answer); false when unknown.
    bool setListAmount(const QString &transactionId, const QString &text);

signals:
    // A transaction was created, was paid or failed on a cardholder's page, completed its 3-D
    // Secure check, or was refunded.
    void transactionChanged(const QString &transactionId);

private:
    struct Reply;
    void setUpRoutes();
    void handleCharge(const QString &env, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder);
    void handleStatus(const QString &env, const QString &transactionId,
                      const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleRefund(const QString &env, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder);
    Reply processRefund(const QHttpServerRequest &request);
    void handleList(const QString &env, const QHttpServerRequest &request,
                    QHttpServerResponder &&responder);
    void handleThreeDSecurePage(const QString &transactionId, const QHttpServerRequest &request,
                                QHttpServerResponder &&responder);
    void handleThreeDSecureAction(const QString &transactionId, const QString &action,
                                  const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder);
    // gatewaysimulatorhosted.cpp: hosted card, APM, templates, payment links and their pages.
    void handleHostedCreate(const QString &env, Channel channel, const QHttpServerRequest &request,
                            QHttpServerResponder &&responder);
    void handleTemplates(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleCreateLink(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleCheckoutPage(const QString &transactionId, const QHttpServerRequest &request,
                            QHttpServerResponder &&responder);
    void handleApmPage(const QString &transactionId, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    void handleApmAction(const QString &transactionId, const QString &action,
                         const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleLinkPage(const QString &linkId, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder);
    Reply processHostedCreate(Channel channel, const QHttpServerRequest &request);
    Reply processCreateLink(const QHttpServerRequest &request);
    // A card typed on a checkout page (hosted or link) applied to its transaction.
    Reply applyCard(TransactionRecord &record, const ValidatedCard &card);
    // The fault for the next payment-creating request (counted down), and the reply with it.
    Fault takeFault();
    Reply withFault(const Fault &fault, const std::function<Reply()> &process);
    QString displayAmount(double amount, const QString &currency) const;
    QUrl pageUrl(const QString &path) const;

    // The checks every API call shares; on failure a reply is ready to send.
    std::optional<Reply> checkApiRequest(const QString &env, const QHttpServerRequest &request,
                                         bool expectJsonBody) const;
    Reply processCharge(const QHttpServerRequest &request);
    Reply applyFault(Reply reply, const Fault &fault) const;
    void send(QHttpServerResponder &&responder, Reply reply);
    QString newTransactionId() const;
    QString newLinkId() const;
    QDateTime now() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pavt::sim
