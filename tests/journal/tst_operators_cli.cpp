// SPDX-License-Identifier: MIT
// pavt-cli with operators' accounts, against the in-process gateway simulator: single-user mode
// until the first administrator is created; then every command signs in as PAVT_OPERATOR and is
// refused (exit 1, a message, an audit record) when the role does not allow it - every command
// for every role; a refund above the limit without and with a supervisor's approval; the lock-out;
// audit list and verify, and verify naming a changed record; and no password in any output, file
// or command line.
#include "core/journal/audittrail.h"
#include "sim/gatewaysimulator.h"
#include "support/clirun.h"
#include "support/testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;

namespace {

const QByteArray Secret = QByteArrayLiteral("PA_TEST_operators0cli0test");
const QByteArray Key = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");

const QString RootPassword = QStringLiteral("root-secret-pass-01");
const QString FirstPassword = QStringLiteral("first-secret-pass-02");
QString own(const QString &name)
{
    return name + QStringLiteral("-own-secret-pass-03");
}

using Run = pavt::test::CliRun;

QByteArray requestJson(int amount = 1250)
{
    return test::cliRequestJson("4111111111111111", "Ada", "Lovelace", amount);
}

struct Command
{
    const char *name;
    QStringList args;
    QByteArray input;
};

} // namespace

class TestOperatorsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<GatewaySimulator> m_sim;
    QStringList m_passwords { RootPassword, FirstPassword };
    QString m_transaction; // an approved charge of ann's

    QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }

    QProcessEnvironment environment(const QString &op, const QString &password) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys())
            if (name.startsWith(u"PAVT_"))
                env.remove(name);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_home.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("PAVT_DATA_DIR"), dataDir());
        env.insert(QStringLiteral("PAVT_CONFIG_DIR"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(Secret));
        env.insert(QStringLiteral("PAVT_ENCRYPTION_KEY"), QString::fromLatin1(Key));
        env.insert(QStringLiteral("PAVT_BASE_URL"), m_sim->baseUrl().toString());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pavt.*.info=false"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (!op.isEmpty())
            env.insert(QStringLiteral("PAVT_OPERATOR"), op);
        if (!password.isEmpty())
            env.insert(QStringLiteral("PAVT_OPERATOR_PASSWORD"), password);
        return env;
    }

    Run cli(const QStringList &args, const QString &op = {}, const QString &password = {},
            const QByteArray &input = {}, const QList<std::pair<QString, QString>> &extraEnv = {})
    {
        QProcessEnvironment env = environment(op, password);
        for (const auto &[k, v] : extraEnv)
            env.insert(k, v);
        const Run run = test::runCli(
            QStringLiteral(PAVT_CLI_EXECUTABLE), args, env, input, [this](qint64 pid) {
                // Never on the command line: the process list shows argv only.
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (cmdline.open(QIODevice::ReadOnly)) {
                    const QByteArray argv = cmdline.readAll();
                    for (const QString &p : std::as_const(m_passwords))
                        if (argv.contains(p.toUtf8()))
                            qFatal("a password on the command line: %s", argv.constData());
                }
            });
        for (const QString &p : std::as_const(m_passwords))
            if (run.out.contains(p.toUtf8()) || run.err.contains(p.toUtf8()))
                qFatal("pavt-cli printed a password: %s", run.describe().constData());
        if (run.out.contains("4111111111111111") || run.err.contains("4111111111111111"))
            qFatal("pavt-cli printed a card number");
        return run;
    }

    Run as(const QString &name, const QStringList &args, const QByteArray &input = {})
    {
        return cli(args, name, own(name), input);
    }

    // A plain connection to the journal, as an attacker with the file would have.
    void rawExec(const QString &sql)
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(QDir(dataDir()).filePath(QStringLiteral("journal.sqlite3")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        for (const char *n : { "ann", "sam", "sue", "fin", "adm" })
            m_passwords << own(QString::fromLatin1(n));
        SimulatorOptions options;
        options.secretKey = Secret;
        options.encryptionKey = Key;
        m_sim = std::make_unique<GatewaySimulator>(options);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void singleUserUntilTheFirstAdministrator()
    {
        // No accounts: as before, no sign-in.
        const Run charged
            = cli({ QStringLiteral("--json"), QStringLiteral("charge") }, {}, {}, requestJson());
        QVERIFY2(charged.exitCode == 0, charged.describe().constData());
        QCOMPARE(cli({ QStringLiteral("operators"), QStringLiteral("list") }).exitCode, 1);
        // The first account must be an administrator; its password from standard input.
        const Run notAdmin
            = cli({ QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("ann"),
                    QStringLiteral("--role"), QStringLiteral("operator") },
                  {}, {}, RootPassword.toUtf8() + '\n');
        QCOMPARE(notAdmin.exitCode, 1);
        QVERIFY2(notAdmin.err.contains("must be an administrator"),
                 notAdmin.describe().constData());
        const Run root
            = cli({ QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("root"),
                    QStringLiteral("--role"), QStringLiteral("admin") },
                  {}, {}, RootPassword.toUtf8() + '\n');
        QVERIFY2(root.exitCode == 0, root.describe().constData());
        // From now on: no command without a sign-in.
        const Run anonymous = cli({ QStringLiteral("history") });
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY2(anonymous.err.contains("PAVT_OPERATOR"), anonymous.describe().constData());
        const Run wrong = cli({ QStringLiteral("history") }, QStringLiteral("root"),
                              QStringLiteral("not-the-password"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("The name or the password is wrong."),
                 wrong.describe().constData());
        // The administrator adds one account per role; each changes the password first.
        for (const auto &[name, role] : QList<std::pair<QString, QString>> {
                 { QStringLiteral("ann"), QStringLiteral("operator") },
                 { QStringLiteral("sam"), QStringLiteral("supervisor") },
                 { QStringLiteral("sue"), QStringLiteral("supervisor") },
                 { QStringLiteral("fin"), QStringLiteral("finance") },
                 { QStringLiteral("adm"), QStringLiteral("admin") } }) {
            const Run added
                = cli({ QStringLiteral("operators"), QStringLiteral("add"), name,
                        QStringLiteral("--role"), role },
                      QStringLiteral("root"), RootPassword, FirstPassword.toUtf8() + '\n');
            QVERIFY2(added.exitCode == 0, added.describe().constData());
            const Run first = cli({ QStringLiteral("history") }, name, FirstPassword);
            QCOMPARE(first.exitCode, 1);
            QVERIFY2(first.err.contains("operators passwd"), first.describe().constData());
            const Run changed = cli({ QStringLiteral("operators"), QStringLiteral("passwd") }, name,
                                    FirstPassword, own(name).toUtf8() + '\n');
            QVERIFY2(changed.exitCode == 0, changed.describe().constData());
        }
        const Run list
            = cli({ QStringLiteral("--json"), QStringLiteral("operators"), QStringLiteral("list") },
                  QStringLiteral("root"), RootPassword);
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        QCOMPARE(list.json().array().size(), 6);
        // One approved charge of ann's for the refunds below.
        const Run charge
            = as(QStringLiteral("ann"), { QStringLiteral("--json"), QStringLiteral("charge") },
                 requestJson(1250));
        QVERIFY2(charge.exitCode == 0, charge.describe().constData());
        m_transaction = charge.json().object().value(QLatin1String("transaction_id")).toString();
        QVERIFY(!m_transaction.isEmpty());
    }

    void everyCommandForEveryRole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("allowed");
        // command -> the roles that may run it (the table).
        const QList<std::pair<QString, QStringList>> table {
            { QStringLiteral("charge"), { "ann", "sam" } },
            { QStringLiteral("status"), { "sam" } },
            { QStringLiteral("refund"), { "sam", "fin" } },
            { QStringLiteral("transactions"), { "sam", "fin" } },
            { QStringLiteral("history"), { "ann", "sam", "fin" } },
            { QStringLiteral("history-other"), { "sam", "fin" } },
            { QStringLiteral("export"), { "fin" } },
            { QStringLiteral("report"), { "fin" } },
            { QStringLiteral("reconcile"), { "sam" } },
            { QStringLiteral("link"), { "ann", "sam" } },
            { QStringLiteral("templates"), { "ann", "sam" } },
            { QStringLiteral("operators-list"), { "adm" } },
            { QStringLiteral("policy"), { "adm" } },
            { QStringLiteral("policy-set"), { "adm" } },
            { QStringLiteral("audit"), { "adm" } },
            { QStringLiteral("audit-verify"), { "adm" } },
        };
        for (const auto &[command, roles] : table)
            for (const char *name : { "ann", "sam", "fin", "adm" })
                QTest::addRow("%s %s", name, qPrintable(command))
                    << QString::fromLatin1(name) << command
                    << roles.contains(QLatin1StringView(name));
    }
    void everyCommandForEveryRole()
    {
        QFETCH(QString, name);
        QFETCH(QString, command);
        QFETCH(bool, allowed);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QHash<QString, Command> commands {
            { QStringLiteral("charge"),
              { "charge", { QStringLiteral("charge") }, requestJson(990) } },
            { QStringLiteral("status"),
              { "status", { QStringLiteral("status"), m_transaction }, {} } },
            // A transaction the gateway does not know: allowed roles get the gateway's 404.
            { QStringLiteral("refund"),
              { "refund",
                { QStringLiteral("refund"), QStringLiteral("PA-NOT-THERE"),
                  QStringLiteral("--reason"), QStringLiteral("test"), QStringLiteral("--approver"),
                  QStringLiteral("sue") },
                {} } },
            { QStringLiteral("transactions"),
              { "transactions",
                { QStringLiteral("transactions"), QStringLiteral("--from"), today,
                  QStringLiteral("--to"), today },
                {} } },
            { QStringLiteral("history"), { "history", { QStringLiteral("history") }, {} } },
            { QStringLiteral("history-other"),
              { "history",
                { QStringLiteral("history"), QStringLiteral("--operator"), QStringLiteral("root") },
                {} } },
            { QStringLiteral("export"),
              { "export",
                { QStringLiteral("export"), QStringLiteral("--csv"),
                  m_home.filePath(QStringLiteral("export-%1.csv").arg(name)) },
                {} } },
            { QStringLiteral("report"), { "report", { QStringLiteral("report") }, {} } },
            { QStringLiteral("reconcile"), { "reconcile", { QStringLiteral("reconcile") }, {} } },
            // Allowed roles get past the role check (this request has card fields: refused as
            // invalid, nothing sent); the others are refused before the input is read.
            { QStringLiteral("link"), { "link", { QStringLiteral("link") }, requestJson(990) } },
            { QStringLiteral("templates"), { "templates", { QStringLiteral("templates") }, {} } },
            { QStringLiteral("operators-list"),
              { "operators", { QStringLiteral("operators"), QStringLiteral("list") }, {} } },
            { QStringLiteral("policy"),
              { "operators", { QStringLiteral("operators"), QStringLiteral("policy") }, {} } },
            // The default value again, so that the other rows and tests see the defaults.
            { QStringLiteral("policy-set"),
              { "operators",
                { QStringLiteral("operators"), QStringLiteral("policy"), QStringLiteral("set"),
                  QStringLiteral("finance_per_day"), QStringLiteral("1000") },
                {} } },
            { QStringLiteral("audit"), { "audit", { QStringLiteral("audit") }, {} } },
            { QStringLiteral("audit-verify"),
              { "audit", { QStringLiteral("audit"), QStringLiteral("verify") }, {} } },
        };
        const Command c = commands.value(command);
        const Run run
            = cli(QStringList { QStringLiteral("--json") } + c.args, name, own(name), c.input,
                  { { QStringLiteral("PAVT_APPROVER_PASSWORD"), own(QStringLiteral("sue")) } });
        if (allowed) {
            QVERIFY2(run.outcome() != u"refused", run.describe().constData());
        } else {
            QVERIFY2(run.exitCode == 1, run.describe().constData());
            QCOMPARE(run.outcome(), QStringLiteral("refused"));
            QCOMPARE(run.json().object().value(QLatin1String("code")).toString(),
                     QStringLiteral("not_allowed"));
            QVERIFY2(
                run.json().object().value(QLatin1String("message")).toString().contains(u"may"),
                run.describe().constData());
        }
    }

    void refundAboveTheLimitNeedsAnApproval()
    {
        // A charge of GBP 600.00 by ann; sam (supervisor, 500 per refund) refunds it.
        const Run charge
            = as(QStringLiteral("ann"), { QStringLiteral("--json"), QStringLiteral("charge") },
                 requestJson(60000));
        QVERIFY2(charge.exitCode == 0, charge.describe().constData());
        const QString tx = charge.json().object().value(QLatin1String("transaction_id")).toString();
        const int before = m_sim->refundRequestCount();
        const Run refused = as(QStringLiteral("sam"),
                               { QStringLiteral("refund"), tx, QStringLiteral("--reason"),
                                 QStringLiteral("Returned") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("above your limit") && refused.err.contains("--approver"),
                 refused.describe().constData());
        // A wrong password of the approver: still refused, nothing sent.
        const Run wrong = cli(
            { QStringLiteral("refund"), tx, QStringLiteral("--reason"), QStringLiteral("Returned"),
              QStringLiteral("--approver"), QStringLiteral("sue") },
            QStringLiteral("sam"), own(QStringLiteral("sam")), {},
            { { QStringLiteral("PAVT_APPROVER_PASSWORD"), QStringLiteral("not-sues-password") } });
        QCOMPARE(wrong.exitCode, 1);
        // Not by himself.
        const Run self = cli(
            { QStringLiteral("refund"), tx, QStringLiteral("--reason"), QStringLiteral("Returned"),
              QStringLiteral("--approver"), QStringLiteral("sam") },
            QStringLiteral("sam"), own(QStringLiteral("sam")), {},
            { { QStringLiteral("PAVT_APPROVER_PASSWORD"), own(QStringLiteral("sam")) } });
        QCOMPARE(self.exitCode, 1);
        QVERIFY2(self.err.contains("another person"), self.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), before);
        // Sue approves: done.
        const Run done = cli(
            { QStringLiteral("refund"), tx, QStringLiteral("--reason"), QStringLiteral("Returned"),
              QStringLiteral("--approver"), QStringLiteral("sue") },
            QStringLiteral("sam"), own(QStringLiteral("sam")), {},
            { { QStringLiteral("PAVT_APPROVER_PASSWORD"), own(QStringLiteral("sue")) } });
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), before + 1);
        // The approval is in the audit trail.
        const Run audit
            = as(QStringLiteral("adm"), { QStringLiteral("--json"), QStringLiteral("audit") });
        QVERIFY2(audit.exitCode == 0, audit.describe().constData());
        bool approved = false;
        for (const QJsonValue &v : audit.json().array()) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("event")).toString() == u"refund_approved"
                && r.value(QLatin1String("operator")).toString() == u"sam"
                && r.value(QLatin1String("details"))
                        .toObject()
                        .value(QLatin1String("approver"))
                        .toString()
                    == u"sue")
                approved = true;
        }
        QVERIFY(approved);
    }

    // The refund limit is the journal's: a settings file cannot raise it (a former key stops
    // pavt-cli, nothing sent), and an administrator's change applies to the next command.
    void theRefundLimitIsTheJournalsNotTheSettingsFiles()
    {
        const Run charge
            = as(QStringLiteral("ann"), { QStringLiteral("--json"), QStringLiteral("charge") },
                 requestJson(70000)); // GBP 700.00, above the supervisor's 500
        QVERIFY2(charge.exitCode == 0, charge.describe().constData());
        const QString tx = charge.json().object().value(QLatin1String("transaction_id")).toString();
        const QStringList refund { QStringLiteral("refund"), tx, QStringLiteral("--reason"),
                                   QStringLiteral("Returned") };
        const int before = m_sim->refundRequestCount();
        // Sam writes a generous limit into his own settings file: it stops him.
        const QString ini = m_home.filePath(QStringLiteral("config/pavt.ini"));
        QVERIFY(QDir().mkpath(QFileInfo(ini).path()));
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[refunds]\nsupervisorPerRefund=1000000\n");
        }
        const Run raised = as(QStringLiteral("sam"), refund);
        QCOMPARE(raised.exitCode, 1);
        QVERIFY2(raised.err.contains("supervisor_per_refund")
                     && raised.err.contains("refunds/supervisorPerRefund"),
                 raised.describe().constData());
        QVERIFY(QFile::remove(ini));
        QCOMPARE(m_sim->refundRequestCount(), before);
        // Nor may he change the policy.
        const QStringList raise { QStringLiteral("--json"),
                                  QStringLiteral("operators"),
                                  QStringLiteral("policy"),
                                  QStringLiteral("set"),
                                  QStringLiteral("supervisor_per_refund"),
                                  QStringLiteral("1000") };
        const Run notHis = as(QStringLiteral("sam"), raise);
        QCOMPARE(notHis.exitCode, 1);
        QCOMPARE(notHis.json().object().value(QLatin1String("code")).toString(),
                 QStringLiteral("not_allowed"));
        const Run still = as(QStringLiteral("sam"), refund);
        QCOMPARE(still.exitCode, 1);
        QVERIFY2(still.err.contains("above your limit"), still.describe().constData());
        // An administrator raises it for every seat: audited with both values.
        const Run set = as(QStringLiteral("adm"), raise);
        QVERIFY2(set.exitCode == 0, set.describe().constData());
        QCOMPARE(set.json().object().value(QLatin1String("from")).toInteger(), 500);
        QCOMPARE(set.json().object().value(QLatin1String("to")).toInteger(), 1000);
        const Run listed = as(
            QStringLiteral("adm"),
            { QStringLiteral("--json"), QStringLiteral("operators"), QStringLiteral("policy") });
        QVERIFY2(listed.exitCode == 0, listed.describe().constData());
        bool shown = false;
        for (const QJsonValue &v : listed.json().array())
            if (v[QLatin1String("rule")].toString() == u"supervisor_per_refund")
                shown = v[QLatin1String("value")].toInteger() == 1000
                    && v[QLatin1String("changed_by")].toString() == u"adm";
        QVERIFY2(shown, listed.describe().constData());
        const Run done = as(QStringLiteral("sam"), refund);
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        QCOMPARE(m_sim->refundRequestCount(), before + 1);
        const Run audit
            = as(QStringLiteral("adm"), { QStringLiteral("--json"), QStringLiteral("audit") });
        bool audited = false;
        for (const QJsonValue &v : audit.json().array())
            if (v[QLatin1String("event")].toString() == u"policy_changed"
                && v[QLatin1String("operator")].toString() == u"adm"
                && v[QLatin1String("details")][QLatin1String("to")].toInteger() == 1000)
                audited = true;
        QVERIFY(audited);
        // Back to the default for the other tests.
        const Run back
            = as(QStringLiteral("adm"),
                 { QStringLiteral("operators"), QStringLiteral("policy"), QStringLiteral("set"),
                   QStringLiteral("supervisor_per_refund"), QStringLiteral("500") });
        QVERIFY2(back.exitCode == 0, back.describe().constData());
    }

    void tenWrongPasswordsLockTheAccount()
    {
        for (int i = 1; i <= 10; ++i) {
            const Run wrong = cli({ QStringLiteral("history") }, QStringLiteral("sue"),
                                  QStringLiteral("wrong-pass-%1").arg(i));
            QCOMPARE(wrong.exitCode, 1);
        }
        const Run locked = as(QStringLiteral("sue"), { QStringLiteral("history") });
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.err.contains("is locked"), locked.describe().constData());
        // The administrator sets a new one: sue is back, after changing it.
        QCOMPARE(cli({ QStringLiteral("operators"), QStringLiteral("reset-password"),
                       QStringLiteral("sue") },
                     QStringLiteral("root"), RootPassword, FirstPassword.toUtf8() + '\n')
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("operators"), QStringLiteral("passwd") },
                     QStringLiteral("sue"), FirstPassword,
                     own(QStringLiteral("sue")).toUtf8() + '\n')
                     .exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("sue"), { QStringLiteral("history") }).exitCode, 0);
        // Disabled: refused.
        QCOMPARE(
            cli({ QStringLiteral("operators"), QStringLiteral("disable"), QStringLiteral("sue") },
                QStringLiteral("root"), RootPassword)
                .exitCode,
            0);
        const Run disabled = as(QStringLiteral("sue"), { QStringLiteral("history") });
        QCOMPARE(disabled.exitCode, 1);
        QVERIFY2(disabled.err.contains("disabled"), disabled.describe().constData());
    }

    void historyShowsAndFiltersTheOperator()
    {
        const Run mine
            = as(QStringLiteral("ann"), { QStringLiteral("--json"), QStringLiteral("history") });
        QVERIFY2(mine.exitCode == 0, mine.describe().constData());
        QVERIFY(!mine.json().array().isEmpty());
        for (const QJsonValue &v : mine.json().array())
            QCOMPARE(v.toObject().value(QLatin1String("operator")).toString(),
                     QStringLiteral("ann"));
        const Run bySam = as(QStringLiteral("sam"),
                             { QStringLiteral("--json"), QStringLiteral("history"),
                               QStringLiteral("--operator"), QStringLiteral("sam") });
        QVERIFY2(bySam.exitCode == 0, bySam.describe().constData());
        for (const QJsonValue &v : bySam.json().array())
            QCOMPARE(v.toObject().value(QLatin1String("operator")).toString(),
                     QStringLiteral("sam"));
        const Run all = as(QStringLiteral("sam"),
                           { QStringLiteral("--json"), QStringLiteral("history"),
                             QStringLiteral("--limit"), QStringLiteral("0") });
        QStringList operators;
        for (const QJsonValue &v : all.json().array())
            operators << v.toObject().value(QLatin1String("operator")).toString();
        QVERIFY(operators.contains(u"ann"_qs) && operators.contains(u"sam"_qs));
    }

    void auditVerifyNamesAChangedRecord()
    {
        const Run intact
            = as(QStringLiteral("adm"), { QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(intact.exitCode == 0 && intact.out.contains("intact"),
                 intact.describe().constData());
        const Run head
            = as(QStringLiteral("adm"), { QStringLiteral("audit"), QStringLiteral("head") });
        QVERIFY2(head.exitCode == 0, head.describe().constData());
        const QString exported = QString::fromUtf8(head.out).trimmed();
        QVERIFY(exported.contains(u':'));
        QCOMPARE(as(QStringLiteral("adm"),
                    { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
                      exported })
                     .exitCode,
                 0);
        // The database itself refuses the change...
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("try"));
            db.setDatabaseName(QDir(dataDir()).filePath(QStringLiteral("journal.sqlite3")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE seq = 3")));
            QVERIFY(q.lastError().text().contains(u"append-only"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("try"));
        // ...so the attacker drops its trigger first.
        rawExec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        rawExec(QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE seq = 3"));
        const Run broken
            = as(QStringLiteral("adm"),
                 { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(broken.exitCode, 7);
        QCOMPARE(broken.outcome(), QStringLiteral("broken"));
        QCOMPARE(broken.json().object().value(QLatin1String("first_broken")).toInteger(), 3);
        const Run text
            = as(QStringLiteral("adm"), { QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(text.exitCode, 7);
        QVERIFY2(text.out.contains("broken at record 3"), text.describe().constData());
    }

    void noPasswordInAnyFile()
    {
        int files = 0;
        for (const QString &root : { dataDir(), m_home.filePath(QStringLiteral("config")) }) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QString &p : std::as_const(m_passwords))
                    QVERIFY2(!bytes.contains(p.toUtf8()), qPrintable(f.fileName()));
                QVERIFY(!bytes.contains("4111111111111111"));
            }
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestOperatorsCli)
#include "tst_operators_cli.moc"
