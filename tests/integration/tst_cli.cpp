// SPDX-License-Identifier: MIT
// pavt-cli as a program, end to end against the in-process gateway simulator on 127.0.0.1:
// every exit status of the contract, the --json object of every outcome, status / refund /
// transactions, the forms of the country, the help in German, and that no run ever prints a card
// number, a CVV or a key. The real executable runs in a QProcess while this thread's event loop
// keeps the simulator serving. Credentials reach it only through PAVT_SECRET_KEY /
// PAVT_ENCRYPTION_KEY.
#include "core/gateway/gatewayclient.h"
#include "sim/gatewaysimulator.h"
#include "support/testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pavt;
using namespace pavt::sim;

namespace {

constexpr char WrongSecretKey[] = "PA_TEST_wrong0key0for0the0cli0test";
constexpr char BadPrefixSecretKey[] = "sk_live_bad0prefix0for0the0cli0test";
constexpr char ShortEncryptionKey[] = "short0encryption0key";
constexpr char Cvv[] = "987"; // used by every request of this test; looked for as a whole token
constexpr char ApprovedCard[] = "4111111111111111";
constexpr char DeclinedCard[] = "4000000000000002";
constexpr char ThreeDSCard[] = "4000000000003220";
constexpr char ServerErrorCard[] = "4000000000000119";
constexpr char SlowCard[] = "4000000000000259";
constexpr char DroppedCard[] = "4000000000000341";
constexpr char BadLuhnCard[] = "4111111111111112";

// Every card number this test hands to the CLI: none may ever show up in an output.
const QList<QByteArray> &cardsUsed()
{
    static const QList<QByteArray> cards { ApprovedCard,    DeclinedCard,      ThreeDSCard,
                                           ServerErrorCard, SlowCard,          DroppedCard,
                                           BadLuhnCard,     "4242424242424242" };
    return cards;
}

const QStringList JsonKeys { QStringLiteral("outcome"),      QStringLiteral("transaction_id"),
                             QStringLiteral("order_id"),     QStringLiteral("message"),
                             QStringLiteral("redirect_url"), QStringLiteral("http_status"),
                             QStringLiteral("field_errors") };

QJsonObject requestJson(const QString &card, const QString &country = QStringLiteral("GB"),
                        const QString &email = QStringLiteral("james.dean@example.com"))
{
    return QJsonObject {
        { QStringLiteral("first_name"), QStringLiteral("James") },
        { QStringLiteral("last_name"), QStringLiteral("Dean") },
        { QStringLiteral("email"), email },
        { QStringLiteral("address"), QStringLiteral("10 Downing Street") },
        { QStringLiteral("city"), QStringLiteral("London") },
        { QStringLiteral("state"), QStringLiteral("London") },
        { QStringLiteral("zip"), QStringLiteral("SW1A 2AA") },
        { QStringLiteral("country"), country },
        { QStringLiteral("ip_address"), QStringLiteral("203.0.113.7") },
        { QStringLiteral("phone_number"), QStringLiteral("+44 20 7946 0000") },
        { QStringLiteral("amount"), 1250 },
        { QStringLiteral("currency"), QStringLiteral("GBP") },
        { QStringLiteral("card_number"), card },
        { QStringLiteral("card_expiry_month"), QStringLiteral("12") },
        { QStringLiteral("card_expiry_year"), QString::number(QDate::currentDate().year() + 2) },
        { QStringLiteral("card_cvv"), QLatin1String(Cvv) },
        { QStringLiteral("redirect_url"), QStringLiteral("https://merchant.example/return") },
    };
}

QByteArray requestBytes(const QString &card, const QString &country = QStringLiteral("GB"),
                        const QString &email = QStringLiteral("james.dean@example.com"))
{
    return QJsonDocument(requestJson(card, country, email)).toJson(QJsonDocument::Indented);
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    // The one JSON object --json prints; empty when stdout is anything else.
    QJsonObject json() const
    {
        if (out.count('\n') != 1 || !out.endsWith('\n'))
            return {};
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object()
                                                                         : QJsonObject();
    }
    QString all() const { return QString::fromUtf8(out + err); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (timedOut ? " (timed out)" : "")
            + "\nstdout: " + out + "\nstderr: " + err;
    }
};

// A loopback port that counts the connections made to it: "nothing was sent" for any command.
class Tripwire
{
public:
    Tripwire()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                s->close();
                s->deleteLater();
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_dataDir;
    QString m_configDir;
    std::unique_ptr<GatewaySimulator> m_sim;
    QList<Run> m_runs; // of the current test function, checked for leaks in cleanup()
    int m_totalRuns = 0;

