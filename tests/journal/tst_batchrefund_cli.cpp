// SPDX-License-Identifier: MIT
// pavt-cli refund --amount and refund --batch against the in-process gateway simulator: the
// preview and the confirmation, the result file, a file never run twice, and a CRASH: a real
// pavt-cli killed (SIGKILL) while a row's refund is at the gateway and its answer held back; the
// same command again resumes the batch and refunds nothing twice.
#include "sim/gatewaysimulator.h"
#include "support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;

namespace {
const QByteArray Secret = QByteArrayLiteral("PA_TEST_batch0cli0test");
const QByteArray Key = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
using Run = pavt::test::CliRun;

QByteArray requestJson(int amount)
{
    return test::cliRequestJson("4111111111111111", "Ada", "Lovelace", amount);
}
} // namespace

class TestBatchRefundCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<GatewaySimulator> m_sim;
    int m_charges = 0;

    QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }
    QProcessEnvironment environment() const
    {
        return test::cliEnvironment(m_home.path(), dataDir(), Secret, Key, m_sim->baseUrl());
    }
    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        const Run run
            = test::runCli(QStringLiteral(PAVT_CLI_EXECUTABLE), args, environment(), input);
        if (run.out.contains("4111111111111111") || run.err.contains("4111111111111111")
            || run.out.contains(Secret) || run.err.contains(Secret))
            qFatal("pavt-cli printed a secret: %s", run.describe().constData());
        return run;
    }
    QString charge(int amount = 1250)
    {
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                            requestJson(amount + m_charges++)); // never a duplicate
        if (run.exitCode != 0)
            qFatal("charge: %s", run.describe().constData());
        return run.json().object().value(QLatin1String("transaction_id")).toString();
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QJsonObject entry(const QString &transactionId)
    {
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                              QStringLiteral("--transaction"), transactionId });
        return run.json().array().first().toObject();
    }
    void setPartialRefunds(bool on)
    {
        const QString config = m_home.filePath(QStringLiteral("config"));
        QDir().mkpath(config);
        const QString path = QDir(config).filePath(QStringLiteral("pavt.ini"));
        if (!on) {
            QFile::remove(path);
            return;
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[gateway]\npartialRefunds=on\n");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        SimulatorOptions options;
        options.secretKey = Secret;
        options.encryptionKey = Key;
        m_sim = std::make_unique<GatewaySimulator>(options);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void partialRefundWithAmount()
    {
        const QString tx = charge(2000);
        const int before = m_sim->refundRequestCount();
        // Off by default: refused, nothing sent.
        Run run = cli({ QStringLiteral("refund"), tx, QStringLiteral("--reason"),
                        QStringLiteral("Part returned"), QStringLiteral("--amount"),
                        QStringLiteral("500") });
        QVERIFY2(run.exitCode == 1 && run.err.contains("Partial refunds are turned off"),
                 run.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), before);

        setPartialRefunds(true);
        run = cli({ QStringLiteral("refund"), tx, QStringLiteral("--reason"),
                    QStringLiteral("Part returned"), QStringLiteral("--amount"),
                    QStringLiteral("500") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QJsonObject e = entry(tx);
        QCOMPARE(e.value(QLatin1String("refund_state")).toString(),
                 QStringLiteral("partly_refunded"));
        QCOMPARE(e.value(QLatin1String("refunded_minor")).toInteger(), 500);
        // Past the remainder: refused before sending.
        run = cli({ QStringLiteral("refund"), tx, QStringLiteral("--reason"),
                    QStringLiteral("Too much"), QStringLiteral("--amount"),
                    QStringLiteral("99999") });
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), before + 1);
        setPartialRefunds(false);
    }

    void batchAsksForConfirmation()
    {
        const QString tx = charge();
        const QString file = writeFile(QStringLiteral("ask.csv"), tx.toLatin1() + ",Returned\n");
        const int before = m_sim->refundRequestCount();
        const Run run = cli({ QStringLiteral("refund"), QStringLiteral("--batch"), file });
        QVERIFY2(run.exitCode == 1 && run.err.contains("--yes"), run.describe().constData());
        QVERIFY2(run.err.contains(tx.toLatin1()), run.describe().constData()); // the preview
        QCOMPARE(m_sim->refundRequestCount(), before);
    }

    void batchWritesTheResultAndNeverRunsTwice()
    {
        const QString a = charge();
        const QString b = charge();
        const QString file = writeFile(QStringLiteral("two.csv"),
                                       "transaction_id,reason\n" + a.toLatin1() + ",Returned\n"
                                           + b.toLatin1() + ",Returned\nPANOPE0000000009,X\n");
        const QString result = m_home.filePath(QStringLiteral("two-result.csv"));
        const int before = m_sim->refundRequestCount();
        Run run
            = cli({ QStringLiteral("--json"), QStringLiteral("refund"), QStringLiteral("--batch"),
                    file, QStringLiteral("--result"), result, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 2, run.describe().constData()); // one row refused
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(QLatin1String("refunded")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(m_sim->refundRequestCount(), before + 2);
        QFile f(result);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("row,transaction_id,outcome,message\r"));
        QVERIFY(lines.at(1).startsWith(QByteArray("1," + a.toLatin1() + ",refunded,")));
        QVERIFY(lines.at(3).startsWith("3,PANOPE0000000009,rejected,"));

        run = cli(
            { QStringLiteral("refund"), QStringLiteral("--batch"), file, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 1 && run.err.contains("nothing is sent again"),
                 run.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), before + 2);
    }

    void killedMidBatchResumesWithoutRefundingTwice()
    {
        QStringList ids;
        QByteArray csv;
        for (int i = 0; i < 6; ++i) {
            ids << charge();
            csv += ids.last().toLatin1() + ",Crash test\n";
        }
        const QString file = writeFile(QStringLiteral("crash.csv"), csv);
        const int before = m_sim->refundRequestCount();
        // Every refund is made at once and its answer held back: the kill lands between the
        // gateway's refund and the terminal's record of its answer.
        Fault hold;
        hold.kind = FaultKind::Delay;
        hold.delayMs = 1500;
        m_sim->setRefundFault(hold);
        QProcess process;
        process.setProgram(QStringLiteral(PAVT_CLI_EXECUTABLE));
        process.setArguments(
            { QStringLiteral("refund"), QStringLiteral("--batch"), file, QStringLiteral("--yes") });
        process.setProcessEnvironment(environment());
        int refunded = 0;
        const auto watch = connect(m_sim.get(), &GatewaySimulator::transactionChanged, this, [&] {
            if (++refunded == 3)
                process.kill(); // SIGKILL: no clean-up of any kind
        });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        QVERIFY(process.waitForStarted());
        QVERIFY(finished.wait(60000));
        disconnect(watch);
        m_sim->setRefundFault(Fault {});
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QCOMPARE(m_sim->refundRequestCount(), before + 3);
        int refundedAtGateway = 0;
        for (const QString &id : std::as_const(ids))
            refundedAtGateway += m_sim->transaction(id)->refunded ? 1 : 0;
        QCOMPARE(refundedAtGateway, 3);
        // The third row's refund was made, its answer never recorded.
        QCOMPARE(entry(ids.at(2)).value(QLatin1String("refund_state")).toString(),
                 QStringLiteral("requested"));

        // The same command again: the batch is resumed, the third row looked up, not resent.
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("refund"),
                              QStringLiteral("--batch"), file, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json().object().value(QLatin1String("refunded")).toInt(), 6);
        QCOMPARE(m_sim->refundRequestCount(), before + 6); // 3 + the 3 never sent before
        for (const QString &id : std::as_const(ids)) {
            QVERIFY(m_sim->transaction(id)->refunded);
            QCOMPARE(entry(id).value(QLatin1String("refund_state")).toString(),
                     QStringLiteral("refunded"));
        }
        QVERIFY(QFile::exists(file + QStringLiteral(".result.csv")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestBatchRefundCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_batchrefund_cli.moc"
