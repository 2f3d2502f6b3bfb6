// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"
#include "gui/chargesummary.h"
#include "gui/helpdialogs.h"
#include "gui/receipt.h"

#include <QMainWindow>
#include <QTimer>

#include <optional>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QDockWidget;
class QAction;

namespace pavt {
class ChargeService;
class LinkFollower;
class LinkService;
class Reconciler;
class TerminalSettings;
class JournalReader;
struct JournalEntry;
} // namespace pavt

namespace pavt::gui {

class ChargePage;
class CustomerSuggestions;
class ChargeCoordinator;
class LinkCoordinator;
class LinkNotice;
class LinkPanel;
class ResultPanel;
class SecureClipboard;
struct LinkSummary;

// What the signed-in account may do in the window (all of it without accounts).
struct WindowPermissions
{
    bool charge = true;
    bool history = true;
    bool settings = true;
    bool receipt = true;
    bool refund = true; // Action::Refund: the batch refund in the Terminal menu
    bool endOfDay = true; // Action::Report
};

struct TestCardInfo
{
    QString number;
    QString description;
    QString outcome;
};

// The terminal's window: the charge page with its result panel, the DEMO banner or LIVE marker,
// shortcuts (Ctrl+N new charge, Ctrl+H history, Ctrl+E end of day, Ctrl+, settings, Ctrl+K card
// details, Ctrl+L payment link, Enter charge or create the link, Esc clear), the inactivity timer
// that clears card fields; payments by link with their panel and the notice when one is paid
// (mainwindowlinks.cpp).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(TerminalSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChargePage *chargePage() const { return m_chargePage; }
    ResultPanel *resultPanel() const { return m_resultPanel; }
    ChargeCoordinator *coordinator() const { return m_coordinator; }
    LinkCoordinator *linkCoordinator() const { return m_links; }
    LinkPanel *linkPanel() const { return m_linkPanel; }
    LinkNotice *linkNotice() const { return m_linkNotice; }
    QAction *cardModeAction() const { return m_cardModeAction; }
    QAction *linkModeAction() const { return m_linkModeAction; }

    // The gateway as the journal's charge service sees it (nullptr: nothing can be charged).
    void setGateway(ChargeService *service, Reconciler *reconciler, Environment environment);
    // Payments by link through the journal (nullptr: none can be made).
    void setLinkService(LinkService *service, LinkFollower *follower);
    // A reason nothing may be charged now (a setting that cannot be used); empty: none.
    void setChargeBlocked(const QString &reason);
    // Demo: the built-in simulator answers; a banner says so and the test cards are listed.
    void setDemoMode(bool demo, const QList<TestCardInfo> &cards = {});
    bool isDemo() const { return m_demo; }
    void setEnvironment(Environment environment);
    void showStatus(const QString &message, int timeoutMs = 8000);
    // Applies the settings' defaults to the form (currency, country, URLs, IP, terminal id).
    void applyDefaults();
    // Demo mode's stand-ins for the redirect URL and customer IP when the settings have none.
    void setDemoDefaults(const QString &redirectUrl);
    // Asks before charging (with the duplicate guard's warning, if any; then "Cancel" is the
    // default); tests may replace it.
    std::function<bool(const QString &question, const QString &duplicateWarning)> confirm;
    // History and settings pages are provided by the application.
    void setHistoryWidget(QWidget *history);
    // The End of day page (Terminal > End of day, Ctrl+E), provided by the application.
    void setEndOfDayWidget(QWidget *page);
    QAction *endOfDayAction() const { return m_endOfDayAction; }
    // The journal's reader that repeat customers are looked up in (nullptr: none); the setting
    // defaults/customerSuggestions turns them off.
    void setCustomerReader(JournalReader *reader);
    CustomerSuggestions *customerSuggestions() const { return m_suggestions; }
    // The keyboard cheat sheet (Help > Keyboard shortcuts, F1), read from the window itself.
    QList<ShortcutRow> shortcutSheet() const;
    void setSettingsHandler(std::function<void()> handler) { m_openSettings = std::move(handler); }

    // Operators' sign-in (SessionController): the panel shown instead of every page while the
    // session is locked or nobody is signed in. Locking wipes the card fields and hides the docks.
    void setLockPanel(QWidget *panel);
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    // The Terminal menu, for the session's own actions.
    QMenu *terminalMenu() const;
    // The operator printed on receipts (default: the setting operator/name).
    void setOperatorName(const QString &name) { m_operatorName = name; }
    void setPermissions(const WindowPermissions &permissions);

public slots:
    void newCharge();
    void showHistory();
    void showEndOfDay();
    void charge();
    // A payment link of the journal again (the history's buttons): to the clipboard, or to the
    // customer through the operator's mail program.
    void copyLink(const pavt::JournalEntry &entry);
    // The receipt of a past charge (the history's Receipt…): print, PDF or e-mail.
    void showReceiptOf(const pavt::JournalEntry &entry);
    void emailLink(const pavt::JournalEntry &entry);

signals:
    void chargeFinished(const pavt::gui::ChargeSummary &result);
    void linkFinished(const pavt::gui::LinkSummary &result);
    // The notice's "Show in history" (the application selects the entry there).
    void showEntryRequested(qint64 entryId);
    // Terminal → Batch refund… (the application opens BatchRefundDialog).
    void batchRefundRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    // Keeps the window within the available area of its screen (size and place).
    void fitToScreen();
    void showShortcuts();
    void onResult(const ChargeSummary &result);
    void onUpdated(const ChargeSummary &result);
    void chargeAgain();
    void showReceipt(); // of the charge in the result panel
    void showReceiptFor(const ChargeSummary &result);
    Q_INVOKABLE void idleTimeout();
    void retranslate();
    void updateTitle();
    // mainwindowlinks.cpp
    void buildLinks();
    void retranslateLinks();
    void createLink();
    void onLinkResult(const LinkSummary &result);

    TerminalSettings &m_settings;
    SecureClipboard *m_clipboard;
    ChargeCoordinator *m_coordinator;
    QStackedWidget *m_stack;
    QWidget *m_chargeContainer;
    ChargePage *m_chargePage;
    CustomerSuggestions *m_suggestions = nullptr;
    JournalReader *m_customerReader = nullptr;
    ResultPanel *m_resultPanel;
    QWidget *m_history = nullptr;
    QWidget *m_endOfDay = nullptr;
    QScrollArea *m_endOfDayScroll = nullptr; // holds m_endOfDay in the stack
    QLabel *m_banner;
    QLabel *m_envLabel;
    QDockWidget *m_testCards = nullptr;
    QList<TestCardInfo> m_cards; // the dock's cards, shown again after a language change
    QAction *m_newAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_endOfDayAction = nullptr;
    QAction *m_batchRefundAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_cardModeAction = nullptr;
    QAction *m_linkModeAction = nullptr;
    LinkCoordinator *m_links = nullptr;
    LinkPanel *m_linkPanel = nullptr;
    LinkNotice *m_linkNotice = nullptr;
    QTimer m_idleTimer;
    QString m_chargeBlocked;
    bool m_demo = false;
    Environment m_environment = Environment::Test;
    std::function<void()> m_openSettings;
    QString m_demoRedirectUrl;
    QWidget *m_lockPanel = nullptr;
    bool m_locked = false;
    bool m_cardsWereShown = false;
    std::optional<QString> m_operatorName;
    WindowPermissions m_permissions;
};

} // namespace pavt::gui
