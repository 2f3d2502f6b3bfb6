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
Q_DECLARE_METATYPE(pavt::CallKind)

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
    // A request for a payment by link: the charge's fields without the card.
    static PaymentRequest linkRequest()
    {
        PaymentRequest r = validRequest();
        r.clearCardData();
        return r;
    }
    // Runs hostedCard() or apm() on a fresh client.
    static GatewayOutcome hosted(FakeNetwork &net, CallKind kind, const PaymentRequest &request,
                                 GatewayConfig cfg = config())
    {
        GatewayClient client(&net, credentials(), cfg);
        return run([&](QObject *ctx, auto cb) {
            if (kind == CallKind::Apm)
                client.apm(request, ctx, cb);
            else
                client.hostedCard(request, ctx, cb);
        });
    }
    static QJsonObject decryptedBody(const FakeNetwork::Recorded &sent)
    {
        const QJsonObject envelope = QJsonDocument::fromJson(sent.body).object();
        if (envelope.keys() != QStringList { QStringLiteral("payload") })
            return {};
        auto cipher = PayloadCipher::create(QByteArrayView(TestEncryptionKey));
        auto plain
            = cipher->decrypt(envelope.value(QStringLiteral("payload")).toString().toLatin1());
        if (!plain)
            return {};
        return QJsonDocument::fromJson(plain->view().toByteArray()).object();
    }
    static QByteArray redirectBody(const char *status, const char *url)
    {
        QByteArray extra;
        if (url)
            extra = jq(",'redirect_url':'") + url + '\'';
        return body(status, extra.replace('\'', '"'));
    }
    static PaymentLinkRequest linkFromTemplate()
    {
        PaymentLinkRequest r;
        r.paymentTemplateId = QStringLiteral("PT-CONSULTATION");
        return r;
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

    // ---- Payments by link: hosted card page and APM ----

    void hostedWire_data()
    {
        QTest::addColumn<CallKind>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("hosted card") << CallKind::HostedCard << "/api/v1/test/hosted/card";
        QTest::newRow("apm") << CallKind::Apm << "/api/v1/test/apm";
    }
    void hostedWire()
    {
        QFETCH(CallKind, kind);
        QFETCH(QString, path);
        FakeNetwork net;
        net.answers = { ScriptedAnswer {
            200, redirectBody("REDIRECT", "https://gw.example/pay/PA123?token=abc") } };
        const GatewayOutcome outcome = hosted(net, kind, linkRequest());
        QCOMPARE(outcome.kind, OutcomeKind::AwaitingPayment);
        QCOMPARE(outcomeKindId(outcome.kind), QStringLiteral("awaiting_payment"));
        QCOMPARE(outcome.redirectUrl,
                 QUrl(QStringLiteral("https://gw.example/pay/PA123?token=abc")));
        QCOMPARE(outcome.transaction.transactionId, QStringLiteral("PA123"));
        QVERIFY(!outcome.needsLookup());
        QVERIFY(!outcome.isFinal());

        QCOMPARE(net.requests.size(), 1);
        const auto &sent = net.requests.first();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.request.url(), QUrl(QStringLiteral("https://gw.example") + path));
        QVERIFY(!sent.request.url().hasQuery());
        QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Authorization"), QByteArray("Bearer ") + TestSecretKey);
        // Sent as the charge is: a body that cannot be re-sent.
        QVERIFY(sent.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
        QCOMPARE(sent.request.header(QNetworkRequest::ContentLengthHeader).toLongLong(),
                 sent.body.size());

        const QJsonObject json = decryptedBody(sent);
        const QString orderId = json.value(QStringLiteral("order_id")).toString();
        QVERIFY(orderId.startsWith(QStringLiteral("VT")));
        QCOMPARE(outcome.orderId, orderId);
        const QJsonObject expected {
            { QStringLiteral("first_name"), QStringLiteral("James") },
            { QStringLiteral("last_name"), QStringLiteral("Dean") },
            { QStringLiteral("email"), QStringLiteral("james.dean@example.com") },
            { QStringLiteral("address"), QStringLiteral("10 Downing Street") },
            { QStringLiteral("city"), QStringLiteral("London") },
            { QStringLiteral("state"), QStringLiteral("London") },
            { QStringLiteral("zip"), QStringLiteral("SW1A 2AA") },
            { QStringLiteral("country"), QStringLiteral("GBR") },
            { QStringLiteral("ip_address"), QStringLiteral("203.0.113.7") },
            { QStringLiteral("phone_number"), QStringLiteral("+44 20 7946 0000") },
            { QStringLiteral("amount"), 1250 },
            { QStringLiteral("currency"), QStringLiteral("GBP") },
            { QStringLiteral("redirect_url"), QStringLiteral("https://merchant.example/return") },
            { QStringLiteral("order_id"), orderId },
        };
        QCOMPARE(json, expected); // exactly these: no card field, no empty optional field
    }

    void hostedOptionalFieldsAndMajorUnits()
    {
        FakeNetwork net;
        net.answers
            = { ScriptedAnswer { 200, redirectBody("REDIRECT", "https://gw.example/p/1") } };
        PaymentRequest request = linkRequest();
        request.orderId = QStringLiteral("ORDER-H1");
        request.webhookUrl = QStringLiteral("https://merchant.example/hook");
        request.terminalId = QStringLiteral("T-7");
        GatewayConfig cfg = config();
        cfg.wire.amountUnit = AmountUnit::Major;
        cfg.wire.countryFormat = CountryFormat::Alpha2;
        const GatewayOutcome outcome = hosted(net, CallKind::HostedCard, request, cfg);
        QCOMPARE(outcome.kind, OutcomeKind::AwaitingPayment);
        QCOMPARE(outcome.orderId, QStringLiteral("ORDER-H1"));
        const QJsonObject json = decryptedBody(net.requests.first());
        QCOMPARE(json.size(), 16);
        QCOMPARE(json.value(QStringLiteral("order_id")).toString(), QStringLiteral("ORDER-H1"));
        QCOMPARE(json.value(QStringLiteral("webhook_url")).toString(),
                 QStringLiteral("https://merchant.example/hook"));
        QCOMPARE(json.value(QStringLiteral("terminal_id")).toString(), QStringLiteral("T-7"));
        QCOMPARE(json.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
        QCOMPARE(json.value(QStringLiteral("amount")).toDouble(), 12.5);
        // The plaintext writes the decimal exactly as the charge's does.
        auto cipher = PayloadCipher::create(QByteArrayView(TestEncryptionKey));
        auto plain = cipher->decrypt(QJsonDocument::fromJson(net.requests.first().body)
                                         .object()
                                         .value(QStringLiteral("payload"))
                                         .toString()
                                         .toLatin1());
        QVERIFY(plain->view().toByteArray().contains("\"amount\":12.50,"));
    }

    void linkRequestWithCardFieldsIsNotSent_data()
    {
        QTest::addColumn<CallKind>("kind");
        QTest::addColumn<bool>("number");
        QTest::addColumn<bool>("expiry");
        QTest::addColumn<bool>("cvv");
        QTest::newRow("hosted, whole card") << CallKind::HostedCard << true << true << true;
        QTest::newRow("apm, whole card") << CallKind::Apm << true << true << true;
        QTest::newRow("number only") << CallKind::HostedCard << true << false << false;
        QTest::newRow("expiry only") << CallKind::HostedCard << false << true << false;
        QTest::newRow("cvv only") << CallKind::Apm << false << false << true;
    }
    void linkRequestWithCardFieldsIsNotSent()
    {
        QFETCH(CallKind, kind);
        QFETCH(bool, number);
        QFETCH(bool, expiry);
        QFETCH(bool, cvv);
        const PaymentRequest full = validRequest();
        PaymentRequest request = linkRequest();
        if (number)
            request.cardNumber = full.cardNumber;
        if (expiry) {
            request.expiryMonth = full.expiryMonth;
            request.expiryYear = full.expiryYear;
        }
        if (cvv)
            request.cvv = full.cvv;
        FakeNetwork net;
        const GatewayOutcome outcome = hosted(net, kind, request);
        QCOMPARE(outcome.kind, OutcomeKind::NotSent);
        QVERIFY(net.requests.isEmpty());
        QVERIFY2(outcome.message.contains(QStringLiteral("Nothing was sent")),
                 qPrintable(outcome.message));
        QList<Field> fields;
        for (const FieldProblem &p : outcome.fieldErrors) {
            QCOMPARE(p.code, QStringLiteral("card_field"));
            QVERIFY(p.message.contains(QStringLiteral("refused before sending")));
            fields << p.field;
        }
        QList<Field> expected;
        if (number)
            expected << Field::CardNumber;
        if (expiry)
            expected << Field::CardExpiry;
        if (cvv)
            expected << Field::CardCvv;
        QCOMPARE(fields, expected);
        QVERIFY(!outcome.orderId.isEmpty());
    }

    void invalidLinkRequestIsNotSent()
    {
        FakeNetwork net;
        PaymentRequest request = linkRequest();
        request.email = QStringLiteral("not-an-email");
        request.redirectUrl.clear();
        request.amountMinor = 0;
        const GatewayOutcome outcome = hosted(net, CallKind::Apm, request);
        QCOMPARE(outcome.kind, OutcomeKind::NotSent);
        QVERIFY(net.requests.isEmpty());
        QList<Field> fields;
        for (const FieldProblem &p : outcome.fieldErrors)
            fields << p.field;
        QCOMPARE(fields, (QList<Field> { Field::Email, Field::Amount, Field::RedirectUrl }));
    }

    void hostedClassification_data()
    {
        QTest::addColumn<CallKind>("kind");
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<OutcomeKind>("outcome");
        QTest::addColumn<QString>("messagePart");
        for (const CallKind kind : { CallKind::HostedCard, CallKind::Apm }) {
            const char *k = kind == CallKind::Apm ? "apm " : "hosted ";
            const auto row = [&](const char *name) -> QTestData & {
                const QByteArray tag = QByteArray(k) + name;
                return QTest::newRow(tag.constData()) << kind;
            };
            row("redirect") << ScriptedAnswer { 200,
                                                redirectBody("REDIRECT",
                                                             "http://127.0.0.1:9/sim/pay/1") }
                            << OutcomeKind::AwaitingPayment << "";
            row("pending with url")
                << ScriptedAnswer { 200, redirectBody("PENDING", "https://gw.example/p") }
                << OutcomeKind::AwaitingPayment << "";
            row("redirect without url") << ScriptedAnswer { 200, redirectBody("REDIRECT", nullptr) }
                                        << OutcomeKind::Unknown << "without a usable address";
            row("redirect with ftp url")
                << ScriptedAnswer { 200, redirectBody("REDIRECT", "ftp://gw.example/p") }
                << OutcomeKind::Unknown << "without a usable address";
            row("redirect with relative url")
                << ScriptedAnswer { 200, redirectBody("REDIRECT", "/pay/1") }
                << OutcomeKind::Unknown << "without a usable address";
            row("failed") << ScriptedAnswer { 200, body("FAILED") } << OutcomeKind::Declined
                          << "msg FAILED";
            row("401") << ScriptedAnswer { 401, jq("{'message':'Unauthenticated.'}") }
                       << OutcomeKind::Rejected << "Unauthenticated";
            row("422") << ScriptedAnswer { 422,
                                           jq("{'message':'The given data was "
                                              "invalid.','errors':{'card_number':['The "
                                              "card number field is prohibited.']}}") }
                       << OutcomeKind::Rejected << "invalid";
            row("500 html") << ScriptedAnswer { 500,
                                                "<html><body>Oops</body></html>",
                                                QNetworkReply::NoError,
                                                true,
                                                false,
                                                "text/html" }
                            << OutcomeKind::ServerError << "500";
            row("502 empty") << ScriptedAnswer { 502, {} } << OutcomeKind::ServerError << "502";
            row("200 html") << ScriptedAnswer { 200, "<html>hi</html>" } << OutcomeKind::Unknown
                            << "not JSON";
            row("200 garbage") << ScriptedAnswer { 200, "\x01\x02{{{" } << OutcomeKind::Unknown
                               << "not JSON";
            row("200 empty") << ScriptedAnswer { 200, {} } << OutcomeKind::Unknown << "empty";
            row("odd status") << ScriptedAnswer { 200, jq("{'status':'MAYBE'}") }
                              << OutcomeKind::Unknown << "MAYBE";
            row("dropped after send")
                << ScriptedAnswer { 0, {}, QNetworkReply::RemoteHostClosedError, true }
                << OutcomeKind::Unknown << "payment may have been created";
            row("timeout after send")
                << ScriptedAnswer { 0, {}, QNetworkReply::NoError, true, true }
                << OutcomeKind::Unknown << "not created again";
            row("timeout before send")
                << ScriptedAnswer { 0, {}, QNetworkReply::NoError, false, true }
                << OutcomeKind::NotSent << "nothing was sent";
            row("refused") << ScriptedAnswer { 0, {}, QNetworkReply::ConnectionRefusedError, false }
                           << OutcomeKind::NotSent << "nothing was sent";
            row("oversized 200") << ScriptedAnswer { 200, QByteArray(1024 * 1024 + 10, ' ') }
                                 << OutcomeKind::Unknown << "larger than";
        }
    }
    void hostedClassification()
    {
        QFETCH(CallKind, kind);
        QFETCH(ScriptedAnswer, answer);
        QFETCH(OutcomeKind, outcome);
        QFETCH(QString, messagePart);
        FakeNetwork net;
        net.answers = { answer };
        const GatewayOutcome o = hosted(net, kind, linkRequest());
        QCOMPARE(outcomeKindId(o.kind), outcomeKindId(outcome));
        QVERIFY2(o.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(o.message));
        QCOMPARE(net.requests.size(), 1); // never resent
        QVERIFY(!o.orderId.isEmpty());
        if (outcome == OutcomeKind::AwaitingPayment) {
            QVERIFY(o.redirectUrl.isValid());
            QVERIFY(!o.redirectUrl.host().isEmpty());
        } else {
            QVERIFY(o.kind != OutcomeKind::Approved);
        }
        if (o.kind == OutcomeKind::Unknown)
            QVERIFY(o.needsLookup());
        if (QByteArray(QTest::currentDataTag()).endsWith(" 422")) {
            QCOMPARE(o.fieldErrors.size(), 1);
            QCOMPARE(o.fieldErrors.first().field, Field::CardNumber);
        }
    }

    // ---- Payment templates ----

    void templatesWire()
    {
        FakeNetwork net;
        net.answers = { ScriptedAnswer {
            200,
            jq("{'data':[{'template_id':101,'template_name':'Consultation','payment_template_id':"
               "'PT-CONSULTATION','template_screenshot':'https://cdn.example/t/101.png',"
               "'redirect_url':'https://merchant.example/thanks','webhook_url':null,'extra':[1]},"
               "{'template_id':'102','template_name':'Deposit','payment_template_id':'PT-DEPOSIT',"
               "'template_screenshot':'javascript:alert(1)','redirect_url':'not a url',"
               "'webhook_url':'https://merchant.example/hook'},7,null]}") } };
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"), config());
        const GatewayOutcome o
            = run([&](QObject *ctx, auto cb) { client.paymentTemplates(ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::Listed);
        QCOMPARE(net.requests.size(), 1);
        const auto &sent = net.requests.first();
        QCOMPARE(sent.verb, QByteArray("GET"));
        QCOMPARE(sent.request.url(),
                 QUrl(QStringLiteral("https://gw.example/api/v1/payment-templates")));
        QVERIFY(sent.body.isEmpty());
        QCOMPARE(sent.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Authorization"),
                 QByteArray("Bearer PA_LIVE_fake-test-key"));
        QCOMPARE(o.templates.size(), 2);
        const PaymentTemplate &first = o.templates[0];
        QCOMPARE(first.templateId, QStringLiteral("101"));
        QCOMPARE(first.templateName, QStringLiteral("Consultation"));
        QCOMPARE(first.paymentTemplateId, QStringLiteral("PT-CONSULTATION"));
        QCOMPARE(first.screenshotUrl, QUrl(QStringLiteral("https://cdn.example/t/101.png")));
        QCOMPARE(first.redirectUrl, QUrl(QStringLiteral("https://merchant.example/thanks")));
        QVERIFY(first.webhookUrl.isEmpty());
        const PaymentTemplate &second = o.templates[1];
        QCOMPARE(second.templateId, QStringLiteral("102"));
        QVERIFY(second.screenshotUrl.isEmpty()); // not an http(s) URL
        QVERIFY(second.redirectUrl.isEmpty());
        QCOMPARE(second.webhookUrl, QUrl(QStringLiteral("https://merchant.example/hook")));
    }

    void templatesWithTestKeyMakeNoCall()
    {
        FakeNetwork net;
        GatewayClient client(&net, credentials(), config());
        bool called = false;
        GatewayOutcome outcome;
        QObject context;
        client.paymentTemplates(&context, [&](const GatewayOutcome &o) {
            called = true;
            outcome = o;
        });
        QVERIFY(!called); // asynchronous, like every other answer
        QCOMPARE(client.pendingCalls(), 1);
        QTRY_VERIFY(called);
        QCOMPARE(client.pendingCalls(), 0);
        QVERIFY(net.requests.isEmpty());
        QCOMPARE(outcome.kind, OutcomeKind::Listed);
        QVERIFY(outcome.templates.isEmpty());
        QCOMPARE(outcome.httpStatus, 0);
        QVERIFY2(outcome.message.contains(QStringLiteral("No templates in the test environment")),
                 qPrintable(outcome.message));
    }

    void templatesClassification_data()
    {
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::newRow("empty list")
            << ScriptedAnswer { 200, jq("{'data':[]}") } << OutcomeKind::Listed;
        QTest::newRow("401") << ScriptedAnswer { 401, jq("{'message':'Unauthenticated.'}") }
                             << OutcomeKind::Rejected;
        QTest::newRow("500 html") << ScriptedAnswer { 500, "<html></html>" }
                                  << OutcomeKind::ServerError;
        QTest::newRow("200 html") << ScriptedAnswer { 200, "<html></html>" }
                                  << OutcomeKind::ServerError;
        QTest::newRow("timeout after send")
            << ScriptedAnswer { 0, {}, QNetworkReply::NoError, true, true } << OutcomeKind::Unknown;
    }
    void templatesClassification()
    {
        QFETCH(ScriptedAnswer, answer);
        QFETCH(OutcomeKind, kind);
        FakeNetwork net;
        net.answers = { answer };
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"), config());
        const GatewayOutcome o
            = run([&](QObject *ctx, auto cb) { client.paymentTemplates(ctx, cb); });
        QCOMPARE(outcomeKindId(o.kind), outcomeKindId(kind));
        QVERIFY(o.templates.isEmpty());
        QVERIFY(!o.message.isEmpty() || kind == OutcomeKind::Listed);
    }

    // ---- Payment links ----

    void paymentLinkWire()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(19, 35, 12), Qt::UTC));
        FakeNetwork net;
        net.answers = { ScriptedAnswer {
            200, jq("{'message':'Payment link created.','data':'https://pay.example/l/PL1'}") } };
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"), config(), clock);
        PaymentLinkRequest request = linkFromTemplate();
        request.amountMinor = 1250;
        request.currency = QStringLiteral("gbp");
        request.expiryDate = QDate(2026, 11, 25); // today is still fine
        request.terminalId = QStringLiteral("T-1");
        request.orderId = QStringLiteral("ORDER-L1");
        const GatewayOutcome o
            = run([&](QObject *ctx, auto cb) { client.createPaymentLink(request, ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::AwaitingPayment);
        QCOMPARE(o.redirectUrl, QUrl(QStringLiteral("https://pay.example/l/PL1")));
        QCOMPARE(o.orderId, QStringLiteral("ORDER-L1"));
        QVERIFY(o.transaction.transactionId.isEmpty()); // none comes back
        QCOMPARE(o.message, QStringLiteral("Payment link created."));

        QCOMPARE(net.requests.size(), 1);
        const auto &sent = net.requests.first();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.request.url().toString(),
                 QStringLiteral("https://gw.example/api/v1/payment-link?Skip-Encryption=true"));
        QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(sent.request.rawHeader("Authorization"),
                 QByteArray("Bearer PA_LIVE_fake-test-key"));
        QVERIFY(sent.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
        QCOMPARE(sent.body,
                 QByteArray(jq("{'payment_template_id':'PT-CONSULTATION','amount':1250,'currency':"
                               "'GBP','expiry_date':'2026-11-25','terminal_id':'T-1','order_id':"
                               "'ORDER-L1'}")));
    }

    void paymentLinkMinimalAndMajorUnits()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(19, 35, 12), Qt::UTC));
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, jq("{'data':'https://pay.example/l/PL2'}") } };
        GatewayConfig cfg = config();
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"), cfg, clock);
        const GatewayOutcome o = run(
            [&](QObject *ctx, auto cb) { client.createPaymentLink(linkFromTemplate(), ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::AwaitingPayment);
        QVERIFY(o.orderId.startsWith(QStringLiteral("VT20261125193512-")));
        const QJsonObject minimal = QJsonDocument::fromJson(net.requests.last().body).object();
        QCOMPARE(minimal,
                 (QJsonObject {
                     { QStringLiteral("payment_template_id"), QStringLiteral("PT-CONSULTATION") },
                     { QStringLiteral("order_id"), o.orderId } }));

        cfg.wire.amountUnit = AmountUnit::Major;
        GatewayClient major(&net, credentials("PA_LIVE_fake-test-key"), cfg, clock);
        PaymentLinkRequest request = linkFromTemplate();
        request.amountMinor = 1250;
        request.currency = QStringLiteral("GBP");
        request.orderId = QStringLiteral("ORDER-L2");
        run([&](QObject *ctx, auto cb) { major.createPaymentLink(request, ctx, cb); });
        QCOMPARE(net.requests.last().body,
                 QByteArray(jq("{'payment_template_id':'PT-CONSULTATION','amount':12.50,"
                               "'currency':'GBP','order_id':'ORDER-L2'}")));
        request.currency = QStringLiteral("JPY");
        request.amountMinor = 500;
        run([&](QObject *ctx, auto cb) { major.createPaymentLink(request, ctx, cb); });
        QVERIFY(net.requests.last().body.contains("\"amount\":500,"));
    }

    void paymentLinkRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<qint64>("amount"); // -1: none
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QString>("code");
        const QDate yesterday(2026, 11, 24);
        QTest::newRow("no template") << "" << qint64(-1) << "" << QDate() << "required";
        QTest::newRow("blank template") << "   " << qint64(-1) << "" << QDate() << "required";
        QTest::newRow("expired yesterday")
            << "PT-1" << qint64(-1) << "" << yesterday << "expiry_past";
        QTest::newRow("expired long ago")
            << "PT-1" << qint64(1250) << "GBP" << QDate(2020, 1, 1) << "expiry_past";
        QTest::newRow("amount zero") << "PT-1" << qint64(0) << "GBP" << QDate() << "zero";
        QTest::newRow("amount negative") << "PT-1" << qint64(-5) << "GBP" << QDate() << "negative";
        QTest::newRow("amount too large")
            << "PT-1" << qint64(1'000'000'000'000) << "GBP" << QDate() << "too_large";
        QTest::newRow("amount without currency")
            << "PT-1" << qint64(1250) << "" << QDate() << "required";
        QTest::newRow("unknown currency") << "PT-1" << qint64(-1) << "XYZ" << QDate() << "unknown";
    }
    void paymentLinkRefusedBeforeSending()
    {
        QFETCH(QString, templateId);
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QFETCH(QDate, expiry);
        QFETCH(QString, code);
        FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59)));
        FakeNetwork net;
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"), config(), clock);
        PaymentLinkRequest request;
        request.paymentTemplateId = templateId;
        // -1 stands for none.
        if (amount != -1)
            request.amountMinor = amount;
        request.currency = currency;
        request.expiryDate = expiry;
        const QList<LinkProblem> problems = validatePaymentLinkRequest(request, clock);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, code);
        const GatewayOutcome o
            = run([&](QObject *ctx, auto cb) { client.createPaymentLink(request, ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::NotSent);
        QVERIFY(net.requests.isEmpty());
        QVERIFY2(o.message.startsWith(QStringLiteral("Nothing was sent")), qPrintable(o.message));
        QVERIFY2(o.message.contains(problems.first().message), qPrintable(o.message));
    }

    void paymentLinkClassification_data()
    {
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("link") << ScriptedAnswer { 200,
                                                  jq("{'message':'ok','data':'http://127.0.0.1:9/"
                                                     "sim/link/PL1'}") }
                              << OutcomeKind::AwaitingPayment << "ok";
        QTest::newRow("no data") << ScriptedAnswer { 200, jq("{'message':'ok'}") }
                                 << OutcomeKind::Unknown << "without a usable address";
        QTest::newRow("null data") << ScriptedAnswer { 200, jq("{'message':'ok','data':null}") }
                                   << OutcomeKind::Unknown << "without a usable address";
        QTest::newRow("data not a url")
            << ScriptedAnswer { 200, jq("{'message':'ok','data':'created'}") }
            << OutcomeKind::Unknown << "without a usable address";
        QTest::newRow("data ftp url")
            << ScriptedAnswer { 200, jq("{'message':'ok','data':'ftp://pay.example/l'}") }
            << OutcomeKind::Unknown << "without a usable address";
        QTest::newRow("failed")
            << ScriptedAnswer { 200, jq("{'status':'FAILED','message':'Template disabled'}") }
            << OutcomeKind::Declined << "Template disabled";
        QTest::newRow("failed silent") << ScriptedAnswer { 200, jq("{'status':'FAILED'}") }
                                       << OutcomeKind::Declined << "refused";
        QTest::newRow("422")
            << ScriptedAnswer { 422,
                                jq("{'message':'The given data was "
                                   "invalid.','errors':{'payment_template_id':"
                                   "['The selected payment template id is invalid.']}}") }
            << OutcomeKind::Rejected << "invalid";
        QTest::newRow("401") << ScriptedAnswer { 401, {} } << OutcomeKind::Rejected << "401";
        QTest::newRow("500") << ScriptedAnswer { 500, "<html>x</html>" } << OutcomeKind::ServerError
                             << "500";
        QTest::newRow("200 html") << ScriptedAnswer { 200, "<html>x</html>" }
                                  << OutcomeKind::Unknown << "not JSON";
        QTest::newRow("200 garbage")
            << ScriptedAnswer { 200, "][" } << OutcomeKind::Unknown << "not JSON";
        QTest::newRow("timeout after send")
            << ScriptedAnswer { 0, {}, QNetworkReply::NoError, true, true } << OutcomeKind::Unknown
            << "not created again";
        QTest::newRow("dropped after send")
            << ScriptedAnswer { 0, {}, QNetworkReply::RemoteHostClosedError, true }
            << OutcomeKind::Unknown << "may have been created";
    }
    void paymentLinkClassification()
    {
        QFETCH(ScriptedAnswer, answer);
        QFETCH(OutcomeKind, kind);
        QFETCH(QString, messagePart);
        FakeNetwork net;
        net.answers = { answer };
        GatewayClient client(&net, credentials("PA_LIVE_fake-test-key"), config());
        const GatewayOutcome o = run(
            [&](QObject *ctx, auto cb) { client.createPaymentLink(linkFromTemplate(), ctx, cb); });
        QCOMPARE(outcomeKindId(o.kind), outcomeKindId(kind));
        QVERIFY2(o.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(o.message));
        QCOMPARE(net.requests.size(), 1);
        QVERIFY(!o.orderId.isEmpty());
        if (kind == OutcomeKind::AwaitingPayment)
            QCOMPARE(o.redirectUrl, QUrl(QStringLiteral("http://127.0.0.1:9/sim/link/PL1")));
        else
            QVERIFY(o.redirectUrl.isEmpty());
        if (QByteArray(QTest::currentDataTag()) == "422")
            QVERIFY(o.fieldErrors.isEmpty()); // payment_template_id is no field of a charge
    }

    void createsPaymentCalls()
    {
        QVERIFY(createsPayment(CallKind::Charge));
        QVERIFY(createsPayment(CallKind::HostedCard));
        QVERIFY(createsPayment(CallKind::Apm));
        QVERIFY(createsPayment(CallKind::PaymentLink));
        QVERIFY(!createsPayment(CallKind::Status));
        QVERIFY(!createsPayment(CallKind::Refund));
        QVERIFY(!createsPayment(CallKind::TransactionList));
        QVERIFY(!createsPayment(CallKind::PaymentTemplates));
        // A REDIRECT to a charge is still 3-D Secure, never a payment page.
        const QByteArray redirect = redirectBody("REDIRECT", "https://acs.example/3ds/1");
        QCOMPARE(classifyResponse(CallKind::Charge, 200, redirect).kind, OutcomeKind::NeedsThreeDS);
        QCOMPARE(classifyResponse(CallKind::HostedCard, 200, redirect).kind,
                 OutcomeKind::AwaitingPayment);
        // Long payment page addresses are kept whole.
        const QByteArray longUrl = QByteArray("https://gw.example/pay/") + QByteArray(600, 'a');
        const GatewayOutcome longOne
            = classifyResponse(CallKind::Apm, 200, redirectBody("REDIRECT", longUrl.constData()));
        QCOMPARE(longOne.kind, OutcomeKind::AwaitingPayment);
        QCOMPARE(longOne.redirectUrl.toString().size(), longUrl.size());
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
            for (const CallKind kind : { CallKind::HostedCard, CallKind::Apm,
                                         CallKind::PaymentTemplates, CallKind::PaymentLink }) {
                const GatewayOutcome o = classifyResponse(kind, 200, b);
                QVERIFY(o.kind != OutcomeKind::NeedsThreeDS);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
