// SPDX-License-Identifier: MIT
// pavt-cli's payments by link: link (hosted card page, APM) prints the payment URL and exits 3,
// journalled with its kind and no card; a request with card fields is refused before anything is
// sent; templates (none with a test key, the simulator's with a live one); payment-link from a
// template, an expired date refused; reconcile follows the open links until paid. Against the
// in-process gateway simulator.
#include "core/journal/journal.h"
#include "sim/gatewaysimulator.h"
#include "support/clirun.h"
#include "support/simtestsupport.h"
#include "support/testdata.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::sim;

namespace {

const QByteArray Secret = QByteArrayLiteral("PA_TEST_links0cli0test");
const QByteArray Key = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
// A live key (templates exist only there); fake, and not shaped like a real one.
const QByteArray LiveSecret = QByteArrayLiteral("PA_LIVE_"
                                                "links0cli0only");

using Run = pavt::test::CliRun;

QByteArray requestJson(const char *card, const char *first = "Ada", const char *last = "Lovelace",
                       int amount = 1250, const char *orderId = nullptr)
{
    return test::cliRequestJson(card, first, last, amount, orderId);
}

} // namespace

class TestLinksCli : public QObject
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
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void init()
    {
        SimulatorOptions options;
        options.secretKey = QByteArray(QTest::currentTestFunction() == QByteArray("templates")
                                               || QTest::currentTestFunction()
                                                   == QByteArray("paymentLinkFromATemplate")
                                           ? LiveSecret
                                           : Secret);
        options.encryptionKey = Key;
        m_sim = std::make_unique<GatewaySimulator>(options);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }
    void cleanup() { m_sim.reset(); }

    void hostedLinkPrintsItsUrlAndIsFollowed()
    {
        const Run made = cli({ QStringLiteral("--json"), QStringLiteral("link") },
                             requestJson(nullptr, "Ada", "Lovelace", 1250, "CLI-LINK-1"));
        QVERIFY2(made.exitCode == 3, made.describe().constData());
        const QJsonObject o = made.json().object();
        QCOMPARE(o.value(QLatin1String("outcome")).toString(), QStringLiteral("awaiting_payment"));
        QCOMPARE(o.value(QLatin1String("order_id")).toString(), QStringLiteral("CLI-LINK-1"));
        const QString transactionId = o.value(QLatin1String("transaction_id")).toString();
        QVERIFY(!transactionId.isEmpty());
        const QString url = o.value(QLatin1String("payment_url")).toString();
        QCOMPARE(url, m_sim->baseUrl().toString() + u"/sim/pay/" + transactionId);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("hosted"));
        QVERIFY(!o.value(QLatin1String("expires_at")).toString().isEmpty());
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);

        // The plain text: the URL on the first line, exit status 3.
        const Run plain
            = cli({ QStringLiteral("link"), QStringLiteral("--method"), QStringLiteral("apm") },
                  requestJson(nullptr, "Alan", "Turing", 990, "CLI-APM-1"));
        QVERIFY2(plain.exitCode == 3, plain.describe().constData());
        QVERIFY2(plain.out.contains("/sim/apm/PA"), plain.describe().constData());

        // The history has both, with their kind and no card.
        const Run listed = cli({ QStringLiteral("--json"), QStringLiteral("history") });
        QVERIFY2(listed.exitCode == 0, listed.describe().constData());
        const QJsonArray all = listed.json().array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("apm"));
        QCOMPARE(all.at(1).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("hosted"));
        QCOMPARE(all.at(1).toObject().value(QLatin1String("card_last_four")).toString(), QString());
        QCOMPARE(all.at(1).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("awaiting_payment"));

        // Nobody paid yet: reconcile leaves both open.
        const Run open = cli({ QStringLiteral("reconcile") });
        QVERIFY2(open.exitCode == 0, open.describe().constData());
        QVERIFY2(open.out.contains("2 still open"), open.describe().constData());

        // The cardholder pays on the page; reconcile finds it.
        simtest::Client cardholder(m_sim->baseUrl(), {});
        cardholder.formPost(QUrl(url).path(),
                            simtest::Client::cardForm(QStringLiteral("4111111111111111"),
                                                      QStringLiteral("09/%1").arg(
                                                          (QDate::currentDate().year() + 2) % 100),
                                                      QStringLiteral("739")));
        const Run paid = cli({ QStringLiteral("--json"), QStringLiteral("reconcile") });
        QVERIFY2(paid.exitCode == 0, paid.describe().constData());
        QCOMPARE(paid.json().array().size(), 2); // the APM one is still open
        bool found = false;
        for (const QJsonValue &v : paid.json().array()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("order_id")).toString() == u"CLI-LINK-1") {
                found = true;
                QCOMPARE(e.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
                QCOMPARE(e.value(QLatin1String("card_last_four")).toString(),
                         QStringLiteral("1111"));
            }
        }
        QVERIFY2(found, paid.describe().constData());
        QCOMPARE(m_sim->paymentCreationRequestCount(), 2);
        QCOMPARE(m_sim->chargeRequestCount(), 0);
    }

    void linkWithCardFieldsIsRefused()
    {
        const Run refused = cli({ QStringLiteral("link") }, requestJson("4111111111111111"));
        QVERIFY2(refused.exitCode == 1, refused.describe().constData());
        QVERIFY2(refused.out.contains("card") || refused.err.contains("card"),
                 refused.describe().constData());
        QCOMPARE(m_sim->paymentCreationRequestCount(), 0);
        const Run bad
            = cli({ QStringLiteral("link"), QStringLiteral("--method"), QStringLiteral("paypal") },
                  requestJson(nullptr));
        QVERIFY2(bad.exitCode == 1, bad.describe().constData());
        QCOMPARE(m_sim->paymentCreationRequestCount(), 0);
    }

    void templates()
    {
        const Run none = cli({ QStringLiteral("templates") });
        QVERIFY2(none.exitCode == 0, none.describe().constData());
        QVERIFY2(none.out.contains("test environment"), none.describe().constData());
        const Run live
            = cli({ QStringLiteral("--json"), QStringLiteral("templates") }, {}, {}, LiveSecret);
        QVERIFY2(live.exitCode == 0, live.describe().constData());
        const QJsonArray list = live.json().object().value(QLatin1String("templates")).toArray();
        QCOMPARE(list.size(), GatewaySimulator::paymentTemplates().size());
        QCOMPARE(list.first().toObject().value(QLatin1String("payment_template_id")).toString(),
                 GatewaySimulator::paymentTemplates().first().paymentTemplateId);
    }

    void paymentLinkFromATemplate()
    {
        const QString id = GatewaySimulator::paymentTemplates().first().paymentTemplateId;
        const QString dataDir = m_home.filePath(QStringLiteral("live-data"));
        const Run late = cli({ QStringLiteral("payment-link"), QStringLiteral("--template"), id,
                               QStringLiteral("--expires"),
                               QDate::currentDate().addDays(-1).toString(Qt::ISODate) },
                             {}, dataDir, LiveSecret);
        QVERIFY2(late.exitCode == 1, late.describe().constData());
        QCOMPARE(m_sim->paymentCreationRequestCount(), 0);
        const Run noTemplate = cli({ QStringLiteral("payment-link") }, {}, dataDir, LiveSecret);
        QVERIFY2(noTemplate.exitCode == 1, noTemplate.describe().constData());

        const Run made = cli({ QStringLiteral("--json"), QStringLiteral("payment-link"),
                               QStringLiteral("--template"), id, QStringLiteral("--amount"),
                               QStringLiteral("4550"), QStringLiteral("--currency"),
                               QStringLiteral("GBP"), QStringLiteral("--order-id"),
                               QStringLiteral("CLI-TPL-1"), QStringLiteral("--expires"),
                               QDate::currentDate().addDays(3).toString(Qt::ISODate) },
                             {}, dataDir, LiveSecret);
        QVERIFY2(made.exitCode == 3, made.describe().constData());
        const QJsonObject o = made.json().object();
        QCOMPARE(o.value(QLatin1String("order_id")).toString(), QStringLiteral("CLI-TPL-1"));
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("template"));
        const QString url = o.value(QLatin1String("payment_url")).toString();
        QVERIFY2(url.contains(u"/sim/link/"), made.describe().constData());
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);

        simtest::Client cardholder(m_sim->baseUrl(), {});
        const simtest::Response page = cardholder.browserGet(QUrl(url).path());
        cardholder.formPost(simtest::formAction(page.body),
                            simtest::Client::cardForm(QStringLiteral("4242424242424242"),
                                                      QStringLiteral("09/%1").arg(
                                                          (QDate::currentDate().year() + 2) % 100),
                                                      QStringLiteral("739")));
        const Run paid = cli({ QStringLiteral("--json"), QStringLiteral("reconcile") }, {}, dataDir,
                             LiveSecret);
        QVERIFY2(paid.exitCode == 0, paid.describe().constData());
        const QJsonObject e = paid.json().array().first().toObject();
        QCOMPARE(e.value(QLatin1String("order_id")).toString(), QStringLiteral("CLI-TPL-1"));
        QCOMPARE(e.value(QLatin1String("outcome")).toString(), QStringLiteral("approved"));
        QCOMPARE(e.value(QLatin1String("card_last_four")).toString(), QStringLiteral("4242"));
    }
};

QTEST_GUILESS_MAIN(TestLinksCli)
#include "tst_links_cli.moc"
