// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include "core/journal/reconciler.h"
#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "core/payment/orderid.h"
#include "core/service/chargeservice.h"
#include "core/settings/terminalsettings.h"
#include "gui/chargecoordinator.h"
#include "gui/chargepage.h"
#include "gui/customersuggestions.h"
#include "gui/helpdialogs.h"
#include "gui/linkpanel.h"
#include "gui/resultpanel.h"
#include "gui/screenfit.h"
#include "gui/secureclipboard.h"
#include "gui/style.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace pavt::gui {

namespace {

// The customer's IP address that the demo fills in: from the documentation range (RFC 5737).
constexpr char DemoCustomerIp[] = "203.0.113.7";

// The banner's and the environment marker's look (pavt.qss: [mode="demo"], "live", "test").
void setMode(QLabel *label, const char *mode)
{
    if (label->property("mode").toString() == QLatin1StringView(mode))
        return;
    label->setProperty("mode", QString::fromLatin1(mode));
    repolish(label);
}

} // namespace

MainWindow::MainWindow(TerminalSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_clipboard(new SecureClipboard(this)),
      m_coordinator(new ChargeCoordinator(this)), m_stack(new QStackedWidget(this)),
      m_chargeContainer(new QWidget(this)), m_chargePage(new ChargePage(m_chargeContainer)),
      m_resultPanel(new ResultPanel(m_clipboard, m_chargeContainer)), m_banner(new QLabel(this)),
      m_envLabel(new QLabel(this))
{
    followPaletteChanges(); // the sheet's colours follow a theme that changes (style.h)
    installScreenFitter(); // every dialog on the screen, whatever its size or the scale
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pavt.svg")));
    auto *layout = new QVBoxLayout(m_chargeContainer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultPanel);
    layout->addWidget(m_chargePage, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chargeContainer);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form scrolls where the window is small (1280 x 800 at 200 %: 640 x 400); its columns
    // stack to fit the width, and Charge with its reason stays below it, always in sight.
    m_chargePage->followWidthOf(scroll->viewport());
    auto *chargeArea = new QWidget(this);
    auto *chargeAreaLayout = new QVBoxLayout(chargeArea);
    chargeAreaLayout->setContentsMargins(0, 0, 0, 0);
    chargeAreaLayout->addWidget(scroll, 1);
    chargeAreaLayout->addWidget(m_chargePage->actionBar());
    m_stack->addWidget(chargeArea);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 6);
    m_banner->setObjectName(QStringLiteral("banner"));
    applyStyleSheet(m_banner, "window"); // pavt.qss: by its mode, demo, live or blocked
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->hide();
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_stack, 1);
    buildLinks(); // mainwindowlinks.cpp: the link panel, the notice, Ctrl+K and Ctrl+L
    setCentralWidget(central);
    m_envLabel->setObjectName(QStringLiteral("environmentLabel"));
    applyStyleSheet(m_envLabel, "window");
    statusBar()->addPermanentWidget(m_envLabel);

    confirm = [this](const QString &question, const QString &duplicateWarning) {
        QMessageBox box(duplicateWarning.isEmpty() ? QMessageBox::Question : QMessageBox::Warning,
                        tr("Confirm the charge"), question, QMessageBox::Yes | QMessageBox::Cancel,
                        this);
        box.button(QMessageBox::Yes)->setText(tr("&Charge"));
        if (duplicateWarning.isEmpty()) {
            box.setDefaultButton(QMessageBox::Yes);
        } else {
            // A possible double charge: Enter cancels; charging takes a deliberate Alt+C.
            box.setInformativeText(duplicateWarning);
            box.setDefaultButton(QMessageBox::Cancel);
        }
        return box.exec() == QMessageBox::Yes;
    };

    m_suggestions = new CustomerSuggestions(m_chargePage, this);
    connect(m_suggestions, &CustomerSuggestions::filled, this, [this](const CustomerSuggestion &c) {
        showStatus(
            tr("Filled in the details of %1 from their order of %2. The card is "
               "never kept: key it again.")
                .arg(QString(c.firstName + u' ' + c.lastName).trimmed(),
                     locale().toString(c.lastOrderAt.toLocalTime().date(), QLocale::ShortFormat)));
    });
    buildActions();
    connect(m_chargePage, &ChargePage::chargeRequested, this, &MainWindow::charge);
    connect(m_chargePage, &ChargePage::clearRequested, this, &MainWindow::newCharge);
    connect(m_coordinator, &ChargeCoordinator::finished, this, &MainWindow::onResult);
    connect(m_coordinator, &ChargeCoordinator::updated, this, &MainWindow::onUpdated);
    connect(m_resultPanel, &ResultPanel::chargeAgainRequested, this, &MainWindow::chargeAgain);
    connect(m_resultPanel, &ResultPanel::dismissed, this, &MainWindow::newCharge);
    connect(m_resultPanel, &ResultPanel::receiptRequested, this, &MainWindow::showReceipt);

    // Enter charges from anywhere on the form; Escape clears it.
    for (int key : { int(Qt::Key_Return), int(Qt::Key_Enter) }) {
        auto *enter = new QShortcut(QKeySequence(key), m_chargeContainer);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, &MainWindow::charge);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_chargeContainer);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &MainWindow::newCharge);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_settings.idleClearSeconds() * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &MainWindow::idleTimeout);
    qApp->installEventFilter(this);
    m_idleTimer.start();

    retranslate();
    resize(1240, 820); // on a 1280 x 800 screen: all of its width (fitToScreen takes the rest)
    // Where the operator left the window last time, on the screen as it is now (a place saved on
    // a larger or a second monitor must not leave the window wider than the screen).
    restoreGeometry(m_settings.mainWindowGeometry());
    fitToScreen();
    applyDefaults();
    m_chargePage->focusFirstField();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    m_clipboard->clearIfOurs();
}

