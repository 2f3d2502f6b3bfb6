// SPDX-License-Identifier: MIT
#include "app/terminalapp.h"

#include "core/base/translations.h"
#include "core/journal/historymodel.h"
#include "core/journal/journal.h"
#include "core/journal/journalreader.h"
#include "core/journal/linkfollower.h"
#include "core/service/batchrefund.h"
#include "core/service/chargeservice.h"
#include "core/service/linkservice.h"
#include "core/service/sessionservice.h"
#include "gui/batchrefunddialog.h"
#include "gui/chargecoordinator.h"
#include "gui/historycoordinator.h"
#include "gui/historypage.h"
#include "gui/mainwindow.h"
#include "gui/sessioncontroller.h"
#include "gui/settingsdialog.h"
#if PAVT_WITH_DEMO
#include "sim/gatewaysimulator.h"
#endif

#include <QLoggingCategory>
#include <QTimer>

#include <openssl/rand.h>

namespace pavt::app {

#if PAVT_WITH_DEMO
namespace {

// Random printable key material for the demo simulator: lives only in this process.
QByteArray randomKey(int length)
{
    static constexpr char Alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray bytes(length, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), length);
    for (char &c : bytes)
        c = Alphabet[static_cast<unsigned char>(c) % 62];
    return bytes;
}

} // namespace
#endif

#if PAVT_WITH_DEMO
QList<gui::TestCardInfo> TerminalApp::testCards()
{
    // The simulator describes its cards in English (it imitates the gateway); the demo panel is
    // part of the terminal and speaks the operator's language.
    QList<gui::TestCardInfo> cards;
    for (const sim::TestCard &card : sim::GatewaySimulator::testCards()) {
        QString outcome;
        switch (card.behaviour) {
        case sim::CardBehaviour::Approve:
            outcome = tr("approved");
            break;
        case sim::CardBehaviour::Decline:
            outcome = tr("declined: card declined");
            break;
        case sim::CardBehaviour::InsufficientFunds:
            outcome = tr("declined: insufficient funds");
            break;
        case sim::CardBehaviour::ExpiredCard:
            outcome = tr("declined: expired card");
            break;
        case sim::CardBehaviour::ThreeDSecure:
            outcome = tr("3-D Secure: the simulator's check page opens; pending until it is "
                         "approved or failed there");
            break;
        case sim::CardBehaviour::ServerError:
            outcome = tr("gateway error (HTTP 500); nothing is recorded");
            break;
        case sim::CardBehaviour::Slow:
            outcome = tr(
                "slow: approved, but the answer comes after the time limit: an unknown outcome");
            break;
        case sim::CardBehaviour::DropConnection:
            outcome = tr("dropped: approved, but the connection closes without an answer: an "
                         "unknown outcome");
            break;
        }
        cards.append(gui::TestCardInfo { card.number, card.description, outcome });
    }
    return cards;
}

#endif

TerminalApp::TerminalApp(Options options, QObject *parent)
    : QObject(parent), m_options(options), m_settings(std::make_unique<TerminalSettings>()),
      m_history(std::make_unique<gui::HistoryCoordinator>())
{
    Translations::install(m_settings->language()); // before the first window is made
    if (m_options.inMemoryCredentials)
        m_store = std::make_unique<MemoryCredentialStore>();
    else
        m_store = std::make_unique<KeychainCredentialStore>();
    m_window = std::make_unique<gui::MainWindow>(*m_settings);
    m_window->setSettingsHandler([this] { openSettings(); });
    connectEndOfDay();
    connect(m_history.get(), &gui::HistoryCoordinator::status, m_window.get(),
            &gui::MainWindow::showStatus);
    connect(m_window.get(), &gui::MainWindow::batchRefundRequested, this,
            &TerminalApp::openBatchRefund);
}

TerminalApp::~TerminalApp()
{
    if (m_reconciler)
        m_reconciler->stop();
    disconnectLinks();
    m_sessionUi.reset();
    m_window.reset();
    m_service.reset();
    m_session.reset();
    m_reconciler.reset();
    m_historyModel.reset();
    m_reader.reset();
    m_journal.reset();
    m_client.reset();
#if PAVT_WITH_DEMO
    m_simulator.reset();
#endif
}