    QProcessEnvironment environment(const char *secretKey = test::TestSecretKey) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("PAVT_")) || name == u"DBUS_SESSION_BUS_ADDRESS"
                || name == u"DISPLAY" || name == u"WAYLAND_DISPLAY"
                || name.startsWith(QLatin1String("XDG_")))
                env.remove(name);
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_home.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("xdg-cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("xdg-state")));
        env.insert(QStringLiteral("PAVT_DATA_DIR"), m_dataDir);
        env.insert(QStringLiteral("PAVT_CONFIG_DIR"), m_configDir);
        if (secretKey) {
            env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(secretKey));
            env.insert(QStringLiteral("PAVT_ENCRYPTION_KEY"),
                       QString::fromLatin1(test::TestEncryptionKey));
        }
        if (m_sim)
            env.insert(QStringLiteral("PAVT_BASE_URL"), m_sim->baseUrl().toString());
        return env;
    }

    // Runs pavt-cli to its end without blocking this thread's event loop (the simulator lives
    // here).
    Run cli(const QStringList &arguments, const std::optional<QByteArray> &input = std::nullopt,
            const std::optional<QProcessEnvironment> &env = std::nullopt, int timeoutMs = 20000)
    {
        QProcess process;
        process.setProgram(QStringLiteral(PAVT_CLI_EXECUTABLE));
        process.setArguments(arguments);
        process.setProcessEnvironment(env ? *env : environment());
        if (!input)
            process.setStandardInputFile(QProcess::nullDevice());
        QEventLoop loop;
        connect(&process, &QProcess::started, &process, [&] {
            if (input) {
                process.write(*input);
                process.closeWriteChannel();
            }
        });
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        process.start();
        loop.exec();
        Run run;
        run.elapsedMs = clock.elapsed();
        if (process.state() != QProcess::NotRunning) {
            run.timedOut = true;
            process.kill();
            process.waitForFinished(5000);
        }
        run.crashed = !run.timedOut
            && (process.exitStatus() == QProcess::CrashExit
                || process.error() == QProcess::FailedToStart);
        run.exitCode = run.timedOut || run.crashed ? -1 : process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_runs.append(run);
        ++m_totalRuns;
        return run;
    }

    QString writeRequest(const QByteArray &content)
    {
        static int serial = 0;
        const QString path = m_home.filePath(QStringLiteral("request-%1.json").arg(++serial));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    // What a text must never contain; empty when clean.
    static QString leakIn(const QByteArray &text)
    {
        QByteArray compact = text;
        compact.replace(' ', "").replace('-', "");
        for (const QByteArray &card : cardsUsed()) {
            if (text.contains(card) || compact.contains(card))
                return QStringLiteral("a card number (%1…)").arg(QString::fromLatin1(card.left(6)));
        }
        static const QRegularExpression cvvToken(
            QStringLiteral("(?<![0-9A-Za-z])%1(?![0-9A-Za-z])").arg(QLatin1String(Cvv)));
        if (cvvToken.match(QString::fromUtf8(text)).hasMatch())
            return QStringLiteral("the CVV");
        if (text.contains(test::TestSecretKey) || text.contains(WrongSecretKey)
            || text.contains(BadPrefixSecretKey))
            return QStringLiteral("the secret key");
        if (text.contains(test::TestEncryptionKey) || text.contains(ShortEncryptionKey))
            return QStringLiteral("the encryption key");
        return {};
    }

    // The --json object's shape: every key, each of its type (string or null, number or null...).
    static QString shapeProblem(const QJsonObject &json)
    {
        if (json.isEmpty())
            return QStringLiteral("stdout is not exactly one JSON object on one line");
        for (const QString &key : JsonKeys) {
            if (!json.contains(key))
                return QStringLiteral("no \"%1\"").arg(key);
        }
        auto stringOrNull = [&](const char *key) {
            const QJsonValue v = json.value(QLatin1String(key));
            return v.isNull() || (v.isString() && !v.toString().isEmpty());
        };
        if (!json.value(QLatin1String("outcome")).isString())
            return QStringLiteral("outcome is not a string");
        if (!json.value(QLatin1String("message")).isString()
            || json.value(QLatin1String("message")).toString().isEmpty())
            return QStringLiteral("message is not a non-empty string");
        for (const char *key : { "transaction_id", "order_id", "redirect_url" }) {
            if (!stringOrNull(key))
                return QStringLiteral("%1 is neither a non-empty string nor null")
                    .arg(QLatin1String(key));
        }
        const QJsonValue http = json.value(QLatin1String("http_status"));
        if (!http.isNull()
            && !(http.isDouble() && http.toDouble() == double(http.toInt()) && http.toInt() >= 100))
            return QStringLiteral("http_status is neither an HTTP status nor null");
        if (!json.value(QLatin1String("field_errors")).isArray())
            return QStringLiteral("field_errors is not an array");
        for (const QJsonValue &v : json.value(QLatin1String("field_errors")).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QLatin1String("field")).isString()
                || !e.value(QLatin1String("message")).isString())
                return QStringLiteral("a field error without field or message");
        }
        return {};
    }

    static QString str(const QJsonObject &json, const char *key)
    {
        return json.value(QLatin1String(key)).toString();
    }

    // A charge through the CLI with --json; the caller checks the outcome.
    Run jsonCharge(const QString &card)
    {
        return cli({ QStringLiteral("--json"), QStringLiteral("charge") }, requestBytes(card));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_dataDir = m_home.filePath(QStringLiteral("data"));
        m_configDir = m_home.filePath(QStringLiteral("config"));
        QVERIFY(QFile::exists(QStringLiteral(PAVT_CLI_EXECUTABLE)));
        QLoggingCategory::setFilterRules(
            QStringLiteral("pavt.gateway.info=false")); // this process's own client
        // The leak check itself finds what it must, and only that.
        QVERIFY(!leakIn("card 4111 1111 1111 1111.").isEmpty());
        QVERIFY(!leakIn("card 4000-0000-0000-3220").isEmpty());
        QVERIFY(!leakIn("{\"card_cvv\":\"987\"}").isEmpty());
        QVERIFY(!leakIn(QByteArray("Bearer ") + test::TestSecretKey).isEmpty());
        QVERIFY(!leakIn(QByteArray("key=") + test::TestEncryptionKey).isEmpty());
        QVERIFY(leakIn("Approved. Transaction PA987ABCDEF98765. Order VT20261125098712-9870. "
                       "http://127.0.0.1:39870 "
                       "411111******1111")
                    .isEmpty());
    }

    void init()
    {
        m_runs.clear();
        SimulatorOptions options;
        options.secretKey = QByteArray(test::TestSecretKey);
        options.encryptionKey = QByteArray(test::TestEncryptionKey);
        options.slowCardDelayMs
            = 1200; // past the --timeout 0.3 of the slow-card rows, short for the test
        m_sim = std::make_unique<GatewaySimulator>(options);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void cleanup()
    {
        // No run of any test prints a card number, a CVV or a key, on stdout or stderr.
        for (const Run &run : std::as_const(m_runs)) {
            const QString leak = leakIn(run.out + run.err);
            QVERIFY2(leak.isEmpty(),
                     qPrintable(QStringLiteral("output shows %1:\n%2").arg(leak, run.all())));
            QVERIFY2(!run.crashed, run.describe().constData());
        }
        m_runs.clear();
        m_sim.reset();
    }

    void cleanupTestCase()
    {
        // Nor does anything the CLI left in its data or settings folders (the charge journal).
        for (const QString &dir : { m_dataDir, m_configDir }) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray content = file.readAll();
                const QString leak = leakIn(content);
                QVERIFY2(leak.isEmpty(),
                         qPrintable(QStringLiteral("%1 holds %2").arg(file.fileName(), leak)));
            }
        }
        qInfo("%d pavt-cli runs", m_totalRuns);
    }

    // ---- exit status 1: usage errors, nothing sent --------------------------------------------

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withRequest"); // a valid charge request on stdin
        auto row = [](const char *name, QStringList arguments, bool withRequest = false) {
            QTest::newRow(name) << arguments << withRequest;
        };
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        row("no command", {});
        row("unknown command", { QStringLiteral("pay") });
        row("unknown option", { QStringLiteral("--frobnicate"), QStringLiteral("charge") }, true);
        row("timeout text",
            { QStringLiteral("--timeout"), QStringLiteral("abc"), QStringLiteral("charge") }, true);
        row("timeout with unit",
            { QStringLiteral("--timeout"), QStringLiteral("5s"), QStringLiteral("charge") }, true);
        row("timeout zero",
            { QStringLiteral("--timeout"), QStringLiteral("0"), QStringLiteral("charge") }, true);
        row("timeout negative",
            { QStringLiteral("--timeout"), QStringLiteral("-1"), QStringLiteral("charge") }, true);
        row("timeout too long",
            { QStringLiteral("--timeout"), QStringLiteral("601"), QStringLiteral("charge") }, true);
        row("timeout infinite",
            { QStringLiteral("--timeout"), QStringLiteral("inf"), QStringLiteral("charge") }, true);
        row("timeout nan",
            { QStringLiteral("--timeout"), QStringLiteral("nan"), QStringLiteral("charge") }, true);
        row("timeout missing value", { QStringLiteral("charge"), QStringLiteral("--timeout") },
            true);
        row("charge with an argument", { QStringLiteral("charge"), QStringLiteral("extra") }, true);
        row("status without id", { QStringLiteral("status") });
        row("status with two ids",
            { QStringLiteral("status"), QStringLiteral("PA1"), QStringLiteral("PA2") });
        row("refund without reason",
            { QStringLiteral("refund"), QStringLiteral("PA0000000000000A") });
        row("refund with blank reason",
            { QStringLiteral("refund"), QStringLiteral("PA0000000000000A"),
              QStringLiteral("--reason"), QStringLiteral("  ") });
        row("refund without id",
            { QStringLiteral("refund"), QStringLiteral("--reason"), QStringLiteral("Returned") });
        row("transactions without dates", { QStringLiteral("transactions") });
        row("transactions without --to",
            { QStringLiteral("transactions"), QStringLiteral("--from"), today });
        row("transactions bad month",
            { QStringLiteral("transactions"), QStringLiteral("--from"),
              QStringLiteral("2025-13-01"), QStringLiteral("--to"), today });
        row("transactions day first",
            { QStringLiteral("transactions"), QStringLiteral("--from"),
              QStringLiteral("01-06-2025"), QStringLiteral("--to"), today });
        row("transactions from after to",
            { QStringLiteral("transactions"), QStringLiteral("--from"),
              QStringLiteral("2025-06-02"), QStringLiteral("--to"), QStringLiteral("2025-06-01") });
        row("plain http to a remote host",
            { QStringLiteral("--base-url"), QStringLiteral("http://gateway.example"),
              QStringLiteral("charge") },
            true);
        row("secret key as an option",
            { QStringLiteral("--secret-key"), QString::fromLatin1(WrongSecretKey),
              QStringLiteral("charge") },
            true);
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withRequest);
        const std::optional<QByteArray> input
            = withRequest ? std::optional(requestBytes(QLatin1String(ApprovedCard))) : std::nullopt;
        // Pointed at a port that counts connections: a usage error must not reach any gateway.
        Tripwire tripwire;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PAVT_BASE_URL"), tripwire.url());

        const Run human = cli(arguments, input, env, 5000);
        QVERIFY2(human.exitCode == 1, human.describe().constData());
        QVERIFY2(human.out.isEmpty(), human.describe().constData()); // the complaint goes to stderr
        QVERIFY2(human.err.contains("pavt-cli"), human.describe().constData());

        QStringList jsonArguments = arguments;
        jsonArguments.prepend(QStringLiteral("--json"));
        const Run json = cli(jsonArguments, input, env, 5000);
        QVERIFY2(json.exitCode == 1, json.describe().constData());
        const QJsonObject object = json.json();
        QVERIFY2(!object.isEmpty(), json.describe().constData());
        QVERIFY(object.value(QLatin1String("outcome")).isString());
        QVERIFY(!str(object, "message").isEmpty());

        QCOMPARE(tripwire.connections(), 0);
        QCOMPARE(m_sim->chargeRequestCount(), 0);
    }

    // ---- exit status 1: validation errors, nothing sent -----------------------------------------

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>(
            "field"); // the field the complaint names; empty: not a field error
        QTest::newRow("luhn") << requestBytes(QLatin1String(BadLuhnCard))
                              << QStringLiteral("card_number");
        QTest::newRow("email") << requestBytes(QLatin1String(ApprovedCard), QStringLiteral("GB"),
                                               QStringLiteral("james.dean.example.com"))
                               << QStringLiteral("email");
        QTest::newRow("country") << requestBytes(QLatin1String(ApprovedCard),
                                                 QStringLiteral("Narnia"))
                                 << QStringLiteral("country");
        QJsonObject expired = requestJson(QLatin1String(ApprovedCard));
        expired.insert(QStringLiteral("card_expiry_year"),
                       QString::number(QDate::currentDate().year() - 1));
        QTest::newRow("expired") << QJsonDocument(expired).toJson()
                                 << QStringLiteral("card_expiry_month");
        QJsonObject missing = requestJson(QLatin1String(ApprovedCard));
        missing.remove(QStringLiteral("first_name"));
        QTest::newRow("missing first name")
            << QJsonDocument(missing).toJson() << QStringLiteral("first_name");
        QJsonObject majorUnits = requestJson(QLatin1String(ApprovedCard));
        majorUnits.insert(QStringLiteral("amount"), 12.5);
        QTest::newRow("amount with decimals") << QJsonDocument(majorUnits).toJson() << QString();
        QJsonObject typo = requestJson(QLatin1String(ApprovedCard));
        typo.insert(QStringLiteral("card_numbr"), QLatin1String(ApprovedCard));
        QTest::newRow("unknown field") << QJsonDocument(typo).toJson() << QString();
        QTest::newRow("not json") << QByteArray("card_number=") + ApprovedCard << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void validationErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, field);
        // On stdin, with --json.
        const Run json = cli({ QStringLiteral("--json"), QStringLiteral("charge") }, request);
        QVERIFY2(json.exitCode == 1, json.describe().constData());
        const QJsonObject object = json.json();
        QVERIFY2(!object.isEmpty(), json.describe().constData());
        if (!field.isEmpty()) {
            QVERIFY2(shapeProblem(object).isEmpty(),
                     qPrintable(shapeProblem(object) + u'\n' + json.all()));
            QCOMPARE(str(object, "outcome"), QStringLiteral("not_sent"));
            QVERIFY(object.value(QLatin1String("transaction_id")).isNull());
            QVERIFY(object.value(QLatin1String("http_status")).isNull());
            bool named = false;
            for (const QJsonValue &v : object.value(QLatin1String("field_errors")).toArray())
                named |= str(v.toObject(), "field") == field;
            QVERIFY2(named, json.out.constData());
        }
        // From --input FILE, human output: says what is wrong.
        const Run human
            = cli({ QStringLiteral("charge"), QStringLiteral("--input"), writeRequest(request) });
        QVERIFY2(human.exitCode == 1, human.describe().constData());
        if (!field.isEmpty())
            QVERIFY2(human.all().contains(field), human.describe().constData());
        QCOMPARE(m_sim->chargeRequestCount(), 0);
        QCOMPARE(m_sim->transactionCount(), 0);
    }

    void noCredentials()
    {
        QProcessEnvironment env = environment(nullptr); // no PAVT_*_KEY, no keychain reachable
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                            requestBytes(QLatin1String(ApprovedCard)), env, 10000);
        if (run.timedOut)
            QSKIP("the keychain fallback did not answer on this machine");
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(str(run.json(), "message").contains(QLatin1String("PAVT_SECRET_KEY")),
                 run.describe().constData());
        // Half of the pair is not enough either.
        env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(test::TestSecretKey));
        const Run half = cli({ QStringLiteral("charge") },
                             requestBytes(QLatin1String(ApprovedCard)), env, 10000);
        if (half.timedOut)
            QSKIP("the keychain fallback did not answer on this machine");
        QVERIFY2(half.exitCode == 1, half.describe().constData());
        QCOMPARE(m_sim->chargeRequestCount(), 0);
    }

    void malformedCredentials_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("encryptionKey");
        QTest::newRow("secret key prefix")
            << QByteArray(BadPrefixSecretKey) << QByteArray(test::TestEncryptionKey);
        QTest::newRow("encryption key length")
            << QByteArray(test::TestSecretKey) << QByteArray(ShortEncryptionKey);
    }
    void malformedCredentials()
    {
        // Keys that cannot be right: nothing is sent, the reason is given, the key is not shown.
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, encryptionKey);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(secretKey));
        env.insert(QStringLiteral("PAVT_ENCRYPTION_KEY"), QString::fromLatin1(encryptionKey));
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                            requestBytes(QLatin1String(ApprovedCard)), env);
        QCOMPARE(m_sim->chargeRequestCount(), 0);
        const QJsonObject object = run.json();
        QVERIFY2(!object.isEmpty(), run.describe().constData());
        QVERIFY2(str(object, "message")
                     .contains(QLatin1String(secretKey == test::TestSecretKey ? "32" : "PA_TEST_")),
                 run.describe().constData());
        // A configuration error is the operator's to fix: exit 1 like any usage error. Exit 6
        // ("could not reach the gateway, safe to try again") would make a script retry for ever.
        QCOMPARE(run.exitCode, 1);
    }

    // ---- exit statuses 0, 2-6: one charge each, with --json and without ------------------------

    void chargeOutcomes_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("httpStatus"); // 0: null
        QTest::addColumn<bool>("recorded"); // the simulator kept a transaction (it has an id)
        QTest::addColumn<bool>("answered"); // the answer carried that id back
        QTest::addColumn<QString>("sentence"); // in the human output

        const QByteArray key(test::TestSecretKey);
        const QStringList none;
        const QStringList shortTimeout { QStringLiteral("--timeout"), QStringLiteral("0.3") };
        QTest::newRow("approved") << QByteArray(ApprovedCard) << none << key << false << 0
                                  << "approved" << 200 << true << true << "Approved";
        QTest::newRow("declined") << QByteArray(DeclinedCard) << none << key << false << 2
                                  << "declined" << 200 << true << true << "Declined";
        QTest::newRow("3-D Secure") << QByteArray(ThreeDSCard) << none << key << false << 3
                                    << "needs_3ds" << 200 << true << true << "3-D Secure";
        QTest::newRow("slow: unknown") << QByteArray(SlowCard) << shortTimeout << key << false << 4
                                       << "unknown" << 0 << true << false << "unknown";
        QTest::newRow("dropped: unknown") << QByteArray(DroppedCard) << none << key << false << 4
                                          << "unknown" << 0 << true << false << "unknown";
        QTest::newRow("wrong secret key: 401")
            << QByteArray(ApprovedCard) << none << QByteArray(WrongSecretKey) << false << 5
            << "rejected" << 401 << false << false << "401";
        QTest::newRow("server error: 500") << QByteArray(ServerErrorCard) << none << key << false
                                           << 5 << "server_error" << 500 << false << false << "500";
        QTest::newRow("closed port: not sent")
            << QByteArray(ApprovedCard) << none << key << true << 6 << "not_sent" << 0 << false
            << false << "Not sent";
    }
    void chargeOutcomes()
    {
        QFETCH(QByteArray, card);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, secretKey);
        QFETCH(bool, closedPort);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);
        QFETCH(int, httpStatus);
        QFETCH(bool, recorded);
        QFETCH(bool, answered);
        QFETCH(QString, sentence);

        QString baseUrl = m_sim->baseUrl().toString();
        if (closedPort) {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        }
        QProcessEnvironment env = environment(secretKey.constData());
        const QString request = QString::fromLatin1(card);

        // 1. --json, the request on stdin, the base URL from PAVT_BASE_URL.
        env.insert(QStringLiteral("PAVT_BASE_URL"), baseUrl);
        const Run json
            = cli(QStringList(options) << QStringLiteral("--json") << QStringLiteral("charge"),
                  requestBytes(request), env);
        QVERIFY2(json.exitCode == exitCode, json.describe().constData());
        const QJsonObject object = json.json();
        QVERIFY2(shapeProblem(object).isEmpty(),
                 qPrintable(shapeProblem(object) + u'\n' + json.all()));
        QCOMPARE(str(object, "outcome"), outcome);
        if (httpStatus == 0)
            QVERIFY(object.value(QLatin1String("http_status")).isNull());
        else
            QCOMPARE(object.value(QLatin1String("http_status")).toInt(), httpStatus);
        QCOMPARE(object.value(QLatin1String("field_errors")).toArray().size(), 0);
        // Every charge that left carries an order id, so that its fate can be looked up.
        const QString orderId = str(object, "order_id");
        QVERIFY2(!orderId.isEmpty() && orderId.size() <= 64, json.out.constData());
        const QString transactionId = str(object, "transaction_id");
        QCOMPARE(!transactionId.isEmpty(), answered);
        QCOMPARE(m_sim->chargeRequestCount(), closedPort ? 0 : 1); // exactly once on the wire
        const std::optional<TransactionRecord> record = m_sim->transactionByOrderId(orderId);
        QCOMPARE(record.has_value(), recorded);
        if (answered)
            QCOMPARE(record->transactionId, transactionId);
        if (outcome == u"needs_3ds") {
            const QString expected
                = m_sim->baseUrl().toString() + QStringLiteral("/sim/3ds/") + transactionId;
            QCOMPARE(str(object, "redirect_url"), expected);
        } else {
            QVERIFY(object.value(QLatin1String("redirect_url")).isNull());
        }
        if (outcome == u"declined")
            QCOMPARE(str(object, "message"), QStringLiteral("Card declined"));
        if (outcome == u"rejected")
            QCOMPARE(str(object, "message"), QStringLiteral("Unauthenticated."));
        if (outcome == u"unknown") // the charge went through on the gateway: the order id finds it
            QCOMPARE(record->status, TransactionStatus::Success);

        // 2. Human output, the request from --input FILE, the base URL from --base-url (which wins
        //    over PAVT_BASE_URL, here pointed at nothing).
        Tripwire elsewhere;
        env.insert(QStringLiteral("PAVT_BASE_URL"), elsewhere.url());
        const Run human
            = cli(QStringList(options)
                      << QStringLiteral("--base-url") << baseUrl << QStringLiteral("charge")
                      << QStringLiteral("--input") << writeRequest(requestBytes(request)),
                  std::nullopt, env);
        QVERIFY2(human.exitCode == exitCode, human.describe().constData());
        QCOMPARE(elsewhere.connections(), 0);
        QCOMPARE(m_sim->chargeRequestCount(), closedPort ? 0 : 2);
        // One short sentence on one line.
        QVERIFY2(human.out.endsWith('\n') && human.out.count('\n') == 1,
                 human.describe().constData());
        QVERIFY2(human.out.size() <= 400, human.describe().constData());
        QVERIFY2(QString::fromUtf8(human.out).contains(sentence, Qt::CaseInsensitive),
                 human.describe().constData());
        if (outcome == u"needs_3ds") {
            static const QRegularExpression url(
                QStringLiteral("http://127\\.0\\.0\\.1:\\d+/sim/3ds/PA[0-9A-Z]{14}"));
            QVERIFY2(url.match(QString::fromUtf8(human.out)).hasMatch(), human.out.constData());
        }
        if (answered)
            QVERIFY2(QRegularExpression(QStringLiteral("\\bPA[0-9A-Z]{14}\\b"))
                         .match(QString::fromUtf8(human.out))
                         .hasMatch(),
                     human.out.constData());
    }

    // ---- the country as alpha-2, alpha-3 or name: the same on the wire ------------------------

    void countryForms_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("wire"); // what the gateway received (the default: alpha-3)
        QTest::newRow("alpha-2") << "GB"
                                 << "GBR";
        QTest::newRow("alpha-3") << "GBR"
                                 << "GBR";
        QTest::newRow("name") << "United Kingdom"
                              << "GBR";
        QTest::newRow("alpha-2 lower case") << "de"
                                            << "DEU";
        QTest::newRow("alpha-3 DEU") << "DEU"
                                     << "DEU";
        QTest::newRow("name Germany") << "Germany"
                                      << "DEU";
    }
    void countryForms()
    {
        QFETCH(QString, country);
        QFETCH(QString, wire);
        QJsonObject request = requestJson(QLatin1String(ApprovedCard), country);
        if (wire == u"DEU") { // an address of that country: the postcode is checked against it
            request.insert(QStringLiteral("address"), QStringLiteral("Unter den Linden 1"));
            request.insert(QStringLiteral("city"), QStringLiteral("Berlin"));
            request.insert(QStringLiteral("state"), QStringLiteral("Berlin"));
            request.insert(QStringLiteral("zip"), QStringLiteral("10117"));
        }
        const Run run = cli({ QStringLiteral("--json"), QStringLiteral("charge") },
                            QJsonDocument(request).toJson());
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const auto record = m_sim->transaction(str(run.json(), "transaction_id"));
        QVERIFY(record.has_value());
        QCOMPARE(record->country, wire);
    }

    // ---- status, refund, transactions ----------------------------------------------------------

    void statusRefundTransactions()
    {
        const Run approved = jsonCharge(QLatin1String(ApprovedCard));
        QCOMPARE(approved.exitCode, 0);
        const QString approvedId = str(approved.json(), "transaction_id");
        const QString approvedOrder = str(approved.json(), "order_id");
        const Run declined = jsonCharge(QLatin1String(DeclinedCard));
        QCOMPARE(declined.exitCode, 2);
        const QString declinedId = str(declined.json(), "transaction_id");
        const Run threeDS = jsonCharge(QLatin1String(ThreeDSCard));
        QCOMPARE(threeDS.exitCode, 3);
        const QString threeDSId = str(threeDS.json(), "transaction_id");
        const Run dropped = jsonCharge(QLatin1String(DroppedCard));
        QCOMPARE(dropped.exitCode, 4);
        const QString droppedOrder = str(dropped.json(), "order_id");
        QVERIFY(!approvedId.isEmpty() && !declinedId.isEmpty() && !threeDSId.isEmpty()
                && !droppedOrder.isEmpty());

        // status
        const Run status = cli({ QStringLiteral("status"), approvedId });
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        QVERIFY2(status.out.count('\n') == 1 && status.out.contains(approvedId.toLatin1()),
                 status.describe().constData());
        const Run statusJson
            = cli({ QStringLiteral("--json"), QStringLiteral("status"), approvedId });
        QVERIFY2(statusJson.exitCode == 0, statusJson.describe().constData());
        QJsonObject o = statusJson.json();
        QVERIFY2(shapeProblem(o).isEmpty(), qPrintable(shapeProblem(o)));
        QCOMPARE(str(o, "outcome"), QStringLiteral("approved"));
        QCOMPARE(str(o, "transaction_id"), approvedId);
        QCOMPARE(str(o, "order_id"), approvedOrder);
        QCOMPARE(o.value(QLatin1String("http_status")).toInt(), 200);

        const Run statusDeclined
            = cli({ QStringLiteral("--json"), QStringLiteral("status"), declinedId });
        QVERIFY2(statusDeclined.exitCode == 2, statusDeclined.describe().constData());
        QCOMPARE(str(statusDeclined.json(), "outcome"), QStringLiteral("declined"));

        const Run pending = cli({ QStringLiteral("--json"), QStringLiteral("status"), threeDSId });
        QVERIFY2(pending.exitCode == 0, pending.describe().constData());
        QCOMPARE(str(pending.json(), "outcome"), QStringLiteral("pending"));
        QVERIFY(m_sim->completeThreeDSecure(threeDSId, true));
        const Run completed
            = cli({ QStringLiteral("--json"), QStringLiteral("status"), threeDSId });
        QVERIFY2(completed.exitCode == 0, completed.describe().constData());
        QCOMPARE(str(completed.json(), "outcome"), QStringLiteral("approved"));

        const Run missing = cli({ QStringLiteral("--json"), QStringLiteral("status"),
                                  QStringLiteral("PA0000000000000X") });
        QVERIFY2(missing.exitCode == 5, missing.describe().constData());
        QCOMPARE(str(missing.json(), "outcome"), QStringLiteral("rejected"));
        QCOMPARE(missing.json().value(QLatin1String("http_status")).toInt(), 404);

        // refund, once
        const Run refund = cli({ QStringLiteral("refund"), approvedId, QStringLiteral("--reason"),
                                 QStringLiteral("Goods returned") });
        QVERIFY2(refund.exitCode == 0, refund.describe().constData());
        QVERIFY2(refund.out.count('\n') == 1, refund.describe().constData());
        QVERIFY(m_sim->transaction(approvedId)->refunded);
        QCOMPARE(m_sim->transaction(approvedId)->refundReason, QStringLiteral("Goods returned"));
        const Run again = cli({ QStringLiteral("--json"), QStringLiteral("refund"), approvedId,
                                QStringLiteral("--reason"), QStringLiteral("Twice") });
        QVERIFY2(again.exitCode == 5, again.describe().constData());
        o = again.json();
        QVERIFY2(shapeProblem(o).isEmpty(), qPrintable(shapeProblem(o)));
        QCOMPARE(str(o, "outcome"), QStringLiteral("rejected"));
        QCOMPARE(o.value(QLatin1String("http_status")).toInt(), 422);
        QVERIFY2(str(o, "message").contains(QLatin1String("already refunded")),
                 again.out.constData());
        QCOMPARE(m_sim->transaction(approvedId)->refundReason, QStringLiteral("Goods returned"));
        const Run refundDeclined = cli({ QStringLiteral("refund"), declinedId,
                                         QStringLiteral("--reason"), QStringLiteral("No") });
        QVERIFY2(refundDeclined.exitCode == 5, refundDeclined.describe().constData());

        // transactions: every charge made, the unknown one found by its order id
        const QDate today = QDate::currentDate();
        const QStringList range { QStringLiteral("--from"), today.addDays(-1).toString(Qt::ISODate),
                                  QStringLiteral("--to"), today.addDays(1).toString(Qt::ISODate) };
        const Run list
            = cli(QStringList { QStringLiteral("--json"), QStringLiteral("transactions") } + range);
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        o = list.json();
        QVERIFY2(shapeProblem(o).isEmpty(), qPrintable(shapeProblem(o)));
        QCOMPARE(str(o, "outcome"), QStringLiteral("approved"));
        const QJsonArray transactions = o.value(QLatin1String("transactions")).toArray();
        QCOMPARE(transactions.size(), m_sim->transactionCount());
        QCOMPARE(transactions.size(), 4);
        QHash<QString, QJsonObject> byId;
        QString droppedId;
        for (const QJsonValue &v : transactions) {
            const QJsonObject t = v.toObject();
            byId.insert(str(t, "transaction_id"), t);
            if (str(t, "order_id") == droppedOrder)
                droppedId = str(t, "transaction_id");
            QCOMPARE(str(t, "card_number").count(u'*'), 6); // masked
        }
        QVERIFY(byId.contains(approvedId) && byId.contains(declinedId) && byId.contains(threeDSId));
        QVERIFY2(!droppedId.isEmpty(), "the unknown charge is found by its order id");
        QCOMPARE(str(byId.value(droppedId), "status"), QStringLiteral("SUCCESS"));
        QCOMPARE(str(byId.value(declinedId), "status"), QStringLiteral("FAILED"));
        QCOMPARE(str(byId.value(approvedId), "order_id"), approvedOrder);
        QVERIFY(byId.value(approvedId).value(QLatin1String("refunded")).toBool());

        const Run table = cli(QStringList { QStringLiteral("transactions") } + range);
        QVERIFY2(table.exitCode == 0, table.describe().constData());
        for (const QString &id : { approvedId, declinedId, threeDSId, droppedId })
            QVERIFY2(table.out.contains(id.toLatin1()), table.describe().constData());

        const Run empty = cli({ QStringLiteral("--json"), QStringLiteral("transactions"),
                                QStringLiteral("--from"), QStringLiteral("2001-01-01"),
                                QStringLiteral("--to"), QStringLiteral("2001-01-31") });
        QVERIFY2(empty.exitCode == 0, empty.describe().constData());
        QCOMPARE(empty.json().value(QLatin1String("transactions")).toArray().size(), 0);

        // The same calls with a wrong secret key are rejected (401: exit 5).
        const QProcessEnvironment wrong = environment(WrongSecretKey);
        const Run wrongStatus
            = cli({ QStringLiteral("--json"), QStringLiteral("status"), approvedId }, std::nullopt,
                  wrong);
        QVERIFY2(wrongStatus.exitCode == 5, wrongStatus.describe().constData());
        QCOMPARE(wrongStatus.json().value(QLatin1String("http_status")).toInt(), 401);
        const Run wrongList
            = cli(QStringList { QStringLiteral("--json"), QStringLiteral("transactions") } + range,
                  std::nullopt, wrong);
        QVERIFY2(wrongList.exitCode == 5, wrongList.describe().constData());
        // And against a closed port nothing is sent (exit 6).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString closedUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const Run unreachable
            = cli({ QStringLiteral("--base-url"), closedUrl, QStringLiteral("refund"), approvedId,
                    QStringLiteral("--reason"), QStringLiteral("x") });
        QVERIFY2(unreachable.exitCode == 6, unreachable.describe().constData());
    }

    void transactionsEveryPage()
    {
        // More than one page (the simulator's pages hold 50): the CLI follows the cursors.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig config;
        config.baseUrl = m_sim->baseUrl();
        GatewayClient client(&network,
                             Credentials { SecretBytes(QByteArrayView(test::TestSecretKey)),
                                           SecretBytes(QByteArrayView(test::TestEncryptionKey)) },
                             config);
        const int n = GatewaySimulator::PageSize + 13;
        int answered = 0;
        QEventLoop loop;
        for (int i = 0; i < n; ++i) {
            PaymentRequest request = test::validRequest(i % 2 ? ApprovedCard : "4242424242424242");
            client.charge(request, &loop, [&](const GatewayOutcome &) {
                if (++answered == n)
                    loop.quit();
            });
        }
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(answered, n);
        QCOMPARE(m_sim->transactionCount(), n);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const Run list = cli({ QStringLiteral("--json"), QStringLiteral("transactions"),
                               QStringLiteral("--from"), today, QStringLiteral("--to"), today });
        QVERIFY2(list.exitCode == 0, list.describe().constData());
        const QJsonArray transactions = list.json().value(QLatin1String("transactions")).toArray();
        QCOMPARE(transactions.size(), n);
        QSet<QString> ids;
        for (const QJsonValue &v : transactions)
            ids.insert(str(v.toObject(), "transaction_id"));
        QCOMPARE(ids.size(), n);
    }

    void helpAndVersion()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QVERIFY2(help.exitCode == 0, help.describe().constData());
        for (const char *word :
             { "charge", "status", "refund", "transactions", "PAVT_SECRET_KEY", "--json" })
            QVERIFY2(help.out.contains(word), word);
        const Run version = cli({ QStringLiteral("--version") });
        QVERIFY2(version.exitCode == 0 && version.out.startsWith("pavt-cli "),
                 version.describe().constData());
    }

    void helpInGerman()
    {
        // The help is translated as whole paragraphs: in German from the language setting (which
        // wins over an English system), and from the system's language when nothing is set.
        const QString germanConfig = m_home.filePath(QStringLiteral("config-de"));
        QVERIFY(QDir().mkpath(germanConfig));
        QFile ini(germanConfig + QStringLiteral("/pavt.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[ui]\nlanguage=de\n");
        ini.close();
        QProcessEnvironment setting = environment();
        setting.insert(QStringLiteral("PAVT_CONFIG_DIR"), germanConfig);
        setting.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        setting.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcessEnvironment system = environment();
        system.insert(QStringLiteral("PAVT_CONFIG_DIR"),
                      m_home.filePath(QStringLiteral("config-none")));
        system.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        system.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        for (const QProcessEnvironment &env : { setting, system }) {
            const Run help = cli({ QStringLiteral("--help") }, std::nullopt, env);
            QVERIFY2(help.exitCode == 0, help.describe().constData());
            const QString text = QString::fromUtf8(help.out);
            for (const char *german :
                 { "Aufruf: pavt-cli", "Befehle:", "Die Zugangsdaten kommen aus PAVT_SECRET_KEY",
                   "Exit-Status: 0 genehmigt oder erledigt" })
                QVERIFY2(text.contains(QString::fromUtf8(german)), help.describe().constData());
            for (const char *english : { "Credentials come from PAVT_SECRET_KEY",
                                         "Commands:", "Exit status: 0 approved" })
                QVERIFY2(!text.contains(QLatin1String(english)), help.describe().constData());
            // Commands, options and variables stay as they are.
            for (const char *word :
                 { "charge", "status", "refund", "transactions", "PAVT_SECRET_KEY", "--json" })
                QVERIFY2(help.out.contains(word), word);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
