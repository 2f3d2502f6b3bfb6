// SPDX-License-Identifier: MIT
#pragma once

#include "core/credentialstore.h"
#include "core/gatewayclient.h"
#include "core/terminalsettings.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace pavt::sim {
class GatewaySimulator;
}

namespace pavt::gui {
class MainWindow;
}

namespace pavt::app {

// Wires the terminal together: settings, keychain, gateway client (or the built-in simulator in
// demo mode), journal and the main window. main() creates one and runs the event loop.
class TerminalApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool forceDemo = false;           // --demo
        bool inMemoryCredentials = false; // tests: no OS keychain
        int keychainTimeoutMs = 3000;
    };
    explicit TerminalApp(Options options, QObject *parent = nullptr);
    ~TerminalApp() override;

    // Shows the window at once; credentials arrive asynchronously (the keychain may be slow).
    void start();
    gui::MainWindow *window() const { return m_window.get(); }
    sim::GatewaySimulator *simulator() const { return m_simulator.get(); }
    GatewayClient *client() const { return m_client.get(); }
    TerminalSettings &settings() { return *m_settings; }
    CredentialStore &credentialStore() { return *m_store; }
    bool isDemo() const { return m_demo; }

signals:
    // The gateway (real or simulated) is configured and the form can charge.
    void ready();

private:
    void useCredentials(const Credentials &credentials);
    void startDemo(const QString &why);
    void openSettings();

    Options m_options;
    std::unique_ptr<TerminalSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::GatewaySimulator> m_simulator;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<gui::MainWindow> m_window;
    bool m_demo = false;
};

} // namespace pavt::app