void TerminalApp::connectGateway()
{
    m_window->setGateway(nullptr, nullptr, m_client ? m_client->environment() : Environment::Test);
    m_history->setService(nullptr, nullptr);
    if (m_reconciler)
        m_reconciler->stop();
    disconnectLinks();
    m_service.reset();
    m_reconciler.reset();
    connectEndOfDay(); // nothing to settle against until the journal and client are back
    if (!m_client)
        return;

    auto config = m_settings->journalConfig();
    if (config && m_demo) {
        // Demo charges never mix with real ones: they go to a journal of their own.
        config->backend = JournalBackend::SQLite;
        config->sqlitePath
            = JournalConfig::defaultDataDirectory() + QStringLiteral("/demo-journal.sqlite3");
    }
    const QString where = config ? config->describe() : QString();
    if (!config || where != m_journalDescription || !m_journal) {
        if (m_historyPage) {
            m_window->setHistoryWidget(nullptr);
            delete m_historyPage;
            m_historyPage = nullptr;
        }
        m_historyModel.reset();
        m_window->setCustomerReader(nullptr);
        m_reader.reset();
        m_journal.reset();
        m_journalDescription.clear();
        if (!config) {
            m_window->showStatus(tr("The journal settings are wrong, so nothing can be charged: %1")
                                     .arg(config.error().message),
                                 0);
            return;
        }
        auto journal = Journal::open(*config);
        if (!journal) {
            m_window->showStatus(
                tr("The journal (%1) could not be opened, so nothing can be charged: %2")
                    .arg(where, journal.error().message),
                0);
            return;
        }
        m_journal = std::move(*journal);
        m_journalDescription = where;
        m_reader = std::make_unique<JournalReader>(*config);
        m_window->setCustomerReader(m_reader.get());
        m_historyModel = std::make_unique<HistoryModel>(m_reader.get());
        connect(m_journal.get(), &Journal::entryAdded, m_historyModel.get(),
                &HistoryModel::entryAdded);
        connect(m_journal.get(), &Journal::entryChanged, m_historyModel.get(),
                &HistoryModel::entryChanged);
        m_historyPage = new gui::HistoryPage(m_historyModel.get(), m_reader.get(), m_sessionStart);
        m_window->setHistoryWidget(m_historyPage);
        if (m_sessionUi)
            m_sessionUi->setHistoryPage(m_historyPage);
        connect(m_historyPage, &gui::HistoryPage::lookupRequested, m_history.get(),
                &gui::HistoryCoordinator::lookUp);
        connect(m_historyPage, &gui::HistoryPage::refundRequested, m_history.get(),
                &gui::HistoryCoordinator::refund);
        connect(m_historyPage, &gui::HistoryPage::batchRefundRequested, this,
                &TerminalApp::openBatchRefund);
        connect(m_historyPage, &gui::HistoryPage::linkLookupRequested, m_history.get(),
                &gui::HistoryCoordinator::lookUpLink);
        connect(m_historyPage, &gui::HistoryPage::copyLinkRequested, m_window.get(),
                &gui::MainWindow::copyLink);
        connect(m_historyPage, &gui::HistoryPage::receiptRequested, m_window.get(),
                &gui::MainWindow::showReceiptOf);
        connect(m_historyPage, &gui::HistoryPage::emailLinkRequested, m_window.get(),
                &gui::MainWindow::emailLink);
    }
    m_reconciler
        = std::make_unique<Reconciler>(m_journal.get(), m_client.get(), m_options.reconcilerPolicy);
    connect(m_reconciler.get(), &Reconciler::entryUpdated, m_historyModel.get(),
            &HistoryModel::entryChanged);
    m_service = std::make_unique<ChargeService>(m_journal.get(), m_client.get());
    m_service->setOperatorName(m_settings->operatorName());
    m_service->setSession(m_session.get());
    m_service->setReconciler(m_reconciler.get());
    // An outcome kept while the journal's database was away (PostgreSQL restarted) is written as
    // soon as it is back.
    connect(m_service.get(), &ChargeService::outcomeWritten, m_window.get(),
            [this](const JournalEntry &entry) {
                m_window->showStatus(tr("The journal's database is back: the outcome of order %1 "
                                        "has been written.")
                                         .arg(entry.orderId));
            });
    m_window->setGateway(m_service.get(), m_reconciler.get(), m_client->environment());
    m_history->setService(m_service.get(), m_reconciler.get());
    if (m_historyPage)
        m_historyPage->setPartialRefunds(m_client->config().partialRefunds);
    connectLinks();
    connectEndOfDay();
    followJournalHealth();
}

