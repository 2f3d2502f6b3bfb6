// SPDX-License-Identifier: MIT
// The gateway client end to end against the simulator on loopback, over HTTP and TLS:
// every test card and every fault gives the right outcome, and nothing is ever sent twice.
#include "core/gateway/gatewayclient.h"
#include "sim/gatewaysimulator.h"
#include "support/testca.h"
#include "support/testdata.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace pavt;
using namespace pavt::sim;

Q_DECLARE_METATYPE(pavt::OutcomeKind)

class TestGatewayEndToEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<GatewaySimulator> m_sim;
    QNetworkAccessManager m_network;

    SimulatorOptions simOptions() const
    {
        SimulatorOptions o;
        o.secretKey = QByteArray(test::TestSecretKey);
        o.encryptionKey = QByteArray(test::TestEncryptionKey);
        o.slowCardDelayMs = 1500;
        return o;
    }
    GatewayConfig config(int timeoutMs = 5000) const
    {
        GatewayConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.timeoutMs = timeoutMs;
        return c;
    }
    static Credentials credentials(const char *secret = test::TestSecretKey,
                                   const char *key = test::TestEncryptionKey)
    {
        return Credentials { SecretBytes(QByteArrayView(secret)),
                             SecretBytes(QByteArrayView(key)) };
    }
    template<typename Call> static GatewayOutcome run(Call call)
    {
        std::optional<GatewayOutcome> result;
        QEventLoop loop;
        call(&loop, [&](const GatewayOutcome &o) {
            result = o;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec();
        if (!result)
            qFatal("no answer");
        return *result;
    }
    GatewayOutcome charge(const char *card, GatewayConfig cfg, Credentials creds = credentials(),
                          QString orderId = {})
    {
        GatewayClient client(&m_network, std::move(creds), cfg);
        PaymentRequest request = test::validRequest(card);
        request.orderId = orderId;
        return run([&](QObject *ctx, auto cb) { client.charge(request, ctx, cb); });
    }

private slots:
    void init()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_sim = std::make_unique<GatewaySimulator>(simOptions());
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    void cleanup() { m_sim.reset(); }

    void testCards_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("visa approves")
            << QByteArray("4111111111111111") << OutcomeKind::Approved << "";
        QTest::newRow("4242 approves")
            << QByteArray("4242424242424242") << OutcomeKind::Approved << "";
        QTest::newRow("mastercard approves")
            << QByteArray("5555555555554444") << OutcomeKind::Approved << "";
        QTest::newRow("amex approves")
            << QByteArray("378282246310005") << OutcomeKind::Approved << "";
        QTest::newRow("declined") << QByteArray("4000000000000002") << OutcomeKind::Declined
                                  << "declined";
        QTest::newRow("insufficient")
            << QByteArray("4000000000009995") << OutcomeKind::Declined << "Insufficient";
        QTest::newRow("expired") << QByteArray("4000000000000069") << OutcomeKind::Declined
                                 << "Expired";
        QTest::newRow("3ds") << QByteArray("4000000000003220") << OutcomeKind::NeedsThreeDS << "";
        QTest::newRow("500 html") << QByteArray("4000000000000119") << OutcomeKind::ServerError
                                  << "500";
        QTest::newRow("dropped") << QByteArray("4000000000000341") << OutcomeKind::Unknown
                                 << "looked up";
    }
    void testCards()
    {
        QFETCH(QByteArray, card);
        QFETCH(OutcomeKind, kind);
        QFETCH(QString, message);
        const GatewayOutcome o = charge(card.constData(), config());
        QCOMPARE(outcomeKindId(o.kind), outcomeKindId(kind));
        QVERIFY2(o.message.contains(message, Qt::CaseInsensitive), qPrintable(o.message));
        QCOMPARE(m_sim->chargeRequestCount(), 1); // exactly once on the wire, whatever happened
        if (kind == OutcomeKind::Approved || kind == OutcomeKind::Declined
            || kind == OutcomeKind::NeedsThreeDS) {
            QVERIFY(o.transaction.transactionId.startsWith(QStringLiteral("PA")));
            QCOMPARE(o.transaction.orderId, o.orderId);
        }
        if (kind == OutcomeKind::Unknown) {
            // It went through on the gateway: the order id finds it.
            QVERIFY(m_sim->transactionByOrderId(o.orderId).has_value());
        }
    }

    void threeDSecureThenStatus()
    {
        const GatewayOutcome o = charge("4000000000003220", config());
        QCOMPARE(o.kind, OutcomeKind::NeedsThreeDS);
        QVERIFY(o.redirectUrl.toString().startsWith(m_sim->baseUrl().toString()));
        GatewayClient client(&m_network, credentials(), config());
        const QString id = o.transaction.transactionId;
        auto pending = run([&](QObject *ctx, auto cb) { client.status(id, ctx, cb); });
        QCOMPARE(pending.kind, OutcomeKind::Pending);
        QVERIFY(m_sim->completeThreeDSecure(id, true));
        auto done = run([&](QObject *ctx, auto cb) { client.status(id, ctx, cb); });
        QCOMPARE(done.kind, OutcomeKind::Approved);
        QCOMPARE(done.transaction.transactionId, id);
    }

    void slowCardIsUnknownThenFoundByOrderId()
    {
        const GatewayOutcome o = charge("4000000000000259", config(400));
        QCOMPARE(o.kind, OutcomeKind::Unknown);
        QVERIFY(o.message.contains(QStringLiteral("not sent again")));
        GatewayClient client(&m_network, credentials(), config());
        const QDate today = QDate::currentDate();
        auto list = run([&](QObject *ctx, auto cb) {
            client.transactions(today.addDays(-1), today.addDays(1), {}, true, ctx, cb);
        });
        QCOMPARE(list.kind, OutcomeKind::Listed);
        bool found = false;
        for (const TransactionInfo &t : list.transactions)
            found |= t.orderId == o.orderId && t.status == u"SUCCESS";
        QVERIFY(found);
        QCOMPARE(m_sim->chargeRequestCount(), 1);
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::newRow("malformed json") << int(FaultKind::MalformedJson) << OutcomeKind::Unknown;
        QTest::newRow("empty 502") << int(FaultKind::Empty502) << OutcomeKind::ServerError;
        QTest::newRow("html 500") << int(FaultKind::Html500) << OutcomeKind::ServerError;
        QTest::newRow("oversized") << int(FaultKind::Oversized) << OutcomeKind::Unknown;
        QTest::newRow("dropped") << int(FaultKind::DropConnection) << OutcomeKind::Unknown;
        QTest::newRow("delay past timeout") << int(FaultKind::Delay) << OutcomeKind::Unknown;
    }
    void faults()
    {
        QFETCH(int, fault);
        QFETCH(OutcomeKind, kind);
        Fault f;
        f.kind = FaultKind(fault);
        f.delayMs = 1500;
        m_sim->setFault(f);
        const GatewayOutcome o = charge("4111111111111111", config(500));
        QCOMPARE(outcomeKindId(o.kind), outcomeKindId(kind));
        QVERIFY(o.needsLookup());
        QCOMPARE(m_sim->chargeRequestCount(), 1);
        QVERIFY(!o.message.isEmpty());
    }

    void rejections()
    {
        auto wrongSecret
            = charge("4111111111111111", config(), credentials("PA_TEST_wrongwrongwrong"));
        QCOMPARE(wrongSecret.kind, OutcomeKind::Rejected);
        QCOMPARE(wrongSecret.httpStatus, 401);
        auto wrongKey
            = charge("4111111111111111", config(),
                     credentials(test::TestSecretKey, "ffffffffffffffffffffffffffffffff"));
        QCOMPARE(wrongKey.kind, OutcomeKind::Rejected);
        QCOMPARE(wrongKey.httpStatus, 400);
        auto first
            = charge("4111111111111111", config(), credentials(), QStringLiteral("ORDER-DUP-1"));
        QCOMPARE(first.kind, OutcomeKind::Approved);
        auto again
            = charge("4111111111111111", config(), credentials(), QStringLiteral("ORDER-DUP-1"));
        QCOMPARE(again.kind, OutcomeKind::Rejected);
        QCOMPARE(again.httpStatus, 422);
        QCOMPARE(again.fieldErrors.size(), 1);
        QCOMPARE(again.fieldErrors.first().field, Field::OrderId);
        auto live = charge("4111111111111111", config(), credentials("PA_LIVE_not-this-env"));
        QCOMPARE(live.kind, OutcomeKind::Rejected);
    }

    void notSent()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        GatewayConfig cfg = config();
        cfg.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const GatewayOutcome o = charge("4111111111111111", cfg);
        QCOMPARE(o.kind, OutcomeKind::NotSent);
        QVERIFY(o.message.contains(QStringLiteral("nothing was sent")));
    }

    void refundAndList()
    {
        const GatewayOutcome o = charge("4111111111111111", config());
        QCOMPARE(o.kind, OutcomeKind::Approved);
        GatewayClient client(&m_network, credentials(), config());
        const QString id = o.transaction.transactionId;
        auto refund = run([&](QObject *ctx, auto cb) {
            client.refund(id, QStringLiteral("Goods returned"), ctx, cb);
        });
        QCOMPARE(refund.kind, OutcomeKind::Approved);
        auto twice = run(
            [&](QObject *ctx, auto cb) { client.refund(id, QStringLiteral("Again"), ctx, cb); });
        QCOMPARE(twice.kind, OutcomeKind::Rejected);
        auto status = run([&](QObject *ctx, auto cb) { client.status(id, ctx, cb); });
        QVERIFY(status.transaction.refunded);
        auto missing = run(
            [&](QObject *ctx, auto cb) { client.status(QStringLiteral("PA-nope"), ctx, cb); });
        QCOMPARE(missing.kind, OutcomeKind::Rejected);
        QCOMPARE(missing.httpStatus, 404);
    }

    void overTls()
    {
        const test::TestCertificates certs = test::makeTestCertificates();
        if (!certs.error.isEmpty())
            QSKIP(qPrintable(certs.error));
        SimulatorOptions o = simOptions();
        o.certificate = certs.server;
        o.privateKey = certs.serverKey;
        m_sim = std::make_unique<GatewaySimulator>(o);
        QVERIFY(m_sim->start());
        QCOMPARE(m_sim->baseUrl().scheme(), QStringLiteral("https"));
        GatewayConfig trusting = config();
        trusting.extraCaCertificates = { certs.ca };
        QCOMPARE(charge("4111111111111111", trusting).kind, OutcomeKind::Approved);
        m_network.clearConnectionCache(); // a new configuration: no reuse of the trusted connection
        const GatewayOutcome refused = charge("4111111111111111", config());
        QCOMPARE(refused.kind, OutcomeKind::NotSent);
        QVERIFY2(refused.message.contains(QStringLiteral("certificate")),
                 qPrintable(refused.message));
        QCOMPARE(m_sim->transactionCount(), 1);
    }

    void sequentialChargesFigure()
    {
        // Not a timed assertion: prints the rate for the record (see tests/bench for the
        // benchmark).
        GatewayClient client(&m_network, credentials(), config());
        QElapsedTimer timer;
        timer.start();
        const int n = 200;
        PaymentRequest request = test::validRequest();
        for (int i = 0; i < n; ++i) {
            request.orderId = QStringLiteral("SEQ-%1").arg(i);
            QCOMPARE(run([&](QObject *ctx, auto cb) { client.charge(request, ctx, cb); }).kind,
                     OutcomeKind::Approved);
        }
        qInfo("%d sequential charges in %lld ms", n, timer.elapsed());
        QCOMPARE(m_sim->transactionCount(), n);
    }
};

QTEST_GUILESS_MAIN(TestGatewayEndToEnd)
#include "tst_gateway_e2e.moc"
