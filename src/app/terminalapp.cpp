// SPDX-License-Identifier: MIT
#include "app/terminalapp.h"

#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "sim/gatewaysimulator.h"

#include <QLoggingCategory>
#include <QTimer>

#include <openssl/rand.h>

namespace pavt::app {

namespace {

// Random printable key material for the demo simulator: lives only in this process.
QByteArray randomKey(int length)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray bytes(length, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), length);
    for (char &c : bytes)
        c = Alphabet[static_cast<unsigned char>(c) % 62];
    return bytes;
}

} // namespace

TerminalApp::TerminalApp(Options options, QObject *parent)
    : QObject(parent), m_options(options), m_settings(std::make_unique<TerminalSettings>())
{
    if (m_options.inMemoryCredentials)
        m_store = std::make_unique<MemoryCredentialStore>();
    else
        m_store = std::make_unique<KeychainCredentialStore>();
    m_window = std::make_unique<gui::MainWindow>(*m_settings);
    m_window->setSettingsHandler([this] { openSettings(); });
}

TerminalApp::~TerminalApp()
{
    m_window.reset();
    m_client.reset();
    m_simulator.reset();
}

void TerminalApp::start()
{
    m_window->show();
    if (m_options.forceDemo) {
        startDemo(tr("started with --demo"));
        return;
    }
    // Credentials: the keychain first; its silence after a few seconds counts as "none".
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(m_options.keychainTimeoutMs, this, [this, answered] {
        if (!*answered) {
            *answered = true;
            startDemo(tr("the keychain did not answer"));
        }
    });
    m_store->read(QString::fromLatin1(CredentialStore::SecretKeyName), [this, answered](Result<SecretBytes> secret) {
        if (*answered)
            return;
        if (!secret) {
            *answered = true;
            startDemo(secret.error().code == u"not_found"
                          ? tr("no credentials are configured")
                          : tr("no credentials could be read from the keychain: %1").arg(secret.error().message));
            return;
        }
        m_store->read(QString::fromLatin1(CredentialStore::EncryptionKeyName),
                      [this, answered, secret = std::move(*secret)](Result<SecretBytes> key) {
            if (*answered)
                return;
            *answered = true;
            if (!key) {
                startDemo(key.error().message);
                return;
            }
            useCredentials(Credentials{secret, std::move(*key)});
        });
    });
}

void TerminalApp::useCredentials(const Credentials &credentials)
{
    m_window->setClient(nullptr);
    m_network.clearConnectionCache();
    auto client = std::make_unique<GatewayClient>(&m_network, credentials, m_settings->gatewayConfig());
    if (auto error = client->configurationError()) {
        m_window->showStatus(tr("The saved credentials cannot be used: %1 Running in demo mode.").arg(error->message), 0);
        startDemo(error->message);
        return;
    }
    m_client = std::move(client);
    m_simulator.reset();
    m_demo = false;
    m_window->setDemoMode(false);
    m_window->setClient(m_client.get());
    emit ready();
}

void TerminalApp::startDemo(const QString &why)
{
    if (!m_simulator) {
        sim::SimulatorOptions options;
        options.secretKey = QByteArrayLiteral("PA_TEST_DEMO") + randomKey(24);
        options.encryptionKey = randomKey(32);
        options.slowCardDelayMs = 20000;
        m_simulator = std::make_unique<sim::GatewaySimulator>(options);
        if (!m_simulator->start()) {
            m_window->showStatus(tr("The demo simulator could not start: %1").arg(m_simulator->errorString()), 0);
            m_simulator.reset();
            return;
        }
        GatewayConfig config = m_settings->gatewayConfig();
        config.baseUrl = m_simulator->baseUrl();
        m_client = std::make_unique<GatewayClient>(
            &m_network, Credentials{SecretBytes(options.secretKey), SecretBytes(options.encryptionKey)}, config);
    }
    m_demo = true;
    QList<gui::TestCardInfo> cards;
    for (const sim::TestCard &card : sim::GatewaySimulator::testCards())
        cards.append(gui::TestCardInfo{card.number, card.description, card.outcome});
    m_window->setDemoMode(true, cards);
    m_window->setDemoDefaults(m_simulator->baseUrl().toString() + QStringLiteral("/sim/return"));
    m_window->setClient(m_client.get());
    m_window->showStatus(tr("Demo mode (%1)").arg(why), 15000);
    emit ready();
}

void TerminalApp::openSettings()
{
    gui::SettingsDialog dialog(*m_settings, *m_store, m_window.get());
    connect(&dialog, &gui::SettingsDialog::credentialsChanged, this, &TerminalApp::useCredentials);
    connect(&dialog, &gui::SettingsDialog::settingsSaved, this, [this] {
        if (m_client && !m_demo) {
            // Same credentials, new gateway settings.
        }
        m_window->applyDefaults();
    });
    dialog.exec();
}

} // namespace pavt::app