void TerminalApp::openBatchRefund()
{
    if (!m_service || !m_journal || !m_client) {
        m_window->showStatus(tr("Batch refunds need the journal and the gateway; the status bar "
                                "and Settings (Ctrl+,) say what keeps them from starting."),
                             0);
        return;
    }
    BatchRefund batch(m_journal.get(), m_client.get(), m_service.get(), m_session.get());
    gui::BatchRefundDialog dialog(&batch, m_window.get());
    dialog.exec();
}

void TerminalApp::followJournalHealth()
{
    // The reconciler writes to the journal: it starts once the journal has passed its check (a
    // large SQLite journal is checked on a worker thread while the window is already usable; a
    // charge meanwhile is refused with "still being checked"), and stops if it is found damaged.
    connect(m_journal.get(), &Journal::healthChecked, m_reconciler.get(), [this](bool healthy) {
        if (healthy) {
            m_window->showStatus(tr("The journal has been checked; charges can be sent."), 5000);
            m_reconciler->start();
        } else {
            m_reconciler->stop();
            if (auto error = m_journal->healthError())
                m_window->showStatus(error->message, 0);
        }
    });
    switch (m_journal->health()) {
    case JournalHealth::Healthy:
        m_reconciler->start(); // also turns charges abandoned by a crash into look-ups
        break;
    case JournalHealth::Checking:
        m_window->showStatus(tr("Checking the journal (%1); charges can be sent as soon as the "
                                "check has passed.")
                                 .arg(m_journalDescription),
                             0);
        break;
    case JournalHealth::Unchecked:
    case JournalHealth::Damaged:
    case JournalHealth::CheckFailed:
        if (auto error = m_journal->healthError())
            m_window->showStatus(error->message, 0);
        break;
    }
}

bool TerminalApp::settingsBlockCharging(bool openDialog)
{
    const auto problem = m_settings->problemFor({ SettingArea::Gateway, SettingArea::Journal,
                                                  SettingArea::Defaults, SettingArea::Terminal,
                                                  SettingArea::Window });
    if (!problem) {
        m_window->setChargeBlocked({});
        return false;
    }
    // A setting the terminal cannot use: no charge until it is fixed, and Settings opens on it.
    m_window->setGateway(nullptr, nullptr, Environment::Test);
    m_window->setChargeBlocked(problem->message);
    m_window->showStatus(problem->message, 0);
    m_startAfterSettings = true;
    if (openDialog) {
        const QString key = problem->key;
        QTimer::singleShot(0, this, [this, key] { openSettings(key); });
    }
    return true;
}

bool TerminalApp::openSession()
{
    if (m_session)
        return true;
    auto config = m_settings->journalConfig();
    Result<std::unique_ptr<SessionService>> session
        = config ? SessionService::open(*config) : std::unexpected(config.error());
    if (!session) {
        // Whether accounts exist is not known: nothing is charged until the journal opens.
        const QString why = tr("The operators' accounts in the journal could not be read: %1")
                                .arg(session.error().message);
        m_window->setChargeBlocked(why);
        m_window->showStatus(why, 0);
        m_startAfterSettings = true;
        return false;
    }
    m_session = std::move(*session);
    m_session->setSingleUserName(m_settings->operatorName());
    m_sessionUi
        = std::make_unique<gui::SessionController>(m_session.get(), m_window.get(), *m_settings);
    m_sessionUi->setHistoryCoordinator(m_history.get());
    if (m_historyPage)
        m_sessionUi->setHistoryPage(m_historyPage);
    if (m_service)
        m_service->setSession(m_session.get());
    if (m_linkService)
        m_linkService->setSession(m_session.get());
    connectEndOfDay();
    m_sessionUi->checkAuditTrail(*config);
    return true;
}

