// SPDX-License-Identifier: MIT
// The fault matrix: for every way a charge can go wrong on the wire, the outcome the operator is
// shown, the journal entry, and what the reconciler makes of it; no entry is lost or duplicated
// and no charge is ever sent twice. (A process killed mid-charge: tests/journal/tst_journal_crash.)
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/service/chargeservice.h"
#include "sim/gatewaysimulator.h"
#include "support/testca.h"
#include "support/testdata.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pavt;
using namespace pavt::sim;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(pavt::OutcomeKind)
Q_DECLARE_METATYPE(pavt::EntryOutcome)

namespace {

// A loopback proxy in front of the simulator that passes requests through and trickles the first
// answer back one byte every `stepMs` (a "slow trickle": bytes keep coming, so only a whole-call
// deadline ends it). Later answers pass at full speed, so look-ups work.
class TrickleProxy : public QObject
{
public:
    TrickleProxy(quint16 target, int stepMs) : m_target(target), m_stepMs(stepMs)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray data = upstream->readAll();
            if (m_trickled) {
                client->write(data);
                return;
            }
            m_trickled = true;
            auto *timer = new QTimer(client);
            auto remaining = std::make_shared<QByteArray>(data);
            connect(timer, &QTimer::timeout, client, [client, timer, remaining] {
                if (remaining->isEmpty() || client->state() != QAbstractSocket::ConnectedState) {
                    timer->stop();
                    return;
                }
                client->write(remaining->left(1));
                remaining->remove(0, 1);
            });
            timer->start(m_stepMs);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    QTcpServer m_server;
    quint16 m_target;
    int m_stepMs;
    bool m_trickled = false;
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_report;

    struct Rig
    {
        std::unique_ptr<GatewaySimulator> sim;
        std::unique_ptr<TrickleProxy> proxy;
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<Reconciler> reconciler;
        std::unique_ptr<ChargeService> service;
    };

