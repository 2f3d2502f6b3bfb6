// SPDX-License-Identifier: MIT
// Payments by link in the real window, offscreen, against the demo simulator: Ctrl+L switches the
// charge page to "Payment link" (the card fields go away, the customer and amount stay), the link
// is created and shown large with its QR code, Copy link and E-mail to customer (a mailto: URL);
// the "cardholder" pays on the simulator's page by HTTP while the operator is on another order,
// and the window says so (the notice, the tray message) and the history shows it approved.
#include "app/terminalapp.h"
#include "core/journal/historymodel.h"
#include "core/journal/journal.h"
#include "core/journal/linkentry.h"
#include "core/journal/linkfollower.h"
#include "gui/chargepage.h"
#include "gui/historypage.h"
#include "gui/linkcoordinator.h"
#include "gui/linkmail.h"
#include "gui/linknotice.h"
#include "gui/linkoptions.h"
#include "gui/linkpanel.h"
#include "gui/mainwindow.h"
#include "gui/qrcode.h"
#include "sim/gatewaysimulator.h"
#include "support/simtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace pavt;
using namespace pavt::gui;

class TestLinksGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<app::TerminalApp> m_app;

    MainWindow *window() const { return m_app->window(); }
    ChargePage *page() const { return window()->chargePage(); }

    void fillCustomer()
    {
        page()->setFieldText(Field::Amount, QStringLiteral("30.00"));
        page()->setFieldText(Field::FirstName, QStringLiteral("James"));
        page()->setFieldText(Field::LastName, QStringLiteral("Dean"));
        page()->setFieldText(Field::Email, QStringLiteral("james.dean@example.com"));
        page()->setFieldText(Field::PhoneNumber, QStringLiteral("+44 20 7946 0000"));
        page()->setFieldText(Field::Address, QStringLiteral("10 Downing Street"));
        page()->setFieldText(Field::City, QStringLiteral("London"));
        page()->setFieldText(Field::State, QStringLiteral("Westminster"));
        page()->setFieldText(Field::Zip, QStringLiteral("SW1A 2AA"));
    }
    // With PAVT_SCREENSHOT_DIR set, the state is saved as a PNG (for the look check and the
    // guides).
    void shot(const char *name)
    {
        const QString dir = qEnvironmentVariable("PAVT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window()->grab().save(dir + QLatin1Char('/') + QLatin1String(name)
                                  + QStringLiteral(".png"));
    }
    bool waitForLink()
    {
        return QTest::qWaitFor(
            [this] { return window()->linkPanel()->isVisible() && !page()->isBusy(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        qputenv("PAVT_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("PAVT_DATA_DIR", m_data.path().toUtf8());
        app::TerminalApp::Options options;
        options.forceDemo = true;
        options.inMemoryCredentials = true;
        options.reconcilerPolicy.firstDelay = std::chrono::milliseconds(100);
        options.reconcilerPolicy.maxDelay = std::chrono::milliseconds(400);
        m_app = std::make_unique<app::TerminalApp>(options);
        QSignalSpy ready(m_app.get(), &app::TerminalApp::ready);
        m_app->start();
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        QVERIFY(m_app->isDemo());
        QVERIFY(m_app->linkService());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        window()->linkNotice()->showTrayMessage
            = [this](const QString &title, const QString &text) {
                  m_trayTitle = title;
                  m_trayText = text;
              };
        window()->linkPanel()->openUrl = [this](const QUrl &url) {
            m_opened << url;
            return true;
        };
    }
    void cleanupTestCase() { m_app.reset(); }

    void modeShortcutsAreInTheMenu()
    {
        QCOMPARE(window()->cardModeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(window()->linkModeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(!window()->cardModeAction()->associatedObjects().isEmpty());
        window()->linkModeAction()->trigger();
        QVERIFY(page()->isLinkMode());
        QVERIFY(!page()->edit(Field::CardNumber)->isVisible());
        QVERIFY(page()->edit(Field::Amount)->isVisible());
        QVERIFY(page()->edit(Field::FirstName)->isVisible());
        QVERIFY(page()->linkOptions()->isVisible());
        shot("link-mode");
        window()->cardModeAction()->trigger();
        QVERIFY(!page()->isLinkMode());
        QVERIFY(page()->edit(Field::CardNumber)->isVisible());
        QVERIFY(!page()->linkOptions()->isVisible());
    }

    void hostedLinkCreatedPaidAndAnnounced()
    {
        window()->newCharge();
        window()->linkModeAction()->trigger();
        page()->linkOptions()->setMethod(LinkMethod::Hosted);
        fillCustomer();
        QVERIFY2(page()->controller().canCharge(),
                 qPrintable(page()->controller().blockedReason()));
        window()->charge(); // Enter: creates the link (no card, nothing to confirm)
        QVERIFY(waitForLink());
        shot("link-created");
        LinkPanel *panel = window()->linkPanel();
        QCOMPARE(panel->result().entry.kind, EntryKind::HostedCard);
        QCOMPARE(panel->result().entry.outcome, EntryOutcome::AwaitingPayment);
        const QString url = panel->linkEdit()->text();
        QVERIFY2(url.contains(u"/sim/pay/PA"), qPrintable(url));
        QVERIFY(panel->linkEdit()->isReadOnly());
        // The QR code, made by libqrencode.
        QVERIFY(!panel->qrLabel()->pixmap().isNull());
        QVERIFY(panel->qrLabel()->isVisible());
        QVERIFY(!qrCodeImage(url, 4).isNull());
        // Copy link: the link is not card data, so the clipboard may hold it.
        QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url);
        // E-mail to customer: the operator's mail program, with the link in the body.
        m_opened.clear();
        QTest::mouseClick(panel->emailButton(), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        const QUrl mail = m_opened.first();
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        QCOMPARE(mail.path(), QStringLiteral("james.dean@example.com"));
        const QUrlQuery query(mail);
        QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
                    .contains(panel->result().entry.orderId));
        QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(url));

        // The operator goes on with another order (card mode) while the cardholder pays.
        const qint64 id = panel->result().entry.id;
        const int noticesBefore = window()->linkNotice()->count();
        window()->cardModeAction()->trigger();
        window()->newCharge();
        simtest::Client cardholder(m_app->simulator()->baseUrl(), {});
        const simtest::Response form = cardholder.browserGet(QUrl(url).path());
        QCOMPARE(form.status, 200);
        QVERIFY(form.body.contains("GBP 30.00"));
        const simtest::Response paid = cardholder.formPost(
            simtest::formAction(form.body),
            simtest::Client::cardForm(
                QStringLiteral("4111111111111111"),
                QStringLiteral("09/%1").arg((QDate::currentDate().year() + 2) % 100),
                QStringLiteral("123")));
        QCOMPARE(paid.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(window()->linkNotice()->count() > noticesBefore, 15000);
        QVERIFY(window()->linkNotice()->isVisible());
        shot("link-paid-notice");
        QCOMPARE(window()->linkNotice()->last().id, id);
        QCOMPARE(window()->linkNotice()->last().outcome, EntryOutcome::Approved);
        QVERIFY2(window()->linkNotice()->text().contains(panel->result().entry.orderId),
                 qPrintable(window()->linkNotice()->text()));
        if (window()->linkNotice()->hasTray())
            QVERIFY(!m_trayText.isEmpty());
        QVERIFY(!page()->isLinkMode()); // the operator's order was not disturbed

        // The history shows it approved, taken by link, with the card the gateway reported.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app->journal()->entry(id)->value().cardLastFour == QStringLiteral("1111"), 10000);
        window()->showHistory();
        HistoryModel *model = m_app->historyPage()->model();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QModelIndex index = model->index(row, HistoryModel::KindColumn);
                    if (model->data(index, HistoryModel::KindRole).toString() == u"hosted"
                        && model
                               ->data(model->index(row, HistoryModel::OutcomeColumn),
                                      Qt::DisplayRole)
                               .toString()
                               .contains(QStringLiteral("Approved")))
                        return true;
                }
                return false;
            }(),
            10000);
        QCOMPARE(m_app->simulator()->chargeRequestCount(), 0);
    }

    void thePanelFollowsTheLinkLive()
    {
        window()->newCharge();
        window()->linkModeAction()->trigger();
        page()->linkOptions()->setMethod(LinkMethod::Hosted);
        fillCustomer();
        window()->charge();
        QVERIFY(waitForLink());
        LinkPanel *panel = window()->linkPanel();
        QCOMPARE(panel->titleText(), QStringLiteral("Waiting for the customer to pay"));
        // Declined on the page: the panel says so while it is still up.
        simtest::Client cardholder(m_app->simulator()->baseUrl(), {});
        QCOMPARE(
            cardholder
                .formPost(QUrl(panel->linkEdit()->text()).path(),
                          simtest::Client::cardForm(
                              QStringLiteral("4000000000000002"),
                              QStringLiteral("09/%1").arg((QDate::currentDate().year() + 2) % 100),
                              QStringLiteral("123")))
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(panel->titleText(), QStringLiteral("Payment failed"), 15000);
        QVERIFY(panel->detailText().contains(QStringLiteral("No money was taken")));
        window()->cardModeAction()->trigger();
        window()->newCharge();
    }

    void historyHandsAnOpenLinkOutAgain()
    {
        window()->newCharge();
        window()->linkModeAction()->trigger();
        page()->linkOptions()->setMethod(LinkMethod::Apm);
        fillCustomer();
        window()->charge();
        QVERIFY(waitForLink());
        const JournalEntry link = window()->linkPanel()->result().entry;
        QCOMPARE(link.kind, EntryKind::Apm);
        window()->cardModeAction()->trigger();
        window()->showHistory();
        HistoryPage *history = m_app->historyPage();
        // "Payment links (any)" in the kind filter: the keyed charges of other tests go away.
        auto *kinds = history->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QVERIFY(kinds);
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("links")));
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() >= 2, 10000);
        for (int row = 0; row < history->model()->rowCount(); ++row)
            QVERIFY(isLink(history->model()->entryAt(row).kind));
        history->selectEntry(link.id);
        QTRY_VERIFY_WITH_TIMEOUT(history->copyLinkButton()->isVisible(), 5000);
        QApplication::clipboard()->clear();
        QTest::mouseClick(history->copyLinkButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link.paymentUrl);
        m_opened.clear();
        QTest::mouseClick(history->emailLinkButton(), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        QVERIFY(QUrlQuery(m_opened.first())
                    .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .contains(link.paymentUrl));
        // Paid on the APM page: no longer handed out.
        simtest::Client cardholder(m_app->simulator()->baseUrl(), {});
        QCOMPARE(
            cardholder.formPost(QStringLiteral("/sim/apm/%1/pay").arg(link.transactionId)).status,
            200);
        // Check now: the follower looks at once.
        auto *checkNow = history->findChild<QPushButton *>(QStringLiteral("refreshButton"));
        QVERIFY(checkNow && checkNow->isEnabled());
        QSignalSpy polled(m_app->linkFollower(), &LinkFollower::pollFinished);
        QTest::mouseClick(checkNow, Qt::LeftButton);
        QVERIFY(polled.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->journal()->entry(link.id)->value().outcome,
                                  EntryOutcome::Approved, 15000);
        history->selectEntry(link.id);
        QTRY_VERIFY_WITH_TIMEOUT(!history->copyLinkButton()->isVisible(), 5000);
        kinds->setCurrentIndex(0);
        window()->newCharge();
    }

    void templatesNeedALiveKey()
    {
        window()->newCharge();
        window()->linkModeAction()->trigger();
        QComboBox *methods = page()->linkOptions()->methodCombo();
        // Demo is the test environment: no templates, and the box says why.
        QTRY_VERIFY_WITH_TIMEOUT(page()->linkOptions()->hasTemplates() == false, 2000);
        page()->linkOptions()->setMethod(LinkMethod::Template);
        QVERIFY(!page()->linkOptions()->problem().isEmpty());
        QVERIFY(methods->count() >= 2);
        window()->cardModeAction()->trigger();
    }

    void mailtoIsEncodedForMailPrograms()
    {
        LinkMail mail;
        mail.to = QStringLiteral("ada@example.com");
        mail.orderId = QStringLiteral("VT-1 & 2");
        mail.link = QStringLiteral("https://gw.example/pay/PA1?x=1&y=2");
        mail.amountText = QStringLiteral("GBP 12.50");
        mail.customerName = QStringLiteral("Ada Lovelace");
        const QUrl url = linkMailUrl(mail);
        QVERIFY(url.isValid());
        const QByteArray encoded = url.toEncoded();
        QVERIFY(encoded.startsWith("mailto:ada@example.com?subject="));
        QVERIFY(encoded.contains("%0D%0A")); // CRLF line breaks (RFC 6068)
        QVERIFY(!encoded.contains("&y=2")); // the link's own '&' is encoded
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 linkMailSubject(mail));
        QVERIFY(
            query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(mail.link));
    }

private:
    QList<QUrl> m_opened;
    QString m_trayTitle;
    QString m_trayText;
};

QTEST_MAIN(TestLinksGui)
#include "tst_linksgui.moc"
