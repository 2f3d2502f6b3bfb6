// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayconfig.h"
#include "core/journal/journalconfig.h"
#include "core/settings/layer.h"

#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace pavt {

// The terminal's settings with their defaults in one place. Secrets are NOT here: they live in the
// CredentialStore. Backed by QSettings (the platform's native store), or an INI file under
// $PAVT_CONFIG_DIR when that is set (tests, portable installs).
class TerminalSettings
{
public:
    TerminalSettings(); // the user's settings
    explicit TerminalSettings(const QString &iniFile); // a given file (tests)

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    int timeoutSeconds() const; // 1-120, default 15
    void setTimeoutSeconds(int seconds);
    CountryFormat countryFormat() const;
    void setCountryFormat(CountryFormat format);
    AmountUnit amountUnit() const;
    void setAmountUnit(AmountUnit unit);
    QString defaultCurrency() const; // "GBP"
    void setDefaultCurrency(const QString &code);
    QString defaultCountry() const; // alpha-2, "GB"
    void setDefaultCountry(const QString &code);
    QString redirectUrl() const;
    void setRedirectUrl(const QString &url);
    QString webhookUrl() const;
    void setWebhookUrl(const QString &url);
    QString customerIp() const; // default for phone orders
    void setCustomerIp(const QString &ip);
    QString terminalId() const;
    void setTerminalId(const QString &id);
    QString operatorName() const;
    void setOperatorName(const QString &name);
    int idleClearSeconds() const; // default 120
    void setIdleClearSeconds(int seconds);
    QString journalBackend() const; // "sqlite" or "postgresql"
    void setJournalBackend(const QString &backend);
    QString journalConnection()
        const; // PostgreSQL connection string (no password: that is in the keychain)
    void setJournalConnection(const QString &connection);
    QString language() const; // "" = system
    void setLanguage(const QString &language);
    // Where the operator left the main window (QMainWindow::saveGeometry()); empty = default size.
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    // Its docks (the demo's test cards) as QMainWindow::saveState() gives them; empty = default.
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // The gateway configuration these settings describe.
    GatewayConfig gatewayConfig() const;
    // The journal these settings describe: journal/backend ("sqlite" or "postgresql"),
    // journal/connection, journal/duplicateWindowSeconds. Fails ("journal_backend",
    // "journal_connection") for an unknown backend, an empty PostgreSQL connection string, or one
    // that carries a password.
    Result<JournalConfig> journalConfig() const;

    QSettings &raw() { return *m_settings; }
    void sync() { m_settings->sync(); }

private:
    QVariant value(const char *key, const QVariant &fallback) const;
    void setValue(const char *key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pavt
