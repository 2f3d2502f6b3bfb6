// SPDX-License-Identifier: MIT
// The reconciler's rules against a scripted gateway: which call for which entry, paging through the
// transaction list, backoff, giving up, refunds, restarts, and never a second charge. (End to end
// against the simulator: tests/journal/tst_reconciler_sim.cpp.) Runs on SQLite and PostgreSQL.
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/payment/orderid.h"
#include "support/fakenetwork.h"
#include "support/journaltestsupport.h"
#include "support/testdata.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace pavt;
using namespace pavt::test;
using namespace std::chrono_literals;

namespace {

// A gateway scripted per request: the handler sees each request and picks the answer.
class RoutingNetwork : public FakeNetwork
{
public:
    std::function<ScriptedAnswer(const QNetworkRequest &)> route;
    QList<qint64> times; // ms since construction, one per request
    QElapsedTimer clock;

    RoutingNetwork() { clock.start(); }

    int chargeRequests() const
    {
        int n = 0;
        for (const Recorded &r : requests)
            n += r.request.url().path().endsWith(u"/card") ? 1 : 0;
        return n;
    }
    QStringList paths() const
    {
        QStringList out;
        for (const Recorded &r : requests)
            out << r.request.url().path();
        return out;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        times << clock.elapsed();
        answers = { route ? route(request) : ScriptedAnswer {} };
        return FakeNetwork::createRequest(op, request, data);
    }
};

QByteArray statusBody(const char *status, const char *txid, bool refunded = false,
                      const char *message = "msg")
{
    return QByteArray("{\"status\":\"") + status + "\",\"message\":\"" + message
        + "\",\"data\":{\"transaction_id\":\"" + txid
        + "\",\"amount\":1250,\"currency\":\"GBP\",\"refund\":{\"status\":"
        + (refunded ? "true" : "false") + ",\"refund_date\":null}}}";
}

QByteArray listBody(const QList<std::pair<QString, QString>> &orders,
                    const char *nextCursor = nullptr)
{
    QByteArray items;
    int n = 0;
    for (const auto &[order, status] : orders) {
        if (!items.isEmpty())
            items += ',';
        items += "{\"transaction_id\":\"PAL" + QByteArray::number(++n) + order.toUtf8()
            + "\",\"order_id\":\"" + order.toUtf8() + "\",\"status\":\"" + status.toUtf8()
            + "\",\"amount\":1250,\"currency\":\"GBP\"}";
    }
    return "{\"message\":\"ok\",\"data\":[" + items
        + "],\"meta\":{\"hasNextPage\":" + (nextCursor ? QByteArray("true") : QByteArray("false"))
        + ",\"hasPreviousPage\":false,\"nextCursor\":"
        + (nextCursor ? "\"" + QByteArray(nextCursor) + "\"" : QByteArray("null"))
        + ",\"prevCursor\":null,\"totalCount\":" + QByteArray::number(orders.size()) + "}}";
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT
public:
    explicit TestReconciler(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    struct Rig
    {
        JournalConfig config;
        std::unique_ptr<Journal> journal;
        RoutingNetwork net;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Reconciler> reconciler;
    };

    static ReconcilerPolicy fastPolicy()
    {
        ReconcilerPolicy p;
        p.firstDelay = 10ms;
        p.factor = 2.0;
        p.maxDelay = 80ms;
        p.giveUpAfter = 10s;
        p.rescanInterval = 10min;
        return p;
    }

    std::unique_ptr<Rig> rig(ReconcilerPolicy policy = fastPolicy(),
                             const Clock &clock = SystemClock::instance())
    {
        auto r = std::make_unique<Rig>();
        r->config = m_backend.freshConfig(m_dir);
        auto journal = Journal::open(r->config, clock);
        if (!journal)
            qFatal("%s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        GatewayConfig gc;
        gc.baseUrl = QUrl(QStringLiteral("https://gw.example"));
        gc.timeoutMs = 300;
        r->client = std::make_unique<GatewayClient>(
            &r->net,
            Credentials { SecretBytes(QByteArrayView(TestSecretKey)),
                          SecretBytes(QByteArrayView(TestEncryptionKey)) },
            gc);
        r->reconciler
            = std::make_unique<Reconciler>(r->journal.get(), r->client.get(), policy, clock);
        return r;
    }

    // A journalled charge whose answer ended as `outcome`.
    static JournalEntry charged(Rig &r, const QString &orderId, OutcomeKind outcome,
                                const QString &txid = {})
    {
        auto pending = r.journal->recordPending(sampleEntry(orderId));
        if (!pending)
            qFatal("%s", qPrintable(pending.error().message));
        GatewayOutcome o;
        o.kind = outcome;
        o.message = QStringLiteral("answer lost");
        o.transaction.transactionId = txid;
        if (outcome == OutcomeKind::NeedsThreeDS)
            o.redirectUrl = QUrl(QStringLiteral("https://gw.example/3ds/") + txid);
        auto done = r.journal->complete(pending->id, o);
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
        return *done;
    }

    static JournalEntry current(Rig &r, qint64 id) { return r.journal->entry(id)->value(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backoffPolicy()
    {
        ReconcilerPolicy p; // defaults: 2 s, 4 s, 8 s ... 5 min
        QCOMPARE(p.delayAfter(0), 2000ms);
        QCOMPARE(p.delayAfter(1), 4000ms);
        QCOMPARE(p.delayAfter(2), 8000ms);
        QCOMPARE(p.delayAfter(7), 256000ms);
        QCOMPARE(p.delayAfter(8), 300000ms);
        QCOMPARE(p.delayAfter(1000), 300000ms);
        QCOMPARE(p.giveUpAfter, std::chrono::milliseconds(24h));
    }

    void unknownWithTransactionIdUsesStatus()
    {
        auto r = rig();
        const JournalEntry e
            = charged(*r, QStringLiteral("U1"), OutcomeKind::Unknown, QStringLiteral("PA-U1"));
        r->net.route = [](const QNetworkRequest &) {
            return ScriptedAnswer { 200, statusBody("SUCCESS", "PA-U1") };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->watch(e.id);
        QVERIFY(resolved.wait(5000));
        const JournalEntry now = current(*r, e.id);
        QCOMPARE(now.outcome, EntryOutcome::Approved);
        QCOMPARE(now.lookups, 1);
        QVERIFY(now.message.contains(u"Looked up"));
        QCOMPARE(r->net.paths(), QStringList { QStringLiteral("/api/test/status/PA-U1") });
        QCOMPARE(r->net.chargeRequests(), 0);
        QTRY_VERIFY(r->reconciler->isIdle());
    }

    void unknownWithoutTransactionIdIsFoundInTheListAcrossPages()
    {
        auto r = rig();
        const JournalEntry e = charged(*r, QStringLiteral("U2"), OutcomeKind::Unknown);
        QList<QUrlQuery> queries;
        r->net.route = [&](const QNetworkRequest &req) {
            const QUrlQuery q(req.url());
            queries << q;
            if (!q.hasQueryItem(QStringLiteral("nextCursor")))
                return ScriptedAnswer {
                    200,
                    listBody({ { QStringLiteral("OTHER-1"), QStringLiteral("SUCCESS") } }, "page2")
                };
            if (q.queryItemValue(QStringLiteral("nextCursor")) == u"page2")
                return ScriptedAnswer {
                    200,
                    listBody({ { QStringLiteral("OTHER-2"), QStringLiteral("FAILED") } }, "page3")
                };
            return ScriptedAnswer {
                200, listBody({ { QStringLiteral("U2"), QStringLiteral("SUCCESS") } })
            };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->watch(e.id);
        QVERIFY(resolved.wait(5000));
        const JournalEntry now = current(*r, e.id);
        QCOMPARE(now.outcome, EntryOutcome::Approved);
        QCOMPARE(now.transactionId, QStringLiteral("PAL1U2"));
        QCOMPARE(queries.size(), 3);
        const QString day = e.createdAt.toUTC().date().toString(Qt::ISODate);
        for (const QUrlQuery &q : std::as_const(queries)) {
            QVERIFY(q.queryItemValue(QStringLiteral("transaction_start_date")) <= day);
            QVERIFY(q.queryItemValue(QStringLiteral("transaction_end_date")) >= day);
        }
        QCOMPARE(queries.at(2).queryItemValue(QStringLiteral("nextCursor")),
                 QStringLiteral("page3"));
        QCOMPARE(r->net.chargeRequests(), 0);
    }

    void serverErrorFoundDeclined()
    {
        auto r = rig();
        const JournalEntry e = charged(*r, QStringLiteral("S1"), OutcomeKind::ServerError);
        QCOMPARE(e.outcome, EntryOutcome::ServerError);
        r->net.route = [](const QNetworkRequest &) {
            return ScriptedAnswer {
                200, listBody({ { QStringLiteral("S1"), QStringLiteral("FAILED") } })
            };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->watch(e.id);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(current(*r, e.id).outcome, EntryOutcome::Declined);
        QCOMPARE(r->net.chargeRequests(), 0);
    }

    void notFoundBacksOffThenGivesUp()
    {
        ReconcilerPolicy p = fastPolicy();
        p.firstDelay = 20ms;
        p.maxDelay = 160ms;
        p.giveUpAfter = 700ms;
        auto r = rig(p);
        const JournalEntry e = charged(*r, QStringLiteral("G1"), OutcomeKind::Unknown);
        r->net.route = [](const QNetworkRequest &) { return ScriptedAnswer { 200, listBody({}) }; };
        QSignalSpy updated(r->reconciler.get(), &Reconciler::entryUpdated);
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        QSignalSpy idle(r->reconciler.get(), &Reconciler::idle);
        r->reconciler->watch(e.id);
        QVERIFY(r->reconciler->dueAt(e.id).isValid());
        QVERIFY(resolved.wait(10000));
        const JournalEntry now = current(*r, e.id);
        QCOMPARE(now.outcome, EntryOutcome::Unresolved);
        QVERIFY(now.message.contains(u"by hand"));
        QVERIFY(now.message.contains(u"not in the gateway's transaction list"));
        QVERIFY(now.lookups >= 4);
        QCOMPARE(now.lookups, int(r->net.requests.size()));
        QCOMPARE(updated.size(), now.lookups); // every lookup written
        // The waits grew: 20, 40, 80, 160, 160 ... ms (timers are not exact: allow slack).
        const QList<qint64> &t = r->net.times;
        QVERIFY(t.size() >= 4);
        QVERIFY2(t.at(2) - t.at(1) >= 35, qPrintable(QString::number(t.at(2) - t.at(1))));
        QVERIFY2(t.at(3) - t.at(2) >= 70, qPrintable(QString::number(t.at(3) - t.at(2))));
        // The schedule written with each lookup: 40, 80, 160, 160 ... ms (capped), exactly.
        for (const QList<QVariant> &signal : std::as_const(updated)) {
            const JournalEntry written = signal.first().value<JournalEntry>();
            if (written.outcome == EntryOutcome::Unresolved)
                continue;
            // (nextLookupAt is counted from the lookup's answer, updatedAt from the write just
            // after)
            const qint64 wait = written.updatedAt.msecsTo(written.nextLookupAt);
            const qint64 planned = p.delayAfter(written.lookups).count();
            QVERIFY2(wait <= planned && wait >= planned - 50,
                     qPrintable(QStringLiteral("%1 %2").arg(wait).arg(planned)));
            QVERIFY(planned <= 160);
        }
        QCOMPARE(r->net.chargeRequests(), 0);
        QTRY_VERIFY(idle.size() >= 1);
        // Given up: nothing more happens on its own...
        const int calls = int(r->net.requests.size());
        QTest::qWait(300);
        QCOMPARE(int(r->net.requests.size()), calls);
        // ...but a person can ask again, and this time it is there.
        r->net.route = [](const QNetworkRequest &) {
            return ScriptedAnswer {
                200, listBody({ { QStringLiteral("G1"), QStringLiteral("SUCCESS") } })
            };
        };
        r->reconciler->checkNow(e.id);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(current(*r, e.id).outcome, EntryOutcome::Approved);
    }

    void ownOrderIdIsNotMaskedInTheMessage()
    {
        // Defect 5: "Order VT[card number removed]-VGHEW29RG3 is not in ...". The terminal's own
        // order id is kept whole in the reconciler's message; a card number still is not.
        ReconcilerPolicy p = fastPolicy();
        p.giveUpAfter = 0ms; // the first lookup that does not find it gives up
        auto r = rig(p);
        const QString orderId = generateOrderId();
        const JournalEntry e = charged(*r, orderId, OutcomeKind::Unknown);
        r->net.route = [](const QNetworkRequest &) { return ScriptedAnswer { 200, listBody({}) }; };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->watch(e.id);
        QVERIFY(resolved.wait(5000));
        const JournalEntry now = current(*r, e.id);
        QCOMPARE(now.outcome, EntryOutcome::Unresolved);
        QVERIFY2(now.message.contains(QStringLiteral("Order %1 is not in").arg(orderId)),
                 qPrintable(now.message));
        QVERIFY2(!now.message.contains(u"card number removed"), qPrintable(now.message));
        QCOMPARE(now.orderId, orderId);
    }

    void threeDSecureIsFollowedUntilDone()
    {
        auto r = rig();
        const JournalEntry e
            = charged(*r, QStringLiteral("T1"), OutcomeKind::NeedsThreeDS, QStringLiteral("PA-T1"));
        QCOMPARE(e.outcome, EntryOutcome::NeedsThreeDS);
        int calls = 0;
        r->net.route = [&](const QNetworkRequest &) {
            ++calls;
            if (calls <= 2)
                return ScriptedAnswer { 200, statusBody("PENDING", "PA-T1") };
            if (calls == 3)
                return ScriptedAnswer { 503,
                                        QByteArray("<html>busy</html>"),
                                        QNetworkReply::NoError,
                                        true,
                                        false,
                                        "text/html" };
            return ScriptedAnswer { 200, statusBody("SUCCESS", "PA-T1") };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->start();
        QVERIFY(resolved.wait(5000));
        const JournalEntry now = current(*r, e.id);
        QCOMPARE(now.outcome, EntryOutcome::Approved);
        QCOMPARE(now.lookups, 4);
        QCOMPARE(calls, 4);
        QCOMPARE(r->net.chargeRequests(), 0);
    }

    void threeDSecureFailed()
    {
        auto r = rig();
        const JournalEntry e
            = charged(*r, QStringLiteral("T2"), OutcomeKind::NeedsThreeDS, QStringLiteral("PA-T2"));
        r->net.route = [](const QNetworkRequest &) {
            return ScriptedAnswer {
                200, statusBody("FAILED", "PA-T2", false, "3-D Secure authentication failed.")
            };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->watch(e.id);
        QVERIFY(resolved.wait(5000));
        const JournalEntry now = current(*r, e.id);
        QCOMPARE(now.outcome, EntryOutcome::Declined);
        QVERIFY(now.message.contains(u"3-D Secure authentication failed."));
    }

    void lostRefundAnswers()
    {
        auto r = rig();
        const JournalEntry a
            = charged(*r, QStringLiteral("R1"), OutcomeKind::Approved, QStringLiteral("PA-R1"));
        const JournalEntry b
            = charged(*r, QStringLiteral("R2"), OutcomeKind::Approved, QStringLiteral("PA-R2"));
        GatewayOutcome lost;
        lost.kind = OutcomeKind::Unknown;
        for (qint64 id : { a.id, b.id }) {
            QVERIFY(r->journal->beginRefund(id, QStringLiteral("customer asked")));
            QCOMPARE(r->journal->finishRefund(id, lost)->refundState, RefundState::Requested);
        }
        r->net.route = [](const QNetworkRequest &req) {
            const bool first = req.url().path().endsWith(u"PA-R1");
            return ScriptedAnswer { 200, statusBody("SUCCESS", first ? "PA-R1" : "PA-R2", first) };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->start();
        QTRY_COMPARE_WITH_TIMEOUT(resolved.size(), 2, 5000);
        QCOMPARE(current(*r, a.id).refundState, RefundState::Refunded);
        QVERIFY(current(*r, a.id).refundedAt.isValid());
        QCOMPARE(current(*r, b.id).refundState, RefundState::Failed);
        QVERIFY(current(*r, b.id).isRefundable());
        QCOMPARE(current(*r, a.id).outcome, EntryOutcome::Approved);
        for (const QString &path : r->net.paths())
            QVERIFY(path.contains(u"/status/")); // looked up, never refunded again
    }

    void onlyItsOwnEnvironment()
    {
        auto r = rig();
        auto pending = r->journal->recordPending([] {
            JournalEntry e = sampleEntry(QStringLiteral("LIVE-1"));
            e.environment = QStringLiteral("live");
            return e;
        }());
        GatewayOutcome unknown;
        unknown.kind = OutcomeKind::Unknown;
        r->journal->complete(pending->id, unknown);
        r->reconciler->start();
        r->reconciler->watch(pending->id);
        QTest::qWait(100);
        QCOMPARE(r->net.requests.size(), 0);
        QCOMPARE(current(*r, pending->id).outcome, EntryOutcome::Unknown);
        QVERIFY(r->reconciler->isIdle());
    }

    void startRecoversAbandonedPendingEntries()
    {
        auto r = rig();
        QProcess gone;
        gone.start(QStringLiteral("sleep"), { QStringLiteral("0.05") });
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        auto pending = r->journal->recordPending(sampleEntry(QStringLiteral("CRASHED")));
        QVERIFY(r->journal->database().execRaw(
            QStringLiteral("UPDATE entries SET writer_pid = %1 WHERE id = %2")
                .arg(deadPid)
                .arg(pending->id)));
        auto inFlight
            = r->journal->recordPending(sampleEntry(QStringLiteral("IN-FLIGHT"))); // this process's
        r->net.route = [](const QNetworkRequest &) {
            return ScriptedAnswer {
                200, listBody({ { QStringLiteral("CRASHED"), QStringLiteral("SUCCESS") } })
            };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->start();
        QCOMPARE(current(*r, pending->id).outcome, EntryOutcome::Unknown);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(current(*r, pending->id).outcome, EntryOutcome::Approved);
        QCOMPARE(current(*r, inFlight->id).outcome, EntryOutcome::Pending);
        QCOMPARE(r->net.chargeRequests(), 0);
    }

    void scheduleSurvivesARestart()
    {
        ReconcilerPolicy p = fastPolicy();
        p.firstDelay = 50ms;
        p.factor = 100;
        p.maxDelay = 1h;
        auto r = rig(p);
        const JournalEntry e = charged(*r, QStringLiteral("P1"), OutcomeKind::Unknown);
        r->net.route = [](const QNetworkRequest &) { return ScriptedAnswer { 200, listBody({}) }; };
        QSignalSpy updated(r->reconciler.get(), &Reconciler::entryUpdated);
        r->reconciler->watch(e.id);
        QVERIFY(updated.wait(5000));
        const JournalEntry after = current(*r, e.id);
        QCOMPARE(after.lookups, 1);
        QVERIFY(after.nextLookupAt.isValid());
        QVERIFY(after.nextLookupAt > QDateTime::currentDateTimeUtc().addSecs(3)); // 50 ms * 100
        // A new reconciler (the program restarted) keeps that time rather than asking at once.
        r->reconciler.reset();
        Reconciler again(r->journal.get(), r->client.get(), p);
        again.start();
        QCOMPARE(again.dueAt(e.id), after.nextLookupAt);
        QTest::qWait(100);
        QCOMPARE(r->net.requests.size(), 1);
    }

    void listAroundMidnightCoversTheDayBefore()
    {
        FixedClock clock(
            QDateTime::fromString(QStringLiteral("2026-07-10T00:20:00Z"), Qt::ISODate));
        ReconcilerPolicy p = fastPolicy();
        p.firstDelay = 0ms;
        auto r = rig(p, clock);
        const JournalEntry e = charged(*r, QStringLiteral("M1"), OutcomeKind::Unknown);
        QUrlQuery seen;
        r->net.route = [&](const QNetworkRequest &req) {
            seen = QUrlQuery(req.url());
            return ScriptedAnswer {
                200, listBody({ { QStringLiteral("M1"), QStringLiteral("SUCCESS") } })
            };
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->checkNow(e.id);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(seen.queryItemValue(QStringLiteral("transaction_start_date")),
                 QStringLiteral("2026-07-09"));
        QVERIFY(seen.queryItemValue(QStringLiteral("transaction_end_date"))
                >= QStringLiteral("2026-07-10"));
    }

    void gatewayTroubleOnlyDelays()
    {
        auto r = rig();
        const JournalEntry e
            = charged(*r, QStringLiteral("E1"), OutcomeKind::Unknown, QStringLiteral("PA-E1"));
        int calls = 0;
        r->net.route = [&](const QNetworkRequest &) {
            switch (++calls) {
            case 1:
                return ScriptedAnswer { 0, {}, QNetworkReply::RemoteHostClosedError, true };
            case 2:
                return ScriptedAnswer { 404, QByteArray("{\"message\":\"Not found\"}") };
            case 3:
                return ScriptedAnswer { 200, QByteArray("garbage") };
            default:
                return ScriptedAnswer { 200, statusBody("SUCCESS", "PA-E1") };
            }
        };
        QSignalSpy resolved(r->reconciler.get(), &Reconciler::entryResolved);
        r->reconciler->watch(e.id);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(current(*r, e.id).outcome, EntryOutcome::Approved);
        QCOMPARE(current(*r, e.id).lookups, 4);
        QCOMPARE(r->net.chargeRequests(), 0);
    }
};

PAVT_JOURNAL_TEST_MAIN(TestReconciler, "tst_reconciler")

#include "tst_reconciler.moc"
