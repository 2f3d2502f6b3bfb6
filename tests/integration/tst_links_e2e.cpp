// SPDX-License-Identifier: MIT
// Pay by link end to end over loopback: the terminal's gateway client creates a hosted card, APM
// or template link payment on the simulator, the "cardholder" pays on the simulator's HTML pages
// (the form submitted by HTTP, as a browser does), and the client reads the result with the status
// call or finds it by order id in the transaction list. Plus what is refused before sending and
// the answers that are errors.
#include "core/gateway/gatewayclient.h"
#include "sim/gatewaysimulator.h"
#include "support/simtestsupport.h"
#include "support/testdata.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pavt;
using namespace pavt::sim;

Q_DECLARE_METATYPE(pavt::OutcomeKind)

namespace {

constexpr const char *LiveSecretKey = pavt::test::TestLiveSecretKey;

} // namespace

class TestLinksEndToEnd : public QObject
{
    Q_OBJECT

    FixedClock m_clock { QDateTime(QDate(2030, 6, 15), QTime(12, 0)) };
    std::unique_ptr<GatewaySimulator> m_sim;
    QNetworkAccessManager m_network;

    void startSimulator(const char *secret)
    {
        SimulatorOptions o;
        o.secretKey = QByteArray(secret);
        o.encryptionKey = QByteArray(test::TestEncryptionKey);
        o.slowCardDelayMs = 1500;
        o.clock = &m_clock;
        m_sim = std::make_unique<GatewaySimulator>(o);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    GatewayConfig config(int timeoutMs = 5000) const
    {
        GatewayConfig c;
        c.baseUrl = m_sim->baseUrl();
        c.timeoutMs = timeoutMs;
        return c;
    }
    static Credentials credentials(const char *secret = test::TestSecretKey)
    {
        return Credentials { SecretBytes(QByteArrayView(secret)),
                             SecretBytes(QByteArrayView(test::TestEncryptionKey)) };
    }
    std::unique_ptr<GatewayClient> client(const char *secret = test::TestSecretKey,
                                          int timeoutMs = 5000)
    {
        return std::make_unique<GatewayClient>(&m_network, credentials(secret), config(timeoutMs),
                                               m_clock);
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
    static PaymentRequest linkRequest()
    {
        PaymentRequest r = test::validRequest();
        r.clearCardData();
        return r;
    }
    int expiryYear() const { return m_clock.today().year() + 2; }
    QByteArray card(const char *number) const
    {
        return simtest::Client::cardForm(QLatin1String(number),
                                         QStringLiteral("09/%1").arg(expiryYear() % 100),
                                         QStringLiteral("123"));
    }
    simtest::Client browser() const { return simtest::Client(m_sim->baseUrl(), QByteArray()); }
    // The day's transactions through the client, as the terminal follows a link by order id.
    std::optional<TransactionInfo> findByOrderId(GatewayClient &c, const QString &orderId)
    {
        const QDate today = m_clock.today();
        const GatewayOutcome list
            = run([&](QObject *ctx, auto cb) { c.transactions(today, today, {}, true, ctx, cb); });
        if (list.kind != OutcomeKind::Listed)
            return std::nullopt;
        for (const TransactionInfo &t : list.transactions) {
            if (t.orderId == orderId)
                return t;
        }
        return std::nullopt;
    }

private slots:
    void init() { m_network.setProxy(QNetworkProxy::NoProxy); }
    void cleanup()
    {
        m_sim.reset();
        m_clock.set(QDateTime(QDate(2030, 6, 15), QTime(12, 0)));
    }

    void hostedCardPaidOnThePage_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<OutcomeKind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("approving card")
            << QByteArray("4111111111111111") << OutcomeKind::Approved << "";
        QTest::newRow("declining card")
            << QByteArray("4000000000000002") << OutcomeKind::Declined << "Card declined";
        QTest::newRow("insufficient funds")
            << QByteArray("4000000000009995") << OutcomeKind::Declined << "Insufficient funds";
    }
    void hostedCardPaidOnThePage()
    {
        QFETCH(QByteArray, number);
        QFETCH(OutcomeKind, kind);
        QFETCH(QString, message);
        startSimulator(test::TestSecretKey);
        auto c = client();
        const GatewayOutcome created
            = run([&](QObject *ctx, auto cb) { c->hostedCard(linkRequest(), ctx, cb); });
        QCOMPARE(created.kind, OutcomeKind::AwaitingPayment);
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);
        const QString id = created.transaction.transactionId;
        QVERIFY(id.startsWith(QStringLiteral("PA")));
        QCOMPARE(created.redirectUrl.toString(),
                 m_sim->baseUrl().toString() + QStringLiteral("/sim/pay/") + id);
        QVERIFY(created.orderId.startsWith(QStringLiteral("VT20300615")));
        QCOMPARE(created.transaction.orderId, created.orderId);
        QCOMPARE(run([&](QObject *ctx, auto cb) { c->status(id, ctx, cb); }).kind,
                 OutcomeKind::Pending);

        // The cardholder opens the link and types the card into the form.
        simtest::Client cardholder = browser();
        const simtest::Response page = cardholder.browserGet(created.redirectUrl.path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("GBP 12.50"));
        const QString action = simtest::formAction(page.body);
        QCOMPARE(action, created.redirectUrl.path());
        const simtest::Response paid = cardholder.formPost(action, card(number.constData()));
        QCOMPARE(paid.status, 200);

        const GatewayOutcome status = run([&](QObject *ctx, auto cb) { c->status(id, ctx, cb); });
        QCOMPARE(outcomeKindId(status.kind), outcomeKindId(kind));
        QVERIFY2(status.message.contains(message), qPrintable(status.message));
        const QString masked = QString::fromLatin1(number.left(6)) + QStringLiteral("******")
            + QString::fromLatin1(number.right(4));
        QCOMPARE(status.transaction.transactionId, id);
        // The list: status, masked card, amount as the gateway writes it (a string).
        const auto listed = findByOrderId(*c, created.orderId);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->transactionId, id);
        QCOMPARE(listed->status,
                 kind == OutcomeKind::Approved ? QStringLiteral("SUCCESS")
                                               : QStringLiteral("FAILED"));
        QCOMPARE(listed->maskedCard, masked);
        QCOMPARE(listed->cardType, QStringLiteral("Visa"));
        QCOMPARE(listed->amount, QStringLiteral("1250"));
        QCOMPARE(m_sim->transaction(id)->maskedCardNumber, masked);
        QCOMPARE(m_sim->chargeRequestCount(), 0); // the terminal never charged a card
    }

    void hostedCardThreeDSecure()
    {
        startSimulator(test::TestSecretKey);
        auto c = client();
        PaymentRequest request = linkRequest();
        request.orderId = QStringLiteral("HOSTED-3DS-1");
        const GatewayOutcome created
            = run([&](QObject *ctx, auto cb) { c->hostedCard(request, ctx, cb); });
        QCOMPARE(created.kind, OutcomeKind::AwaitingPayment);
        QCOMPARE(created.orderId, QStringLiteral("HOSTED-3DS-1"));
        const QString id = created.transaction.transactionId;
        simtest::Client cardholder = browser();
        const simtest::Response check
            = cardholder.formPost(created.redirectUrl.path(), card("4000000000003220"));
        QCOMPARE(check.status, 200);
        QVERIFY(check.body.contains("3-D Secure check"));
        QVERIFY(check.body.contains(QStringLiteral("/sim/3ds/%1/approve").arg(id).toLatin1()));
        QCOMPARE(run([&](QObject *ctx, auto cb) { c->status(id, ctx, cb); }).kind,
                 OutcomeKind::Pending);
        QCOMPARE(cardholder.formPost(QStringLiteral("/sim/3ds/%1/approve").arg(id)).status, 200);
        const GatewayOutcome status = run([&](QObject *ctx, auto cb) { c->status(id, ctx, cb); });
        QCOMPARE(status.kind, OutcomeKind::Approved);
        const auto listed = findByOrderId(*c, QStringLiteral("HOSTED-3DS-1"));
        QVERIFY(listed.has_value());
        QCOMPARE(listed->maskedCard, QStringLiteral("400000******3220"));
    }

    void apmPaidAndFailed()
    {
        startSimulator(test::TestSecretKey);
        auto c = client();
        for (const bool pay : { true, false }) {
            const GatewayOutcome created
                = run([&](QObject *ctx, auto cb) { c->apm(linkRequest(), ctx, cb); });
            QCOMPARE(created.kind, OutcomeKind::AwaitingPayment);
            const QString id = created.transaction.transactionId;
            QCOMPARE(created.redirectUrl.toString(),
                     m_sim->baseUrl().toString() + QStringLiteral("/sim/apm/") + id);
            simtest::Client cardholder = browser();
            const simtest::Response page = cardholder.browserGet(created.redirectUrl.path());
            QCOMPARE(page.status, 200);
            const QString button
                = QStringLiteral("/sim/apm/%1/%2")
                      .arg(id, pay ? QStringLiteral("pay") : QStringLiteral("fail"));
            QVERIFY(page.body.contains(button.toLatin1()));
            QCOMPARE(cardholder.formPost(button).status, 200);
            const GatewayOutcome status
                = run([&](QObject *ctx, auto cb) { c->status(id, ctx, cb); });
            QCOMPARE(status.kind, pay ? OutcomeKind::Approved : OutcomeKind::Declined);
            const auto listed = findByOrderId(*c, created.orderId);
            QVERIFY(listed.has_value());
            QVERIFY(listed->maskedCard.isEmpty());
        }
        QCOMPARE(m_sim->paymentCreationRequestCount(), 2);
    }

    void templatesLiveAndNoneInTest()
    {
        startSimulator(LiveSecretKey);
        auto live = client(LiveSecretKey);
        const GatewayOutcome listed
            = run([&](QObject *ctx, auto cb) { live->paymentTemplates(ctx, cb); });
        QCOMPARE(listed.kind, OutcomeKind::Listed);
        const QList<SimPaymentTemplate> expected = GatewaySimulator::paymentTemplates();
        QCOMPARE(listed.templates.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(listed.templates[i].paymentTemplateId, expected[i].paymentTemplateId);
            QCOMPARE(listed.templates[i].templateName, expected[i].templateName);
            QCOMPARE(listed.templates[i].templateId, QString::number(expected[i].templateId));
            QVERIFY(listed.templates[i].redirectUrl.isValid());
        }

        // A test key: no call at all, an empty list and a message that says why.
        startSimulator(test::TestSecretKey);
        auto test = client();
        QSignalSpy finished(&m_network, &QNetworkAccessManager::finished);
        const GatewayOutcome none
            = run([&](QObject *ctx, auto cb) { test->paymentTemplates(ctx, cb); });
        QCOMPARE(none.kind, OutcomeKind::Listed);
        QVERIFY(none.templates.isEmpty());
        QVERIFY2(none.message.contains(QStringLiteral("test environment")),
                 qPrintable(none.message));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(none.httpStatus, 0);
    }

    void templateLinkPaidAndFoundByOrderId()
    {
        startSimulator(LiveSecretKey);
        auto c = client(LiveSecretKey);
        const GatewayOutcome templates
            = run([&](QObject *ctx, auto cb) { c->paymentTemplates(ctx, cb); });
        QVERIFY(!templates.templates.isEmpty());
        PaymentLinkRequest request;
        request.paymentTemplateId = templates.templates.first().paymentTemplateId;
        request.amountMinor = 4550;
        request.currency = QStringLiteral("GBP");
        request.expiryDate = m_clock.today().addDays(7);
        const GatewayOutcome link
            = run([&](QObject *ctx, auto cb) { c->createPaymentLink(request, ctx, cb); });
        QCOMPARE(link.kind, OutcomeKind::AwaitingPayment);
        QVERIFY(link.transaction.transactionId.isEmpty());
        QVERIFY(link.orderId.startsWith(QStringLiteral("VT20300615")));
        QVERIFY2(link.redirectUrl.toString().startsWith(m_sim->baseUrl().toString()
                                                        + QStringLiteral("/sim/link/")),
                 qPrintable(link.redirectUrl.toString()));
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);
        QVERIFY(!findByOrderId(*c, link.orderId).has_value()); // nothing until paid

        simtest::Client cardholder = browser();
        const simtest::Response page = cardholder.browserGet(link.redirectUrl.path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("GBP 45.50"));
        const simtest::Response paid
            = cardholder.formPost(simtest::formAction(page.body), card("4242424242424242"));
        QCOMPARE(paid.status, 200);

        const auto found = findByOrderId(*c, link.orderId);
        QVERIFY(found.has_value());
        QCOMPARE(found->status, QStringLiteral("SUCCESS"));
        QCOMPARE(found->maskedCard, QStringLiteral("424242******4242"));
        QCOMPARE(found->amount, QStringLiteral("4550"));
        QCOMPARE(found->currency, QStringLiteral("GBP"));
        const GatewayOutcome status
            = run([&](QObject *ctx, auto cb) { c->status(found->transactionId, ctx, cb); });
        QCOMPARE(status.kind, OutcomeKind::Approved);
    }

    void expiredLinkRefusesPayment()
    {
        startSimulator(LiveSecretKey);
        auto c = client(LiveSecretKey);
        PaymentLinkRequest request;
        request.paymentTemplateId = QStringLiteral("PT-DEPOSIT");
        request.expiryDate = m_clock.today(); // payable to the end of today
        request.orderId = QStringLiteral("LINK-LATE-1");
        const GatewayOutcome link
            = run([&](QObject *ctx, auto cb) { c->createPaymentLink(request, ctx, cb); });
        QCOMPARE(link.kind, OutcomeKind::AwaitingPayment);
        m_clock.set(m_clock.now().addDays(1));
        simtest::Client cardholder = browser();
        const simtest::Response page = cardholder.browserGet(link.redirectUrl.path());
        QCOMPARE(page.status, 410);
        QVERIFY(page.body.contains("expired"));
        QCOMPARE(cardholder.formPost(link.redirectUrl.path(), card("4111111111111111")).status,
                 410);
        QCOMPARE(m_sim->transactionCount(), 0);
        m_clock.set(m_clock.now().addDays(-1));
        QVERIFY(!findByOrderId(*c, QStringLiteral("LINK-LATE-1")).has_value());
    }

    void refundWithAndWithoutSkipEncryption()
    {
        startSimulator(test::TestSecretKey);
        auto c = client();
        const auto charged = [&] {
            PaymentRequest request = test::validRequest();
            request.expiryYear = expiryYear();
            const GatewayOutcome o
                = run([&](QObject *ctx, auto cb) { c->charge(request, ctx, cb); });
            return o.transaction.transactionId;
        };
        // The terminal's own refund: plain, with ?Skip-Encryption=true.
        const QString first = charged();
        const GatewayOutcome refunded = run([&](QObject *ctx, auto cb) {
            c->refund(first, QStringLiteral("Goods returned"), ctx, cb);
        });
        QCOMPARE(refunded.kind, OutcomeKind::Approved);
        // The other SDKs' forms, on the same simulator: plain without the query (Python) and
        // encrypted without it.
        simtest::Client sdk(m_sim->baseUrl(), QByteArray(test::TestSecretKey));
        const auto body = [](const QString &id) {
            return QJsonDocument(QJsonObject { { QStringLiteral("transaction_id"), id },
                                               { QStringLiteral("reason"), QStringLiteral("x") } })
                .toJson(QJsonDocument::Compact);
        };
        const QString second = charged();
        QCOMPARE(sdk.post(QStringLiteral("/api/v1/test/refund"), body(second)).status, 200);
        const QString third = charged();
        QCOMPARE(sdk.post(QStringLiteral("/api/v1/test/refund"),
                          simtest::Client::envelope(body(third), test::TestEncryptionKey))
                     .status,
                 200);
        const QString fourth = charged();
        QCOMPARE(sdk.post(QStringLiteral("/api/v1/test/refund?Skip-Encryption=true"), body(fourth))
                     .status,
                 200);
        for (const QString &id : { first, second, third, fourth }) {
            const GatewayOutcome status
                = run([&](QObject *ctx, auto cb) { c->status(id, ctx, cb); });
            QVERIFY2(status.transaction.refunded, qPrintable(id));
        }
    }

    void linkRequestWithCardFieldsRefusedBeforeSending()
    {
        startSimulator(test::TestSecretKey);
        auto c = client();
        PaymentRequest request = test::validRequest(); // card number, expiry and CVV
        for (const bool apm : { false, true }) {
            const GatewayOutcome o = run([&](QObject *ctx, auto cb) {
                if (apm)
                    c->apm(request, ctx, cb);
                else
                    c->hostedCard(request, ctx, cb);
            });
            QCOMPARE(o.kind, OutcomeKind::NotSent);
            QCOMPARE(o.fieldErrors.size(), 3);
            QVERIFY(o.message.contains(QStringLiteral("Nothing was sent")));
        }
        QCOMPARE(m_sim->paymentCreationRequestCount(), 0);
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void expiredTemplateDateRefusedBeforeSending()
    {
        startSimulator(LiveSecretKey);
        auto c = client(LiveSecretKey);
        PaymentLinkRequest request;
        request.paymentTemplateId = QStringLiteral("PT-CONSULTATION");
        request.expiryDate = m_clock.today().addDays(-1);
        const GatewayOutcome o
            = run([&](QObject *ctx, auto cb) { c->createPaymentLink(request, ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::NotSent);
        QVERIFY2(o.message.contains(QStringLiteral("in the past")), qPrintable(o.message));
        QCOMPARE(m_sim->paymentCreationRequestCount(), 0);
        QCOMPARE(m_sim->paymentLinkCount(), 0);
    }

    void answerWithoutUrlIsAnErrorInWords()
    {
        startSimulator(LiveSecretKey);
        auto c = client(LiveSecretKey);
        Fault fault;
        fault.kind = FaultKind::NoRedirectUrl;
        fault.count = 2;
        m_sim->setFault(fault);
        const GatewayOutcome hosted
            = run([&](QObject *ctx, auto cb) { c->hostedCard(linkRequest(), ctx, cb); });
        QCOMPARE(hosted.kind, OutcomeKind::Unknown);
        QVERIFY(hosted.redirectUrl.isEmpty());
        QVERIFY2(hosted.message.contains(QStringLiteral("without a usable address")),
                 qPrintable(hosted.message));
        QVERIFY(hosted.needsLookup());
        PaymentLinkRequest request;
        request.paymentTemplateId = QStringLiteral("PT-CONSULTATION");
        const GatewayOutcome link
            = run([&](QObject *ctx, auto cb) { c->createPaymentLink(request, ctx, cb); });
        QCOMPARE(link.kind, OutcomeKind::Unknown);
        QVERIFY2(link.message.contains(QStringLiteral("without a usable address")),
                 qPrintable(link.message));
        QCOMPARE(m_sim->paymentCreationRequestCount(), 2); // each sent once
        QCOMPARE(m_sim->fault().kind, FaultKind::None);
    }

    void timeoutAfterSendingIsUnknown()
    {
        startSimulator(test::TestSecretKey);
        auto c = client(test::TestSecretKey, 400);
        Fault fault;
        fault.kind = FaultKind::Delay;
        fault.delayMs = 1500;
        fault.count = 1;
        m_sim->setFault(fault);
        const GatewayOutcome o
            = run([&](QObject *ctx, auto cb) { c->hostedCard(linkRequest(), ctx, cb); });
        QCOMPARE(o.kind, OutcomeKind::Unknown);
        QVERIFY2(o.message.contains(QStringLiteral("not created again")), qPrintable(o.message));
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);
        // It was created: the order id finds it.
        QVERIFY(m_sim->transactionByOrderId(o.orderId).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLinksEndToEnd)
#include "tst_links_e2e.moc"
