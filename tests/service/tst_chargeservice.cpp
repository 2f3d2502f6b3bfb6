// SPDX-License-Identifier: MIT
// The service layer's rules (ChargeService), on SQLite (tst_chargeservice) and PostgreSQL
// (tst_chargeservice_postgresql): a charge is journalled and committed before anything is sent,
// it is never sent twice, nothing is sent when the journal fails or the request is invalid; a
// refund is recorded, sent, settled, and refused for the other environment.
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/service/chargeservice.h"
#include "support/fakenetwork.h"
#include "support/journaltestsupport.h"
#include "support/testdata.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::test;
using namespace std::chrono_literals;

namespace {

// A JSON answer of the gateway for a charge.
QByteArray answer(const char *status, const QByteArray &txid, const QByteArray &message)
{
    return QByteArray("{\"status\":\"") + status + "\",\"message\":\"" + message
        + "\",\"data\":{\"amount\":1250,\"currency\":\"GBP\",\"transaction_id\":\"" + txid + "\"}}";
}

Credentials testCredentials()
{
    return Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                         SecretBytes(QByteArrayView(TestEncryptionKey)) };
}

GatewayConfig gatewayConfig(int timeoutMs = 15000)
{
    GatewayConfig gc;
    gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
    gc.timeoutMs = timeoutMs;
    return gc;
}

int posts(const FakeNetwork &net, QStringView suffix)
{
    int n = 0;
    for (const FakeNetwork::Recorded &r : net.requests)
        n += r.verb == "POST" && r.request.url().path().endsWith(suffix) ? 1 : 0;
    return n;
}

} // namespace

