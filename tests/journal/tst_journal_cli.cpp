// SPDX-License-Identifier: MIT
// pavt-cli and the journal: charges journalled (in PAVT_DATA_DIR), the duplicate guard, history
// with filters (text and one JSON array), CSV export, refunds recorded, a refund of the other
// environment (test / live) refused, reconcile, and a journal that cannot be written or is damaged
// sending nothing. Against the in-process gateway simulator.
#include "core/journal/journal.h"
#include "sim/gatewaysimulator.h"
#include "support/clirun.h"
#include "support/journaltestsupport.h"
#include "support/testdata.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace pavt;
using namespace pavt::sim;

namespace {

const QByteArray Secret = QByteArrayLiteral("PA_TEST_journal0cli0test");
const QByteArray Key = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
// A live key for the refusal of the other environment; fake, and not shaped like a real one
// (fewer than 16 letters and digits after the prefix).
const QByteArray LiveSecret = QByteArrayLiteral("PA_LIVE_"
                                                "cli0test0only");

using Run = pavt::test::CliRun;

QByteArray requestJson(const char *card, const char *first = "Ada", const char *last = "Lovelace",
                       int amount = 1250)
{
    return test::cliRequestJson(card, first, last, amount);
}

} // namespace

class TestJournalCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<GatewaySimulator> m_sim;

    QProcessEnvironment environment(const QString &dataDir, const QByteArray &secretKey) const
    {
        return test::cliEnvironment(m_home.path(), dataDir, secretKey, Key, m_sim->baseUrl());
    }

    // Runs pavt-cli while this thread's event loop keeps the simulator serving.
    Run cli(const QStringList &args, const QByteArray &input = {}, const QString &dataDir = {},
            const QByteArray &secretKey = Secret)
    {
        const Run run = test::runCli(
            QStringLiteral(PAVT_CLI_EXECUTABLE), args,
            environment(dataDir.isEmpty() ? m_home.filePath(QStringLiteral("data")) : dataDir,
                        secretKey),
            input);
        const QList<QByteArray> secrets { QByteArray("4111111111111111"),
                                          QByteArray("4000000000000341"),
                                          QByteArray("4000000000000002"),
                                          Secret,
                                          LiveSecret,
                                          Key };
        if (test::printsSecret(run.out, secrets, "739")
            || test::printsSecret(run.err, secrets, "739"))
            qFatal("pavt-cli printed a secret: %s", run.describe().constData());
        return run;
    }

    QJsonArray history(const QStringList &filters = {})
    {
        const Run run
            = cli(QStringList { QStringLiteral("--json"), QStringLiteral("history") } + filters);
        if (run.exitCode != 0 || !run.json().isArray())
            qFatal("history: %s", run.describe().constData());
        return run.json().array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        SimulatorOptions options;
        options.secretKey = Secret;
        options.encryptionKey = Key;
        options.slowCardDelayMs = 1500;
        m_sim = std::make_unique<GatewaySimulator>(options);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void chargesAreJournalled()
    {
        const Run approved = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                                 requestJson("4111111111111111"));
        QVERIFY2(approved.exitCode == 0, approved.describe().constData());
        const QJsonObject o = approved.json().object();
        QVERIFY(o.value(QLatin1String("entry_id")).toInteger() > 0);
        const Run declined = cli({ QStringLiteral("charge") },
                                 requestJson("4000000000000002", "Alan", "Turing", 990));
        QVERIFY2(declined.exitCode == 2, declined.describe().constData());
        QCOMPARE(declined.out.count('\n'), 1); // still one line

        const QJsonArray all = history();
        QCOMPARE(all.size(), 2);
        const QJsonObject newest = all.at(0).toObject();
        const QJsonObject oldest = all.at(1).toObject();
        QCOMPARE(newest.value(QLatin1String("outcome")).toString(), QStringLiteral("declined"));
        QCOMPARE(oldest.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
        QCOMPARE(oldest.value(QLatin1String("transaction_id")).toString(),
                 o.value(QLatin1String("transaction_id")).toString());
        QCOMPARE(oldest.value(QLatin1String("order_id")).toString(),
                 o.value(QLatin1String("order_id")).toString());
        QCOMPARE(oldest.value(QLatin1String("card_first_six")).toString(),
                 QStringLiteral("411111"));
        QCOMPARE(oldest.value(QLatin1String("card_last_four")).toString(), QStringLiteral("1111"));
        QCOMPARE(oldest.value(QLatin1String("card_brand")).toString(), QStringLiteral("visa"));
        QCOMPARE(oldest.value(QLatin1String("amount")).toString(), QStringLiteral("12.50"));
        QCOMPARE(oldest.value(QLatin1String("amount_minor")).toInteger(), 1250);
        QCOMPARE(oldest.value(QLatin1String("first_name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(oldest.value(QLatin1String("environment")).toString(), QStringLiteral("test"));
        QVERIFY(!oldest.value(QLatin1String("operator")).toString().isNull());
        QCOMPARE(m_sim->chargeRequestCount(), 2);
    }

    void duplicateGuard()
    {
        const int before = m_sim->chargeRequestCount();
        // Same card, amount and currency as the approved charge a moment ago: warned, still sent.
        const Run warned = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                               requestJson("4111111111111111"));
        QVERIFY2(warned.exitCode == 0, warned.describe().constData());
        QVERIFY2(warned.err.contains("warning"), warned.describe().constData());
        QVERIFY(!warned.json().object().value(QLatin1String("duplicate_of")).toString().isEmpty());
        QCOMPARE(m_sim->chargeRequestCount(), before + 1);
        // --refuse-duplicate: nothing sent, exit 1.
        const Run refused = cli({ QStringLiteral("charge"), QStringLiteral("--refuse-duplicate") },
                                requestJson("4111111111111111"));
        QVERIFY2(refused.exitCode == 1, refused.describe().constData());
        QVERIFY(refused.err.contains("--refuse-duplicate"));
        QCOMPARE(m_sim->chargeRequestCount(), before + 1);
        // Another amount is no duplicate.
        const Run other = cli({ QStringLiteral("charge"), QStringLiteral("--refuse-duplicate") },
                              requestJson("4111111111111111", "Ada", "Lovelace", 1251));
        QVERIFY2(other.exitCode == 0, other.describe().constData());
    }

    void historyFiltersAndText()
    {
        QCOMPARE(history({ QStringLiteral("--outcome"), QStringLiteral("declined") }).size(), 1);
        QCOMPARE(
            history({ QStringLiteral("--outcome"), QStringLiteral("approved,declined") }).size(),
            4);
        QCOMPARE(history({ QStringLiteral("--name"), QStringLiteral("tur") }).size(), 1);
        QCOMPARE(history({ QStringLiteral("--name"), QStringLiteral("ADA") }).size(), 3);
        QCOMPARE(history({ QStringLiteral("--last4"), QStringLiteral("0002") }).size(), 1);
        QCOMPARE(history({ QStringLiteral("--email"), QStringLiteral("ada@") }).size(), 4);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(history({ QStringLiteral("--from"), today, QStringLiteral("--to"), today }).size(),
                 4);
        QCOMPARE(history({ QStringLiteral("--to"),
                           QDate::currentDate().addDays(-1).toString(Qt::ISODate) })
                     .size(),
                 0);
        QCOMPARE(history({ QStringLiteral("--limit"), QStringLiteral("2") }).size(), 2);
        const QString order
            = history().at(0).toObject().value(QLatin1String("order_id")).toString();
        QCOMPARE(history({ QStringLiteral("--order"), order }).size(), 1);

        const Run text
            = cli({ QStringLiteral("history"), QStringLiteral("--last4"), QStringLiteral("1111") });
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QCOMPARE(text.out.count('\n'), 3 + 2); // three entries, the count, the totals
        QVERIFY(text.out.contains("approved"));
        QVERIFY(text.out.contains(
            QString(QStringLiteral("411111") + QChar(0x2026) + QStringLiteral("1111")).toUtf8()));
        QVERIFY(text.out.contains("GBP 12.50"));

        const Run bad = cli(
            { QStringLiteral("history"), QStringLiteral("--outcome"), QStringLiteral("maybe") });
        QCOMPARE(bad.exitCode, 1);
        const Run badFour = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                  QStringLiteral("--last4"), QStringLiteral("12") });
        QCOMPARE(badFour.exitCode, 1);
        QCOMPARE(badFour.json().object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("usage_error"));
    }

    void exportCsv()
    {
        const QString path = m_home.filePath(QStringLiteral("out/history.csv"));
        QDir().mkpath(m_home.filePath(QStringLiteral("out")));
        const Run run = cli({ QStringLiteral("export"), QStringLiteral("--csv"), path,
                              QStringLiteral("--outcome"), QStringLiteral("approved") });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains("Exported 3 entries"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("created_at,updated_at,operator,"));
        QCOMPARE(csv.count("\r\n"), 4);
        QVERIFY(!csv.contains("4111111111111111"));
        QVERIFY(csv.contains(",411111,1111,Ada,Lovelace,"));
        const Run missing = cli({ QStringLiteral("export") });
        QCOMPARE(missing.exitCode, 1);
        const Run json = cli(
            { QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--csv"), path });
        QCOMPARE(json.json().object().value(QLatin1String("rows")).toInt(),
                 4); // the refused duplicate was never journalled
    }

    void refundIsRecorded()
    {
        const QJsonArray approved
            = history({ QStringLiteral("--outcome"), QStringLiteral("approved"),
                        QStringLiteral("--limit"), QStringLiteral("1") });
        const QString txid
            = approved.at(0).toObject().value(QLatin1String("transaction_id")).toString();
        const Run refund = cli({ QStringLiteral("refund"), txid, QStringLiteral("--reason"),
                                 QStringLiteral("Goods returned") });
        QVERIFY2(refund.exitCode == 0, refund.describe().constData());
        const QJsonObject entry
            = history({ QStringLiteral("--transaction"), txid }).at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("refund_state")).toString(), QStringLiteral("refunded"));
        QCOMPARE(entry.value(QLatin1String("refund_reason")).toString(),
                 QStringLiteral("Goods returned"));
        // A second refund is the gateway's to refuse, as before; the entry stays refunded.
        const Run again = cli({ QStringLiteral("refund"), txid, QStringLiteral("--reason"),
                                QStringLiteral("Twice") });
        QCOMPARE(again.exitCode, 5);
        const QJsonObject still
            = history({ QStringLiteral("--transaction"), txid }).at(0).toObject();
        QCOMPARE(still.value(QLatin1String("refund_state")).toString(), QStringLiteral("refunded"));
        QCOMPARE(still.value(QLatin1String("refund_reason")).toString(),
                 QStringLiteral("Goods returned"));
    }

    void refundOfTheOtherEnvironmentIsRefused()
    {
        // A charge journalled in the test environment is not refunded with live keys, nor a live
        // one with test keys: exit 1, both environments named, nothing sent, the entry unchanged.
        const QString dataDir = m_home.filePath(QStringLiteral("data-environments"));
        auto entry = [&](const QString &transactionId) {
            const Run run = cli({ QStringLiteral("--json"), QStringLiteral("history"),
                                  QStringLiteral("--transaction"), transactionId },
                                {}, dataDir);
            if (run.exitCode != 0 || run.json().array().size() != 1)
                qFatal("history: %s", run.describe().constData());
            return run.json().array().at(0).toObject();
        };
        auto refused = [&](const Run &run) {
            const QString message = QString::fromUtf8(run.out + run.err);
            return run.exitCode == 1 && message.contains(QLatin1String("test environment"))
                && message.contains(QLatin1String("live"));
        };

        const Run charged = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                                requestJson("4111111111111111", "Mary", "Jackson", 4200), dataDir);
        QVERIFY2(charged.exitCode == 0, charged.describe().constData());
        const QString testCharge
            = charged.json().object().value(QLatin1String("transaction_id")).toString();
        QVERIFY(!testCharge.isEmpty());
        QCOMPARE(entry(testCharge).value(QLatin1String("environment")).toString(),
                 QStringLiteral("test"));
        const int refunds = m_sim->refundRequestCount();

        const Run live = cli({ QStringLiteral("refund"), testCharge, QStringLiteral("--reason"),
                               QStringLiteral("Goods returned") },
                             {}, dataDir, LiveSecret);
        QVERIFY2(refused(live), live.describe().constData());
        const Run liveJson = cli({ QStringLiteral("--json"), QStringLiteral("refund"), testCharge,
                                   QStringLiteral("--reason"), QStringLiteral("Goods returned") },
                                 {}, dataDir, LiveSecret);
        QVERIFY2(refused(liveJson), liveJson.describe().constData());
        QCOMPARE(liveJson.json().object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("usage_error"));
        QCOMPARE(m_sim->refundRequestCount(), refunds);
        QVERIFY(!m_sim->transaction(testCharge)->refunded);
        QJsonObject unchanged = entry(testCharge);
        QCOMPARE(unchanged.value(QLatin1String("refund_state")).toString(), QStringLiteral("none"));
        QVERIFY(unchanged.value(QLatin1String("refund_reason")).isNull());

        // The other way round: a live charge (through a live simulator) and test keys.
        SimulatorOptions options;
        options.secretKey = LiveSecret;
        options.encryptionKey = Key;
        GatewaySimulator liveSim(options);
        QVERIFY2(liveSim.start(), qPrintable(liveSim.errorString()));
        const QStringList atLive { QStringLiteral("--base-url"), liveSim.baseUrl().toString() };
        const Run liveCharged = cli(
            atLive + QStringList { QStringLiteral("--json"), QStringLiteral("charge") },
            requestJson("4111111111111111", "Katherine", "Johnson", 4300), dataDir, LiveSecret);
        QVERIFY2(liveCharged.exitCode == 0, liveCharged.describe().constData());
        const QString liveCharge
            = liveCharged.json().object().value(QLatin1String("transaction_id")).toString();
        QCOMPARE(entry(liveCharge).value(QLatin1String("environment")).toString(),
                 QStringLiteral("live"));
        const Run withTestKeys = cli({ QStringLiteral("refund"), liveCharge,
                                       QStringLiteral("--reason"), QStringLiteral("Returned") },
                                     {}, dataDir);
        QVERIFY2(withTestKeys.exitCode == 1 && withTestKeys.err.contains("live environment")
                     && withTestKeys.err.contains("test"),
                 withTestKeys.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), refunds);
        QCOMPARE(liveSim.refundRequestCount(), 0);
        QCOMPARE(entry(liveCharge).value(QLatin1String("refund_state")).toString(),
                 QStringLiteral("none"));

        // With the keys of its own environment the refund is sent and recorded, as before.
        const Run own = cli({ QStringLiteral("refund"), testCharge, QStringLiteral("--reason"),
                              QStringLiteral("Goods returned") },
                            {}, dataDir);
        QVERIFY2(own.exitCode == 0, own.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), refunds + 1);
        QCOMPARE(entry(testCharge).value(QLatin1String("refund_state")).toString(),
                 QStringLiteral("refunded"));
    }

    void unknownChargeIsReconciled()
    {
        const int before = m_sim->chargeRequestCount();
        const Run dropped = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                                requestJson("4000000000000341", "Grace", "Hopper"));
        QVERIFY2(dropped.exitCode == 4, dropped.describe().constData());
        const QString order = dropped.json().object().value(QLatin1String("order_id")).toString();
        QCOMPARE(history({ QStringLiteral("--order"), order })
                     .at(0)
                     .toObject()
                     .value(QLatin1String("outcome"))
                     .toString(),
                 QStringLiteral("unknown"));
        const Run reconcile = cli({ QStringLiteral("--json"), QStringLiteral("reconcile") });
        QVERIFY2(reconcile.exitCode == 0, reconcile.describe().constData());
        QVERIFY(reconcile.json().isArray());
        const QJsonObject settled = history({ QStringLiteral("--order"), order }).at(0).toObject();
        QCOMPARE(settled.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
        QCOMPARE(settled.value(QLatin1String("transaction_id")).toString(),
                 m_sim->transactionByOrderId(order)->transactionId);
        QCOMPARE(m_sim->chargeRequestCount(), before + 1); // looked up, not sent again
        const Run nothing = cli({ QStringLiteral("reconcile") });
        QVERIFY2(nothing.exitCode == 0 && nothing.out.contains("0 entries looked up"),
                 nothing.describe().constData());
    }

    void unwritableJournalSendsNothing()
    {
        const int before = m_sim->chargeRequestCount();
        QFile blocker(m_home.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                            requestJson("4242424242424242"),
                            m_home.filePath(QStringLiteral("not-a-folder/data")));
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.json().object().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("usage_error"));
        QCOMPARE(m_sim->chargeRequestCount(), before);
    }

    void damagedJournalSendsNothing()
    {
        // A journal whose file was damaged (a failing disk, a torn copy) is checked before a
        // charge (PRAGMA quick_check): exit 1, the file named, nothing sent, nothing refunded.
        const QString dataDir = m_home.filePath(QStringLiteral("data-damaged"));
        QVERIFY(QDir().mkpath(dataDir));
        JournalConfig config;
        config.sqlitePath = dataDir + QStringLiteral("/journal.sqlite3");
        {
            auto journal = Journal::open(config);
            QVERIFY(journal);
            QList<JournalEntry> entries;
            for (int i = 0; i < 400; ++i) {
                JournalEntry e = test::sampleEntry(QStringLiteral("OLD-%1").arg(i));
                e.createdAt = QDateTime::currentDateTimeUtc().addDays(-2).addSecs(i);
                e.updatedAt = e.createdAt;
                e.outcome = EntryOutcome::Approved;
                e.transactionId = QStringLiteral("PA-OLD-%1").arg(i);
                entries << e;
            }
            QVERIFY((*journal)->insertBatch(entries));
        }
        QVERIFY(test::damageSqliteJournal(config.sqlitePath) > 0);
        const int charges = m_sim->chargeRequestCount();
        const int refunds = m_sim->refundRequestCount();

        const Run json = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                             requestJson("4242424242424242"), dataDir);
        QVERIFY2(json.exitCode == 1, json.describe().constData());
        const QJsonObject o = json.json().object();
        QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("usage_error"));
        const QString message = o.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(u"nothing was sent") && message.contains(u"is damaged")
                     && message.contains(QDir::toNativeSeparators(config.sqlitePath)),
                 qPrintable(message));

        const Run text
            = cli({ QStringLiteral("charge") }, requestJson("4242424242424242"), dataDir);
        QVERIFY2(text.exitCode == 1 && text.err.contains("is damaged") && text.out.isEmpty(),
                 text.describe().constData());
        const Run refund = cli({ QStringLiteral("refund"), QStringLiteral("PA-OLD-7"),
                                 QStringLiteral("--reason"), QStringLiteral("Returned") },
                               {}, dataDir);
        QVERIFY2(refund.exitCode == 1 && refund.err.contains("is damaged"),
                 refund.describe().constData());
        const Run reconcile = cli({ QStringLiteral("reconcile") }, {}, dataDir);
        QVERIFY2(reconcile.exitCode == 1 && reconcile.err.contains("is damaged"),
                 reconcile.describe().constData());
        QCOMPARE(m_sim->chargeRequestCount(), charges);
        QCOMPARE(m_sim->refundRequestCount(), refunds);
    }

    void leftoverFilesDoNotBlockTheNextStart()
    {
#ifndef Q_OS_UNIX
        QSKIP("file owners and modes: Unix only");
#else
        // pavt-cli runs as an ordinary user: "nobody" when the test runs as root (root opens any
        // file, so only another user meets what blocked a start), else the test's own user.
        const bool root = ::geteuid() == 0;
        const passwd *nobody = root ? ::getpwnam("nobody") : nullptr;
        if (root && !nobody)
            QSKIP("running as root without a user 'nobody' to run pavt-cli as");
        QTemporaryDir top(QDir::tempPath() + QStringLiteral("/pavt-cli-files-XXXXXX"));
        QVERIFY(top.isValid());
        QVERIFY(QFile::setPermissions(top.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther));
        const QString dataDir = top.filePath(QStringLiteral("data"));
        const QString configDir = top.filePath(QStringLiteral("config"));
        const QString journal = dataDir + QStringLiteral("/journal.sqlite3");
        auto give = [&](const QString &path) {
            if (root)
                QVERIFY(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid)
                        == 0);
        };
        auto mode = [](const QString &path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777)
                                                                         : -1;
        };
        for (const QString &dir : { dataDir, configDir }) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            give(dir);
        }
        auto history = [&] {
            QProcess process;
            QStringList args { QStringLiteral("history") };
            if (root) {
                process.setProgram(QStringLiteral("runuser"));
                args = QStringList { QStringLiteral("-u"), QStringLiteral("nobody"),
                                     QStringLiteral("--"), QStringLiteral(PAVT_CLI_EXECUTABLE) }
                    + args;
            } else {
                process.setProgram(QStringLiteral(PAVT_CLI_EXECUTABLE));
            }
            process.setArguments(args);
            QProcessEnvironment env = environment(dataDir, Secret);
            env.insert(QStringLiteral("HOME"), top.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), top.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
            env.insert(QStringLiteral("PAVT_CONFIG_DIR"), configDir);
            env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            process.setProcessEnvironment(env);
            process.setWorkingDirectory(top.path());
            process.start();
            if (!process.waitForFinished(60000))
                qFatal("pavt-cli history did not finish");
            Run run;
            run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
            run.out = process.readAllStandardOutput();
            run.err = process.readAllStandardError();
            return run;
        };
        auto leftover = [&](const char *suffix, int fileMode) {
            const QString path = journal + QLatin1StringView(suffix);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.close();
            give(path);
            QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)) == 0);
        };

        const Run created = history(); // makes the journal, as that user
        QVERIFY2(created.exitCode == 0, created.describe().constData());
        QVERIFY(QFile::exists(journal));
        // The user's own -wal and -shm left unreadable (a crash, a restore): given back 0600.
        leftover("-wal", 0);
        leftover("-shm", 0);
        const Run unreadable = history();
        QVERIFY2(unreadable.exitCode == 0, unreadable.describe().constData());
        // The user's own -shm left read-only, and the folder without its write right.
        leftover("-shm", 0400);
        QVERIFY(::chmod(QFile::encodeName(dataDir).constData(), 0500) == 0);
        const Run readOnly = history();
        QVERIFY2(readOnly.exitCode == 0, readOnly.describe().constData());
        QCOMPARE(mode(dataDir), 0700);
        QCOMPARE(mode(journal), 0600);
        if (!root)
            QSKIP("a file of another user needs root to make");
        // A -shm of another user (root, from a start with sudo): refused, the file named, and
        // what to do; nothing changed.
        leftover("-shm", 0600);
        QVERIFY(::chown(QFile::encodeName(journal + QStringLiteral("-shm")).constData(), 0, 0)
                == 0);
        const Run foreign = history();
        QVERIFY2(foreign.exitCode == 1
                     && foreign.err.contains(QByteArray(journal.toUtf8() + "-shm"))
                     && foreign.err.contains("belongs to another user (root)")
                     && foreign.err.contains("chown nobody"),
                 foreign.describe().constData());
        QVERIFY(QFile::remove(journal + QStringLiteral("-shm")));
        const Run again = history();
        QVERIFY2(again.exitCode == 0, again.describe().constData());
