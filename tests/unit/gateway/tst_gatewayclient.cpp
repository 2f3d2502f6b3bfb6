// SPDX-License-Identifier: MIT
// Wire tests of the gateway client against a scripted QNetworkAccessManager.
#include "core/gateway/gatewayclient.h"
#include "core/payment/orderid.h"
#include "support/fakenetwork.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace pavt;
using namespace pavt::test;

Q_DECLARE_METATYPE(pavt::test::ScriptedAnswer)
Q_DECLARE_METATYPE(pavt::OutcomeKind)

// JSON written with single quotes (moc cannot read raw string literals in a class body).
QByteArray jq(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

class TestGatewayClient : public QObject
{
    Q_OBJECT

    static Credentials credentials(const char *secret = TestSecretKey)
    {
        return Credentials { SecretBytes(QByteArrayView(secret)),
                             SecretBytes(QByteArrayView(TestEncryptionKey)) };
    }
    static GatewayConfig config(const char *base = "https://gw.example")
    {
        GatewayConfig c;
        c.baseUrl = QUrl(QString::fromLatin1(base));
        c.timeoutMs = 300;
        return c;
    }
    // Runs one call and waits for its single callback.
    template<typename Call> static GatewayOutcome run(Call call)
    {
        std::optional<GatewayOutcome> result;
        int calls = 0;
        QObject context;
        call(&context, [&](const GatewayOutcome &o) {
            result = o;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qFatal("no callback");
        QTest::qWait(5);
        if (calls != 1)
            qFatal("callback ran %d times", calls);
        return *result;
    }
    static GatewayOutcome charge(FakeNetwork &net, const PaymentRequest &request,
                                 GatewayConfig cfg = config())
    {
        GatewayClient client(&net, credentials(), cfg);
        return run([&](QObject *ctx, auto cb) { client.charge(request, ctx, cb); });
    }
    static QByteArray body(const char *status, const QByteArray &extra = {})
    {
        return QByteArray(jq("{'status':'")) + status + jq("','message':'msg ") + status + jq("'")
            + extra
            + jq(",'data':{'amount':1250,'currency':'GBP','order_id':'O1','transaction_id':'PA123'"
                 ",")
            + jq("'customer':{'first_name':'James','last_name':'Dean','email':'j@example.com'},")
            + jq("'refund':{'status':false,'refund_date':null},'chargeback':{'status':false,'"
                 "chargeback_date':null}}}");
    }

private slots:
    void chargeWire()
    {
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, body("SUCCESS") } };
        const PaymentRequest request = validRequest();
        const GatewayOutcome outcome = charge(net, request);
        QCOMPARE(outcome.kind, OutcomeKind::Approved);
        QCOMPARE(outcome.transaction.transactionId, QStringLiteral("PA123"));
        QCOMPARE(net.requests.size(), 1);
        const auto &sent = net.requests.first();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.request.url(), QUrl(QStringLiteral("https://gw.example/api/v1/test/card")));
        QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Authorization"), QByteArray("Bearer ") + TestSecretKey);

        const QJsonObject envelope = QJsonDocument::fromJson(sent.body).object();
        QCOMPARE(envelope.keys(), QStringList { QStringLiteral("payload") });
        auto cipher = PayloadCipher::create(QByteArrayView(TestEncryptionKey));
        auto plain
            = cipher->decrypt(envelope.value(QStringLiteral("payload")).toString().toLatin1());
        QVERIFY(plain.has_value());
        const QJsonObject json = QJsonDocument::fromJson(plain->view().toByteArray()).object();
        QCOMPARE(json.value(QStringLiteral("first_name")).toString(), QStringLiteral("James"));
        QCOMPARE(json.value(QStringLiteral("country")).toString(), QStringLiteral("GBR"));
        QCOMPARE(json.value(QStringLiteral("amount")).toInteger(), 1250);
        QVERIFY(json.value(QStringLiteral("amount")).isDouble());
        QCOMPARE(json.value(QStringLiteral("card_number")).toString(),
                 QStringLiteral("4111111111111111"));
        QCOMPARE(json.value(QStringLiteral("card_expiry_month")).toString(), QStringLiteral("12"));
        QCOMPARE(json.value(QStringLiteral("card_cvv")).toString(), QStringLiteral("123"));
        QVERIFY(!json.contains(QStringLiteral("webhook_url")));
        QVERIFY(!json.contains(QStringLiteral("terminal_id")));
        const QString orderId = json.value(QStringLiteral("order_id")).toString();
        QVERIFY(orderId.startsWith(QStringLiteral("VT")));
        QCOMPARE(outcome.orderId, orderId);
        QCOMPARE(json.size(), 18); // 17 required fields and the order id
    }

    void newIvEveryCall()
    {
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, body("SUCCESS") } };
        GatewayClient client(&net, credentials(), config());
        PaymentRequest request = validRequest();
        request.orderId = QStringLiteral("ORDER-1");
        QSet<QByteArray> ivs;
        for (int i = 0; i < 5; ++i)
            run([&](QObject *ctx, auto cb) { client.charge(request, ctx, cb); });
        for (const auto &r : net.requests)
            ivs.insert(QJsonDocument::fromJson(r.body)
                           .object()
                           .value(QStringLiteral("payload"))
                           .toString()
                           .left(32)
                           .toLatin1());
        QCOMPARE(net.requests.size(), 5);
        QCOMPARE(ivs.size(), 5);
    }

    void baseUrlWithPathAndLiveKey()
    {
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, body("SUCCESS") } };
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"),
                             config("https://merchant.pay.example/gw/"));
        QCOMPARE(client.environment(), Environment::Live);
        run([&](QObject *ctx, auto cb) { client.charge(validRequest(), ctx, cb); });
        QCOMPARE(net.requests.first().request.url().toString(),
                 QStringLiteral("https://merchant.pay.example/gw/api/v1/live/card"));
    }

    void statusRefundListWire()
    {
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, body("PENDING") } };
        GatewayClient client(&net, credentials(), config());
        auto s
            = run([&](QObject *ctx, auto cb) { client.status(QStringLiteral("PA123"), ctx, cb); });
        QCOMPARE(s.kind, OutcomeKind::Pending);
        QCOMPARE(net.requests.last().verb, QByteArray("GET"));
        QCOMPARE(net.requests.last().request.url().toString(),
                 QStringLiteral("https://gw.example/api/test/status/PA123"));
        QVERIFY(net.requests.last().body.isEmpty());

        net.answers = { ScriptedAnswer { 200, body("SUCCESS") } };
        auto r = run([&](QObject *ctx, auto cb) {
            client.refund(QStringLiteral("PA123"), QStringLiteral("Customer returned goods"), ctx,
                          cb);
        });
        QCOMPARE(r.kind, OutcomeKind::Approved);
        QCOMPARE(net.requests.last().verb, QByteArray("POST"));
        QCOMPARE(net.requests.last().request.url().toString(),
                 QStringLiteral("https://gw.example/api/v1/test/refund?Skip-Encryption=true"));
        QCOMPARE(net.requests.last().body,
                 QByteArray(jq("{'reason':'Customer returned goods','transaction_id':'PA123'}")));

        net.answers = { ScriptedAnswer {
            200,
            jq("{'message':'ok','data':[{'transaction_id':'PA1','order_id':'O1','amount':12.5,'"
               "currency':'GBP','status':'SUCCESS','card_number':'411111******1111','extra':{'x':1}"
               "},{'transaction_id':'PA2','order_id':null,'amount':'3','status':'FAILED'}],'meta':{"
               "'hasNextPage':true,'hasPreviousPage':false,'nextCursor':'abc','prevCursor':null,'"
               "totalCount':51}}") } };
        auto l = run([&](QObject *ctx, auto cb) {
            client.transactions(QDate(2026, 11, 1), QDate(2026, 11, 25), QStringLiteral("cur"),
                                true, ctx, cb);
        });
        QCOMPARE(l.kind, OutcomeKind::Listed);
        const QUrl url = net.requests.last().request.url();
        QCOMPARE(url.path(), QStringLiteral("/api/v1/test-transactions"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("transaction_start_date")),
                 QStringLiteral("2026-11-01"));
        QCOMPARE(q.queryItemValue(QStringLiteral("transaction_end_date")),
                 QStringLiteral("2026-11-25"));
        QCOMPARE(q.queryItemValue(QStringLiteral("nextCursor")), QStringLiteral("cur"));
        QCOMPARE(l.transactions.size(), 2);
        QCOMPARE(l.transactions[0].amount, QStringLiteral("12.5"));
        QCOMPARE(l.transactions[0].maskedCard, QStringLiteral("411111******1111"));
        QCOMPARE(l.transactions[1].orderId, QString());
        QVERIFY(l.page.hasNextPage);
        QCOMPARE(l.page.nextCursor, QStringLiteral("abc"));
        QCOMPARE(l.page.totalCount, 51);
    }

    void classification_data()
    {
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("approved") << ScriptedAnswer { 200, body("SUCCESS") }
                                  << OutcomeKind::Approved << "msg SUCCESS";
        QTest::newRow("declined") << ScriptedAnswer { 200, body("FAILED") } << OutcomeKind::Declined
                                  << "msg FAILED";
        QTest::newRow("3ds")
            << ScriptedAnswer { 200,
                                body("REDIRECT",
                                     jq(",'redirect_url':'https://acs.example/3ds/1'")) }
            << OutcomeKind::NeedsThreeDS << "";
        QTest::newRow("3ds without url")
            << ScriptedAnswer { 200, body("REDIRECT") } << OutcomeKind::Unknown << "3-D Secure";
        QTest::newRow("401") << ScriptedAnswer { 401, jq("{'message':'Unauthenticated.'}") }
                             << OutcomeKind::Rejected << "Unauthenticated";
        QTest::newRow("403 empty")
            << ScriptedAnswer { 403, {} } << OutcomeKind::Rejected << "blocked";
        QTest::newRow("422")
            << ScriptedAnswer { 422,
                                jq("{'message':'The given data was "
                                   "invalid.','errors':{'email':['The email must be "
                                   "valid.'],'card_expiry_year':['Too old.'],'bogus':['x']}}") }
            << OutcomeKind::Rejected << "invalid";
        QTest::newRow("500 html") << ScriptedAnswer { 500,
                                                      "<html><body>Oops</body></html>",
                                                      QNetworkReply::NoError,
                                                      true,
                                                      false,
                                                      "text/html" }
                                  << OutcomeKind::ServerError << "500";
        QTest::newRow("200 empty") << ScriptedAnswer { 200, {} } << OutcomeKind::Unknown << "empty";
        QTest::newRow("200 html") << ScriptedAnswer { 200, "<html>hi</html>" }
                                  << OutcomeKind::Unknown << "not JSON";
        QTest::newRow("200 array")
            << ScriptedAnswer { 200, "[1,2]" } << OutcomeKind::Unknown << "not JSON";
        QTest::newRow("200 odd status")
            << ScriptedAnswer { 200, jq("{'status':'MAYBE'}") } << OutcomeKind::Unknown << "MAYBE";
        QTest::newRow("nulls and decimals") << ScriptedAnswer {
            200,
            jq("{'status':'SUCCESS','message':null,'data':{'amount':100.5,'transaction_id':null,'"
               "customer':null,'refund':null,'new':[1]}}")
        } << OutcomeKind::Approved << "";
        QTest::newRow("refused") << ScriptedAnswer {
            0, {}, QNetworkReply::ConnectionRefusedError, false
        } << OutcomeKind::NotSent << "nothing was sent";
        QTest::newRow("dns") << ScriptedAnswer { 0, {}, QNetworkReply::HostNotFoundError, false }
                             << OutcomeKind::NotSent << "nothing was sent";
        QTest::newRow("tls") << ScriptedAnswer { 0,
                                                 {},
                                                 QNetworkReply::SslHandshakeFailedError,
                                                 false }
                             << OutcomeKind::NotSent << "certificate";
        QTest::newRow("dropped after send")
            << ScriptedAnswer { 0, {}, QNetworkReply::RemoteHostClosedError, true }
            << OutcomeKind::Unknown << "may have gone through";
        QTest::newRow("timeout after send")
            << ScriptedAnswer { 0, {}, QNetworkReply::NoError, true, true } << OutcomeKind::Unknown
            << "looked up";
        QTest::newRow("timeout before send")
            << ScriptedAnswer { 0, {}, QNetworkReply::NoError, false, true } << OutcomeKind::NotSent
            << "nothing was sent";
        QTest::newRow("oversized 200") << ScriptedAnswer { 200, QByteArray(1024 * 1024 + 10, ' ') }
                                       << OutcomeKind::Unknown << "larger than";
        QTest::newRow("oversized 500") << ScriptedAnswer { 500, QByteArray(2 * 1024 * 1024, 'x') }
                                       << OutcomeKind::ServerError << "larger than";
    }
    void classification()
    {
        QFETCH(ScriptedAnswer, answer);
        QFETCH(OutcomeKind, kind);
        QFETCH(QString, messagePart);
        FakeNetwork net;
        net.answers = { answer };
        const GatewayOutcome outcome = charge(net, validRequest());
        QCOMPARE(outcomeKindId(outcome.kind), outcomeKindId(kind));
        QVERIFY2(outcome.message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(outcome.message));
        QVERIFY(!outcome.orderId.isEmpty());
        QCOMPARE(net.requests.size(), 1); // never resent
        if (kind == OutcomeKind::NeedsThreeDS)
            QCOMPARE(outcome.redirectUrl, QUrl(QStringLiteral("https://acs.example/3ds/1")));
        if (QByteArray(QTest::currentDataTag()) == "422") {
            QCOMPARE(outcome.fieldErrors.size(), 2);
            QCOMPARE(outcome.fieldErrors[0].field, Field::CardExpiry);
            QCOMPARE(outcome.fieldErrors[1].field, Field::Email);
        }
        if (outcome.kind != OutcomeKind::NotSent)
            QVERIFY(outcome.httpStatus == answer.httpStatus);
    }

    void invalidRequestIsNotSent()
    {
        FakeNetwork net;
        PaymentRequest request = validRequest("4111111111111112"); // Luhn fails
        request.email = QStringLiteral("not-an-email");
        const GatewayOutcome outcome = charge(net, request);
        QCOMPARE(outcome.kind, OutcomeKind::NotSent);
        QVERIFY(net.requests.isEmpty());
        QVERIFY(outcome.fieldErrors.size() >= 2);
    }

    void configurationErrors_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("code");
        QTest::newRow("prefix") << QByteArray("sk_test_123") << QByteArray(TestEncryptionKey)
                                << "https://gw.example"
                                << "secret_key_prefix";
        QTest::newRow("no key") << QByteArray() << QByteArray(TestEncryptionKey)
                                << "https://gw.example"
                                << "no_secret_key";
        QTest::newRow("short enc")
            << QByteArray(TestSecretKey) << QByteArray("short") << "https://gw.example"
            << "key_size";
        QTest::newRow("http remote")
            << QByteArray(TestSecretKey) << QByteArray(TestEncryptionKey) << "http://gw.example"
            << "insecure_url";
        QTest::newRow("ftp") << QByteArray(TestSecretKey) << QByteArray(TestEncryptionKey)
                             << "ftp://127.0.0.1"
                             << "insecure_url";
        QTest::newRow("garbage") << QByteArray(TestSecretKey) << QByteArray(TestEncryptionKey)
                                 << "::::"
                                 << "base_url";
    }
    void configurationErrors()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, key);
        QFETCH(QString, base);
        QFETCH(QString, code);
        FakeNetwork net;
        GatewayConfig cfg = config();
        cfg.baseUrl = QUrl(base);
        GatewayClient client(&net, Credentials { SecretBytes(secret), SecretBytes(key) }, cfg);
        QVERIFY(client.configurationError().has_value());
        QCOMPARE(client.configurationError()->code, code);
        auto o = run([&](QObject *ctx, auto cb) { client.charge(validRequest(), ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::NotSent);
        QVERIFY(net.requests.isEmpty());
    }

    void loopbackHttpAllowed()
    {
        for (const char *base : { "http://127.0.0.1:8080", "http://[::1]:9", "http://localhost",
                                  "https://gw.example" })
            QVERIFY2(!checkBaseUrl(QUrl(QString::fromLatin1(base))).has_value(), base);
        QVERIFY(checkBaseUrl(QUrl(QStringLiteral("http://10.0.0.1"))).has_value());
    }

    void callbackNotRunAfterContextDies()
    {
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, body("SUCCESS") } };
        GatewayClient client(&net, credentials(), config());
        bool called = false;
        auto *context = new QObject;
        client.charge(validRequest(), context, [&](const GatewayOutcome &) { called = true; });
        delete context;
        QTRY_COMPARE(client.pendingCalls(), 0);
        QVERIFY(!called);
    }

    void orderIds()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(19, 35, 12), Qt::UTC));
        QSet<QString> ids;
        for (int i = 0; i < 1000; ++i) {
            const QString id = generateOrderId(clock);
            QVERIFY(id.size() <= 64);
            QVERIFY(id.startsWith(QStringLiteral("VT20261125193512-")));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 1000);
    }

    void redaction()
    {
        const QString r = redactForLog(
            jq("{'payload':'00ff:abcd','card_number':'4111111111111111','card_cvv':'123','note':'"
               "4111 1111 1111 1111','auth':'Bearer PA_TEST_secret123'}"));
        QVERIFY(!r.contains(QStringLiteral("4111")));
        QVERIFY(!r.contains(QStringLiteral("abcd")));
        QVERIFY(!r.contains(QStringLiteral("123\"")));
        QVERIFY(!r.contains(QStringLiteral("secret123")));
        QVERIFY(r.contains(QStringLiteral("[redacted]")));
        QVERIFY(redactForLog("amount 1250 GBP").contains(QStringLiteral("1250")));
    }

    void fuzzedBodiesNeverCrash()
    {
        // Truncations and byte flips of a real answer: every one classifies without crashing.
        const QByteArray good = body("SUCCESS", jq(",'redirect_url':'https://acs.example/x'"));
        for (int cut = 0; cut < good.size(); cut += 3) {
            auto o = classifyResponse(CallKind::Charge, 200, good.left(cut));
            QVERIFY(o.kind == OutcomeKind::Unknown || o.kind == OutcomeKind::Approved);
        }
        for (int i = 0; i < good.size(); ++i) {
            QByteArray b = good;
            b[i] = char(b[i] ^ 0x5a);
            (void)classifyResponse(CallKind::Charge, 200, b);
            (void)classifyResponse(CallKind::TransactionList, 200, b);
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
