// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/credentialstore.h"
#include "core/gateway/gatewayclient.h"
#include "core/journal/reconciler.h"
#include "core/settings/terminalsettings.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace pavt::sim {
class GatewaySimulator;
}

namespace pavt {
class ChargeService;
class HistoryModel;
class Journal;
class JournalReader;
class LinkFollower;
class LinkService;
class SessionService;
} // namespace pavt

namespace pavt::gui {
class HistoryCoordinator;
class EndOfDayPage;
class HistoryPage;
class MainWindow;
class SessionController;
struct TestCardInfo;
} // namespace pavt::gui

namespace pavt::app {

// Wires the terminal together: settings, keychain, gateway client (or the built-in simulator in
// demo mode), journal and the main window. main() creates one and runs the event loop.
class TerminalApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool forceDemo = false; // --demo
        bool inMemoryCredentials = false; // tests: no OS keychain
        int keychainTimeoutMs = 3000;
        ReconcilerPolicy reconcilerPolicy; // tests shorten the delays
    };
    explicit TerminalApp(Options options, QObject *parent = nullptr);
    ~TerminalApp() override;

    // Shows the window at once; credentials arrive asynchronously (the keychain may be slow).
    void start();
    gui::MainWindow *window() const { return m_window.get(); }
#if PAVT_WITH_DEMO
    sim::GatewaySimulator *simulator() const { return m_simulator.get(); }
#endif
    GatewayClient *client() const { return m_client.get(); }
    TerminalSettings &settings() { return *m_settings; }
    Journal *journal() const { return m_journal.get(); }
    Reconciler *reconciler() const { return m_reconciler.get(); }
    LinkFollower *linkFollower() const { return m_linkFollower.get(); }
    LinkService *linkService() const { return m_linkService.get(); }
    gui::HistoryPage *historyPage() const { return m_historyPage; }
    gui::HistoryCoordinator *historyCoordinator() const { return m_history.get(); }
    gui::EndOfDayPage *endOfDayPage() const { return m_endOfDay; }
    CredentialStore &credentialStore() { return *m_store; }
    // Who is signed in (nullptr until start() opened the journal's accounts).
    SessionService *session() const { return m_session.get(); }
    gui::SessionController *sessionController() const { return m_sessionUi.get(); }
    bool isDemo() const { return m_demo; }

signals:
    // The gateway (real or simulated) is configured and the form can charge.
    void ready();

private:
    void useCredentials(const Credentials &credentials);
    // `why`: a whole sentence for the status bar (why there is no real gateway).
    void startDemo(const QString &why);
    // The simulator's test cards for the demo panel, described in the current language.
    static QList<gui::TestCardInfo> testCards();
    // Settings, with the cursor on this setting when given.
    void openSettings(const QString &focusKey = {});
    // A setting the terminal cannot use: blocks charging, shows it and opens Settings on it.
    bool settingsBlockCharging(bool openDialog = true);
    // Opens the journal for the mode (demo charges go to a journal of their own) and connects the
    // charge service, reconciler and history to the current client.
    void connectGateway();
    // Starts the reconciler when the journal has passed its check, and shows its state.
    void followJournalHealth();
    // Payments by link: the link service and follower on the same journal and client
    // (terminalapplinks.cpp); disconnectLinks() before the journal or client goes.
    // "Batch refund…" of the history page: the dialog over a BatchRefund of this journal.
    void openBatchRefund();
    void connectLinks();
    void disconnectLinks();
    // End of day on the same journal and client, with the session (terminalappendofday.cpp).
    void connectEndOfDay();
    void reconnect();
    // The operators' accounts and the audit trail, in the journal of the settings (never the demo
    // journal): single-user mode without accounts, else the window locked until someone signs in.
    // false (and charging blocked, saying why) when the journal cannot be opened.
    bool openSession();

    Options m_options;
    std::unique_ptr<TerminalSettings> m_settings;
    // The history page's look-ups and refunds (the page is made again for another journal).
    std::unique_ptr<gui::HistoryCoordinator> m_history;
    std::unique_ptr<CredentialStore> m_store;
    QNetworkAccessManager m_network;
#if PAVT_WITH_DEMO
    std::unique_ptr<sim::GatewaySimulator> m_simulator;
#endif
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalReader> m_reader;
    std::unique_ptr<HistoryModel> m_historyModel;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<ChargeService> m_service;
    std::unique_ptr<LinkFollower> m_linkFollower;
    std::unique_ptr<LinkService> m_linkService;
    std::unique_ptr<SessionService> m_session;
    std::unique_ptr<gui::SessionController> m_sessionUi;
    gui::HistoryPage *m_historyPage = nullptr;
    gui::EndOfDayPage *m_endOfDay = nullptr; // owned by the window
    QString m_journalDescription; // JournalConfig::describe() of the open journal
    QDateTime m_sessionStart = QDateTime::currentDateTimeUtc();
    bool m_demo = false;
    bool m_pendingReconnect = false;
    bool m_startAfterSettings = false; // start() waits for Settings to fix a setting
    bool m_keysSaved = false; // the merchant's keys came from (or went into) the keychain
    QString m_keychainProblem; // why the keychain cannot be used; empty: it can
    Credentials m_lastCredentials;
};

} // namespace pavt::app
