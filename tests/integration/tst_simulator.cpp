// SPDX-License-Identifier: MIT
// The gateway simulator end to end over loopback: every test card, the error answers, 3-D Secure,
// refunds, the list with its cursors, faults, concurrency and TLS.
#include "core/base/clock.h"
#include "core/payment/card.h"
#include "sim/gatewaysimulator.h"
#include "support/simtestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt::sim;
using namespace simtest;

namespace {

const QString ChargePath = QStringLiteral("/api/v1/test/card");
const QString RefundPath = QStringLiteral("/api/v1/test/refund?Skip-Encryption=true");

QString listPath(const QString &from, const QString &to, const QString &extra = {})
{
    return QStringLiteral(
               "/api/v1/test-transactions?transaction_start_date=%1&transaction_end_date=%2")
               .arg(from, to)
        + extra;
}

bool isTransactionId(const QString &id)
{
    if (id.size() < 4 || !id.startsWith(QLatin1String("PA")))
        return false;
    for (const QChar c : id) {
        if (!c.isDigit() && !(c >= u'A' && c <= u'Z'))
            return false;
    }
    return true;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    static constexpr int SlowMs = 1200;
    pavt::FixedClock m_clock { QDateTime(QDate(2030, 6, 15), QTime(12, 0)) };
    std::unique_ptr<GatewaySimulator> m_sim;
    std::unique_ptr<Client> m_client;
    int m_order = 0;

    int expiryYear() const { return m_clock.today().year() + 2; }
    QString nextOrderId() { return QStringLiteral("ORD-%1").arg(++m_order); }
    QJsonObject fields(const QString &card)
    {
        return chargeFields(card, nextOrderId(), expiryYear());
    }

    SimulatorOptions options() const
    {
        SimulatorOptions o;
        o.secretKey = SecretKey;
        o.encryptionKey = EncryptionKey;
        o.slowCardDelayMs = SlowMs;
        o.clock = &m_clock;
        return o;
    }

    // The documented charge body: status, message, data{...} with the right JSON types.
    static void verifyChargeShape(const QJsonObject &body, const QString &status)
    {
        QCOMPARE(body.value(QLatin1String("status")).toString(), status);
        QVERIFY(body.value(QLatin1String("message")).isString());
        QVERIFY(!body.value(QLatin1String("message")).toString().isEmpty());
        const QJsonObject data = body.value(QLatin1String("data")).toObject();
        QVERIFY(data.value(QLatin1String("amount")).isDouble());
        QVERIFY(data.value(QLatin1String("currency")).isString());
        const QJsonValue order = data.value(QLatin1String("order_id"));
        QVERIFY(order.isString() || order.isNull());
        QVERIFY2(isTransactionId(data.value(QLatin1String("transaction_id")).toString()),
                 qPrintable(data.value(QLatin1String("transaction_id")).toString()));
        const QJsonObject customer = data.value(QLatin1String("customer")).toObject();
        QVERIFY(customer.value(QLatin1String("first_name")).isString());
        QVERIFY(customer.value(QLatin1String("last_name")).isString());
        QVERIFY(customer.value(QLatin1String("email")).isString());
        const QJsonObject refund = data.value(QLatin1String("refund")).toObject();
        QVERIFY(refund.value(QLatin1String("status")).isBool());
        QVERIFY(refund.value(QLatin1String("refund_date")).isNull()
                || refund.value(QLatin1String("refund_date")).isString());
        const QJsonObject chargeback = data.value(QLatin1String("chargeback")).toObject();
        QCOMPARE(chargeback.value(QLatin1String("status")), QJsonValue(false));
        QVERIFY(chargeback.value(QLatin1String("chargeback_date")).isNull());
    }

    static QString idOf(const Response &r)
    {
        return r.json()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("transaction_id"))
            .toString();
    }

    QJsonObject statusOf(const QString &id)
    {
        const Response r = m_client->get(QStringLiteral("/api/test/status/") + id);
        if (r.status != 200)
            qWarning() << "status call answered" << r.status << r.body;
        return r.json();
    }

    // A simulator in the live environment (templates exist there only), with the test's clock.
    std::unique_ptr<GatewaySimulator> liveSimulator() const
    {
        SimulatorOptions o = options();
        o.secretKey = LiveKey;
        auto sim = std::make_unique<GatewaySimulator>(o);
        if (!sim->start())
            qWarning() << sim->errorString();
        return sim;
    }
    static inline const QByteArray LiveKey = QByteArrayLiteral("PA_LIVE_"
                                                               "sim0integration0key");

    // Creates a hosted card (or APM) payment; its answer.
    Response createHosted(bool apm = false, const QString &orderId = {})
    {
        return m_client->post(
            apm ? QStringLiteral("/api/v1/test/apm") : QStringLiteral("/api/v1/test/hosted/card"),
            Client::chargeBody(hostedFields(orderId.isEmpty() ? nextOrderId() : orderId)));
    }
    static QString cardExpiry(int year)
    {
        return QStringLiteral("09/%1").arg(year % 100, 2, 10, QLatin1Char('0'));
    }

