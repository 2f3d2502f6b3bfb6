// SPDX-License-Identifier: MIT
// pavt-sim as a program: its options, where its keys come from, and one charge against the real
// process on 127.0.0.1.
#include "sim/simulatorcommandline.h"
#include "support/simtestsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt::sim;
using namespace simtest;

class TestSimulatorCli : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment keysEnvironment()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAVT_SIM_SECRET_KEY"), QString::fromLatin1(SecretKey));
        env.insert(QStringLiteral("PAVT_SIM_ENCRYPTION_KEY"), QString::fromLatin1(EncryptionKey));
        return env;
    }
    static pavt::Result<SimulatorCommandLine>
    parse(QStringList arguments, const QProcessEnvironment &env = keysEnvironment())
    {
        arguments.prepend(QStringLiteral("pavt-sim"));
        return SimulatorCommandLine::parse(arguments, env);
    }
    static QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
    {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

private slots:
    void keysFromEnvironment()
    {
        const auto cl = parse({ QStringLiteral("--port"), QStringLiteral("0") });
        QVERIFY2(cl, cl ? "" : qPrintable(cl.error().message));
        QCOMPARE(cl->action, SimulatorCommandLine::Action::Run);
        QCOMPARE(cl->options.secretKey, SecretKey);
        QCOMPARE(cl->options.encryptionKey, EncryptionKey);
        QCOMPARE(cl->options.port, quint16(0));
        QCOMPARE(cl->options.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(cl->options.slowCardDelayMs, 20000);
        QCOMPARE(cl->keySource, QStringLiteral("keys: from environment"));
    }

    void keysFromFiles()
    {
        QTemporaryDir dir;
        const QString secret = writeFile(dir, "secret", "PA_LIVE_from0file\n");
        const QString encryption = writeFile(dir, "encryption", QByteArray(32, 'e') + "\r\n");
        const auto cl
            = parse({ QStringLiteral("--secret-key-file"), secret,
                      QStringLiteral("--encryption-key-file"), encryption,
                      QStringLiteral("--slow-ms"), QStringLiteral("1500"), QStringLiteral("--port"),
                      QStringLiteral("8443"), QStringLiteral("--address"), QStringLiteral("::1") });
        QVERIFY2(cl, cl ? "" : qPrintable(cl.error().message));
        QCOMPARE(cl->options.secretKey, QByteArray("PA_LIVE_from0file"));
        QCOMPARE(cl->options.encryptionKey, QByteArray(32, 'e'));
        QCOMPARE(cl->options.slowCardDelayMs, 1500);
        QCOMPARE(cl->options.port, quint16(8443));
        QCOMPARE(cl->options.address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(cl->keySource, QStringLiteral("keys: from files"));
        // A file wins over the environment, key by key.
        const auto mixed = parse({ QStringLiteral("--secret-key-file"), secret });
        QVERIFY(mixed);
        QCOMPARE(mixed->options.secretKey, QByteArray("PA_LIVE_from0file"));
        QCOMPARE(mixed->options.encryptionKey, EncryptionKey);
        QCOMPARE(mixed->keySource,
                 QStringLiteral("keys: secret key from file, encryption key from environment"));
        QVERIFY(!parse(
            { QStringLiteral("--secret-key-file"), dir.filePath(QStringLiteral("missing")) }));
    }

    void keysNeverOnTheCommandLine()
    {
        for (const QString &option :
             { QStringLiteral("--secret-key"), QStringLiteral("--encryption-key") }) {
            const auto cl = parse({ option, QStringLiteral("PA_TEST_visible0to0all") });
            QVERIFY(!cl);
            QVERIFY(cl.error().message.contains(QLatin1String("PAVT_SIM_SECRET_KEY")));
            QVERIFY(!cl.error().message.contains(QLatin1String("visible0to0all")));
        }
        const auto help = parse({ QStringLiteral("--help") });
        QVERIFY(help);
        QCOMPARE(help->action, SimulatorCommandLine::Action::ShowHelp);
        QVERIFY(!help->helpText.contains(QLatin1String("--secret-key ")));
        QVERIFY(help->helpText.contains(QLatin1String("--secret-key-file")));
        QVERIFY(help->helpText.contains(QLatin1String("4000000000003220")));
    }

    void missingKeys()
    {
        const auto none = parse({}, QProcessEnvironment());
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QLatin1String("--write-keys")));
        QProcessEnvironment onlySecret;
        onlySecret.insert(QStringLiteral("PAVT_SIM_SECRET_KEY"), QString::fromLatin1(SecretKey));
        const auto half = parse({}, onlySecret);
        QVERIFY(!half);
        QVERIFY(half.error().message.contains(QLatin1String("encryption key")));
    }

    void writeKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.env"));
        writeFile(dir, "keys.env", "old content");
        QFile::setPermissions(path, QFileDevice::Permissions(0x6666)); // world-readable beforehand
        const auto cl = parse({ QStringLiteral("--write-keys"), path }, QProcessEnvironment());
        QVERIFY2(cl, cl ? "" : qPrintable(cl.error().message));
        QVERIFY(cl->options.secretKey.startsWith("PA_TEST_"));
        QCOMPARE(cl->options.encryptionKey.size(), 32);
        QVERIFY(cl->keySource.contains(path));
        QVERIFY(!cl->keySource.contains(QString::fromLatin1(cl->options.secretKey)));
        QCOMPARE(QFile::permissions(path),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content,
                 "PAVT_SIM_SECRET_KEY=" + cl->options.secretKey
                     + "\nPAVT_SIM_ENCRYPTION_KEY=" + cl->options.encryptionKey + '\n');
        // Not when keys were given.
        QVERIFY(!parse({ QStringLiteral("--write-keys"), path }));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port text")
            << QStringList { QStringLiteral("--port"), QStringLiteral("http") };
        QTest::newRow("port big") << QStringList { QStringLiteral("--port"),
                                                   QStringLiteral("70000") };
        QTest::newRow("address") << QStringList { QStringLiteral("--address"),
                                                  QStringLiteral("localhost.invalid") };
        QTest::newRow("slow") << QStringList { QStringLiteral("--slow-ms"), QStringLiteral("-1") };
        QTest::newRow("cert without key")
            << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent") };
        QTest::newRow("missing cert")
            << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent"),
                             QStringLiteral("--tls-key"), QStringLiteral("/nonexistent") };
        QTest::newRow("unknown") << QStringList { QStringLiteral("--frobnicate") };
        QTest::newRow("positional") << QStringList { QStringLiteral("extra") };
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        const auto cl = parse(arguments);
        QVERIFY(!cl);
        QVERIFY(!cl.error().message.isEmpty());
    }

    void listCards()
    {
        const auto cl = parse({ QStringLiteral("--list-cards") });
        QVERIFY(cl);
        QCOMPARE(cl->action, SimulatorCommandLine::Action::ListCards);
        const QString table = SimulatorCommandLine::testCardTable();
        for (const TestCard &card : GatewaySimulator::testCards())
            QVERIFY(table.contains(card.number));
        QVERIFY(table.contains(QLatin1String("not of the real sandbox")));
    }

    void runsAsAProcess()
    {
        QProcess sim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAVT_SIM_SECRET_KEY"), QString::fromLatin1(SecretKey));
        env.insert(QStringLiteral("PAVT_SIM_ENCRYPTION_KEY"), QString::fromLatin1(EncryptionKey));
        sim.setProcessEnvironment(env);
        sim.start(QStringLiteral(PAVT_SIM_EXECUTABLE),
                  { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--slow-ms"),
                    QStringLiteral("500") });
        QVERIFY2(sim.waitForStarted(5000), qPrintable(sim.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10000);
        const QString line = QString::fromLocal8Bit(sim.readLine());
        static const QRegularExpression pattern(
            QStringLiteral("^pavt-sim listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"));
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY(match.captured(2).toInt() > 0);

        Client client(QUrl(match.captured(1)));
        const QJsonObject fields
            = chargeFields(QStringLiteral("4242424242424242"), QStringLiteral("CLI-1"),
                           QDate::currentDate().year() + 2);
        const Response r = client.charge(fields);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("SUCCESS"));
        // The slow card honours --slow-ms.
        const Response slow
            = client.charge(chargeFields(QStringLiteral("4000000000000259"),
                                         QStringLiteral("CLI-2"), QDate::currentDate().year() + 2));
        QCOMPARE(slow.status, 200);
        QVERIFY(slow.elapsedMs >= 450);

        sim.terminate(); // SIGTERM: a clean stop
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(sim.readAllStandardOutput().isEmpty()); // exactly one line on stdout
        const QByteArray err = sim.readAllStandardError();
        QVERIFY2(err.contains("keys: from environment"), err.constData());
        QVERIFY(!err.contains(SecretKey));
        QVERIFY(!err.contains(EncryptionKey));
        QVERIFY(!err.contains("4242424242424242"));
    }

    void processRefusesKeysInArguments()
    {
        QProcess sim;
        sim.setProcessEnvironment(QProcessEnvironment());
        sim.start(QStringLiteral(PAVT_SIM_EXECUTABLE),
                  { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--secret-key"),
                    QStringLiteral("PA_TEST_abc") });
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardOutput().isEmpty());
        QVERIFY(sim.readAllStandardError().contains("PAVT_SIM_SECRET_KEY"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorCli)
#include "tst_simulatorcli.moc"