void TerminalApp::start()
{
    m_window->show();
    if (settingsBlockCharging())
        return;
    if (!openSession())
        return;
    if (m_options.forceDemo) {
        startDemo(tr("It was started with --demo."));
        return;
    }
    // Credentials: the keychain first; its silence after a few seconds counts as "none".
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(m_options.keychainTimeoutMs, this, [this, answered] {
        if (!*answered) {
            *answered = true;
            startDemo(tr("The keychain did not answer within %n second(s); keys entered in "
                         "Settings work for this session.",
                         nullptr, m_options.keychainTimeoutMs / 1000));
        }
    });
    m_store->read(QString::fromLatin1(CredentialStore::SecretKeyName),
                  [this, answered](Result<SecretBytes> secret) {
                      if (*answered)
                          return;
                      if (!secret) {
                          *answered = true;
                          m_keysSaved = false;
                          if (secret.error().code != u"not_found")
                              m_keychainProblem = secret.error().message;
                          startDemo(secret.error().code == u"not_found"
                                        ? tr("No merchant keys are saved yet: enter them in "
                                             "Settings (Ctrl+,) to charge real cards.")
                                        : secret.error().message);
                          return;
                      }
                      m_store->read(
                          QString::fromLatin1(CredentialStore::EncryptionKeyName),
                          [this, answered, secret = std::move(*secret)](Result<SecretBytes> key) {
                              if (*answered)
                                  return;
                              *answered = true;
                              if (!key) {
                                  m_keychainProblem = key.error().code == u"not_found"
                                      ? QString()
                                      : key.error().message;
                                  startDemo(key.error().message);
                                  return;
                              }
                              m_keysSaved = true;
                              useCredentials(Credentials { secret, std::move(*key) });
                          });
                  });
}

void TerminalApp::useCredentials(const Credentials &credentials)
{
    m_window->setGateway(nullptr, nullptr, Environment::Test);
    m_history->setService(nullptr, nullptr);
    disconnectLinks();
    m_service.reset();
    m_reconciler.reset();
    m_network.clearConnectionCache();
    const auto gatewayConfig = m_settings->gatewayConfig();
    if (!gatewayConfig) {
        settingsBlockCharging();
        return;
    }
    auto client = std::make_unique<GatewayClient>(&m_network, credentials, *gatewayConfig);
    if (auto error = client->configurationError()) {
        m_window->showStatus(tr("The saved credentials cannot be used: %1 Running in demo mode.")
                                 .arg(error->message),
                             0);
        startDemo(error->message);
        return;
    }
    m_client = std::move(client);
    m_lastCredentials = credentials;
    m_pendingReconnect = false; // the new client already has the new settings
#if PAVT_WITH_DEMO
    m_simulator.reset();
#endif
    m_demo = false;
    m_window->setDemoMode(false);
    connectGateway();
    emit ready();
}

void TerminalApp::startDemo(const QString &why)
{
#if !PAVT_WITH_DEMO
    // Built without the simulator (PAVT_WITH_DEMO=OFF): no demo mode to fall back on.
    m_window->showStatus(
        tr("No gateway: %1 This build of the terminal has no demo mode; save the merchant's "
           "keys in Settings.")
            .arg(why),
        0);
#else
    if (!m_simulator) {
        sim::SimulatorOptions options;
        options.secretKey = QByteArrayLiteral("PA_TEST_DEMO") + randomKey(24);
        options.encryptionKey = randomKey(32);
        options.slowCardDelayMs = 20000;
        m_simulator = std::make_unique<sim::GatewaySimulator>(options);
        if (!m_simulator->start()) {
            m_window->showStatus(
                tr("The demo simulator could not start: %1").arg(m_simulator->errorString()), 0);
            m_simulator.reset();
            return;
        }
        // The settings were checked before (settingsBlockCharging()); the demo's own address.
        GatewayConfig config = m_settings->gatewayConfig().value_or(GatewayConfig {});
        config.baseUrl = m_simulator->baseUrl();
        m_client = std::make_unique<GatewayClient>(
            &m_network,
            Credentials { SecretBytes(options.secretKey), SecretBytes(options.encryptionKey) },
            config);
    }
    m_demo = true;
    m_window->setDemoMode(true, testCards());
    m_window->setDemoDefaults(m_simulator->baseUrl().toString() + QStringLiteral("/sim/return"));
    connectGateway();
    m_window->showStatus(
        tr("Demo mode: the built-in simulator answers and no card is charged. %1").arg(why), 15000);
    emit ready();
#endif
}

