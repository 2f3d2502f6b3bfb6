// SPDX-License-Identifier: MIT
// Payments by link through LinkService and LinkFollower against the in-process gateway simulator:
// each kind journalled before it is sent, with its kind, link and expiry and without card data;
// the cardholder pays on the simulator's pages by HTTP (approve, decline, 3-D Secure, APM, a
// template link found by its order id); an abandoned link expires locally; a link paid while the
// terminal was closed is found at the next start; one walk of the list covers many open links;
// what is refused before anything is journalled or sent. Runs on SQLite and PostgreSQL.
#include "core/journal/journal.h"
#include "core/journal/linkentry.h"
#include "core/journal/linkfollower.h"
#include "core/service/linkservice.h"
#include "sim/gatewaysimulator.h"
#include "support/journaltestsupport.h"
#include "support/simtestsupport.h"
#include "support/testdata.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;
using namespace pavt::test;
using namespace std::chrono_literals;

namespace {
constexpr const char *LiveSecretKey = pavt::test::TestLiveSecretKey;
} // namespace

class TestLinksFollow : public QObject
{
    Q_OBJECT
public:
    explicit TestLinksFollow(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    struct Rig
    {
        std::unique_ptr<GatewaySimulator> sim;
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<LinkFollower> follower;
        std::unique_ptr<LinkService> service;
        JournalConfig config;
    };

    static ReconcilerPolicy quickPolicy()
    {
        ReconcilerPolicy policy;
        policy.firstDelay = 50ms;
        policy.maxDelay = 300ms;
        return policy;
    }

    std::unique_ptr<Rig> rig(const char *secret = TestSecretKey)
    {
        auto r = std::make_unique<Rig>();
        SimulatorOptions options;
        options.secretKey = QByteArray(secret);
        options.encryptionKey = QByteArray(TestEncryptionKey);
        r->sim = std::make_unique<GatewaySimulator>(options);
        if (!r->sim->start())
            qFatal("simulator: %s", qPrintable(r->sim->errorString()));
        r->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = r->sim->baseUrl();
        gc.timeoutMs = 5000;
        r->client = std::make_unique<GatewayClient>(
            &r->nam,
            Credentials { SecretBytes(QByteArrayView(secret)),
                          SecretBytes(QByteArrayView(TestEncryptionKey)) },
            gc);
        r->config = m_backend.freshConfig(m_dir);
        auto journal = Journal::open(r->config);
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        r->follower
            = std::make_unique<LinkFollower>(r->journal.get(), r->client.get(), quickPolicy());
        r->service = std::make_unique<LinkService>(r->journal.get(), r->client.get());
        r->service->setOperatorName(QStringLiteral("link-test"));
        r->service->setFollower(r->follower.get());
        r->follower->start();
        return r;
    }

    static PaymentRequest linkRequest(const QString &orderId = {})
    {
        PaymentRequest r = validRequest();
        r.clearCardData();
        r.orderId = orderId;
        return r;
    }

    static LinkResult create(Rig &r, EntryKind kind, const PaymentRequest &request)
    {
        std::optional<LinkResult> result;
        QObject context;
        const auto done = [&](const LinkResult &res) { result = res; };
        auto pending = kind == EntryKind::Apm ? r.service->createApm(request, &context, done)
                                              : r.service->createHosted(request, &context, done);
        if (!pending)
            qFatal("link: %s", qPrintable(pending.error().message));
        if (pending->outcome != EntryOutcome::Pending || pending->kind != kind)
            qFatal("the pending entry is not the link's");
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("no answer to the link");
        return *result;
    }

    static QByteArray card(const char *number)
    {
        return simtest::Client::cardForm(
            QLatin1String(number),
            QStringLiteral("09/%1").arg((QDate::currentDate().year() + 2) % 100),
            QStringLiteral("123"));
    }
    static simtest::Client browser(Rig &r) { return simtest::Client(r.sim->baseUrl(), {}); }

    // Waits until the follower settles the entry (it leaves the open links).
    static JournalEntry settled(Rig &r, qint64 id, int timeoutMs = 10000)
    {
        JournalEntry entry;
        const bool done = QTest::qWaitFor(
            [&] {
                entry = r.journal->entry(id)->value();
                return !isOpenLink(entry.outcome) && entry.outcome != EntryOutcome::Pending;
            },
            timeoutMs);
        if (!done)
            qWarning("entry %lld not settled within %d ms", id, timeoutMs);
        return entry;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hostedLinkPaidOnThePage_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("brand");
        QTest::newRow("approved") << QByteArray("4111111111111111") << int(EntryOutcome::Approved)
                                  << "visa";
        QTest::newRow("declined") << QByteArray("4000000000000002") << int(EntryOutcome::Declined)
                                  << "visa";
        QTest::newRow("mastercard")
            << QByteArray("5555555555554444") << int(EntryOutcome::Approved) << "mastercard";
    }
    void hostedLinkPaidOnThePage()
    {
        QFETCH(QByteArray, number);
        QFETCH(int, outcome);
        QFETCH(QString, brand);
        auto r = rig();
        QSignalSpy settledSpy(r->follower.get(), &LinkFollower::linkSettled);
        const LinkResult created = create(*r, EntryKind::HostedCard, linkRequest());
        QVERIFY(!created.journalError);
        const JournalEntry &e = created.entry;
        QCOMPARE(e.kind, EntryKind::HostedCard);
        QCOMPARE(e.outcome, EntryOutcome::AwaitingPayment);
        QVERIFY(e.paymentUrl.startsWith(r->sim->baseUrl().toString() + u"/sim/pay/"));
        QVERIFY(!e.transactionId.isEmpty());
        QCOMPARE(e.operatorName, QStringLiteral("link-test"));
        QVERIFY(e.cardLastFour.isEmpty() && e.cardFirstSix.isEmpty() && e.cardBrand.isEmpty());
        // The default expiry: 48 hours after creation.
        QVERIFY(qAbs(e.createdAt.secsTo(e.expiresAt) - 48 * 3600) < 5);
        QCOMPARE(r->follower->openCount(), 1);

        simtest::Client cardholder = browser(*r);
        const QString path = QUrl(e.paymentUrl).path();
        QCOMPARE(cardholder.browserGet(path).status, 200);
        QCOMPARE(cardholder.formPost(path, card(number.constData())).status, 200);

        JournalEntry after = settled(*r, e.id);
        QCOMPARE(int(after.outcome), outcome);
        // The masked number the gateway reports, kept as a keyed card's (settled by the status
        // call, the card comes from the list right after).
        QVERIFY(QTest::qWaitFor(
            [&] {
                after = r->journal->entry(e.id)->value();
                return !after.cardLastFour.isEmpty();
            },
            5000));
        QCOMPARE(after.cardFirstSix, QString::fromLatin1(number.left(6)));
        QCOMPARE(after.cardLastFour, QString::fromLatin1(number.right(4)));
        QCOMPARE(after.cardBrand, brand);
        QCOMPARE(after.paymentUrl, e.paymentUrl);
        if (settledSpy.isEmpty())
            QVERIFY(settledSpy.wait(2000));
        QCOMPARE(settledSpy.size(), 1);
        QCOMPARE(r->sim->chargeRequestCount(), 0);
        QCOMPARE(r->sim->paymentCreationRequestCount(), 1); // created once, never again
        QCOMPARE(r->follower->openCount(), 0);
    }

    void hostedLinkWithThreeDSecure()
    {
        auto r = rig();
        const LinkResult created
            = create(*r, EntryKind::HostedCard, linkRequest(QStringLiteral("LINK-3DS-1")));
        QCOMPARE(created.entry.orderId, QStringLiteral("LINK-3DS-1"));
        simtest::Client cardholder = browser(*r);
        const QString id = created.entry.transactionId;
        const simtest::Response check
            = cardholder.formPost(QUrl(created.entry.paymentUrl).path(), card("4000000000003220"));
        QVERIFY(check.body.contains("3-D Secure check"));
        QTest::qWait(400); // a walk or two: still waiting for the cardholder
        QCOMPARE(r->journal->entry(created.entry.id)->value().outcome,
                 EntryOutcome::AwaitingPayment);
        QCOMPARE(cardholder.formPost(QStringLiteral("/sim/3ds/%1/approve").arg(id)).status, 200);
        QCOMPARE(settled(*r, created.entry.id).outcome, EntryOutcome::Approved);
        QVERIFY(QTest::qWaitFor(
            [&] { return r->journal->entry(created.entry.id)->value().cardLastFour == u"3220"; },
            5000));
    }

    void apmLinkPaidAndFailed()
    {
        auto r = rig();
        for (const bool pay : { true, false }) {
            const LinkResult created = create(*r, EntryKind::Apm, linkRequest());
            QCOMPARE(created.entry.kind, EntryKind::Apm);
            QCOMPARE(created.entry.outcome, EntryOutcome::AwaitingPayment);
            QVERIFY(created.entry.paymentUrl.contains(u"/sim/apm/"));
            simtest::Client cardholder = browser(*r);
            const QString button = QStringLiteral("/sim/apm/%1/%2")
                                       .arg(created.entry.transactionId,
                                            pay ? QStringLiteral("pay") : QStringLiteral("fail"));
            QCOMPARE(cardholder.formPost(button).status, 200);
            const JournalEntry after = settled(*r, created.entry.id);
            QCOMPARE(after.outcome, pay ? EntryOutcome::Approved : EntryOutcome::Declined);
            QCOMPARE(after.kind, EntryKind::Apm);
        }
    }

    void templateLinkFoundByOrderId()
    {
        auto r = rig(LiveSecretKey);
        PaymentLinkRequest request;
        request.paymentTemplateId = GatewaySimulator::paymentTemplates().first().paymentTemplateId;
        request.amountMinor = 4550;
        request.currency = QStringLiteral("GBP");
        request.expiryDate = QDate::currentDate().addDays(7);
        request.orderId = QStringLiteral("TPL-ORDER-1");
        const LinkCustomer customer { QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                      QStringLiteral("ada@example.com"), QStringLiteral("GBR") };
        std::optional<LinkResult> result;
        auto pending = r->service->createTemplateLink(request, customer, this,
                                                      [&](const LinkResult &res) { result = res; });
        PAVT_VERIFY_OK(pending);
        QCOMPARE(pending->kind, EntryKind::TemplateLink);
        QCOMPARE(pending->email, QStringLiteral("ada@example.com"));
        QCOMPARE(pending->expiresAt, endOfDay(request.expiryDate));
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->entry.outcome, EntryOutcome::AwaitingPayment);
        QVERIFY(result->entry.transactionId.isEmpty()); // a template link has none until paid
        QVERIFY(result->entry.paymentUrl.contains(u"/sim/link/"));

        simtest::Client cardholder = browser(*r);
        const simtest::Response page = cardholder.browserGet(QUrl(result->entry.paymentUrl).path());
        QCOMPARE(page.status, 200);
        QCOMPARE(
            cardholder.formPost(simtest::formAction(page.body), card("4242424242424242")).status,
            200);
        const JournalEntry after = settled(*r, result->entry.id);
        QCOMPARE(after.outcome, EntryOutcome::Approved);
        QVERIFY(!after.transactionId.isEmpty()); // found by its order id in the list
        QCOMPARE(after.cardLastFour, QStringLiteral("4242"));
        QCOMPARE(after.amountMinor, 4550);
    }