class TestChargeService : public QObject
{
    Q_OBJECT
public:
    explicit TestChargeService(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    JournalConfig fresh() const { return m_backend.freshConfig(m_dir); }
    std::unique_ptr<Journal> openJournal(const JournalConfig &config)
    {
        auto journal = Journal::open(config);
        if (!journal)
            qFatal("cannot open the journal: %s", qPrintable(journal.error().message));
        return std::move(*journal);
    }
    // Makes the journal refuse every new entry, as a full disk or a broken database would.
    void refuseInserts(Journal &journal)
    {
        if (m_backend.isPostgres()) {
            PAVT_VERIFY_OK(journal.database().execRaw(QStringLiteral(
                "CREATE FUNCTION refuse_entries() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                "'no room left'; END $$ LANGUAGE plpgsql")));
            PAVT_VERIFY_OK(journal.database().execRaw(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entries FOR EACH ROW "
                               "EXECUTE FUNCTION refuse_entries()")));
        } else {
            PAVT_VERIFY_OK(journal.database().execRaw(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entries BEGIN SELECT "
                               "RAISE(ABORT, 'no room left'); END")));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pendingIsCommittedBeforeTheRequestLeaves()
    {
        // The network sees the request only after another connection can read the pending entry.
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        const bool sqlite = config.backend == JournalBackend::SQLite;
        auto pragma = [&](const char *name) {
            QSqlQuery q(journal->database().database());
            return q.exec(QStringLiteral("PRAGMA ") + QLatin1StringView(name)) && q.next()
                ? q.value(0)
                : QVariant();
        };
        if (sqlite)
            QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("wal"));
        struct ProbingNetwork : FakeNetwork
        {
            JournalConfig config;
            std::function<QVariant()> synchronous;
            QList<int>
                seen; // the entry's outcome as another connection saw it when the request left
            QList<int> sync; // the writing connection's synchronous setting of that commit
            QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                         QIODevice *data) override
            {
                auto db = JournalDatabase::open(config, QStringLiteral("probe"), false);
                if (db) {
                    auto page = (*db)->search({}, {}, 10);
                    seen << (page && !page->entries.isEmpty() ? int(page->entries.first().outcome)
                                                              : -1);
                }
                sync << synchronous().toInt();
                return FakeNetwork::createRequest(op, request, data);
            }
        } net;
        net.config = config;
        net.synchronous = [&] { return sqlite ? pragma("synchronous") : QVariant(2); };
        net.answers
            = { ScriptedAnswer { 200, answer("SUCCESS", "PA777", "Transaction successful") } };
        GatewayConfig gc;
        gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
        GatewayClient client(&net,
                             Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                                           SecretBytes(QByteArrayView(TestEncryptionKey)) },
                             gc);
        ChargeService service(journal.get(), &client);
        service.setOperatorName(QStringLiteral("carol"));
        std::optional<ChargeResult> result;
        auto pending
            = service.charge(validRequest(), this, [&](const ChargeResult &r) { result = r; });
        PAVT_VERIFY_OK(pending);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(net.seen, QList<int> { int(EntryOutcome::Pending) });
        QCOMPARE(net.sync, QList<int> { 2 }); // FULL: the pending entry's commit was fsynced
        if (sqlite)
            QCOMPARE(pragma("synchronous").toInt(), 1); // NORMAL for the completion
        QCOMPARE(result->entry.outcome, EntryOutcome::Approved);
        QCOMPARE(result->entry.transactionId, QStringLiteral("PA777"));
        QCOMPARE(result->entry.operatorName, QStringLiteral("carol"));
        QVERIFY(result->entry.orderId.startsWith(u"VT"));
        QVERIFY(!result->journalError);
        // The duplicate guard now sees it.
        QVERIFY(service.findDuplicate(validRequest())->has_value());
        // An invalid request is neither journalled nor sent.
        PaymentRequest bad = validRequest();
        bad.email = QStringLiteral("nope");
        QCOMPARE(service.charge(bad, this, [](const ChargeResult &) {}).error().code,
                 QStringLiteral("invalid"));
        QCOMPARE(net.requests.size(), 1);
        QCOMPARE(journal->count({}).value(), 1);
        // A journal that cannot be written: nothing is sent.
        auto again = service.charge(
            [] {
                PaymentRequest r = validRequest();
                r.orderId = QStringLiteral("DUP");
                return r;
            }(),
            this, [](const ChargeResult &) {});
        QVERIFY(again);
        QTRY_COMPARE(net.requests.size(), 2);
        auto refused = service.charge(
            [] {
                PaymentRequest r = validRequest();
                r.orderId = QStringLiteral("DUP");
                return r;
            }(),
            this, [](const ChargeResult &) {});
        QCOMPARE(refused.error().code, QStringLiteral("journal_duplicate"));
        QTest::qWait(20);
        QCOMPARE(net.requests.size(), 2);
    }

    void refundThroughTheService()
    {
        auto journal = openJournal(fresh());
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-REF", "ok") } };
        GatewayConfig gc;
        gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
        gc.timeoutMs = 200;
        GatewayClient client(&net,
                             Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                                           SecretBytes(QByteArrayView(TestEncryptionKey)) },
                             gc);
        ChargeService service(journal.get(), &client);
        std::optional<ChargeResult> charged;
        service.charge(validRequest(), this, [&](const ChargeResult &r) { charged = r; });
        QTRY_VERIFY(charged.has_value());
        net.answers = { ScriptedAnswer {
            200, answer("SUCCESS", "PA-REF", "Refund processed successfully.") } };
        std::optional<RefundResult> refunded;
        auto begun = service.refund(charged->entry.id, QStringLiteral("Duplicate order"), this,
                                    [&](const RefundResult &r) { refunded = r; });
        PAVT_VERIFY_OK(begun);
        QCOMPARE(begun->refundState, RefundState::Requested);
        QTRY_VERIFY(refunded.has_value());
        QCOMPARE(refunded->entry.refundState, RefundState::Refunded);
        QCOMPARE(refunded->entry.refundReason, QStringLiteral("Duplicate order"));
        const auto &last = net.requests.last();
        QVERIFY(last.request.url().path().endsWith(u"/refund"));
        QVERIFY(last.body.contains("\"transaction_id\":\"PA-REF\""));
        QVERIFY(last.body.contains("\"reason\":\"Duplicate order\""));
        // A second refund is refused without a request.
        QCOMPARE(service
                     .refund(charged->entry.id, QStringLiteral("again"), this,
                             [](const RefundResult &) {})
                     .error()
                     .code,
                 QStringLiteral("not_refundable"));
        QCOMPARE(net.requests.size(), 2);
    }