void TerminalApp::openSettings(const QString &focusKey)
{
    if (m_session) {
        if (auto refused = m_session->require(Action::ChangeSettings)) {
            m_window->showStatus(refused->message);
            return;
        }
    }
    // Which settings change (their keys, never their values) goes to the audit trail.
    QHash<QString, QVariant> settingsBefore;
    for (const QString &key : m_settings->raw().allKeys())
        settingsBefore.insert(key, m_settings->raw().value(key));
    gui::SettingsDialog dialog(*m_settings, *m_store, m_window.get());
    gui::SettingsDialog::KeyState keys;
    keys.saved = m_keysSaved;
    keys.demo = m_demo;
    if (m_client && !m_demo)
        keys.environment = m_client->environment();
    keys.keychainProblem = m_keychainProblem;
    dialog.setKeyState(keys);
    bool newKeys = false;
    connect(&dialog, &gui::SettingsDialog::credentialsChanged, this,
            [&newKeys] { newKeys = true; });
    if (!focusKey.isEmpty())
        dialog.focusSetting(focusKey);
    connect(&dialog, &gui::SettingsDialog::credentialsChanged, this, [this](const Credentials &c) {
        if (m_session)
            m_session->audit(
                QString::fromLatin1(AuditEvent::CredentialsChanged),
                { { QStringLiteral("keys"), QStringLiteral("secret-key, encryption-key") } });
        useCredentials(c);
    });
    connect(&dialog, &gui::SettingsDialog::settingsSaved, this, [this, &settingsBefore] {
        if (m_session) {
            QStringList changed;
            QStringList names = m_settings->raw().allKeys() + settingsBefore.keys();
            names.removeDuplicates();
            names.sort();
            for (const QString &key : std::as_const(names))
                if (m_settings->raw().value(key) != settingsBefore.value(key))
                    changed << key;
            if (!changed.isEmpty())
                m_session->audit(
                    QString::fromLatin1(AuditEvent::SettingsChanged),
                    { { QStringLiteral("keys"), changed.join(QStringLiteral(", ")) } });
            m_session->setSingleUserName(m_settings->operatorName());
        }
        if (m_service)
            m_service->setOperatorName(m_settings->operatorName());
        if (m_linkService) {
            m_linkService->setOperatorName(m_settings->operatorName());
            m_linkService->setExpiry(std::chrono::hours(m_settings->linkExpiryHours()));
        }
        m_window->applyDefaults();
        // A new journal (backend or connection) or gateway settings (base URL, timeout, formats)
        // take effect at once; the credentials stay as they are.
        if (m_client && !m_demo) {
            const auto config = m_settings->journalConfig();
            const auto now = m_settings->gatewayConfig();
            const GatewayConfig was = m_client->config();
            if (!now || now->baseUrl != was.baseUrl || now->timeoutMs != was.timeoutMs
                || now->wire.countryFormat != was.wire.countryFormat
                || now->wire.amountUnit != was.wire.amountUnit || !config
                || config->describe() != m_journalDescription) {
                m_pendingReconnect = true;
            }
        }
        // A new language takes effect at once: installing the translators sends LanguageChange
        // to every widget, and the texts made here are made again.
#if PAVT_WITH_DEMO
        const QString before = Translations::current();
        if (Translations::install(m_settings->language()) != before && m_demo)
            m_window->setDemoMode(true, testCards());
#else
        Translations::install(m_settings->language());
#endif
    });
    if (dialog.exec() == QDialog::Accepted && newKeys) {
        // The dialog is accepted only once the keychain took both keys.
        m_keysSaved = true;
        m_keychainProblem.clear();
    }
    if (m_startAfterSettings) {
        // The terminal waited for the settings to be fixed: start now, or keep waiting (the
        // operator closed Settings without fixing it: it opens again from the menu).
        if (settingsBlockCharging(false))
            return;
        m_startAfterSettings = false;
        m_pendingReconnect = false;
        start();
        return;
    }
    if (!m_pendingReconnect)
        return;
    m_pendingReconnect = false;
    if (m_window->coordinator()->isBusy())
        m_window->showStatus(
            tr("The new gateway and journal settings take effect at the next start: a charge "
               "was in progress."),
            0);
    else
        reconnect();
}

void TerminalApp::reconnect()
{
    // Same credentials, new gateway configuration: the same path as new credentials.
    if (!m_client || m_demo)
        return;
    const Credentials credentials = m_lastCredentials;
    useCredentials(credentials);
    m_window->showStatus(tr("Settings applied."));
}

} // namespace pavt::app