void MainWindow::fitToScreen()
{
    fitToAvailableScreen(this);
}

void MainWindow::buildActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newCharge);
    m_historyAction = new QAction(this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    m_endOfDayAction = new QAction(this);
    m_endOfDayAction->setObjectName(QStringLiteral("endOfDayAction"));
    m_endOfDayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_endOfDayAction->setVisible(false); // until the application provides the page
    connect(m_endOfDayAction, &QAction::triggered, this, &MainWindow::showEndOfDay);
    m_batchRefundAction = new QAction(this);
    m_batchRefundAction->setObjectName(QStringLiteral("batchRefundAction"));
    connect(m_batchRefundAction, &QAction::triggered, this, [this] {
        if (!m_locked && m_permissions.refund)
            emit batchRefundRequested();
    });
    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts(
        { QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        if (m_openSettings)
            m_openSettings();
    });
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents); // F1 (Ctrl+? on macOS)
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_guideAction = new QAction(this);
    connect(m_guideAction, &QAction::triggered, this, [this] { showUserGuide(this); });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAbout(this); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    QMenu *terminal = menuBar()->addMenu(QString());
    terminal->setObjectName(QStringLiteral("terminalMenu"));
    terminal->addAction(m_newAction);
    terminal->addAction(m_historyAction);
    terminal->addAction(m_endOfDayAction);
    terminal->addAction(m_batchRefundAction);
    terminal->addSeparator();
    terminal->addAction(m_cardModeAction);
    terminal->addAction(m_linkModeAction);
    terminal->addSeparator();
    terminal->addAction(m_settingsAction);
    terminal->addSeparator();
    terminal->addAction(m_quitAction);
    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

QList<ShortcutRow> MainWindow::shortcutSheet() const
{
    QList<QAction *> actions;
    for (const QMenu *menu : menuBar()->findChildren<QMenu *>())
        for (QAction *action : menu->actions())
            if (action->isVisible()) // not what this account's role hides (End of day, …)
                actions += action;
    QList<ShortcutRow> rows = shortcutRows(actions, {});
    const QString form = tr("Charge form");
    rows.append({ form, QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                  tr("Charge (a confirmation follows)") });
    rows.append({ form, QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
                  tr("Clear the form") });
    rows += shortcutRows({}, { { form, m_chargeContainer } });
    if (m_history)
        rows += shortcutRows({}, { { tr("History"), m_history } });
    if (m_endOfDay && m_endOfDayAction->isVisible()) {
        const QString page = tr("End of day");
        rows.append({ page, QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                      tr("Run the settlement of the chosen days") });
        rows.append({ page, QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
                      tr("Cancel a settlement under way") });
        rows += shortcutRows({}, { { page, m_endOfDay } });
    }
    return rows;
}