    void templateLinkWithTheTemplatesAmount()
    {
        auto r = rig(LiveSecretKey);
        PaymentLinkRequest request;
        request.paymentTemplateId = GatewaySimulator::paymentTemplates().first().paymentTemplateId;
        std::optional<LinkResult> result;
        auto pending = r->service->createTemplateLink(request, {}, this,
                                                      [&](const LinkResult &res) { result = res; });
        PAVT_VERIFY_OK(pending);
        QCOMPARE(pending->amountMinor, 0);
        QVERIFY(pending->currency.isEmpty());
        // No date given: the link is sent with the terminal's own expiry.
        QVERIFY(pending->expiresAt > QDateTime::currentDateTimeUtc().addSecs(47 * 3600));
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        simtest::Client cardholder = browser(*r);
        const simtest::Response page = cardholder.browserGet(QUrl(result->entry.paymentUrl).path());
        cardholder.formPost(simtest::formAction(page.body), card("4111111111111111"));
        const JournalEntry after = settled(*r, result->entry.id);
        QCOMPARE(after.outcome, EntryOutcome::Approved);
        QVERIFY(after.amountMinor > 0); // learnt from the gateway's list
        QCOMPARE(after.currency.size(), 3);
    }

    void abandonedLinkExpiresLocally()
    {
        auto r = rig();
        r->service->setExpiry(1h);
        const LinkResult created = create(*r, EntryKind::HostedCard, linkRequest());
        QCOMPARE(created.entry.outcome, EntryOutcome::AwaitingPayment);
        r->follower->stop();
        // Two hours later, nobody paid: the terminal stops following and says so.
        FixedClock later(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
        LinkFollower follower(r->journal.get(), r->client.get(), quickPolicy(), later);
        QSignalSpy settledSpy(&follower, &LinkFollower::linkSettled);
        follower.pollNow();
        QVERIFY(QTest::qWaitFor([&] { return !follower.isBusy(); }, 10000));
        const JournalEntry after = r->journal->entry(created.entry.id)->value();
        QCOMPARE(after.outcome, EntryOutcome::Expired);
        QVERIFY2(after.message.contains(u"was not asked to cancel"), qPrintable(after.message));
        QCOMPARE(settledSpy.size(), 1);
        QVERIFY(mayHaveCharged(after.outcome)); // the gateway's page may still be paid
        QCOMPARE(follower.openCount(), 0);

        // Paid after all; the operator's Check now finds it.
        simtest::Client cardholder = browser(*r);
        cardholder.formPost(QUrl(after.paymentUrl).path(), card("4111111111111111"));
        follower.checkNow(after.id);
        QVERIFY(QTest::qWaitFor([&] { return !follower.isBusy(); }, 10000));
        QCOMPARE(r->journal->entry(after.id)->value().outcome, EntryOutcome::Approved);
    }

    void paidWhileTheTerminalWasClosed()
    {
        auto r = rig();
        const LinkResult created = create(*r, EntryKind::HostedCard, linkRequest());
        // The terminal closes.
        r->follower.reset();
        r->service.reset();
        simtest::Client cardholder = browser(*r);
        cardholder.formPost(QUrl(created.entry.paymentUrl).path(), card("4111111111111111"));
        // ...and starts again on the same journal.
        auto reopened = Journal::open(r->config);
        PAVT_VERIFY_OK(reopened);
        LinkFollower follower(reopened->get(), r->client.get(), quickPolicy());
        QSignalSpy requests(&r->nam, &QNetworkAccessManager::finished);
        follower.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return (*reopened)->entry(created.entry.id)->value().outcome
                    == EntryOutcome::Approved;
            },
            10000));
        QCOMPARE(requests.size(), 1); // one page of the list found it
        follower.stop();
    }

    void oneListCallCoversManyOpenLinks()
    {
        auto r = rig();
        r->follower->stop();
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i)
            ids << create(*r, EntryKind::HostedCard, linkRequest()).entry.id;
        // The first one paid; every other one still open.
        simtest::Client cardholder = browser(*r);
        cardholder.formPost(QUrl(r->journal->entry(ids.first())->value().paymentUrl).path(),
                            card("4111111111111111"));
        LinkFollower follower(r->journal.get(), r->client.get(), quickPolicy());
        QSignalSpy requests(&r->nam, &QNetworkAccessManager::finished);
        follower.pollNow();
        QVERIFY(QTest::qWaitFor([&] { return !follower.isBusy(); }, 10000));
        QCOMPARE(requests.size(), 1); // one page of the list for all 30: not one call per link
        QCOMPARE(r->journal->entry(ids.first())->value().outcome, EntryOutcome::Approved);
        QCOMPARE(follower.openCount(), 29);
        QVERIFY(follower.nextWalkAt().isValid());
    }

    void lostAnswerIsFoundByOrderId()
    {
        auto r = rig();
        Fault fault;
        fault.kind = FaultKind::NoRedirectUrl;
        fault.count = 1;
        r->sim->setFault(fault);
        const LinkResult created
            = create(*r, EntryKind::HostedCard, linkRequest(QStringLiteral("LOST-LINK-1")));
        QCOMPARE(created.entry.outcome, EntryOutcome::Unknown);
        QVERIFY2(created.outcome.message.contains(u"without a usable address"),
                 qPrintable(created.outcome.message));
        // The follower finds it in the list by its order id; its address never came back.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return r->journal->entry(created.entry.id)->value().outcome
                    == EntryOutcome::AwaitingPayment;
            },
            10000));
        QCOMPARE(r->sim->paymentCreationRequestCount(), 1); // never created again
    }

    void refusedBeforeAnythingIsJournalledOrSent()
    {
        auto r = rig(LiveSecretKey);
        // Card fields in a link request.
        PaymentRequest withCard = validRequest();
        auto refused = r->service->createHosted(
            withCard, this, [](const LinkResult &) { QFAIL("no answer expected"); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("invalid"));
        // An expiry date in the past.
        PaymentLinkRequest late;
        late.paymentTemplateId = QStringLiteral("PT-DEPOSIT");
        late.expiryDate = QDate::currentDate().addDays(-1);
        QVERIFY(!r->service->createTemplateLink(late, {}, this, [](const LinkResult &) {}));
        QCOMPARE(r->sim->paymentCreationRequestCount(), 0);
        QCOMPARE(r->journal->search({}, {}, 10)->entries.size(), 0);
    }

    void journalRefusesCardDataOnALink()
    {
        auto r = rig();
        JournalEntry e = pendingLinkEntryFor(linkRequest(QStringLiteral("CARD-ON-LINK")),
                                             EntryKind::HostedCard, QStringLiteral("CARD-ON-LINK"),
                                             QStringLiteral("x"), QStringLiteral("test"),
                                             QDateTime::currentDateTimeUtc().addDays(1));
        e.cardLastFour = QStringLiteral("1111");
        QCOMPARE(r->journal->recordPending(e).error().code, QStringLiteral("journal_invalid"));
        e.cardLastFour.clear();
        e.expiresAt = {};
        QCOMPARE(r->journal->recordPending(e).error().code, QStringLiteral("journal_invalid"));
    }

    void filtersByKind()
    {
        auto r = rig();
        create(*r, EntryKind::HostedCard, linkRequest(QStringLiteral("KIND-H")));
        create(*r, EntryKind::Apm, linkRequest(QStringLiteral("KIND-A")));
        JournalQuery query;
        query.kinds = { EntryKind::Apm };
        auto found = r->journal->search(query, {}, 10);
        PAVT_VERIFY_OK(found);
        QCOMPARE(found->entries.size(), 1);
        QCOMPARE(found->entries.first().orderId, QStringLiteral("KIND-A"));
        query.kinds = { EntryKind::KeyedCard };
        QCOMPARE(r->journal->search(query, {}, 10)->entries.size(), 0);
        query.kinds = { EntryKind::Apm, EntryKind::HostedCard };
        QCOMPARE(r->journal->search(query, {}, 10)->entries.size(), 2);
    }
};

PAVT_JOURNAL_TEST_MAIN(TestLinksFollow, "tst_links_follow")

#include "tst_links_follow.moc"