    std::unique_ptr<Rig> rig(const QString &name, bool tls = false,
                             QByteArray secret = test::TestSecretKey,
                             QByteArray key = test::TestEncryptionKey, bool trickle = false)
    {
        auto r = std::make_unique<Rig>();
        SimulatorOptions o;
        o.secretKey = QByteArray(test::TestSecretKey);
        o.encryptionKey = QByteArray(test::TestEncryptionKey);
        o.slowCardDelayMs = 1500;
        if (tls) {
            const auto certs = test::makeTestCertificates();
            if (!certs.error.isEmpty())
                qFatal("certificates: %s", qPrintable(certs.error));
            o.certificate = certs.server;
            o.privateKey = certs.serverKey;
        }
        r->sim = std::make_unique<GatewaySimulator>(o);
        if (!r->sim->start())
            qFatal("simulator: %s", qPrintable(r->sim->errorString()));
        r->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = r->sim->baseUrl();
        gc.timeoutMs = 500;
        if (trickle) {
            r->proxy = std::make_unique<TrickleProxy>(r->sim->port(), 60);
            gc.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(r->proxy->port()));
        }
        r->client = std::make_unique<GatewayClient>(
            &r->nam, Credentials { SecretBytes(secret), SecretBytes(key) }, gc);
        JournalConfig jc;
        jc.sqlitePath = m_dir.filePath(name + QStringLiteral(".sqlite3"));
        auto journal = Journal::open(jc);
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        ReconcilerPolicy policy;
        policy.firstDelay = 50ms;
        policy.maxDelay = 200ms;
        policy.giveUpAfter = 3s;
        r->reconciler = std::make_unique<Reconciler>(r->journal.get(), r->client.get(), policy);
        r->service = std::make_unique<ChargeService>(r->journal.get(), r->client.get());
        r->service->setReconciler(r->reconciler.get());
        r->reconciler->start();
        return r;
    }

private slots:
    void matrix_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<OutcomeKind>("shown");
        QTest::addColumn<EntryOutcome>("reconciled"); // the journal's final outcome
        QTest::addColumn<int>("recorded"); // charges the gateway recorded
        QTest::newRow("timeout after send")
            << "timeout" << OutcomeKind::Unknown << EntryOutcome::Approved << 1;
        QTest::newRow("dropped connection")
            << "drop" << OutcomeKind::Unknown << EntryOutcome::Approved << 1;
        QTest::newRow("dropped, not recorded")
            << "drop-unrecorded" << OutcomeKind::Unknown << EntryOutcome::Unresolved << 0;
        QTest::newRow("5xx HTML") << "html500" << OutcomeKind::ServerError
                                  << EntryOutcome::Unresolved << 0;
        QTest::newRow("5xx HTML, recorded")
            << "html500-recorded" << OutcomeKind::ServerError << EntryOutcome::Approved << 1;
        QTest::newRow("empty 502")
            << "empty502" << OutcomeKind::ServerError << EntryOutcome::Approved << 1;
        QTest::newRow("malformed JSON")
            << "malformed" << OutcomeKind::Unknown << EntryOutcome::Approved << 1;
        QTest::newRow("oversized body")
            << "oversized" << OutcomeKind::Unknown << EntryOutcome::Approved << 1;
        QTest::newRow("slow trickle")
            << "trickle" << OutcomeKind::Unknown << EntryOutcome::Approved << 1;
        QTest::newRow("TLS failure") << "tls" << OutcomeKind::NotSent << EntryOutcome::NotSent << 0;
        QTest::newRow("wrong secret key")
            << "secret" << OutcomeKind::Rejected << EntryOutcome::Rejected << 0;
        QTest::newRow("wrong encryption key")
            << "key" << OutcomeKind::Rejected << EntryOutcome::Rejected << 0;
        QTest::newRow("gateway unreachable")
            << "refused" << OutcomeKind::NotSent << EntryOutcome::NotSent << 0;
    }
    void matrix()
    {
        QFETCH(QString, fault);
        QFETCH(OutcomeKind, shown);
        QFETCH(EntryOutcome, reconciled);
        QFETCH(int, recorded);
        std::unique_ptr<Rig> r;
        if (fault == u"tls")
            r = rig(fault, true);
        else if (fault == u"secret")
            r = rig(fault, false, "PA_TEST_notthesecretkey");
        else if (fault == u"key")
            r = rig(fault, false, test::TestSecretKey, "ffffffffffffffffffffffffffffffff");
        else
            r = rig(fault, false, test::TestSecretKey, test::TestEncryptionKey,
                    fault == u"trickle");

        const char *card = "4111111111111111";
        Fault f;
        f.count = 1;
        if (fault == u"timeout")
            card = "4000000000000259";
        else if (fault == u"drop")
            f.kind = FaultKind::DropConnection;
        else if (fault == u"drop-unrecorded") {
            f.kind = FaultKind::DropConnection;
            f.chargeRecorded = false;
        } else if (fault == u"html500")
            card = "4000000000000119";
        else if (fault == u"html500-recorded")
            f.kind = FaultKind::Html500;
        else if (fault == u"empty502")
            f.kind = FaultKind::Empty502;
        else if (fault == u"malformed")
            f.kind = FaultKind::MalformedJson;
        else if (fault == u"oversized")
            f.kind = FaultKind::Oversized;
        if (f.kind != FaultKind::None)
            r->sim->setFault(f);
        if (fault == u"refused") {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            GatewayConfig gc;
            gc.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
            closed.close();
            r->client = std::make_unique<GatewayClient>(
                &r->nam,
                Credentials { SecretBytes(QByteArray(test::TestSecretKey)),
                              SecretBytes(QByteArray(test::TestEncryptionKey)) },
                gc);
            r->service = std::make_unique<ChargeService>(r->journal.get(), r->client.get());
        }

        PaymentRequest request = test::validRequest(card);
        request.orderId = QStringLiteral("FAULT-") + fault;
        std::optional<ChargeResult> result;
        auto pending
            = r->service->charge(request, this, [&](const ChargeResult &res) { result = res; });
        QVERIFY2(pending.has_value(), pending ? "" : qPrintable(pending.error().message));
        QCOMPARE(pending->outcome, EntryOutcome::Pending); // on disk before anything left
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(outcomeKindId(result->outcome.kind), outcomeKindId(shown));
        QVERIFY(!result->outcome.message.isEmpty());
        QVERIFY(!result->journalError.has_value());

        // The reconciler settles what needs a look-up; final outcomes stay as they are.
        JournalEntry entry;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     entry = r->journal->entry(pending->id)->value();
                                     return entry.outcome != EntryOutcome::Pending
                                         && entry.outcome != EntryOutcome::Unknown
                                         && entry.outcome != EntryOutcome::ServerError
                                         && entry.outcome != EntryOutcome::NeedsThreeDS;
                                 }()),
                                 10000);
        QCOMPARE(entryOutcomeId(entry.outcome), entryOutcomeId(reconciled));

        // Nothing lost, nothing duplicated, nothing sent twice.
        auto all = r->journal->search(JournalQuery {}, {}, 100);
        QVERIFY(all.has_value());
        QCOMPARE(all->entries.size(), 1);
        QCOMPARE(r->sim->transactionCount(), recorded);
        QVERIFY(r->sim->chargeRequestCount() <= 1);
        m_report
            << QStringLiteral(
                   "%1 | shown %2 | journal %3 | reconciled %4 | gateway recorded %5 | sent %6")
                   .arg(QString::fromLatin1(QTest::currentDataTag()), -24)
                   .arg(outcomeKindId(result->outcome.kind), -12)
                   .arg(entryOutcomeId(result->entry.outcome), -12)
                   .arg(entryOutcomeId(entry.outcome), -10)
                   .arg(recorded)
                   .arg(r->sim->chargeRequestCount());
    }

    void cleanupTestCase()
    {
        qInfo("fault matrix:");
        for (const QString &line : std::as_const(m_report))
            qInfo("  %s", qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
