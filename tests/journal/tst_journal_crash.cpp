// SPDX-License-Identifier: MIT
// A real process dies between the pending write and the answer (SIGKILL: no clean-up of any kind).
// The next start finds its pending entry, marks it unknown and reconciles it against the
// simulator, without sending the charge again. Runs on SQLite and PostgreSQL.
#include "core/journal/journal.h"
#include "core/journal/processcheck.h"
#include "core/journal/reconciler.h"
#include "sim/gatewaysimulator.h"
#include "support/journaltestsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;
using namespace pavt::test;
using namespace std::chrono_literals;

namespace {
const QByteArray SimSecret = QByteArrayLiteral("PA_TEST_journal0crash0test");
const QByteArray SimKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT
public:
    explicit TestJournalCrash(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;

    std::unique_ptr<GatewaySimulator> simulator(int slowMs)
    {
        SimulatorOptions options;
        options.secretKey = SimSecret;
        options.encryptionKey = SimKey;
        options.slowCardDelayMs = slowMs;
        auto sim = std::make_unique<GatewaySimulator>(options);
        if (!sim->start())
            qFatal("simulator: %s", qPrintable(sim->errorString()));
        return sim;
    }

    void prepareHelper(QProcess &helper, const JournalConfig &config, const QUrl &base)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAVT_TEST_JOURNAL_BACKEND"), m_backend.name());
        env.insert(QStringLiteral("PAVT_TEST_JOURNAL_PATH"), config.sqlitePath);
        env.insert(QStringLiteral("PAVT_TEST_JOURNAL_CONNECTION"), config.connection);
        env.insert(QStringLiteral("PAVT_BASE_URL"), base.toString());
        env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(SimSecret));
        env.insert(QStringLiteral("PAVT_ENCRYPTION_KEY"), QString::fromLatin1(SimKey));
        helper.setProcessEnvironment(env);
        helper.setProgram(QStringLiteral(PAVT_CRASH_HELPER));
        helper.setProcessChannelMode(QProcess::SeparateChannels);
    }

    static qint64 pendingId(const QByteArray &output)
    {
        for (const QByteArray &line : output.split('\n'))
            if (line.startsWith("pending "))
                return line.mid(8).trimmed().toLongLong();
        return 0;
    }

    struct Lookup
    {
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Reconciler> reconciler;
    };
    std::unique_ptr<Lookup> reconcilerFor(Journal *journal, const QUrl &base, int giveUpMs)
    {
        auto l = std::make_unique<Lookup>();
        l->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = base;
        gc.timeoutMs = 2000;
        l->client = std::make_unique<GatewayClient>(
            &l->nam, Credentials { SecretBytes(SimSecret), SecretBytes(SimKey) }, gc);
        ReconcilerPolicy policy;
        policy.firstDelay = 50ms;
        policy.maxDelay = 200ms;
        policy.giveUpAfter = std::chrono::milliseconds(giveUpMs);
        l->reconciler = std::make_unique<Reconciler>(journal, l->client.get(), policy);
        return l;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedBeforeSending()
    {
        auto sim = simulator(1000);
        const JournalConfig config = m_backend.freshConfig(m_dir);
        QProcess helper;
        prepareHelper(helper, config, sim->baseUrl());
        helper.setArguments({ QStringLiteral("before-send"), QStringLiteral("CRASH-BEFORE") });
        helper.start();
        QVERIFY(helper.waitForStarted());
        const qint64 helperPid = helper.processId();
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit); // SIGKILL, no clean-up
        const QByteArray out = helper.readAllStandardOutput();
        const qint64 id = pendingId(out);
        QVERIFY2(id > 0, out.constData());

        // The next start of the terminal.
        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        JournalEntry entry = (*journal)->entry(id)->value();
        QCOMPARE(entry.outcome, EntryOutcome::Pending); // committed before the kill
        QCOMPARE(
            rawRows(config, QStringLiteral("SELECT writer_pid FROM entries WHERE id = %1").arg(id))
                .first()
                .first()
                .toLongLong(),
            helperPid);
        QVERIFY(!processIsRunning(helperPid));

        auto lookup = reconcilerFor(journal->get(), sim->baseUrl(), 1000);
        QSignalSpy resolved(lookup->reconciler.get(), &Reconciler::entryResolved);
        lookup->reconciler->start();
        QCOMPARE((*journal)->entry(id)->value().outcome, EntryOutcome::Unknown);
        QVERIFY(resolved.wait(10000));
        entry = (*journal)->entry(id)->value();
        QCOMPARE(entry.outcome, EntryOutcome::Unresolved); // never reached the gateway
        QCOMPARE(sim->chargeRequestCount(), 0); // and was not sent now either
    }

    void killedWhileInFlight()
    {
        auto sim = simulator(20000); // the answer is held back long after the kill
        const JournalConfig config = m_backend.freshConfig(m_dir);
        QProcess helper;
        prepareHelper(helper, config, sim->baseUrl());
        helper.setArguments({ QStringLiteral("in-flight"), QStringLiteral("CRASH-INFLIGHT") });
        // Killed as soon as the gateway has recorded the charge.
        connect(sim.get(), &GatewaySimulator::transactionChanged, &helper,
                [&helper] { helper.kill(); });
        QSignalSpy finished(&helper, &QProcess::finished);
        helper.start();
        QVERIFY(helper.waitForStarted());
        QVERIFY(finished.wait(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        const QByteArray out = helper.readAllStandardOutput();
        QVERIFY2(out.contains("sent") && !out.contains("answered"), out.constData());
        const qint64 id = pendingId(out);
        QVERIFY(id > 0);
        const auto recorded = sim->transactionByOrderId(QStringLiteral("CRASH-INFLIGHT"));
        QVERIFY(recorded.has_value());

        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        QCOMPARE((*journal)->entry(id)->value().outcome, EntryOutcome::Pending);
        auto lookup = reconcilerFor(journal->get(), sim->baseUrl(), 10000);
        QSignalSpy resolved(lookup->reconciler.get(), &Reconciler::entryResolved);
        lookup->reconciler->start();
        QVERIFY(resolved.wait(10000));
        const JournalEntry entry = (*journal)->entry(id)->value();
        QCOMPARE(entry.outcome, EntryOutcome::Approved);
        QCOMPARE(entry.transactionId, recorded->transactionId);
        QCOMPARE(entry.operatorName, QStringLiteral("crash-helper"));
        QCOMPARE(sim->chargeRequestCount(), 1); // looked up, never resent
    }
};

PAVT_JOURNAL_TEST_MAIN(TestJournalCrash, "tst_journal_crash")

#include "tst_journal_crash.moc"