void MainWindow::showShortcuts()
{
    showShortcutSheet(this, shortcutSheet());
}

void MainWindow::updateTitle()
{
    // Ending with the application's display name: Qt adds that name to a title that does not end
    // with it (on X11 and Windows), which once made it "… — DEMO — PayAgency Virtual Terminal".
    const QString name = QGuiApplication::applicationDisplayName();
    setWindowTitle(m_demo ? tr("DEMO — %1").arg(name) : name);
}

void MainWindow::retranslate()
{
    updateTitle();
    menuBar()->findChild<QMenu *>(QStringLiteral("terminalMenu"))->setTitle(tr("T&erminal"));
    m_newAction->setText(tr("&New charge"));
    m_historyAction->setText(tr("&History"));
    m_endOfDayAction->setText(tr("En&d of day"));
    m_batchRefundAction->setText(tr("&Batch refund…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    // No Alt+letter: each letter of "Help" belongs to a field of the form (P&hone, Last name, …);
    // F1 opens the shortcut sheet, which leads to the guide and About.
    menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"))->setTitle(tr("Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About PayAgency Virtual Terminal"));
    retranslateLinks();
    const bool dockClosed = m_testCards && m_testCards->isHidden(); // the operator closed it
    setDemoMode(m_demo, m_demo ? m_cards : QList<TestCardInfo> {});
    if (dockClosed)
        m_testCards->hide();
    setEnvironment(m_environment);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setGateway(ChargeService *service, Reconciler *reconciler, Environment environment)
{
    m_coordinator->setService(service, reconciler);
    setEnvironment(environment);
}

void MainWindow::setChargeBlocked(const QString &reason)
{
    const bool wasBlocked = !m_chargeBlocked.isEmpty();
    m_chargeBlocked = reason;
    if (!reason.isEmpty()) {
        // Where the operator looks first, whatever the window's size: the banner above the form.
        m_banner->setText(
            tr("Nothing can be charged until this is fixed in Settings (Ctrl+,): %1").arg(reason));
        setMode(m_banner, "blocked");
        m_banner->setAccessibleName(tr("Charging is stopped"));
        m_banner->show();
    } else if (wasBlocked) {
        m_banner->hide();
        setDemoMode(m_demo);
        setEnvironment(m_environment);
    }
}

void MainWindow::setDemoMode(bool demo, const QList<TestCardInfo> &cards)
{
    const bool leavingDemo = m_demo && !demo;
    m_demo = demo;
    if (leavingDemo) {
        // The simulator's return page and the documentation address were stand-ins for the
        // merchant's settings: with real keys they would be sent to the gateway. Fields that
        // still hold them take the settings' values (or stay empty, and say so).
        if (m_chargePage->edit(Field::RedirectUrl)->text() == m_demoRedirectUrl)
            m_chargePage->setFieldText(Field::RedirectUrl, QString());
        if (m_chargePage->edit(Field::IpAddress)->text() == QLatin1String(DemoCustomerIp))
            m_chargePage->setFieldText(Field::IpAddress, QString());
        applyDefaults();
    }
    if (demo) {
        m_banner->setText(tr(
            "DEMO — payments go to the built-in gateway simulator; no real card is charged. "
            "Use the test cards on the right. Enter credentials in Settings (Ctrl+,) to go live."));
        setMode(m_banner, "demo");
        m_banner->setAccessibleName(tr("Demo mode"));
        m_banner->show();
    } else if (m_environment != Environment::Live) {
        m_banner->hide();
    }
    updateTitle();
    if (!cards.isEmpty()) {
        m_cards = cards;
        if (!m_testCards) {
            m_testCards = new QDockWidget(this);
            m_testCards->setObjectName(QStringLiteral("testCardsDock"));
            m_testCards->setFeatures(QDockWidget::DockWidgetClosable
                                     | QDockWidget::DockWidgetMovable);
            addDockWidget(Qt::RightDockWidgetArea, m_testCards);
            // Closed, it opens again from the Terminal menu.
            terminalMenu()->insertAction(m_settingsAction, m_testCards->toggleViewAction());
        }
        m_testCards->setWindowTitle(tr("Test cards (demo)"));
        // Compact: each card's number on a line, what it does under it; as narrow as a number.
        QString html
            = QStringLiteral("<p>%1</p>")
                  .arg(tr("Any future expiry (e.g. 12/30), any CVV (3 digits, 4 for Amex).")
                           .toHtmlEscaped());
        for (const TestCardInfo &c : cards)
            html += QStringLiteral("<p style='margin-top:6px'><tt>%1</tt><br>%2</p>")
                        .arg(Cards::formatForDisplay(c.number).toHtmlEscaped(),
                             c.outcome.toHtmlEscaped());
        auto *browser = new QTextBrowser(m_testCards);
        browser->setObjectName(QStringLiteral("testCardList"));
        applyStyleSheet(browser, "testCards");
        browser->setHtml(html);
        browser->setAccessibleName(tr("Test cards of the simulator"));
        browser->setFocusPolicy(Qt::NoFocus);
        delete m_testCards->widget();
        m_testCards->setWidget(browser);
        const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const int number = fixed.horizontalAdvance(QStringLiteral("0000 0000 0000 0000"));
        m_testCards->setMinimumWidth(number + 2 * browser->frameWidth()
                                     + int(browser->document()->documentMargin()) * 2
                                     + browser->verticalScrollBar()->sizeHint().width());
        // Up to 1280 x 800 (and at 200 %) no wider than a number: the form and the history's
        // columns need the room.
        const QScreen *onScreen = screen() ? screen() : QGuiApplication::primaryScreen();
        const bool narrow = onScreen && onScreen->availableGeometry().width() <= 1280;
        m_testCards->setMaximumWidth(narrow ? m_testCards->minimumWidth()
                                            : std::max(m_testCards->minimumWidth(), 300));
        m_testCards->show();
        restoreState(m_settings.mainWindowState());
    } else if (!demo && m_testCards) {
        m_testCards->hide();
    }
}

void MainWindow::setEnvironment(Environment environment)
{
    m_environment = environment;
    if (m_demo) {
        m_envLabel->setText(tr("DEMO"));
        setMode(m_envLabel, "demo");
    } else if (environment == Environment::Live) {
        m_envLabel->setText(tr("LIVE"));
        setMode(m_envLabel, "live");
        m_banner->setText(tr("LIVE — real cards are charged."));
        setMode(m_banner, "live");
        m_banner->setAccessibleName(tr("Live mode"));
        m_banner->show();
    } else {
        m_envLabel->setText(tr("TEST"));
        setMode(m_envLabel, "test");
        m_banner->hide();
    }
    m_envLabel->setAccessibleName(tr("Environment: %1").arg(m_envLabel->text()));
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setDemoDefaults(const QString &redirectUrl)
{
    m_demoRedirectUrl = redirectUrl;
    applyDefaults();
}

void MainWindow::setCustomerReader(JournalReader *reader)
{
    m_customerReader = reader;
    m_suggestions->setReader(m_settings.customerSuggestions() ? reader : nullptr);
}

void MainWindow::applyDefaults()
{
    m_suggestions->setReader(m_settings.customerSuggestions() ? m_customerReader : nullptr);
    m_chargePage->setFieldText(Field::Currency, m_settings.defaultCurrency());
    if (m_chargePage->edit(Field::Country)->text().isEmpty())
        m_chargePage->setFieldText(Field::Country, m_settings.defaultCountry());
    const auto setIfEmpty = [this](Field f, const QString &value) {
        if (m_chargePage->edit(f)->text().isEmpty() && !value.isEmpty())
            m_chargePage->setFieldText(f, value);
    };
    // In demo mode the simulator's own return page and a documentation address stand in for the
    // merchant's settings, so that a first charge needs nothing but the customer and the card.
    setIfEmpty(Field::RedirectUrl,
               !m_settings.redirectUrl().isEmpty() || !m_demo ? m_settings.redirectUrl()
                                                              : m_demoRedirectUrl);
    setIfEmpty(Field::WebhookUrl, m_settings.webhookUrl());
    setIfEmpty(Field::IpAddress,
               !m_settings.customerIp().isEmpty() || !m_demo ? m_settings.customerIp()
                                                             : QString::fromLatin1(DemoCustomerIp));
    setIfEmpty(Field::TerminalId, m_settings.terminalId());
    if (m_chargePage->edit(Field::OrderId)->text().isEmpty())
        m_chargePage->setFieldText(Field::OrderId, generateOrderId());
}

void MainWindow::setHistoryWidget(QWidget *history)
{
    if (m_history) {
        if (m_stack->currentWidget() == m_history)
            m_stack->setCurrentIndex(0);
        m_stack->removeWidget(m_history);
    }
    m_history = history;
    if (history)
        m_stack->addWidget(history);
}

void MainWindow::setEndOfDayWidget(QWidget *page)
{
    if (m_endOfDayScroll) {
        if (m_stack->currentWidget() == m_endOfDayScroll)
            m_stack->setCurrentIndex(0);
        m_stack->removeWidget(m_endOfDayScroll);
        m_endOfDayScroll->takeWidget(); // the page stays its owner's
        m_endOfDayScroll->deleteLater();
        m_endOfDayScroll = nullptr;
    }
    m_endOfDay = page;
    if (page) {
        // In a scroll area: its charts and tables need more room than a small screen at 200 %
        // has, and the stack would otherwise make the whole window that large.
        m_endOfDayScroll = new QScrollArea(m_stack);
        m_endOfDayScroll->setObjectName(QStringLiteral("endOfDayScroll"));
        m_endOfDayScroll->setWidgetResizable(true);
        m_endOfDayScroll->setFrameShape(QFrame::NoFrame);
        m_endOfDayScroll->setWidget(page);
        m_stack->addWidget(m_endOfDayScroll);
    }
    m_endOfDayAction->setVisible(page && m_permissions.endOfDay);
}

void MainWindow::setLockPanel(QWidget *panel)
{
    // Below the banner (DEMO, LIVE), in the place of the pages.
    auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    if (m_lockPanel)
        layout->removeWidget(m_lockPanel);
    m_lockPanel = panel;
    if (panel) {
        layout->addWidget(panel, 1);
        panel->setVisible(m_locked);
    }
}

void MainWindow::setLocked(bool locked)
{
    if (!m_lockPanel)
        return;
    if (locked) {
        // As after the idle time: no card data stays behind the lock.
        m_chargePage->clearCard();
        if (!m_locked && m_testCards)
            m_cardsWereShown = m_testCards->isVisible();
        if (m_testCards)
            m_testCards->hide();
        statusBar()->clearMessage();
        m_stack->hide();
        m_lockPanel->show();
    } else {
        m_lockPanel->hide();
        m_stack->show();
        if (m_locked && m_testCards && m_cardsWereShown && m_demo)
            m_testCards->show();
    }
    m_locked = locked;
    for (QAction *action :
         { m_newAction, m_historyAction, m_endOfDayAction, m_batchRefundAction, m_settingsAction })
        action->setEnabled(!locked);
    setPermissions(m_permissions);
}

QMenu *MainWindow::terminalMenu() const
{
    return menuBar()->findChild<QMenu *>(QStringLiteral("terminalMenu"));
}

void MainWindow::setPermissions(const WindowPermissions &permissions)
{
    m_permissions = permissions;
    m_newAction->setEnabled(!m_locked && permissions.charge);
    m_historyAction->setEnabled(!m_locked && permissions.history);
    m_settingsAction->setEnabled(!m_locked && permissions.settings);
    m_chargePage->setEnabled(permissions.charge);
    if (!permissions.history && m_history && m_stack->currentWidget() == m_history)
        m_stack->setCurrentIndex(0);
    // The core refuses the report to other roles; the window only hides it.
    m_endOfDayAction->setVisible(m_endOfDay && permissions.endOfDay);
    m_batchRefundAction->setVisible(permissions.refund);
    m_batchRefundAction->setEnabled(!m_locked && permissions.refund);
    m_endOfDayAction->setEnabled(!m_locked && permissions.endOfDay);
    if (!permissions.endOfDay && m_endOfDay && m_stack->currentWidget() == m_endOfDayScroll)
        m_stack->setCurrentIndex(0);
}

void MainWindow::newCharge()
{
    if (m_coordinator->isBusy() || m_chargePage->isBusy())
        return;
    m_stack->setCurrentIndex(0);
    m_resultPanel->hide();
    m_linkPanel->hide();
    m_chargePage->clearAll();
    applyDefaults();
    m_chargePage->focusFirstField();
}

void MainWindow::showHistory()
{
    if (m_history && !m_locked && m_permissions.history) {
        m_stack->setCurrentWidget(m_history);
        m_history->setFocus();
    }
}

void MainWindow::showEndOfDay()
{
    if (m_endOfDay && !m_locked && m_permissions.endOfDay) {
        m_stack->setCurrentWidget(m_endOfDayScroll);
        m_endOfDay->setFocus();
    }
}

void MainWindow::charge()
{
    if (m_stack->currentIndex() != 0 || m_coordinator->isBusy())
        return;
    if (!m_chargeBlocked.isEmpty()) {
        showStatus(m_chargeBlocked, 0);
        return;
    }
    if (m_locked || !m_permissions.charge) {
        showStatus(tr("This account does not charge cards."));
        return;
    }
    if (m_chargePage->isLinkMode()) {
        createLink(); // mainwindowlinks.cpp
        return;
    }
    auto &controller = m_chargePage->controller();
    if (!controller.canCharge()) {
        // Show every problem and put the cursor on the first.
        m_chargePage->showGatewayProblems({});
        const auto problems = controller.problems();
        if (!problems.isEmpty()) {
            m_chargePage->edit(problems.first().field)->setFocus();
            showStatus(controller.blockedReason());
        }
        return;
    }
    if (!m_coordinator->service()) {
        showStatus(tr("No gateway is configured: open Settings (Ctrl+,)."));
        return;
    }
    auto request = controller.request();
    if (!request)
        return;
    QString duplicateWarning;
    const auto duplicate = m_coordinator->findDuplicate(*request);
    if (!duplicate) {
        showStatus(tr("The journal could not be checked for a duplicate charge: %1")
                       .arg(duplicate.error().message),
                   0);
    } else if (duplicate->has_value()) {
        const JournalEntry &e = **duplicate;
        const qint64 seconds = qMax<qint64>(0, e.createdAt.secsTo(QDateTime::currentDateTimeUtc()));
        duplicateWarning
            = tr("Possible double charge: the same amount was charged to this card %n second(s) "
                 "ago "
                 "(order %1, %2). Charge it again only if the customer asked for a second payment.",
                 nullptr, int(seconds))
                  .arg(e.orderId, entryOutcomeId(e.outcome));
    }
    if (!confirm(controller.confirmationQuestion(), duplicateWarning)) {
        request->clearCardData();
        return;
    }
    ChargeSummary summary;
    const Currency *currency = Currencies::find(request->currency);
    summary.amountText
        = currency ? formatMoney(request->amountMinor, *currency, locale()) : QString();
    QString digits = QString::fromLatin1(request->cardNumber.view());
    summary.cardText = QString(Cards::brandName(controller.brand()) + QLatin1Char(' ')
                               + Cards::maskedShort(digits))
                           .trimmed();
    summary.maskedCard = Cards::mask(digits);
    wipe(digits);
    summary.customerName = request->firstName + QLatin1Char(' ') + request->lastName;
    summary.customerEmail = request->email;
    m_chargePage->setBusy(true);
    m_resultPanel->hide();
    showStatus(tr("Charging %1…").arg(summary.amountText), 0);
    if (const auto error = m_coordinator->submit(*request, summary)) {
        m_chargePage->setBusy(false);
        statusBar()->clearMessage();
        ChargeSummary notSent = summary;
        notSent.outcome.kind = OutcomeKind::NotSent;
        notSent.outcome.message = error->message;
        notSent.when = QDateTime::currentDateTime();
        m_resultPanel->showResult(notSent);
    }
    request->clearCardData();
}

void MainWindow::onResult(const ChargeSummary &result)
{
    m_chargePage->setBusy(false);
    statusBar()->clearMessage();
    // Whatever happened, the card fields are wiped: a new attempt means keying the card again.
    m_chargePage->clearCard();
    if (result.outcome.kind == OutcomeKind::Rejected && !result.outcome.fieldErrors.isEmpty())
        m_chargePage->showGatewayProblems(result.outcome.fieldErrors);
    m_resultPanel->showResult(result);
    // A fresh order id for the next charge: the old one belongs to this attempt. After a rejection
    // the form stays as it was, with the gateway's complaints marked, for the operator to fix.
    if (result.outcome.kind != OutcomeKind::NotSent && result.outcome.kind != OutcomeKind::Rejected)
        m_chargePage->setFieldText(Field::OrderId, generateOrderId());
    if (result.outcome.kind == OutcomeKind::Approved
        || result.outcome.kind == OutcomeKind::Declined)
        m_resultPanel->setFocus();
    emit chargeFinished(result);
}

void MainWindow::onUpdated(const ChargeSummary &result)
{
    if (m_resultPanel->result().outcome.orderId == result.outcome.orderId
        && m_resultPanel->isVisible())
        m_resultPanel->showResult(result);
    const QString what = outcomeKindId(result.outcome.kind);
    showStatus(tr("Order %1: %2")
                   .arg(result.outcome.orderId,
                        result.outcome.kind == OutcomeKind::Approved       ? tr("approved")
                            : result.outcome.kind == OutcomeKind::Declined ? tr("declined")
                                                                           : what));
}

void MainWindow::chargeAgain()
{
    // Keeps the customer's details, never the card.
    m_resultPanel->hide();
    m_chargePage->clearCard();
    m_chargePage->setFieldText(Field::OrderId, generateOrderId());
    m_chargePage->edit(Field::CardNumber)->setFocus();
}

void MainWindow::showReceipt()
{
    showReceiptFor(m_resultPanel->result());
}

void MainWindow::showReceiptOf(const JournalEntry &entry)
{
    // A past charge, from the history: with its refunds so far (summaryOfEntry()).
    if (!hasReceipt(entry)) {
        showStatus(tr("Only an approved charge has a receipt."));
        return;
    }
    showReceiptFor(summaryOfEntry(entry));
}

void MainWindow::showReceiptFor(const ChargeSummary &result)
{
    if (m_locked || !m_permissions.receipt) {
        showStatus(tr("This account does not print receipts."));
        return;
    }
    ReceiptHeader header;
    header.merchant = m_settings.terminalId();
    header.operatorName = m_operatorName.value_or(m_settings.operatorName());
    header.demo = m_demo;
    QMessageBox box(QMessageBox::Question, tr("Receipt"),
                    tr("Print the receipt, save it as PDF or e-mail it to the customer?"),
                    QMessageBox::Cancel, this);
    QAbstractButton *print = box.addButton(tr("&Print…"), QMessageBox::AcceptRole);
    QAbstractButton *pdf = box.addButton(tr("Save as &PDF…"), QMessageBox::AcceptRole);
    QAbstractButton *mail = box.addButton(tr("&E-mail receipt…"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == mail) {
        // The operator's own mail program writes and sends it; the terminal sends nothing.
        if (!QDesktopServices::openUrl(receiptMailUrl(result, header)))
            QMessageBox::warning(
                this, tr("Receipt"),
                tr("No mail program could be opened on this computer. Set one as the desktop's "
                   "default e-mail application, or save the receipt as PDF and attach it."));
        else
            showStatus(result.customerEmail.isEmpty()
                           ? tr("The receipt is in a new e-mail in your mail program; add the "
                                "customer's address there.")
                           : tr("The receipt is in a new e-mail to %1 in your mail program.")
                                 .arg(result.customerEmail));
    } else if (box.clickedButton() == pdf) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save receipt"),
            dir + QStringLiteral("/receipt-%1.pdf").arg(result.outcome.transaction.transactionId),
            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveReceiptPdf(result, header, path, &error))
            QMessageBox::warning(this, tr("Receipt"), error);
        else
            showStatus(tr("Receipt saved to %1").arg(path));
    } else if (box.clickedButton() == print) {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QTextDocument doc;
        doc.setHtml(receiptHtml(result, header));
        doc.print(&printer);
    }
}

void MainWindow::idleTimeout()
{
    if (m_coordinator->isBusy()) {
        m_idleTimer.start();
        return;
    }
    if (!m_chargePage->edit(Field::CardNumber)->text().isEmpty()
        || !m_chargePage->edit(Field::CardCvv)->text().isEmpty()
        || !m_chargePage->edit(Field::CardExpiry)->text().isEmpty()) {
        m_chargePage->clearCard();
        showStatus(tr("The card details were cleared after %n second(s) without activity.", nullptr,
                      m_settings.idleClearSeconds()),
                   0);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_idleTimer.start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_coordinator->isBusy() || m_chargePage->isBusy()) {
        const auto answer
            = QMessageBox::warning(this, tr("A charge is in progress"),
                                   tr("A charge is waiting for the gateway's answer. If you quit "
                                      "now its outcome will be looked up "
                                      "the next time the terminal starts. Quit anyway?"),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_chargePage->clearCard();
    m_clipboard->clearIfOurs();
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace pavt::gui