    void nothingIsSentWhenTheJournalFails()
    {
        auto journal = openJournal(fresh());
        FakeNetwork net;
        net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA1", "ok") } };
        GatewayClient client(&net, testCredentials(), gatewayConfig());
        ChargeService service(journal.get(), &client);
        refuseInserts(*journal);
        bool called = false;
        auto refused
            = service.charge(validRequest(), this, [&](const ChargeResult &) { called = true; });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("journal_sql"));
        QTest::qWait(50);
        QVERIFY(!called);
        QCOMPARE(net.requests.size(), 0);
        QCOMPARE(journal->count({}).value(), 0);
    }

    void anInvalidRequestIsNeitherJournalledNorSent()
    {
        auto journal = openJournal(fresh());
        FakeNetwork net;
        GatewayClient client(&net, testCredentials(), gatewayConfig());
        ChargeService service(journal.get(), &client);
        PaymentRequest bad = validRequest("4111111111111112"); // fails Luhn
        bad.email = QStringLiteral("nope");
        const auto refused = service.charge(bad, this, [](const ChargeResult &) {});
        QCOMPARE(refused.error().code, QStringLiteral("invalid"));
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Nothing was sent")),
                 qPrintable(refused.error().message));
        QTest::qWait(20);
        QCOMPARE(net.requests.size(), 0);
        QCOMPARE(journal->count({}).value(), 0);
    }

    void anUnknownOutcomeIsLookedUpNeverSentAgain()
    {
        // The connection drops after the charge left: the outcome is unknown, the reconciler
        // looks it up (status and list calls only), and the card is POSTed exactly once.
        auto journal = openJournal(fresh());
        FakeNetwork net;
        ScriptedAnswer dropped;
        dropped.httpStatus = 0;
        dropped.error = QNetworkReply::RemoteHostClosedError;
        const QByteArray emptyList
            = "{\"message\":\"ok\",\"data\":[],\"meta\":{\"hasNextPage\":false,"
              "\"hasPreviousPage\":false,\"nextCursor\":null,"
              "\"prevCursor\":null,\"totalCount\":0}}";
        net.answers = { dropped, ScriptedAnswer { 200, emptyList } };
        GatewayClient client(&net, testCredentials(), gatewayConfig());
        ReconcilerPolicy policy;
        policy.firstDelay = 10ms;
        policy.maxDelay = 20ms;
        policy.giveUpAfter = 10s;
        Reconciler reconciler(journal.get(), &client, policy);
        ChargeService service(journal.get(), &client);
        service.setReconciler(&reconciler);
        std::optional<ChargeResult> result;
        PaymentRequest request = validRequest();
        request.orderId = QStringLiteral("ORDER-UNKNOWN");
        PAVT_VERIFY_OK(service.charge(request, this, [&](const ChargeResult &r) { result = r; }));
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome.kind, OutcomeKind::Unknown);
        QCOMPARE(result->entry.outcome, EntryOutcome::Unknown);
        QTRY_VERIFY_WITH_TIMEOUT(net.requests.size() >= 4, 5000); // several lookups
        QCOMPARE(posts(net, u"/card"), 1);
        for (qsizetype i = 1; i < net.requests.size(); ++i)
            QCOMPARE(net.requests.at(i).verb, QByteArray("GET"));
        // The same order again: the journal refuses it, nothing is sent. The reconciler is
        // stopped first and a look-up already on its way may still finish (seen under ASan: one
        // more GET after the count): count once the network is quiet.
        reconciler.stop();
        for (qsizetype seen = -1; seen != net.requests.size();) {
            seen = net.requests.size();
            QTest::qWait(100);
        }
        const qsizetype before = net.requests.size();
        const auto again = service.charge(request, this, [](const ChargeResult &) {});
        QCOMPARE(again.error().code, QStringLiteral("journal_duplicate"));
        QTest::qWait(30);
        QCOMPARE(net.requests.size(), before);
        QCOMPARE(posts(net, u"/card"), 1);
    }

    void aRefundOfTheOtherEnvironmentIsRefused()
    {
        auto journal = openJournal(fresh());
        JournalEntry live = sampleEntry(QStringLiteral("ORDER-LIVE"));
        live.environment = QStringLiteral("live");
        auto written = journal->recordPending(live);
        PAVT_VERIFY_OK(written);
        GatewayOutcome approved;
        approved.kind = OutcomeKind::Approved;
        approved.transaction.transactionId = QStringLiteral("PA-LIVE-1");
        PAVT_VERIFY_OK(journal->complete(written->id, approved));
        FakeNetwork net;
        GatewayClient client(&net, testCredentials(), gatewayConfig()); // a test key
        ChargeService service(journal.get(), &client);
        const auto byEntry = service.refund(written->id, QStringLiteral("wrong keys"), this,
                                            [](const RefundResult &) {});
        QCOMPARE(byEntry.error().code, QStringLiteral("not_refundable"));
        QVERIFY2(byEntry.error().message.contains(u"live")
                     && byEntry.error().message.contains(u"test"),
                 qPrintable(byEntry.error().message));
        const auto byId = service.refundTransaction(
            QStringLiteral("PA-LIVE-1"), QStringLiteral("x"), this, [](const RefundResult &) {});
        QCOMPARE(byId.error().code, QStringLiteral("not_refundable"));
        QTest::qWait(20);
        QCOMPARE(net.requests.size(), 0);
        const auto entry = journal->entry(written->id);
        QCOMPARE((*entry)->refundState, RefundState::None);
    }

    void aRefundByTransactionIdIsJournalledWhenTheJournalHasIt()
    {
        auto journal = openJournal(fresh());
        FakeNetwork net;
        net.answers
            = { ScriptedAnswer { 200, answer("SUCCESS", "PA-KNOWN", "Transaction successful") } };
        GatewayClient client(&net, testCredentials(), gatewayConfig());
        ChargeService service(journal.get(), &client);
        std::optional<ChargeResult> charged;
        PAVT_VERIFY_OK(
            service.charge(validRequest(), this, [&](const ChargeResult &r) { charged = r; }));
        QTRY_VERIFY(charged.has_value());
        QCOMPARE(charged->entry.transactionId, QStringLiteral("PA-KNOWN"));

        net.answers
            = { ScriptedAnswer { 200, answer("SUCCESS", "PA-KNOWN", "Refund processed.") } };
        std::optional<RefundResult> refunded;
        const auto known
            = service.refundTransaction(QStringLiteral(" PA-KNOWN "), QStringLiteral("Returned"),
                                        this, [&](const RefundResult &r) { refunded = r; });
        PAVT_VERIFY_OK(known);
        QVERIFY(known->has_value());
        QTRY_VERIFY(refunded.has_value());
        QCOMPARE(refunded->entry.id, charged->entry.id);
        QCOMPARE(refunded->entry.refundState, RefundState::Refunded);

        // Already refunded, and one the journal has never seen: the gateway decides, nothing is
        // written to the journal.
        net.answers = { ScriptedAnswer {
            422, "{\"status\":\"FAILED\",\"message\":\"already refunded\"}" } };
        refunded.reset();
        const auto again
            = service.refundTransaction(QStringLiteral("PA-KNOWN"), QStringLiteral("Twice"), this,
                                        [&](const RefundResult &r) { refunded = r; });
        PAVT_VERIFY_OK(again);
        QTRY_VERIFY(refunded.has_value());
        QCOMPARE(refunded->outcome.kind, OutcomeKind::Rejected);
        QCOMPARE(refunded->entry.id, 0);
        QCOMPARE(journal->entry(charged->entry.id).value()->refundReason,
                 QStringLiteral("Returned"));

        net.answers
            = { ScriptedAnswer { 200, answer("SUCCESS", "PA-ELSEWHERE", "Refund processed.") } };
        refunded.reset();
        const auto elsewhere = service.refundTransaction(
            QStringLiteral("PA-ELSEWHERE"), QStringLiteral("Other channel"), this,
            [&](const RefundResult &r) { refunded = r; });
        PAVT_VERIFY_OK(elsewhere);
        QVERIFY(!elsewhere->has_value());
        QTRY_VERIFY(refunded.has_value());
        QCOMPARE(refunded->outcome.kind, OutcomeKind::Approved);
        QCOMPARE(refunded->entry.id, 0);
        QCOMPARE(posts(net, u"/refund"), 3);
        QCOMPARE(journal->count({}).value(), 1);
    }

    void outcomeIsWrittenWhenTheDatabaseComesBack()
    {
        // Seen: the answer arrived while PostgreSQL was away; the charge was approved, but its
        // entry stayed pending until the next start. Now the outcome is kept and written as soon
        // as the server is back, without a second request to the gateway.
        if (!m_backend.isPostgres())
            QSKIP("PostgreSQL only: its server goes away and comes back");
        const PgServerControl server;
        if (const QString why = server.unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        const JournalConfig config = fresh();
        auto journal = openJournal(config);
        FakeNetwork net;
        ScriptedAnswer held { 200, answer("SUCCESS", "PA-BACK", "Transaction successful") };
        held.hang = true; // answered by release(), when the server is down
        net.answers = { held };
        GatewayClient client(&net, testCredentials(), gatewayConfig(60000));
        ChargeService service(journal.get(), &client);
        QSignalSpy written(&service, &ChargeService::outcomeWritten);
        std::optional<ChargeResult> result;
        auto pending
            = service.charge(validRequest(), this, [&](const ChargeResult &r) { result = r; });
        PAVT_VERIFY_OK(pending);
        QTRY_COMPARE(net.requests.size(), 1);

        QVERIFY(server.stop());
        net.replies.last()->release();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome.kind, OutcomeKind::Approved);
        QVERIFY(result->journalError);
        QVERIFY(result->journalRetrying);
        QVERIFY2(result->journalError->message.contains(u"keeps trying"),
                 qPrintable(result->journalError->message));
        QCOMPARE(service.unwrittenOutcomes(), 1);
        QTest::qWait(1500); // tries meanwhile: the server is still away
        QCOMPARE(written.size(), 0);
        QCOMPARE(service.unwrittenOutcomes(), 1);

        QVERIFY(server.start());
        QVERIFY(written.wait(15000));
        QCOMPARE(service.unwrittenOutcomes(), 0);
        const JournalEntry entry = written.first().first().value<JournalEntry>();
        QCOMPARE(entry.id, pending->id);
        QCOMPARE(entry.outcome, EntryOutcome::Approved);
        QCOMPARE(entry.transactionId, QStringLiteral("PA-BACK"));
        // Written, as another seat sees it; sent once.
        QCOMPARE(rawRows(config,
                         QStringLiteral("SELECT outcome, transaction_id FROM entries WHERE id = %1")
                             .arg(pending->id))
                     .first(),
                 (QVariantList { int(EntryOutcome::Approved), QStringLiteral("PA-BACK") }));
        QCOMPARE(net.requests.size(), 1);
        QCOMPARE(posts(net, u"/card"), 1);
        // And the journal's connection works again for the next charge.
        net.answers = { ScriptedAnswer { 200, answer("SUCCESS", "PA-NEXT", "ok") } };
        std::optional<ChargeResult> next;
        PAVT_VERIFY_OK(
            service.charge(validRequest(), this, [&](const ChargeResult &r) { next = r; }));
        QTRY_VERIFY(next.has_value());
        QVERIFY(!next->journalError);
        QCOMPARE(next->entry.outcome, EntryOutcome::Approved);
    }
};

PAVT_JOURNAL_TEST_MAIN(TestChargeService, "tst_chargeservice")
#include "tst_chargeservice.moc"