    // The list item of an order, looked up the way the terminal reconciles an unknown outcome.
    QJsonObject findInList(const QString &orderId)
    {
        const QString day = m_clock.today().toString(Qt::ISODate);
        const Response r = m_client->get(listPath(day, day));
        const QJsonArray items = r.json().value(QLatin1String("data")).toArray();
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QLatin1String("order_id")).toString() == orderId)
                return item.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<GatewaySimulator>(options());
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_client = std::make_unique<Client>(m_sim->baseUrl());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_clock.set(QDateTime(QDate(2030, 6, 15), QTime(12, 0)));
    }

    void startsOnLoopback()
    {
        QVERIFY(m_sim->isListening());
        QVERIFY(m_sim->port() > 0);
        QCOMPARE(m_sim->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port())));
        QCOMPARE(m_sim->environment(), QStringLiteral("test"));
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void startFailures_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("encryptionKey");
        QTest::newRow("no prefix") << QByteArray("sk_test_123") << EncryptionKey;
        QTest::newRow("prefix only") << QByteArray("PA_TEST_") << EncryptionKey;
        QTest::newRow("short encryption key") << SecretKey << QByteArray("0123456789");
        QTest::newRow("long encryption key") << SecretKey << QByteArray(33, 'k');
    }
    void startFailures()
    {
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, encryptionKey);
        SimulatorOptions o = options();
        o.secretKey = secretKey;
        o.encryptionKey = encryptionKey;
        GatewaySimulator sim(o);
        QVERIFY(!sim.start());
        QVERIFY(!sim.errorString().isEmpty());
        QVERIFY(!sim.isListening());
    }

    void portInUse()
    {
        SimulatorOptions o = options();
        o.port = m_sim->port();
        GatewaySimulator second(o);
        QVERIFY(!second.start());
        QVERIFY2(second.errorString().contains(QString::number(o.port)),
                 qPrintable(second.errorString()));
    }

    void liveEnvironment()
    {
        SimulatorOptions o = options();
        o.secretKey = QByteArrayLiteral("PA_LIVE_"
                                        "some0live0key");
        GatewaySimulator live(o);
        QVERIFY(live.start());
        QCOMPARE(live.environment(), QStringLiteral("live"));
        Client client(live.baseUrl(), o.secretKey);
        const Response ok
            = client.post(QStringLiteral("/api/v1/live/card"),
                          Client::chargeBody(fields(QStringLiteral("4111111111111111"))));
        QCOMPARE(ok.status, 200);
        const Response wrongEnv = client.post(
            ChargePath, Client::chargeBody(fields(QStringLiteral("4111111111111111"))));
        QCOMPARE(wrongEnv.status, 404);
    }

    void testCardTable()
    {
        const QList<TestCard> cards = GatewaySimulator::testCards();
        QCOMPARE(cards.size(), 9);
        for (const TestCard &card : cards) {
            QVERIFY2(pavt::Cards::luhnValid(card.number), qPrintable(card.number));
            QCOMPARE(card.number.size(), 16);
            QVERIFY(!card.description.isEmpty());
            QVERIFY(!card.outcome.isEmpty());
            QCOMPARE(behaviourOf(card.number), card.behaviour);
        }
        QCOMPARE(behaviourOf(u"5555555555554444"), CardBehaviour::Approve);
        QCOMPARE(cardBrand(u"5555555555554444"), QStringLiteral("Mastercard"));
        QCOMPARE(cardBrand(u"378282246310005"), QStringLiteral("American Express"));
    }

    void approvedCards_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("brand");
        QTest::newRow("visa 4111") << "4111111111111111"
                                   << "411111******1111"
                                   << "Visa";
        QTest::newRow("visa 4242") << "4242424242424242"
                                   << "424242******4242"
                                   << "Visa";
        QTest::newRow("other mastercard") << "5555555555554444"
                                          << "555555******4444"
                                          << "Mastercard";
        QTest::newRow("other amex 15") << "378282246310005"
                                       << "378282*****0005"
                                       << "American Express";
        QTest::newRow("other 19 digits") << "6011000000000000001"
                                         << "601100*********0001"
                                         << "Discover";
    }
    void approvedCards()
    {
        QFETCH(QString, card);
        QFETCH(QString, masked);
        QFETCH(QString, brand);
        QSignalSpy changed(m_sim.get(), &GatewaySimulator::transactionChanged);
        QJsonObject f = fields(card);
        f.insert(QStringLiteral("amount"), 100.5); // decimals are allowed and echoed
        const Response r = m_client->charge(f);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        const QJsonObject body = r.json();
        verifyChargeShape(body, QStringLiteral("SUCCESS"));
        if (QTest::currentTestFailed())
            return;
        const QJsonObject data = body.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("amount")).toDouble(), 100.5);
        QCOMPARE(data.value(QLatin1String("currency")).toString(), QStringLiteral("GBP"));
        QCOMPARE(data.value(QLatin1String("order_id")).toString(),
                 f.value(QLatin1String("order_id")).toString());
        QCOMPARE(data.value(QLatin1String("customer"))
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("ada@example.com"));
        QVERIFY(!body.contains(QLatin1String("redirect_url")));
        QVERIFY(!r.body.contains(card.toLatin1()));

        const QString id = idOf(r);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), id);
        const QJsonObject status = statusOf(id);
        verifyChargeShape(status, QStringLiteral("SUCCESS"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(status.value(QLatin1String("data")), body.value(QLatin1String("data")));

        const auto record = m_sim->transaction(id);
        QVERIFY(record);
        QCOMPARE(record->maskedCardNumber, masked);
        QCOMPARE(record->cardBrand, brand);
        QCOMPARE(record->cardFirstSix, masked.left(6));
        QCOMPARE(record->cardLastFour, masked.right(4));
        const QJsonObject item = findInList(record->orderId);
        QCOMPARE(item.value(QLatin1String("card_number")).toString(), masked);
        QCOMPARE(item.value(QLatin1String("card_type")).toString(), brand);
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
    }

    void declinedCards_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("message");
        QTest::newRow("declined") << "4000000000000002"
                                  << "Card declined";
        QTest::newRow("funds") << "4000000000009995"
                               << "Insufficient funds";
        QTest::newRow("expired") << "4000000000000069"
                                 << "Expired card";
    }
    void declinedCards()
    {
        QFETCH(QString, card);
        QFETCH(QString, message);
        const QJsonObject f = fields(card);
        const Response r = m_client->charge(f);
        QCOMPARE(r.status, 200);
        verifyChargeShape(r.json(), QStringLiteral("FAILED"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(r.json().value(QLatin1String("message")).toString(), message);
        // Recorded, so that status and list agree with the answer.
        QCOMPARE(m_sim->transactionCount(), 1);
        const QJsonObject status = statusOf(idOf(r));
        QCOMPARE(status.value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(status.value(QLatin1String("message")).toString(), message);
        QCOMPARE(findInList(f.value(QLatin1String("order_id")).toString())
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("FAILED"));
    }

    void threeDSecure_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::newRow("approve") << true;
        QTest::newRow("fail") << false;
    }
    void threeDSecure()
    {
        QFETCH(bool, approve);
        QSignalSpy changed(m_sim.get(), &GatewaySimulator::transactionChanged);
        const Response r = m_client->charge(fields(QStringLiteral("4000000000003220")));
        QCOMPARE(r.status, 200);
        verifyChargeShape(r.json(), QStringLiteral("REDIRECT"));
        if (QTest::currentTestFailed())
            return;
        const QString id = idOf(r);
        const QString redirect = r.json().value(QLatin1String("redirect_url")).toString();
        QCOMPARE(redirect, m_sim->baseUrl().toString() + QStringLiteral("/sim/3ds/") + id);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));

        Client browser(m_sim->baseUrl(), QByteArray());
        const Response page = browser.browserGet(QUrl(redirect).path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("Pay Agency simulator \u2014 3-D Secure check")));
        QVERIFY(html.contains(QStringLiteral("400000******3220")));
        QVERIFY(html.contains(QStringLiteral("GBP 12.50"))); // 1250 in minor units
        QVERIFY(html.contains(QStringLiteral("action=\"/sim/3ds/%1/approve\"").arg(id)));
        QVERIFY(html.contains(QStringLiteral("action=\"/sim/3ds/%1/fail\"").arg(id)));
        QVERIFY(html.contains(QStringLiteral(">Approve<")));
        QVERIFY(html.contains(QStringLiteral(">Fail<")));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        const Response done = browser.formPost(
            QStringLiteral("/sim/3ds/%1/%2")
                .arg(id, approve ? QStringLiteral("approve") : QStringLiteral("fail")));
        QCOMPARE(done.status, 200);
        QVERIFY(done.contentType.startsWith("text/html"));
        QVERIFY(QString::fromUtf8(done.body).contains(approve ? QStringLiteral("Payment approved")
                                                              : QStringLiteral("Payment failed")));
        QVERIFY(done.body.contains("https://merchant.example/return"));
        QCOMPARE(changed.size(), 2); // created, completed
        QCOMPARE(changed.last().first().toString(), id);

        const QJsonObject status = statusOf(id);
        QCOMPARE(status.value(QLatin1String("status")).toString(),
                 approve ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"));
        verifyChargeShape(status, status.value(QLatin1String("status")).toString());

        // Only once.
        const Response again = browser.formPost(QStringLiteral("/sim/3ds/%1/approve").arg(id));
        QCOMPARE(again.status, 409);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(),
                 approve ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"));
        QVERIFY(!m_sim->completeThreeDSecure(id, true));
        // The page now says it is done; unknown ids and actions are 404.
        QVERIFY(browser.browserGet(QUrl(redirect).path()).body.contains("no longer waiting"));
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/3ds/PANOSUCHID")).status, 404);
        QCOMPARE(browser.formPost(QStringLiteral("/sim/3ds/%1/maybe").arg(id)).status, 404);
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/3ds/%1/approve").arg(id)).status, 405);
    }

    void serverErrorCard()
    {
        const QJsonObject f = fields(QStringLiteral("4000000000000119"));
        const Response r = m_client->charge(f);
        QCOMPARE(r.status, 500);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        QVERIFY(!r.isJson());
        // Nothing recorded: the order id is still free.
        QCOMPARE(m_sim->transactionCount(), 0);
        QJsonObject retry = f;
        retry.insert(QStringLiteral("card_number"), QStringLiteral("4111111111111111"));
        QCOMPARE(m_client->charge(retry).status, 200);
    }

    void slowCardDoesNotBlockOthers()
    {
        Client other(m_sim->baseUrl());
        const QJsonObject slow = fields(QStringLiteral("4000000000000259"));
        QElapsedTimer slowTimer;
        slowTimer.start();
        QNetworkReply *slowReply = m_client->startCharge(slow);
        // Let the slow request reach the server, then serve another client meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->transactionCount(), 1, 1000);
        const Response quick = other.charge(fields(QStringLiteral("4242424242424242")));
        QCOMPARE(quick.status, 200);
        QVERIFY2(quick.elapsedMs < SlowMs / 2, qPrintable(QString::number(quick.elapsedMs)));
        QVERIFY(!slowReply->isFinished());
        // Recorded SUCCESS at once: the "unknown outcome" a client can reconcile meanwhile.
        const auto record
            = m_sim->transactionByOrderId(slow.value(QLatin1String("order_id")).toString());
        QVERIFY(record);
        QCOMPARE(record->status, TransactionStatus::Success);
        const Response status
            = other.get(QStringLiteral("/api/test/status/") + record->transactionId);
        QCOMPARE(status.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("SUCCESS"));
        QVERIFY(!slowReply->isFinished());

        const Response late = collect(slowReply, slowTimer);
        QCOMPARE(late.status, 200);
        QVERIFY2(late.elapsedMs >= SlowMs - 50, qPrintable(QString::number(late.elapsedMs)));
        verifyChargeShape(late.json(), QStringLiteral("SUCCESS"));
    }

    void slowCardPastClientTimeout()
    {
        m_client->setTimeout(300);
        const QJsonObject slow = fields(QStringLiteral("4000000000000259"));
        const Response r = m_client->charge(slow);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.elapsedMs < SlowMs);
        m_client->setTimeout(0);
        // The terminal looks the order up in the day's list: it went through.
        const QJsonObject item = findInList(slow.value(QLatin1String("order_id")).toString());
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        // The parked answer finds its connection gone and is dropped quietly; the server goes on.
        QTest::qWait(SlowMs + 100);
        QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 200);
        QCOMPARE(m_sim->transactionCount(), 2);
    }

    void destroyedWhileAnswerParked()
    {
        // The demo app may quit while a slow answer waits: the client sees the connection go.
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = m_client->startCharge(fields(QStringLiteral("4000000000000259")));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->transactionCount(), 1, 2000);
        m_sim.reset();
        const Response r = collect(reply, t, 5000);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.elapsedMs < SlowMs);
        QTest::qWait(SlowMs - int(t.elapsed()) + 100); // the timer must not fire into freed memory
    }

    void droppedConnection()
    {
        // What the server does, seen on a bare socket: it reads the request, records the charge
        // and closes the connection without sending a byte.
        const QJsonObject f = fields(QStringLiteral("4000000000000341"));
        const RawExchange raw
            = rawExchange(m_sim->port(), rawPost("/api/v1/test/card", Client::chargeBody(f)));
        QVERIFY(raw.closedByServer);
        QVERIFY(raw.received.isEmpty());
        QCOMPARE(m_sim->chargeRequestCount(), 1);
        QCOMPARE(m_sim->transactionCount(), 1);
        QCOMPARE(findInList(f.value(QLatin1String("order_id")).toString())
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("SUCCESS"));
        // And the server is fine.
        QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 200);
    }

    void droppedConnectionThroughQnam()
    {
        // Qt 6.4's QNetworkAccessManager resends a request, POST included, when the connection
        // closes before an answer (up to twice). The resent charge carries the same order_id,
        // so the gateway refuses it as a duplicate: one transaction, and the client sees the 422.
        // A client must not take that 422 for "not charged": it looks the order up instead.
        const QJsonObject f = fields(QStringLiteral("4000000000000341"));
        const Response r = m_client->charge(f);
        QCOMPARE(m_sim->transactionCount(), 1);
        if (m_sim->chargeRequestCount() == 1) {
            QCOMPARE(r.error,
                     QNetworkReply::RemoteHostClosedError); // a client that does not resend
        } else {
            qInfo(
                "QNetworkAccessManager resent the dropped POST; the duplicate order_id stopped it");
            QCOMPARE(m_sim->chargeRequestCount(), 2);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.json().value(QLatin1String("errors")).toObject().keys(),
                     QStringList { QStringLiteral("order_id") });
        }
        QCOMPARE(findInList(f.value(QLatin1String("order_id")).toString())
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("SUCCESS"));
    }

    void unauthenticated_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong") << QByteArray("PA_TEST_wrong");
        QTest::newRow("live") << QByteArray("PA_LIVE_sim-test-only");
        QTest::newRow("prefix of the right one") << SecretKey.left(SecretKey.size() - 1);
    }
    void unauthenticated()
    {
        QFETCH(QByteArray, key);
        Client client(m_sim->baseUrl(), key);
        const QJsonObject expected { { QStringLiteral("status"), QStringLiteral("FAILED") },
                                     { QStringLiteral("message"),
                                       QStringLiteral("Unauthenticated.") } };
        const Response charge = client.charge(fields(QStringLiteral("4111111111111111")));
        QCOMPARE(charge.status, 401);
        QCOMPARE(charge.json(), expected);
        QCOMPARE(client.get(QStringLiteral("/api/test/status/PA123")).status, 401);
        QCOMPARE(
            client.get(listPath(QStringLiteral("2030-06-15"), QStringLiteral("2030-06-15"))).status,
            401);
        const Response refund = client.post(RefundPath, R"({"transaction_id":"PA1","reason":"x"})");
        QCOMPARE(refund.status, 401);
        QCOMPARE(refund.json(), expected);
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void wrongEnvironmentPath()
    {
        const Response charge
            = m_client->post(QStringLiteral("/api/v1/live/card"),
                             Client::chargeBody(fields(QStringLiteral("4111111111111111"))));
        QCOMPARE(charge.status, 404);
        QCOMPARE(charge.json().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(m_client->get(QStringLiteral("/api/live/status/PA1")).status, 404);
        QCOMPARE(
            m_client
                ->get(QStringLiteral("/api/v1/live-transactions?transaction_start_date=2030-06-15"
                                     "&transaction_end_date=2030-06-15"))
                .status,
            404);
        QCOMPARE(
            m_client->post(QStringLiteral("/api/v1/live/refund?Skip-Encryption=true"), "{}").status,
            404);
        const Response unknown = m_client->get(QStringLiteral("/api/v2/whatever"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.isJson());
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void wrongMethodAndContentType()
    {
        const Response get = m_client->get(ChargePath);
        QCOMPARE(get.status, 405);
        QVERIFY(
            get.json().value(QLatin1String("message")).toString().contains(QLatin1String("POST")));
        QNetworkRequest request = m_client->request(ChargePath);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        QElapsedTimer t;
        t.start();
        const Response plain
            = collect(m_client->nam().post(
                          request, Client::chargeBody(fields(QStringLiteral("4111111111111111")))),
                      t);
        QCOMPARE(plain.status, 415);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
        t.restart();
        QCOMPARE(
            collect(m_client->nam().post(
                        request, Client::chargeBody(fields(QStringLiteral("4111111111111111")))),
                    t)
                .status,
            200);
    }

    void undecryptable_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray iv(32, 'a');
        QTest::newRow("not json") << QByteArray("payload=abc");
        QTest::newRow("json array") << QByteArray("[1,2]");
        QTest::newRow("no payload") << QByteArray(R"({"data":"x"})");
        QTest::newRow("payload not a string") << QByteArray(R"({"payload":42})");
        QTest::newRow("no colon") << QByteArray(R"({"payload":"abcdef"})");
        QTest::newRow("short iv") << QByteArray(
            R"({"payload":"abcd:00112233445566778899aabbccddeeff"})");
        QTest::newRow("not hex") << QByteArray(R"({"payload":")" + iv
                                               + R"(:zz112233445566778899aabbccddeeff"})");
        QTest::newRow("partial block") << QByteArray(R"({"payload":")" + iv + R"(:00112233"})");
        QTest::newRow("empty ciphertext") << QByteArray(R"({"payload":")" + iv + R"(:"})");
        QTest::newRow("wrong key") << Client::envelope(R"({"amount":1})", QByteArray(32, 'w'));
        QTest::newRow("decrypts to array") << Client::envelope("[1,2,3]");
        QTest::newRow("decrypts to text") << Client::envelope("hello gateway");
        QTest::newRow("decrypts to nothing") << Client::envelope("");
    }
    void undecryptable()
    {
        QFETCH(QByteArray, body);
        const Response r = m_client->post(ChargePath, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
        QVERIFY(!r.json().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void fieldValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
        QTest::addColumn<QString>("errorField");
        const QJsonValue remove(QJsonValue::Undefined);
        const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        row("first_name missing") << "first_name" << remove << "first_name";
        row("first_name blank") << "first_name" << QJsonValue(QStringLiteral("  ")) << "first_name";
        row("first_name null") << "first_name" << QJsonValue(QJsonValue::Null) << "first_name";
        row("last_name number") << "last_name" << QJsonValue(5) << "last_name";
        row("address missing") << "address" << remove << "address";
        row("city missing") << "city" << remove << "city";
        row("state missing") << "state" << remove << "state";
        row("zip missing") << "zip" << remove << "zip";
        row("phone missing") << "phone_number" << remove << "phone_number";
        row("email no at") << "email" << QJsonValue(QStringLiteral("ada.example.com")) << "email";
        row("email at end") << "email" << QJsonValue(QStringLiteral("ada@")) << "email";
        row("country 1") << "country" << QJsonValue(QStringLiteral("G")) << "country";
        row("country 4") << "country" << QJsonValue(QStringLiteral("GBRX")) << "country";
        row("country digit") << "country" << QJsonValue(QStringLiteral("G1")) << "country";
        row("ip bad") << "ip_address" << QJsonValue(QStringLiteral("999.1.1.1")) << "ip_address";
        row("amount string") << "amount" << QJsonValue(QStringLiteral("12.50")) << "amount";
        row("amount zero") << "amount" << QJsonValue(0) << "amount";
        row("amount negative") << "amount" << QJsonValue(-5) << "amount";
        row("amount missing") << "amount" << remove << "amount";
        row("currency 2") << "currency" << QJsonValue(QStringLiteral("GB")) << "currency";
        row("currency digits") << "currency" << QJsonValue(QStringLiteral("826")) << "currency";
        row("card spaces") << "card_number" << QJsonValue(QStringLiteral("4111 1111 1111 1111"))
                           << "card_number";
        row("card short") << "card_number" << QJsonValue(QStringLiteral("41111111111"))
                          << "card_number";
        row("card long") << "card_number" << QJsonValue(QStringLiteral("41111111111111111111"))
                         << "card_number";
        row("card luhn") << "card_number" << QJsonValue(QStringLiteral("4111111111111112"))
                         << "card_number";
        row("card number type") << "card_number" << QJsonValue(4111111111111111.0) << "card_number";
        row("month 13") << "card_expiry_month" << QJsonValue(QStringLiteral("13"))
                        << "card_expiry_month";
        row("month 00") << "card_expiry_month" << QJsonValue(QStringLiteral("00"))
                        << "card_expiry_month";
        row("month 1 digit") << "card_expiry_month" << QJsonValue(QStringLiteral("9"))
                             << "card_expiry_month";
        row("year 2 digits") << "card_expiry_year" << QJsonValue(QStringLiteral("32"))
                             << "card_expiry_year";
        row("year past") << "card_expiry_year" << QJsonValue(QStringLiteral("2029"))
                         << "card_expiry_year";
        row("cvv 2") << "card_cvv" << QJsonValue(QStringLiteral("12")) << "card_cvv";
        row("cvv 5") << "card_cvv" << QJsonValue(QStringLiteral("12345")) << "card_cvv";
        row("cvv letters") << "card_cvv" << QJsonValue(QStringLiteral("12a")) << "card_cvv";
        row("redirect ftp") << "redirect_url"
                            << QJsonValue(QStringLiteral("ftp://merchant.example/"))
                            << "redirect_url";
        row("redirect text") << "redirect_url" << QJsonValue(QStringLiteral("not a url"))
                             << "redirect_url";
        row("redirect missing") << "redirect_url" << remove << "redirect_url";
        row("webhook bad") << "webhook_url" << QJsonValue(QStringLiteral("mailto:x@y"))
                           << "webhook_url";
        row("order_id number") << "order_id" << QJsonValue(7) << "order_id";
        row("terminal_id bool") << "terminal_id" << QJsonValue(true) << "terminal_id";
    }
    void fieldValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, errorField);
        QJsonObject f = fields(QStringLiteral("4111111111111111"));
        if (value.isUndefined())
            f.remove(field);
        else
            f.insert(field, value);
        const Response r = m_client->charge(f);
        QCOMPARE(r.status, 422);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(body.value(QLatin1String("message")).toString(),
                 QStringLiteral("The given data was invalid."));
        const QJsonObject errors = body.value(QLatin1String("errors")).toObject();
        QCOMPARE(errors.keys(), QStringList { errorField });
        const QJsonArray messages = errors.value(errorField).toArray();
        QVERIFY(!messages.isEmpty());
        for (const QJsonValue &m : messages)
            QVERIFY(m.isString() && !m.toString().isEmpty());
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void validationMessages()
    {
        QJsonObject f = fields(QStringLiteral("4111111111111112"));
        f.remove(QStringLiteral("first_name"));
        f.insert(QStringLiteral("amount"), 0);
        f.insert(QStringLiteral("card_expiry_year"), QStringLiteral("2030"));
        f.insert(QStringLiteral("card_expiry_month"), QStringLiteral("05")); // May 2030 < June 2030
        const Response r = m_client->charge(f);
        QCOMPARE(r.status, 422);
        const QJsonObject errors = r.json().value(QLatin1String("errors")).toObject();
        QCOMPARE(errors.keys(),
                 (QStringList { QStringLiteral("amount"), QStringLiteral("card_expiry_month"),
                                QStringLiteral("card_number"), QStringLiteral("first_name") }));
        QCOMPARE(errors.value(QLatin1String("first_name")).toArray(),
                 QJsonArray { QStringLiteral("The first name field is required.") });
        QCOMPARE(errors.value(QLatin1String("amount")).toArray(),
                 QJsonArray { QStringLiteral("The amount must be greater than 0.") });
        QCOMPARE(errors.value(QLatin1String("card_number")).toArray(),
                 QJsonArray { QStringLiteral("The card number is not a valid card number.") });
        QCOMPARE(errors.value(QLatin1String("card_expiry_month")).toArray(),
                 QJsonArray { QStringLiteral("The card expiry date must not be in the past.") });
        // Neither the card number nor the CVV is echoed.
        QVERIFY(!r.body.contains("4111111111111112"));

        // This month is still valid; optional fields may be empty or null.
        f = fields(QStringLiteral("4111111111111111"));
        f.insert(QStringLiteral("card_expiry_year"), QStringLiteral("2030"));
        f.insert(QStringLiteral("card_expiry_month"), QStringLiteral("06"));
        f.insert(QStringLiteral("webhook_url"), QStringLiteral(""));
        f.insert(QStringLiteral("terminal_id"), QJsonValue::Null);
        f.insert(QStringLiteral("unknown_extra"), QStringLiteral("ignored"));
        f.insert(QStringLiteral("country"), QStringLiteral("GB"));
        f.insert(QStringLiteral("ip_address"), QStringLiteral("2001:db8::1"));
        f.insert(QStringLiteral("card_cvv"), QStringLiteral("1234"));
        QCOMPARE(m_client->charge(f).status, 200);
    }

    void duplicateOrderId()
    {
        const QJsonObject first = fields(QStringLiteral("4111111111111111"));
        QCOMPARE(m_client->charge(first).status, 200);
        const Response again = m_client->charge(first);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.json().value(QLatin1String("errors")).toObject(),
                 (QJsonObject {
                     { QStringLiteral("order_id"),
                       QJsonArray { QStringLiteral("The order id has already been taken.") } } }));
        QCOMPARE(m_sim->transactionCount(), 1);
        // A declined charge takes its order id too.
        const QJsonObject declined = fields(QStringLiteral("4000000000000002"));
        QCOMPARE(m_client->charge(declined).status, 200);
        QJsonObject retry = declined;
        retry.insert(QStringLiteral("card_number"), QStringLiteral("4242424242424242"));
        QCOMPARE(m_client->charge(retry).status, 422);
        QCOMPARE(m_sim->transactionCount(), 2);
        // Without order ids there is nothing to collide.
        QJsonObject anonymous = fields(QStringLiteral("4111111111111111"));
        anonymous.remove(QStringLiteral("order_id"));
        const Response a = m_client->charge(anonymous);
        QCOMPARE(a.status, 200);
        QVERIFY(a.json()
                    .value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("order_id"))
                    .isNull());
        QCOMPARE(m_client->charge(anonymous).status, 200);
    }

    void statusUnknown()
    {
        const Response r = m_client->get(QStringLiteral("/api/test/status/PA0000000000NONE"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(m_client->post(QStringLiteral("/api/test/status/PA1"), "{}").status, 405);
    }

    void refunds()
    {
        QSignalSpy changed(m_sim.get(), &GatewaySimulator::transactionChanged);
        const QString ok = idOf(m_client->charge(fields(QStringLiteral("4111111111111111"))));
        const QString declined = idOf(m_client->charge(fields(QStringLiteral("4000000000000002"))));
        const QString pending = idOf(m_client->charge(fields(QStringLiteral("4000000000003220"))));
        QCOMPARE(changed.size(), 3);
        const auto refund = [&](const QString &id, const char *reason = "customer request") {
            QJsonObject body { { QStringLiteral("transaction_id"), id } };
            if (reason)
                body.insert(QStringLiteral("reason"), QString::fromLatin1(reason));
            return m_client->post(RefundPath, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };

        m_clock.set(QDateTime(QDate(2030, 6, 16), QTime(9, 30)));
        const Response r = refund(ok);
        QCOMPARE(r.status, 200);
        verifyChargeShape(r.json(), QStringLiteral("SUCCESS"));
        if (QTest::currentTestFailed())
            return;
        const QJsonObject refundInfo = r.json()
                                           .value(QLatin1String("data"))
                                           .toObject()
                                           .value(QLatin1String("refund"))
                                           .toObject();
        QCOMPARE(refundInfo.value(QLatin1String("status")), QJsonValue(true));
        QCOMPARE(refundInfo.value(QLatin1String("refund_date")).toString(),
                 QStringLiteral("2030-06-16 09:30:00"));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(statusOf(ok)
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("refund"))
                     .toObject(),
                 refundInfo);
        QCOMPARE(statusOf(ok).value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));

        const Response twice = refund(ok);
        QCOMPARE(twice.status, 422);
        QVERIFY(twice.json()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("already refunded")));
        QCOMPARE(refund(declined).status, 422);
        QCOMPARE(refund(pending).status, 422);
        QCOMPARE(refund(QStringLiteral("PA0000000000NONE")).status, 404);
        const Response noReason = refund(declined, nullptr);
        QCOMPARE(noReason.status, 422);
        QVERIFY(noReason.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("reason")));
        const Response noId = m_client->post(RefundPath, R"({"reason":"x"})");
        QCOMPARE(noId.status, 422);
        QVERIFY(noId.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("transaction_id")));
        QCOMPARE(m_client->post(RefundPath, "not json").status, 400);
        QCOMPARE(changed.size(), 4);

        // The list shows the refund date (transactions of the 15th, refunded on the 16th).
        const QJsonArray items
            = m_client->get(listPath(QStringLiteral("2030-06-15"), QStringLiteral("2030-06-15")))
                  .json()
                  .value(QLatin1String("data"))
                  .toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.last().toObject().value(QLatin1String("refund_date")).toString(),
                 QStringLiteral("2030-06-16 09:30:00"));

        // Without Skip-Encryption=true the refund body is an encrypted envelope.
        const QString another = idOf(m_client->charge(fields(QStringLiteral("4111111111111111"))));
        const Response encrypted = m_client->post(
            QStringLiteral("/api/v1/test/refund"),
            Client::envelope(
                QJsonDocument(
                    QJsonObject { { QStringLiteral("transaction_id"), another },
                                  { QStringLiteral("reason"), QStringLiteral("duplicate") } })
                    .toJson(QJsonDocument::Compact)));
        QCOMPARE(encrypted.status, 200);
        // A plain body without the query (as the Python SDK sends it) is read too: the unknown id
        // is a 404, not a 400 for a missing envelope.
        QCOMPARE(m_client
                     ->post(QStringLiteral("/api/v1/test/refund"),
                            R"({"transaction_id":"x","reason":"y"})")
                     .status,
                 404);
    }

    // ---- Hosted card payment: the cardholder types the card on /sim/pay/{id} ----

    void hostedCardPaidOnItsPage_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("page");
        QTest::newRow("approved") << "4111111111111111"
                                  << "SUCCESS"
                                  << "Payment approved.";
        QTest::newRow("approved, typed with spaces") << "4242 4242 4242 4242"
                                                     << "SUCCESS"
                                                     << "Payment approved.";
        QTest::newRow("declined") << "4000000000000002"
                                  << "FAILED"
                                  << "Payment failed: Card declined";
        QTest::newRow("insufficient funds") << "4000000000009995"
                                            << "FAILED"
                                            << "Payment failed: Insufficient funds";
        QTest::newRow("expired card") << "4000000000000069"
                                      << "FAILED"
                                      << "Payment failed: Expired card";
    }
    void hostedCardPaidOnItsPage()
    {
        QFETCH(QString, card);
        QFETCH(QString, status);
        QFETCH(QString, page);
        QSignalSpy changed(m_sim.get(), &GatewaySimulator::transactionChanged);
        const Response created = createHosted();
        QCOMPARE(created.status, 200);
        verifyChargeShape(created.json(), QStringLiteral("REDIRECT"));
        if (QTest::currentTestFailed())
            return;
        const QString id = idOf(created);
        const QString orderId = QStringLiteral("ORD-%1").arg(m_order);
        const QString redirect = created.json().value(QLatin1String("redirect_url")).toString();
        QCOMPARE(redirect, m_sim->baseUrl().toString() + QStringLiteral("/sim/pay/") + id);
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);
        QCOMPARE(m_sim->chargeRequestCount(), 0);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
        QJsonObject item = findInList(orderId);
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(item.value(QLatin1String("amount")), QJsonValue(QStringLiteral("1250")));
        QVERIFY(item.value(QLatin1String("card_number")).isNull());
        QVERIFY(item.value(QLatin1String("card_type")).isNull());

        Client browser(m_sim->baseUrl(), QByteArray());
        const Response form = browser.browserGet(QUrl(redirect).path());
        QCOMPARE(form.status, 200);
        QVERIFY(form.contentType.startsWith("text/html"));
        const QString html = QString::fromUtf8(form.body);
        QCOMPARE(formAction(form.body), QStringLiteral("/sim/pay/") + id);
        for (const char *name : { "card_number", "card_expiry", "card_cvv" })
            QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(name))), name);
        QVERIFY(html.contains(QStringLiteral("GBP 12.50")));
        QVERIFY(!html.contains(QStringLiteral("1250 GBP")));
        QVERIFY(html.contains(orderId));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        const Response paid = browser.formPost(
            formAction(form.body),
            Client::cardForm(card, cardExpiry(expiryYear()), QStringLiteral("123")));
        QCOMPARE(paid.status, 200);
        QVERIFY2(paid.body.contains(page.toUtf8()), paid.body.constData());
        QVERIFY(paid.body.contains("https://merchant.example/return"));
        const QString digits = QString(card).remove(u' ');
        QVERIFY(!paid.body.contains(digits.toLatin1()));
        QCOMPARE(changed.size(), 2); // created, paid

        const QJsonObject after = statusOf(id);
        QCOMPARE(after.value(QLatin1String("status")).toString(), status);
        verifyChargeShape(after, status);
        const QString masked = digits.left(6) + QStringLiteral("******") + digits.right(4);
        item = findInList(orderId);
        QCOMPARE(item.value(QLatin1String("status")).toString(), status);
        QCOMPARE(item.value(QLatin1String("card_number")).toString(), masked);
        QCOMPARE(item.value(QLatin1String("card_type")).toString(), QStringLiteral("Visa"));
        QCOMPARE(item.value(QLatin1String("order_id")).toString(), orderId);
        const auto record = m_sim->transaction(id);
        QVERIFY(record.has_value());
        QCOMPARE(record->maskedCardNumber, masked);
        QCOMPARE(record->channel, Channel::HostedCard);

        // Paid once: the page now says so, and takes no second card.
        const Response again = browser.browserGet(QUrl(redirect).path());
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.contains("already complete"));
        QCOMPARE(browser
                     .formPost(QUrl(redirect).path(),
                               Client::cardForm(QStringLiteral("4111111111111111"),
                                                cardExpiry(expiryYear()), QStringLiteral("123")))
                     .status,
                 409);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), status);
    }

    void hostedCardThreeDSecure_data()
    {
        QTest::addColumn<bool>("approve");
        QTest::newRow("approve") << true;
        QTest::newRow("fail") << false;
    }
    void hostedCardThreeDSecure()
    {
        QFETCH(bool, approve);
        const Response created = createHosted();
        const QString id = idOf(created);
        Client browser(m_sim->baseUrl(), QByteArray());
        const QString path = QStringLiteral("/sim/pay/") + id;
        // The form's answer sends the browser on to the 3-D Secure page (303, followed).
        const Response check
            = browser.formPost(path,
                               Client::cardForm(QStringLiteral("4000000000003220"),
                                                cardExpiry(expiryYear()), QStringLiteral("123")));
        QCOMPARE(check.status, 200);
        const QString html = QString::fromUtf8(check.body);
        QVERIFY2(html.contains(QStringLiteral("Pay Agency simulator \u2014 3-D Secure check")),
                 check.body.constData());
        QVERIFY(html.contains(QStringLiteral("400000******3220")));
        QVERIFY(html.contains(QStringLiteral("GBP 12.50")));
        QVERIFY(html.contains(QStringLiteral("action=\"/sim/3ds/%1/approve\"").arg(id)));
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
        // The checkout page no longer takes a card: it points at the check.
        const Response waiting = browser.browserGet(path);
        QCOMPARE(waiting.status, 409);
        QVERIFY(waiting.body.contains("waiting for its 3-D Secure check"));
        QVERIFY(waiting.body.contains(QStringLiteral("/sim/3ds/%1").arg(id).toLatin1()));

        const Response done = browser.formPost(
            QStringLiteral("/sim/3ds/%1/%2")
                .arg(id, approve ? QStringLiteral("approve") : QStringLiteral("fail")));
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains(approve ? "Payment approved." : "Payment failed"));
        const QJsonObject status = statusOf(id);
        QCOMPARE(status.value(QLatin1String("status")).toString(),
                 approve ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED"));
        QCOMPARE(m_sim->transaction(id)->maskedCardNumber, QStringLiteral("400000******3220"));
        QCOMPARE(browser.browserGet(path).status, 409);
    }

    void hostedCardFormRefusals()
    {
        const QString id = idOf(createHosted());
        Client browser(m_sim->baseUrl(), QByteArray());
        const QString path = QStringLiteral("/sim/pay/") + id;
        // No 3-D Secure shortcut for a payment that has no card yet.
        QVERIFY(!m_sim->completeThreeDSecure(id, true));
        QCOMPARE(browser.formPost(QStringLiteral("/sim/3ds/%1/approve").arg(id)).status, 409);
        QVERIFY(browser.browserGet(QStringLiteral("/sim/3ds/") + id)
                    .body.contains("no longer waiting"));

        const struct
        {
            const char *number;
            QString expiry;
            const char *cvv;
            const char *message;
        } refused[] = {
            { "4111111111111112", cardExpiry(expiryYear()), "123", "not a valid card number" },
            { "41111", cardExpiry(expiryYear()), "123", "between 12 and 19 digits" },
            { "", cardExpiry(expiryYear()), "123", "card number field is required" },
            { "4111111111111111", QStringLiteral("01/20"), "123", "must not be in the past" },
            { "4111111111111111", QStringLiteral("13/40"), "123", "of the form MM/YY" },
            { "4111111111111111", QString(), "123", "expiry date field is required" },
            { "4111111111111111", cardExpiry(expiryYear()), "12", "3 or 4 digits" },
        };
        for (const auto &r : refused) {
            const Response page = browser.formPost(
                path, Client::cardForm(QLatin1String(r.number), r.expiry, QLatin1String(r.cvv)));
            QCOMPARE(page.status, 422);
            QVERIFY2(page.body.contains(r.message), r.message);
            QCOMPARE(formAction(page.body), path); // the form again, to correct
            if (qstrlen(r.number) > 0)
                QVERIFY(!page.body.contains(r.number));
        }
        // This month is still valid.
        const QString thisMonth = m_clock.today().toString(QStringLiteral("MM/yy"));
        // The server-error card: HTTP 500, nothing recorded; the page can be used again.
        const Response error = browser.formPost(
            path,
            Client::cardForm(QStringLiteral("4000000000000119"), thisMonth, QStringLiteral("123")));
        QCOMPARE(error.status, 500);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(m_sim->transaction(id)->maskedCardNumber.isEmpty());
        const Response ok = browser.formPost(path,
                                             Client::cardForm(QStringLiteral("5555555555554444"),
                                                              thisMonth, QStringLiteral("1234")));
        QCOMPARE(ok.status, 200);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(m_sim->transaction(id)->cardBrand, QStringLiteral("Mastercard"));

        // Unknown pages, a charge's id (not a hosted payment), and other methods.
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/pay/PANOSUCHID")).status, 404);
        const QString charged = idOf(m_client->charge(fields(QStringLiteral("4111111111111111"))));
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/pay/") + charged).status, 404);
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/apm/") + id).status, 404);
        QNetworkRequest put = browser.request(path, false);
        QElapsedTimer t;
        t.start();
        QCOMPARE(collect(browser.nam().put(put, QByteArray("x")), t).status, 405);
    }

    void hostedCreateValidation()
    {
        // The charge's field rules without the card; a card field is prohibited.
        QJsonObject withCard = hostedFields(nextOrderId());
        withCard.insert(QStringLiteral("card_number"), QStringLiteral("4111111111111111"));
        withCard.insert(QStringLiteral("card_cvv"), QStringLiteral("123"));
        Response r = m_client->post(QStringLiteral("/api/v1/test/hosted/card"),
                                    Client::chargeBody(withCard));
        QCOMPARE(r.status, 422);
        QJsonObject errors = r.json().value(QLatin1String("errors")).toObject();
        QCOMPARE(errors.keys(),
                 (QStringList { QStringLiteral("card_cvv"), QStringLiteral("card_number") }));
        QCOMPARE(errors.value(QLatin1String("card_number")).toArray().first().toString(),
                 QStringLiteral("The card number field is prohibited."));
        QVERIFY(!r.body.contains("4111111111111111"));

        QJsonObject broken = hostedFields(nextOrderId());
        broken.remove(QStringLiteral("first_name"));
        broken.insert(QStringLiteral("amount"), 0);
        broken.insert(QStringLiteral("redirect_url"), QStringLiteral("ftp://x"));
        r = m_client->post(QStringLiteral("/api/v1/test/apm"), Client::chargeBody(broken));
        QCOMPARE(r.status, 422);
        errors = r.json().value(QLatin1String("errors")).toObject();
        QCOMPARE(errors.keys(),
                 (QStringList { QStringLiteral("amount"), QStringLiteral("first_name"),
                                QStringLiteral("redirect_url") }));

        // Encrypted like a charge, or refused.
        r = m_client->post(QStringLiteral("/api/v1/test/hosted/card"),
                           QJsonDocument(hostedFields(nextOrderId())).toJson());
        QCOMPARE(r.status, 400);
        // Order ids are shared with charges.
        const QString taken = nextOrderId();
        QCOMPARE(
            m_client->charge(chargeFields(QStringLiteral("4111111111111111"), taken, expiryYear()))
                .status,
            200);
        QCOMPARE(createHosted(false, taken).status, 422);
        QCOMPARE(createHosted(true, taken).status, 422);
        // Method, key, environment.
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/test/hosted/card")).status, 405);
        QCOMPARE(m_client
                     ->post(QStringLiteral("/api/v1/live/apm"),
                            Client::chargeBody(hostedFields(nextOrderId())))
                     .status,
                 404);
        Client stranger(m_sim->baseUrl(), QByteArrayLiteral("PA_TEST_somebody0else"));
        QCOMPARE(stranger
                     .post(QStringLiteral("/api/v1/test/apm"),
                           Client::chargeBody(hostedFields(nextOrderId())))
                     .status,
                 401);
        QCOMPARE(m_sim->transactionCount(), 1); // only the charge
        QCOMPARE(m_sim->paymentCreationRequestCount(), 7);
    }

    // ---- APM payment: Pay or Fail on /sim/apm/{id} ----

    void apmPaidOrFailed_data()
    {
        QTest::addColumn<bool>("pay");
        QTest::newRow("pay") << true;
        QTest::newRow("fail") << false;
    }
    void apmPaidOrFailed()
    {
        QFETCH(bool, pay);
        const Response created = createHosted(true);
        QCOMPARE(created.status, 200);
        verifyChargeShape(created.json(), QStringLiteral("REDIRECT"));
        const QString id = idOf(created);
        const QString redirect = created.json().value(QLatin1String("redirect_url")).toString();
        QCOMPARE(redirect, m_sim->baseUrl().toString() + QStringLiteral("/sim/apm/") + id);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));

        Client browser(m_sim->baseUrl(), QByteArray());
        const Response page = browser.browserGet(QUrl(redirect).path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("GBP 12.50"));
        QVERIFY(
            page.body.contains(QStringLiteral("action=\"/sim/apm/%1/pay\"").arg(id).toLatin1()));
        QVERIFY(
            page.body.contains(QStringLiteral("action=\"/sim/apm/%1/fail\"").arg(id).toLatin1()));
        QVERIFY(page.body.contains(">Pay<"));
        QVERIFY(page.body.contains(">Fail<"));

        const Response done
            = browser.formPost(QStringLiteral("/sim/apm/%1/%2")
                                   .arg(id, pay ? QStringLiteral("pay") : QStringLiteral("fail")));
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains(pay ? "Payment approved." : "Payment failed"));
        const QString status = pay ? QStringLiteral("SUCCESS") : QStringLiteral("FAILED");
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), status);
        const QJsonObject item = findInList(QStringLiteral("ORD-%1").arg(m_order));
        QCOMPARE(item.value(QLatin1String("status")).toString(), status);
        QVERIFY(item.value(QLatin1String("card_number")).isNull()); // no card with an APM

        QCOMPARE(browser.formPost(QStringLiteral("/sim/apm/%1/pay").arg(id)).status, 409);
        QCOMPARE(browser.browserGet(QUrl(redirect).path()).status, 409);
        QCOMPARE(statusOf(id).value(QLatin1String("status")).toString(), status);
        QCOMPARE(browser.formPost(QStringLiteral("/sim/apm/%1/maybe").arg(id)).status, 404);
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/apm/%1/pay").arg(id)).status, 405);
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/apm/PANOSUCHID")).status, 404);
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/pay/") + id).status, 404);
    }

    // ---- Payment templates and links ----

    void templatesByEnvironment()
    {
        const Response test = m_client->get(QStringLiteral("/api/v1/payment-templates"));
        QCOMPARE(test.status, 200);
        QCOMPARE(test.json().value(QLatin1String("data")), QJsonValue(QJsonArray()));

        const auto live = liveSimulator();
        Client client(live->baseUrl(), LiveKey);
        const Response r = client.get(QStringLiteral("/api/v1/payment-templates"));
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json().value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), GatewaySimulator::paymentTemplates().size());
        QVERIFY(data.size() >= 3);
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject t = data[i].toObject();
            QCOMPARE(t.keys(),
                     (QStringList {
                         QStringLiteral("payment_template_id"), QStringLiteral("redirect_url"),
                         QStringLiteral("template_id"), QStringLiteral("template_name"),
                         QStringLiteral("template_screenshot"), QStringLiteral("webhook_url") }));
            QCOMPARE(t.value(QLatin1String("payment_template_id")).toString(),
                     GatewaySimulator::paymentTemplates()[i].paymentTemplateId);
            QVERIFY(t.value(QLatin1String("redirect_url"))
                        .toString()
                        .startsWith(live->baseUrl().toString()));
        }
        QCOMPARE(Client(live->baseUrl(), SecretKey)
                     .get(QStringLiteral("/api/v1/payment-templates"))
                     .status,
                 401);
        QCOMPARE(client.post(QStringLiteral("/api/v1/payment-templates"), "{}").status, 405);
    }

    void paymentLinkPaidThroughItsPage()
    {
        const auto live = liveSimulator();
        Client client(live->baseUrl(), LiveKey);
        QSignalSpy changed(live.get(), &GatewaySimulator::transactionChanged);
        const Response created = client.post(
            QStringLiteral("/api/v1/payment-link?Skip-Encryption=true"),
            R"({"payment_template_id":"PT-CONSULTATION","order_id":"LINK-1","expiry_date":"2030-06-20"})");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().keys(),
                 (QStringList { QStringLiteral("data"), QStringLiteral("message") }));
        const QString url = created.json().value(QLatin1String("data")).toString();
        QVERIFY2(url.startsWith(live->baseUrl().toString() + QStringLiteral("/sim/link/PL")),
                 qPrintable(url));
        QCOMPARE(live->paymentLinkCount(), 1);
        QCOMPARE(live->transactionCount(), 0); // nothing until the cardholder pays
        const QString linkId = QUrl(url).path().section(u'/', -1);
        QCOMPARE(live->paymentLink(linkId)->orderId, QStringLiteral("LINK-1"));

        Client browser(live->baseUrl(), QByteArray());
        const Response page = browser.browserGet(QUrl(url).path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("GBP 30.00")); // the template's amount, 3000 minor units
        QVERIFY(page.body.contains("Consultation"));
        QVERIFY(page.body.contains("LINK-1"));
        QCOMPARE(formAction(page.body), QUrl(url).path());
        const Response paid
            = browser.formPost(formAction(page.body),
                               Client::cardForm(QStringLiteral("4242424242424242"),
                                                cardExpiry(expiryYear()), QStringLiteral("321")));
        QCOMPARE(paid.status, 200);
        QVERIFY(paid.body.contains("Payment approved."));
        QCOMPARE(changed.size(), 1);

        // Found by its order id in the list, as the terminal follows a link.
        const QString day = m_clock.today().toString(Qt::ISODate);
        const QJsonArray items
            = client
                  .get(QStringLiteral("/api/v1/live-transactions?transaction_start_date=%1&"
                                      "transaction_end_date=%1")
                           .arg(day))
                  .json()
                  .value(QLatin1String("data"))
                  .toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QLatin1String("order_id")).toString(), QStringLiteral("LINK-1"));
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(item.value(QLatin1String("amount")), QJsonValue(QStringLiteral("3000")));
        QCOMPARE(item.value(QLatin1String("currency")).toString(), QStringLiteral("GBP"));
        QCOMPARE(item.value(QLatin1String("card_number")).toString(),
                 QStringLiteral("424242******4242"));
        const QString id = item.value(QLatin1String("transaction_id")).toString();
        QCOMPARE(live->paymentLink(linkId)->transactionId, id);
        QCOMPARE(live->transaction(id)->channel, Channel::PaymentLink);
        QCOMPARE(client.get(QStringLiteral("/api/live/status/") + id)
                     .json()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("SUCCESS"));

        // Used once.
        const Response again = browser.browserGet(QUrl(url).path());
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.contains("already been used"));
        QCOMPARE(browser.browserGet(QStringLiteral("/sim/link/PLNOSUCHLINK")).status, 404);

        // The request's own amount and currency, Java-style encrypted body without the query.
        const Response euro = client.post(
            QStringLiteral("/api/v1/payment-link"),
            Client::envelope(
                R"({"payment_template_id":"PT-DEPOSIT","amount":1999,"currency":"EUR","order_id":"LINK-2"})"));
        QCOMPARE(euro.status, 200);
        const QString euroUrl = euro.json().value(QLatin1String("data")).toString();
        QVERIFY(browser.browserGet(QUrl(euroUrl).path()).body.contains("EUR 19.99"));
        // A plain body without the query is read too.
        const Response plain = client.post(QStringLiteral("/api/v1/payment-link"),
                                           R"({"payment_template_id":"PT-MEMBERSHIP"})");
        QCOMPARE(plain.status, 200);
        QVERIFY(
            browser.browserGet(QUrl(plain.json().value(QLatin1String("data")).toString()).path())
                .body.contains("USD 49.99"));
        QCOMPARE(live->paymentLinkCount(), 3);
        QCOMPARE(live->paymentCreationRequestCount(), 3);
    }

    void paymentLinkRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no template") << QByteArray(R"({"amount":100})") << "payment_template_id";
        QTest::newRow("unknown template")
            << QByteArray(R"({"payment_template_id":"PT-NOPE"})") << "payment_template_id";
        QTest::newRow("template not a string")
            << QByteArray(R"({"payment_template_id":7})") << "payment_template_id";
        QTest::newRow("expiry yesterday")
            << QByteArray(R"({"payment_template_id":"PT-DEPOSIT","expiry_date":"2030-06-14"})")
            << "expiry_date";
        QTest::newRow("expiry malformed")
            << QByteArray(R"({"payment_template_id":"PT-DEPOSIT","expiry_date":"14/06/2030"})")
            << "expiry_date";
        QTest::newRow("amount zero")
            << QByteArray(R"({"payment_template_id":"PT-DEPOSIT","amount":0})") << "amount";
        QTest::newRow("amount negative")
            << QByteArray(R"({"payment_template_id":"PT-DEPOSIT","amount":-10})") << "amount";
        QTest::newRow("amount string")
            << QByteArray(R"({"payment_template_id":"PT-DEPOSIT","amount":"12.50"})") << "amount";
        QTest::newRow("currency") << QByteArray(
            R"({"payment_template_id":"PT-DEPOSIT","currency":"EURO"})")
                                  << "currency";
        QTest::newRow("order id taken")
            << QByteArray(R"({"payment_template_id":"PT-DEPOSIT","order_id":"TAKEN-1"})")
            << "order_id";
    }
    void paymentLinkRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto live = liveSimulator();
        Client client(live->baseUrl(), LiveKey);
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/payment-link?Skip-Encryption=true"),
                           R"({"payment_template_id":"PT-DEPOSIT","order_id":"TAKEN-1"})")
                     .status,
                 200);
        const Response r
            = client.post(QStringLiteral("/api/v1/payment-link?Skip-Encryption=true"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json().value(QLatin1String("errors")).toObject().keys(), QStringList { field });
        QCOMPARE(live->paymentLinkCount(), 1);
        // An expiry date of today is fine (payable to the end of the day).
        QCOMPARE(client
                     .post(QStringLiteral("/api/v1/payment-link?Skip-Encryption=true"),
                           R"({"payment_template_id":"PT-DEPOSIT","expiry_date":"2030-06-15"})")
                     .status,
                 200);
    }

    void paymentLinkTestEnvironmentAndRequestChecks()
    {
        // No templates in the test environment: no link can be made from one.
        const Response r
            = m_client->post(QStringLiteral("/api/v1/payment-link?Skip-Encryption=true"),
                             R"({"payment_template_id":"PT-CONSULTATION"})");
        QCOMPARE(r.status, 422);
        QVERIFY(r.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("payment_template_id")));
        QCOMPARE(m_client->post(QStringLiteral("/api/v1/payment-link"), "not json").status, 400);
        QCOMPARE(m_client
                     ->post(QStringLiteral("/api/v1/payment-link"),
                            Client::envelope("{}", QByteArray(32, 'w')))
                     .status,
                 400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/payment-link")).status, 405);
        Client stranger(m_sim->baseUrl(), QByteArrayLiteral("PA_TEST_somebody0else"));
        QCOMPARE(stranger.post(QStringLiteral("/api/v1/payment-link"), "{}").status, 401);
    }

    void paymentLinkExpires()
    {
        const auto live = liveSimulator();
        Client client(live->baseUrl(), LiveKey);
        const Response created
            = client.post(QStringLiteral("/api/v1/payment-link?Skip-Encryption=true"),
                          R"({"payment_template_id":"PT-DEPOSIT","order_id":"LATE-1",)"
                          R"("expiry_date":"2030-06-15"})");
        QCOMPARE(created.status, 200);
        const QString path = QUrl(created.json().value(QLatin1String("data")).toString()).path();
        Client browser(live->baseUrl(), QByteArray());
        // To the end of the expiry day...
        m_clock.set(QDateTime(QDate(2030, 6, 15), QTime(23, 59, 59)));
        QCOMPARE(browser.browserGet(path).status, 200);
        // ...and not a second longer: the page says so and creates nothing.
        m_clock.set(QDateTime(QDate(2030, 6, 16), QTime(0, 0, 0)));
        const Response expired = browser.browserGet(path);
        QCOMPARE(expired.status, 410);
        QVERIFY(expired.body.contains("This payment link has expired"));
        const Response tried
            = browser.formPost(path,
                               Client::cardForm(QStringLiteral("4111111111111111"),
                                                cardExpiry(expiryYear()), QStringLiteral("123")));
        QCOMPARE(tried.status, 410);
        QCOMPARE(live->transactionCount(), 0);
        QVERIFY(!live->transactionByOrderId(QStringLiteral("LATE-1")).has_value());
        QVERIFY(live->paymentLink(QUrl(path).path().section(u'/', -1))->transactionId.isNull());
    }

    void refundBodyForms()
    {
        const auto refundBody = [](const QString &id) {
            return QJsonDocument(QJsonObject { { QStringLiteral("transaction_id"), id },
                                               { QStringLiteral("reason"),
                                                 QStringLiteral("customer request") } })
                .toJson(QJsonDocument::Compact);
        };
        const auto charged
            = [&] { return idOf(m_client->charge(fields(QStringLiteral("4111111111111111")))); };
        const QString refundPlainNoQuery = QStringLiteral("/api/v1/test/refund");
        // Plain with the query (TypeScript, Java), plain without it (Python), encrypted without.
        QString id = charged();
        QCOMPARE(m_client->post(RefundPath, refundBody(id)).status, 200);
        id = charged();
        Response r = m_client->post(refundPlainNoQuery, refundBody(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        id = charged();
        QCOMPARE(m_client->post(refundPlainNoQuery, Client::envelope(refundBody(id))).status, 200);
        QCOMPARE(statusOf(id)
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("refund"))
                     .toObject()
                     .value(QLatin1String("status")),
                 QJsonValue(true));
        // With the query the body is plain: an envelope there has no transaction id.
        id = charged();
        r = m_client->post(RefundPath, Client::envelope(refundBody(id)));
        QCOMPARE(r.status, 422);
        QVERIFY(r.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("transaction_id")));
        QCOMPARE(
            m_client->post(refundPlainNoQuery, Client::envelope("{}", QByteArray(32, 'w'))).status,
            400);
        QCOMPARE(m_sim->refundRequestCount(), 5);
    }

    void listPagination()
    {
        constexpr int Total = 120;
        QList<QNetworkReply *> replies;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < Total; ++i)
            replies << m_client->startCharge(fields(i % 10 == 3
                                                        ? QStringLiteral("4000000000000002")
                                                        : QStringLiteral("4111111111111111")));
        for (QNetworkReply *reply : replies)
            QCOMPARE(collect(reply, t).status, 200);
        QCOMPARE(m_sim->transactionCount(), Total);

        const QString day = QStringLiteral("2030-06-15");
        Response first = m_client->get(listPath(day, day));
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(QLatin1String("message")).isString());
        const auto items
            = [](const Response &r) { return r.json().value(QLatin1String("data")).toArray(); };
        const auto meta
            = [](const Response &r) { return r.json().value(QLatin1String("meta")).toObject(); };
        QCOMPARE(items(first).size(), 50);
        QCOMPARE(meta(first).value(QLatin1String("totalCount")).toInt(), Total);
        QCOMPARE(meta(first).value(QLatin1String("hasNextPage")), QJsonValue(true));
        QCOMPARE(meta(first).value(QLatin1String("hasPreviousPage")), QJsonValue(false));
        QVERIFY(meta(first).value(QLatin1String("prevCursor")).isNull());
        const QJsonObject newest = items(first).first().toObject();
        for (const char *key : { "transaction_id", "order_id", "amount", "currency", "status",
                                 "first_name", "last_name", "email", "card_type", "card_number",
                                 "country", "transaction_date", "refund_date", "chargeback_date" })
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QCOMPARE(newest.value(QLatin1String("card_number")).toString(),
                 QStringLiteral("411111******1111"));
        QCOMPARE(newest.value(QLatin1String("transaction_date")).toString(),
                 QStringLiteral("2030-06-15 12:00:00"));
        QVERIFY(!first.body.contains("4111111111111111"));
        QVERIFY(!first.body.contains("\"123\""));

        const QString next1 = meta(first).value(QLatin1String("nextCursor")).toString();
        const Response second
            = m_client->get(listPath(day, day, QStringLiteral("&nextCursor=") + next1));
        QCOMPARE(items(second).size(), 50);
        QCOMPARE(meta(second).value(QLatin1String("hasPreviousPage")), QJsonValue(true));
        QCOMPARE(meta(second).value(QLatin1String("hasNextPage")), QJsonValue(true));
        const Response third = m_client->get(
            listPath(day, day,
                     QStringLiteral("&nextCursor=")
                         + meta(second).value(QLatin1String("nextCursor")).toString()));
        QCOMPARE(items(third).size(), Total - 100);
        QCOMPARE(meta(third).value(QLatin1String("hasNextPage")), QJsonValue(false));
        QVERIFY(meta(third).value(QLatin1String("nextCursor")).isNull());
        QCOMPARE(meta(third).value(QLatin1String("totalCount")).toInt(), Total);

        // Every transaction exactly once, newest first: order ids count down.
        QStringList seen;
        for (const Response *page :
             std::initializer_list<const Response *> { &first, &second, &third }) {
            for (const QJsonValue &item : items(*page))
                seen << item.toObject().value(QLatin1String("order_id")).toString();
        }
        QCOMPARE(seen.size(), Total);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), Total);
        // The 120 charges were sent at once over several connections, so they may arrive (and be
        // listed) in any order: the pages must hold exactly the orders that were sent.
        QSet<QString> sent;
        for (int i = 0; i < Total; ++i)
            sent.insert(QStringLiteral("ORD-%1").arg(m_order - i));
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), sent);

        // Back from the third page gives the second again, and from there the first.
        const Response back = m_client->get(
            listPath(day, day,
                     QStringLiteral("&prevCursor=")
                         + meta(third).value(QLatin1String("prevCursor")).toString()));
        QCOMPARE(items(back), items(second));
        const Response backAgain = m_client->get(
            listPath(day, day,
                     QStringLiteral("&prevCursor=")
                         + meta(back).value(QLatin1String("prevCursor")).toString()));
        QCOMPARE(items(backAgain), items(first));
        QCOMPARE(meta(backAgain).value(QLatin1String("hasPreviousPage")), QJsonValue(false));

        // Bad requests.
        QCOMPARE(m_client->get(listPath(day, day, QStringLiteral("&nextCursor=%%%"))).status, 422);
        QCOMPARE(
            m_client->get(listPath(day, day, QStringLiteral("&nextCursor=bm90IGpzb24"))).status,
            422);
        QCOMPARE(m_client
                     ->get(listPath(day, day,
                                    QStringLiteral("&nextCursor=") + next1
                                        + QStringLiteral("&prevCursor=") + next1))
                     .status,
                 422);
        const Response noDates = m_client->get(QStringLiteral("/api/v1/test-transactions"));
        QCOMPARE(noDates.status, 422);
        const QJsonObject errors = noDates.json().value(QLatin1String("errors")).toObject();
        QVERIFY(errors.contains(QLatin1String("transaction_start_date")));
        QVERIFY(errors.contains(QLatin1String("transaction_end_date")));
        QCOMPARE(m_client->get(listPath(QStringLiteral("2030-06-16"), QStringLiteral("2030-06-15")))
                     .status,
                 422);
        QCOMPARE(m_client->get(listPath(QStringLiteral("15/06/2030"), day)).status, 422);
    }

    void listDateFilter()
    {
        m_clock.set(QDateTime(QDate(2030, 6, 14), QTime(23, 59, 59)));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 200);
        m_clock.set(QDateTime(QDate(2030, 6, 15), QTime(0, 0, 0)));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 200);
        const auto count = [&](const char *from, const char *to) {
            const Response r = m_client->get(listPath(QLatin1String(from), QLatin1String(to)));
            const int total = r.json()
                                  .value(QLatin1String("meta"))
                                  .toObject()
                                  .value(QLatin1String("totalCount"))
                                  .toInt();
            return r.json().value(QLatin1String("data")).toArray().size() == total ? total : -1;
        };
        QCOMPARE(count("2030-06-14", "2030-06-14"), 3);
        QCOMPARE(count("2030-06-15", "2030-06-15"), 2);
        QCOMPARE(count("2030-06-14", "2030-06-15"), 5);
        QCOMPARE(count("2030-06-01", "2030-06-13"), 0);
        QCOMPARE(count("2030-06-16", "2030-07-16"), 0);
        const Response day14
            = m_client->get(listPath(QStringLiteral("2030-06-14"), QStringLiteral("2030-06-14")));
        for (const QJsonValue &item : day14.json().value(QLatin1String("data")).toArray())
            QCOMPARE(item.toObject().value(QLatin1String("transaction_date")).toString(),
                     QStringLiteral("2030-06-14 23:59:59"));
        const QJsonObject meta = day14.json().value(QLatin1String("meta")).toObject();
        QCOMPARE(meta.value(QLatin1String("hasNextPage")), QJsonValue(false));
        QVERIFY(meta.value(QLatin1String("nextCursor")).isNull());
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("recorded");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("networkError");
        QTest::newRow("delay") << int(FaultKind::Delay) << true << 200
                               << int(QNetworkReply::NoError);
        QTest::newRow("drop") << int(FaultKind::DropConnection) << true << 0
                              << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("drop unrecorded") << int(FaultKind::DropConnection) << false << 0
                                         << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("html 500") << int(FaultKind::Html500) << true << 500
                                  << int(QNetworkReply::InternalServerError);
        QTest::newRow("html 500 unrecorded")
            << int(FaultKind::Html500) << false << 500 << int(QNetworkReply::InternalServerError);
        QTest::newRow("malformed json")
            << int(FaultKind::MalformedJson) << true << 200 << int(QNetworkReply::NoError);
        QTest::newRow("empty 502")
            << int(FaultKind::Empty502) << false << 502 << int(QNetworkReply::UnknownServerError);
        QTest::newRow("oversized")
            << int(FaultKind::Oversized) << true << 200 << int(QNetworkReply::NoError);
        QTest::newRow("no redirect url")
            << int(FaultKind::NoRedirectUrl) << true << 200 << int(QNetworkReply::NoError);
    }
    void faults()
    {
        QFETCH(int, kind);
        QFETCH(bool, recorded);
        QFETCH(int, httpStatus);
        QFETCH(int, networkError);
        Fault fault;
        fault.kind = FaultKind(kind);
        fault.delayMs = 400;
        fault.chargeRecorded = recorded;
        fault.count = 2;
        m_sim->setFault(fault);
        QCOMPARE(int(m_sim->fault().kind), kind);

        const QJsonObject f = fields(QStringLiteral("4111111111111111"));
        if (FaultKind(kind) == FaultKind::DropConnection) {
            // On a bare socket: QNetworkAccessManager would resend (see
            // droppedConnectionThroughQnam).
            for (int i = 0; i < 2; ++i) {
                const QJsonObject each = i == 0 ? f : fields(QStringLiteral("4111111111111111"));
                const RawExchange raw = rawExchange(
                    m_sim->port(), rawPost("/api/v1/test/card", Client::chargeBody(each)));
                QVERIFY(raw.closedByServer);
                QVERIFY(raw.received.isEmpty());
                QCOMPARE(m_sim->transactionCount(), recorded ? i + 1 : 0);
            }
            QCOMPARE(
                bool(m_sim->transactionByOrderId(f.value(QLatin1String("order_id")).toString())),
                recorded);
            QCOMPARE(m_sim->fault().kind, FaultKind::None);
            QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 200);
            QCOMPARE(m_sim->chargeRequestCount(), 3);
            return;
        }
        const Response r = m_client->charge(f);
        QCOMPARE(r.status, httpStatus);
        QCOMPARE(int(r.error), networkError);
        QCOMPARE(m_sim->transactionCount(), recorded ? 1 : 0);
        QCOMPARE(bool(m_sim->transactionByOrderId(f.value(QLatin1String("order_id")).toString())),
                 recorded);
        switch (FaultKind(kind)) {
        case FaultKind::Delay:
            QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
            verifyChargeShape(r.json(), QStringLiteral("SUCCESS"));
            break;
        case FaultKind::DropConnection:
            QFAIL("handled above");
        case FaultKind::Html500:
            QVERIFY(r.contentType.startsWith("text/html"));
            QVERIFY(!r.isJson());
            break;
        case FaultKind::MalformedJson:
            QVERIFY(r.contentType.startsWith("application/json"));
            QVERIFY(!r.body.isEmpty());
            QVERIFY(!r.isJson());
            break;
        case FaultKind::Empty502:
            QVERIFY(r.body.isEmpty());
            break;
        case FaultKind::Oversized:
            QVERIFY(r.body.size() >= GatewaySimulator::OversizedBodyBytes);
            QVERIFY(r.isJson());
            verifyChargeShape(r.json(), QStringLiteral("SUCCESS"));
            break;
        case FaultKind::NoRedirectUrl:
            verifyChargeShape(r.json(), QStringLiteral("SUCCESS"));
            QVERIFY(!r.json().contains(QLatin1String("redirect_url")));
            break;
        case FaultKind::None:
            QFAIL("no fault");
        }
        // count = 2: one more faulty charge, then normal service.
        QVERIFY(m_sim->fault().kind != FaultKind::None);
        QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, httpStatus);
        QCOMPARE(m_sim->fault().kind, FaultKind::None);
        const Response normal = m_client->charge(fields(QStringLiteral("4111111111111111")));
        QCOMPARE(normal.status, 200);
        verifyChargeShape(normal.json(), QStringLiteral("SUCCESS"));
    }

    void faultUntilCleared()
    {
        Fault fault;
        fault.kind = FaultKind::Empty502;
        m_sim->setFault(fault);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 502);
        // Faults hit charges only.
        QCOMPARE(m_client->get(QStringLiteral("/api/test/status/PA1")).status, 404);
        m_sim->clearFault();
        QCOMPARE(m_client->charge(fields(QStringLiteral("4111111111111111"))).status, 200);
    }

    void manyClientsAtOnce()
    {
        constexpr int Clients = 8;
        constexpr int PerClient = 40;
        std::vector<std::unique_ptr<Client>> clients;
        QList<QNetworkReply *> replies;
        QElapsedTimer t;
        t.start();
        for (int c = 0; c < Clients; ++c) {
            clients.push_back(std::make_unique<Client>(m_sim->baseUrl()));
            for (int i = 0; i < PerClient; ++i)
                replies << clients.back()->startCharge(fields(QStringLiteral("4111111111111111")));
        }
        int ok = 0;
        for (QNetworkReply *reply : replies)
            ok += collect(reply, t).status == 200;
        QCOMPARE(ok, Clients * PerClient);
        QCOMPARE(m_sim->transactionCount(), Clients * PerClient);
        qInfo("%d charges from %d clients in %lld ms", Clients * PerClient, Clients, t.elapsed());
    }

    void tls()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto run = [&](const QStringList &arguments) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(openssl, arguments);
            if (!p.waitForFinished(20000) || p.exitCode() != 0) {
                qWarning() << arguments << p.readAllStandardError();
                return false;
            }
            return true;
        };
        // A throwaway CA, and a server certificate for 127.0.0.1 signed by it.
        QVERIFY(
            run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=pavt test CA"), QStringLiteral("-addext"),
                  QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                  QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
        QVERIFY(
            run({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                  QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=127.0.0.1") }));
        {
            QFile ext(dir.filePath(QStringLiteral("server.ext")));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                      "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage="
                      "serverAuth\n");
        }
        QVERIFY(run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                      QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                      QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                      QStringLiteral("-extfile"), QStringLiteral("server.ext") }));

        const auto readFile = [&](const char *name) {
            QFile file(dir.filePath(QLatin1String(name)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        SimulatorOptions o = options();
        o.certificate = QSslCertificate(readFile("server.crt"), QSsl::Pem);
        o.privateKey = QSslKey(readFile("server.key"), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        QVERIFY(!o.certificate.isNull());
        QVERIFY(!o.privateKey.isNull());
        GatewaySimulator sim(o);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));

        // Trusting only the test CA: works.
        Client client(sim.baseUrl());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(QSslCertificate(readFile("ca.crt"), QSsl::Pem));
        client.setSslConfiguration(ssl);
        const Response r = client.charge(fields(QStringLiteral("4000000000003220")));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        verifyChargeShape(r.json(), QStringLiteral("REDIRECT"));
        QVERIFY(r.json()
                    .value(QLatin1String("redirect_url"))
                    .toString()
                    .startsWith(sim.baseUrl().toString()));
        QCOMPARE(client.get(QStringLiteral("/api/test/status/") + idOf(r)).status, 200);

        // Without the CA the handshake is refused; plain HTTP to the TLS port gets no answer.
        Client untrusting(sim.baseUrl());
        const Response refused = untrusting.charge(fields(QStringLiteral("4111111111111111")));
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QUrl plainUrl = sim.baseUrl();
        plainUrl.setScheme(QStringLiteral("http"));
        Client plain(plainUrl);
        plain.setTimeout(3000);
        QCOMPARE(plain.charge(fields(QStringLiteral("4111111111111111"))).status, 0);
        QCOMPARE(sim.transactionCount(), 1);

        // A certificate without its key is refused at start.
        SimulatorOptions half = options();
        half.certificate = o.certificate;
        GatewaySimulator broken(half);
        QVERIFY(!broken.start());
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
