// SPDX-License-Identifier: MIT
// A payment link from one of the merchant's templates in the real window, offscreen: the terminal
// runs with a (fake) live key against a simulator in live mode on loopback, lists the templates
// in the "Payment link" box, makes a template link, and the "cardholder" pays it on the
// simulator's page by HTTP; the follower finds it by its order id and the window says so.
#include "app/terminalapp.h"
#include "core/gateway/credentialstore.h"
#include "core/journal/journal.h"
#include "core/journal/linkentry.h"
#include "gui/chargepage.h"
#include "gui/linkcoordinator.h"
#include "gui/linknotice.h"
#include "gui/linkoptions.h"
#include "gui/linkpanel.h"
#include "gui/mainwindow.h"
#include "sim/gatewaysimulator.h"
#include "support/simtestsupport.h"
#include "support/testdata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::gui;

namespace {
constexpr const char *LiveSecretKey = pavt::test::TestLiveSecretKey;
} // namespace

class TestLinksGuiLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<sim::GatewaySimulator> m_sim;
    std::unique_ptr<app::TerminalApp> m_app;

    MainWindow *window() const { return m_app->window(); }
    ChargePage *page() const { return window()->chargePage(); }

private slots:
    void initTestCase()
    {
        sim::SimulatorOptions o;
        o.secretKey = QByteArray(LiveSecretKey);
        o.encryptionKey = QByteArray(test::TestEncryptionKey);
        m_sim = std::make_unique<sim::GatewaySimulator>(o);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        qputenv("PAVT_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("PAVT_DATA_DIR", m_data.path().toUtf8());
        {
            QSettings ini(m_config.filePath(QStringLiteral("pavt.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("gateway/baseUrl"), m_sim->baseUrl().toString());
        }
        app::TerminalApp::Options options;
        options.inMemoryCredentials = true;
        options.reconcilerPolicy.firstDelay = std::chrono::milliseconds(100);
        options.reconcilerPolicy.maxDelay = std::chrono::milliseconds(400);
        m_app = std::make_unique<app::TerminalApp>(options);
        int written = 0;
        const auto done = [&written](std::optional<Error> error) {
            QVERIFY(!error);
            ++written;
        };
        m_app->credentialStore().write(QString::fromLatin1(CredentialStore::SecretKeyName),
                                       SecretBytes(QByteArrayView(LiveSecretKey)), done);
        m_app->credentialStore().write(QString::fromLatin1(CredentialStore::EncryptionKeyName),
                                       SecretBytes(QByteArrayView(test::TestEncryptionKey)), done);
        QTRY_COMPARE(written, 2);
        QSignalSpy ready(m_app.get(), &app::TerminalApp::ready);
        m_app->start();
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        QVERIFY(!m_app->isDemo());
        QCOMPARE(m_app->client()->environment(), Environment::Live);
        QVERIFY(m_app->linkService());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        window()->linkNotice()->showTrayMessage = [](const QString &, const QString &) {};
    }
    void cleanupTestCase()
    {
        m_app.reset();
        m_sim.reset();
    }

    void templateLinkMadeAndFoundByOrderId()
    {
        window()->linkModeAction()->trigger();
        LinkOptions *options = page()->linkOptions();
        // The templates come from the gateway (live only).
        QTRY_VERIFY_WITH_TIMEOUT(options->hasTemplates(), 10000);
        QCOMPARE(options->templateCombo()->count(),
                 int(sim::GatewaySimulator::paymentTemplates().size()));
        options->setMethod(LinkMethod::Template);
        options->templateCombo()->setCurrentIndex(0);
        QCOMPARE(options->templateId(),
                 sim::GatewaySimulator::paymentTemplates().first().paymentTemplateId);
        options->setExpiryDate(QDate::currentDate().addDays(3));
        QVERIFY2(options->problem().isEmpty(), qPrintable(options->problem()));
        page()->setFieldText(Field::Amount, QStringLiteral("45.50"));
        page()->setFieldText(Field::FirstName, QStringLiteral("Ada"));
        page()->setFieldText(Field::LastName, QStringLiteral("Lovelace"));
        page()->setFieldText(Field::Email, QStringLiteral("ada@example.com"));
        QVERIFY2(page()->controller().canCharge(),
                 qPrintable(page()->controller().blockedReason()));
        window()->charge();
        QTRY_VERIFY_WITH_TIMEOUT(window()->linkPanel()->isVisible() && !page()->isBusy(), 20000);
        const JournalEntry link = window()->linkPanel()->result().entry;
        QCOMPARE(link.kind, EntryKind::TemplateLink);
        QCOMPARE(link.outcome, EntryOutcome::AwaitingPayment);
        QCOMPARE(link.amountMinor, 4550);
        QCOMPARE(link.email, QStringLiteral("ada@example.com"));
        QCOMPARE(link.expiresAt, endOfDay(QDate::currentDate().addDays(3)));
        const QString url = window()->linkPanel()->linkEdit()->text();
        QVERIFY2(url.contains(u"/sim/link/"), qPrintable(url));
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);

        const int notices = window()->linkNotice()->count();
        simtest::Client cardholder(m_sim->baseUrl(), {});
        const simtest::Response form = cardholder.browserGet(QUrl(url).path());
        QCOMPARE(form.status, 200);
        QVERIFY(form.body.contains("GBP 45.50"));
        QCOMPARE(
            cardholder
                .formPost(simtest::formAction(form.body),
                          simtest::Client::cardForm(
                              QStringLiteral("4242424242424242"),
                              QStringLiteral("09/%1").arg((QDate::currentDate().year() + 2) % 100),
                              QStringLiteral("123")))
                .status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(window()->linkNotice()->count() > notices, 15000);
        QCOMPARE(window()->linkNotice()->last().id, link.id);
        QCOMPARE(window()->linkNotice()->last().outcome, EntryOutcome::Approved);
        const JournalEntry paid = m_app->journal()->entry(link.id)->value();
        QVERIFY(!paid.transactionId.isEmpty()); // found by its order id in the list
        QCOMPARE(paid.cardLastFour, QStringLiteral("4242"));
        QCOMPARE(m_sim->chargeRequestCount(), 0);
        QCOMPARE(m_sim->paymentCreationRequestCount(), 1);
    }
};

QTEST_MAIN(TestLinksGuiLive)
#include "tst_linksgui_live.moc"