#endif
    }

    void outcomeIsWrittenWhenTheDatabaseComesBack()
    {
        // Seen: pavt-cli printed "approved" but left the entry pending until the next run, as the
        // PostgreSQL server went away while the answer was on its way. Now it waits a few seconds
        // for the server and writes the outcome; when the server stays away it says so, and the
        // entry stays pending for the next start to reconcile. Never sent twice.
        const auto backend = test::JournalTestBackend::fromEnvironment();
        if (!backend.isPostgres())
            QSKIP("PostgreSQL only: its server goes away and comes back (ctest: "
                  "tst_journal_cli_pgrestart)");
        if (backend.reportSkip("tst_journal_cli"))
            QSKIP("no PostgreSQL server");
        const test::PgServerControl server;
        if (const QString why = server.unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QTemporaryDir dir;
        const JournalConfig config = backend.freshConfig(dir);
        const QString configDir = m_home.filePath(QStringLiteral("config-pg"));
        QVERIFY(QDir().mkpath(configDir));
        {
            QSettings ini(configDir + QStringLiteral("/pavt.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("journal/backend"), QStringLiteral("postgresql"));
            ini.setValue(QStringLiteral("journal/connection"), config.connection);
        }
        // The slow card's answer comes 2.5 s after its request: the server is stopped meanwhile.
        SimulatorOptions options;
        options.secretKey = Secret;
        options.encryptionKey = Key;
        options.slowCardDelayMs = 2500;
        GatewaySimulator slow(options);
        QVERIFY2(slow.start(), qPrintable(slow.errorString()));
        auto start = [&](QProcess &process, const QStringList &args, const QByteArray &input) {
            process.setProgram(QStringLiteral(PAVT_CLI_EXECUTABLE));
            process.setArguments(QStringList { QStringLiteral("--base-url"),
                                               slow.baseUrl().toString(),
                                               QStringLiteral("--timeout"), QStringLiteral("30") }
                                 + args);
            QProcessEnvironment env
                = environment(m_home.filePath(QStringLiteral("data-pg")), Secret);
            env.insert(QStringLiteral("PAVT_CONFIG_DIR"), configDir);
            process.setProcessEnvironment(env);
            process.start();
            QVERIFY(process.waitForStarted());
            process.write(input);
            process.closeWriteChannel();
        };
        auto finish = [&](QProcess &process, int timeoutMs) {
            if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; },
                                 timeoutMs))
                qFatal("pavt-cli did not finish");
            Run run;
            run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
            run.out = process.readAllStandardOutput();
            run.err = process.readAllStandardError();
            return run;
        };
        auto outcomeOf = [&](const QString &orderId) {
            const auto rows = test::rawRows(
                config,
                QStringLiteral("SELECT outcome FROM entries WHERE order_id = '%1'").arg(orderId));
            return rows.isEmpty() ? -1 : rows.first().first().toInt();
        };

        // 1. The server is back within pavt-cli's wait: the outcome is written.
        {
            QProcess process;
            start(process, { QStringLiteral("--json"), QStringLiteral("charge") },
                  requestJson("4000000000000259", "Ada", "Lovelace", 1301));
            QVERIFY(QTest::qWaitFor([&] { return slow.chargeRequestCount() == 1; }, 20000));
            QVERIFY(server.stop());
            QTest::qWait(3000); // the answer arrives (2.5 s) while the server is away
            QVERIFY(server.start());
            const Run run = finish(process, 30000);
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            const QJsonObject o = run.json().object();
            QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
            QVERIFY2(!o.contains(QLatin1String("journal_pending")), run.describe().constData());
            QVERIFY2(run.err.contains("waiting up to 5 second")
                         && run.err.contains("has been written to the journal")
                         && !run.err.contains("QSqlQuery"),
                     run.describe().constData());
            QCOMPARE(outcomeOf(o.value(QLatin1String("order_id")).toString()),
                     int(EntryOutcome::Approved));
        }
        // 2. The server stays away: said on stderr, the entry stays pending, the next start (here
        //    pavt-cli reconcile) looks it up. The card is charged once.
        {
            QProcess process;
            start(process, { QStringLiteral("--json"), QStringLiteral("charge") },
                  requestJson("4000000000000259", "Ada", "Lovelace", 1302));
            QVERIFY(QTest::qWaitFor([&] { return slow.chargeRequestCount() == 2; }, 20000));
            QVERIFY(server.stop());
            const Run run = finish(process, 30000);
            QVERIFY(server.start());
            QVERIFY2(run.exitCode == 0, run.describe().constData());
            const QJsonObject o = run.json().object();
            QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
            QCOMPARE(o.value(QLatin1String("journal_pending")).toBool(), true);
            QVERIFY2(run.err.contains("could not be written to the journal")
                         && run.err.contains("stays pending")
                         && run.err.contains("Do not charge again"),
                     run.describe().constData());
            const QString order = o.value(QLatin1String("order_id")).toString();
            QCOMPARE(outcomeOf(order), int(EntryOutcome::Pending));
            QProcess reconcile;
            start(reconcile, { QStringLiteral("reconcile") }, {});
            const Run looked = finish(reconcile, 60000);
            QVERIFY2(looked.exitCode == 0, looked.describe().constData());
            QCOMPARE(outcomeOf(order), int(EntryOutcome::Approved));
        }
        QCOMPARE(slow.chargeRequestCount(), 2);
    }

    // End of day from the shell: pavt-cli settle against a gateway of its own (other slots'
    // charges would be gateway-only here): matched (exit 0), a charge the gateway lost is serious
    // (journal-only, exit 7), a refund made elsewhere is listed and learnt with --apply, and a
    // second --apply changes nothing.
    void settleMatchesFlagsAndApplies()
    {
        SimulatorOptions options;
        options.secretKey = Secret;
        options.encryptionKey = Key;
        GatewaySimulator gateway(options);
        QVERIFY2(gateway.start(), qPrintable(gateway.errorString()));
        const QString data = m_home.filePath(QStringLiteral("data-settle"));
        const QStringList base { QStringLiteral("--base-url"), gateway.baseUrl().toString() };
        QStringList ids;
        for (const int amount : { 1250, 2990, 4100 }) {
            const Run charged
                = cli(base + QStringList { QStringLiteral("--json"), QStringLiteral("charge") },
                      requestJson("4111111111111111", "Ada", "Lovelace", amount), data);
            QVERIFY2(charged.exitCode == 0, charged.describe().constData());
            ids << charged.json().object().value(QLatin1String("transaction_id")).toString();
        }
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QStringList settle
            = base + QStringList { QStringLiteral("--json"), QStringLiteral("settle"),
                                   QStringLiteral("--from"), today,
                                   QStringLiteral("--to"),   today };
        const auto idsIn = [](const Run &run, const char *key) {
            QStringList out;
            for (const QJsonValue &v : run.json().object().value(QLatin1String(key)).toArray())
                out << v.toObject().value(QLatin1String("transaction_id")).toString();
            return out;
        };
        const Run clean = cli(settle, {}, data);
        QVERIFY2(clean.exitCode == 0, clean.describe().constData());
        QCOMPARE(idsIn(clean, "matched").size(), 3);
        for (const char *key : { "gateway_only", "journal_only", "mismatched", "refunded",
                                 "charged_back", "suspicious" })
            QVERIFY2(idsIn(clean, key).isEmpty(), key);
        QVERIFY(clean.json().object().contains(QLatin1String("totals")));

        QVERIFY(gateway.forgetTransaction(ids.at(0)));
        QVERIFY(gateway.markRefunded(ids.at(1)));
        const Run serious = cli(settle, {}, data);
        QVERIFY2(serious.exitCode == 7, serious.describe().constData());
        QCOMPARE(idsIn(serious, "journal_only"), QStringList { ids.at(0) });
        QCOMPARE(idsIn(serious, "refunded"), QStringList { ids.at(1) });

        const Run applied = cli(settle + QStringList { QStringLiteral("--apply") }, {}, data);
        QVERIFY2(applied.exitCode == 7, applied.describe().constData()); // still journal-only
        const Run again = cli(settle + QStringList { QStringLiteral("--apply") }, {}, data);
        QVERIFY2(again.exitCode == 7, again.describe().constData());
        QVERIFY2(again.json().object().value(QLatin1String("changes")).toArray().isEmpty(),
                 again.describe().constData());
        const Run refundedEntry
            = cli({ QStringLiteral("--json"), QStringLiteral("history") }, {}, data);
        bool learnt = false;
        for (const QJsonValue &v : refundedEntry.json().array())
            if (v.toObject().value(QLatin1String("transaction_id")).toString() == ids.at(1))
                learnt
                    = v.toObject().value(QLatin1String("refund_state")).toString() == u"refunded";
        QVERIFY2(learnt, refundedEntry.describe().constData());
    }

    // A setting pavt-cli cannot use stops it before anything is sent or journalled: a damaged
    // settings file (a seat set up for the shared PostgreSQL journal must not journal into a new
    // local SQLite file), a wrong choice, an invalid base URL, a bad timeout.
    void settingsItCannotUseStopIt_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::newRow("stray quote") << QByteArray("\"\n[journal]\nbackend=postgresql\n"
                                                   "connection=host=127.0.0.1 dbname=x\n")
                                     << QStringLiteral("damaged");
        QTest::newRow("amount unit")
            << QByteArray("[gateway]\namountUnit=majr\n") << QStringLiteral("gateway/amountUnit");
        QTest::newRow("country format") << QByteArray("[gateway]\ncountryFormat=alpha9\n")
                                        << QStringLiteral("gateway/countryFormat");
        QTest::newRow("base url") << QByteArray("[gateway]\nbaseUrl=::::\n")
                                  << QStringLiteral("gateway/baseUrl");
        QTest::newRow("timeout") << QByteArray("[gateway]\ntimeoutSeconds=abc\n")
                                 << QStringLiteral("gateway/timeoutSeconds");
        QTest::newRow("typo") << QByteArray("[gateway]\namountunit=major\n")
                              << QStringLiteral("did you mean gateway/amountUnit");
    }
    void settingsItCannotUseStopIt()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        const QString configDir = m_home.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(configDir));
        const QString path = QDir(configDir).filePath(QStringLiteral("pavt.ini"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ini);
        }
        const int before = m_sim->chargeRequestCount();
        const QString data = m_home.filePath(QStringLiteral("settings-data"));
        const Run run = cli({ QStringLiteral("charge") }, requestJson("4242424242424242"), data);
        QFile::remove(path);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(named.toUtf8()) && run.err.contains(path.toUtf8()),
                 run.describe().constData());
        QCOMPARE(m_sim->chargeRequestCount(), before);
        QVERIFY2(!QFileInfo::exists(QDir(data).filePath(QStringLiteral("journal.sqlite3"))),
                 "a journal was created");
    }

    // "amount":29007 ... "amount":29107 charged 29107: a repeated key is refused, nothing sent.
    void aRepeatedKeyIsRefused()
    {
        const int before = m_sim->chargeRequestCount();
        QByteArray json = requestJson("4242424242424242", "Ada", "Lovelace", 29007);
        json.chop(1);
        json += ",\"amount\":29107}";
        const Run run = cli({ QStringLiteral("charge") }, json);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains("\"amount\" more than once"), run.describe().constData());
        QCOMPARE(m_sim->chargeRequestCount(), before);
    }

    void journalFilesHoldNoCardData()
    {
        QDirIterator it(m_home.filePath(QStringLiteral("data")), QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            for (const char *card :
                 { "4111111111111111", "4000000000000002", "4000000000000341", "4242424242424242" })
                QVERIFY2(!bytes.contains(card), qPrintable(f.fileName()));
            QVERIFY(!bytes.contains("\"739\"") && !bytes.contains("card_cvv"));
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalCli)

#include "tst_journal_cli.moc"
