// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayconfig.h"
#include "core/journal/journalconfig.h"
#include "core/service/permissions.h"
#include "core/settings/layer.h"
#include "core/settings/settingspec.h"

#include <QSettings>
#include <QString>
#include <QUrl>

#include <initializer_list>
#include <memory>
#include <optional>

namespace pavt {

// A setting the terminal cannot use, or a settings file it cannot read.
struct SettingProblem
{
    QString key; // "gateway/amountUnit"; empty for the file itself
    QString message; // names the file, the key, the value and what is allowed
    SettingArea area = SettingArea::Gateway; // who needs it (the file: everyone)
    bool fatal = true; // false: only reported (a group of keys the terminal does not use)
    bool isFile() const { return key.isEmpty(); }
};

// The terminal's settings, read and checked in one place (settingspec.h: every key with its type,
// default, range and allowed values). Secrets are NOT here: they live in the CredentialStore.
// Backed by QSettings (the platform's native store), or an INI file under $PAVT_CONFIG_DIR when
// that is set (tests, portable installs).
//
// A value that cannot be used is never replaced by a default where it matters: gatewayConfig()
// and journalConfig() fail with the problem, problems() lists every one (and an unreadable or
// damaged file, and keys the terminal does not know), and the programs stop on them: pavt-cli
// exits with 1 before sending anything, the window shows the problem, opens Settings on it and
// does not charge until it is fixed. The plain getters return the default for a value that cannot
// be used; they are for showing the settings, not for deciding with them.
class TerminalSettings
{
public:
    TerminalSettings(); // the user's settings
    explicit TerminalSettings(const QString &iniFile); // a given file (tests)

    // The file the settings are in (for messages).
    QString fileName() const;

    // Every problem: the file (unreadable, damaged), each value that cannot be used, keys the
    // terminal does not know. Read from the file as it is now.
    QList<SettingProblem> problems() const;
    // The first problem that stops a program needing these areas; the file's problems stop all.
    std::optional<SettingProblem> problemFor(std::initializer_list<SettingArea> areas) const;
    // Writing is refused while the file cannot be read or is damaged: QSettings would replace
    // it with what it could read, losing the rest.
    std::optional<Error> writeProblem() const;

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    int timeoutSeconds() const; // 1-120, default 15
    void setTimeoutSeconds(int seconds);
    CountryFormat countryFormat() const;
    void setCountryFormat(CountryFormat format);
    AmountUnit amountUnit() const;
    void setAmountUnit(AmountUnit unit);
    // gateway/partialRefunds, default off: a refund may be of part of a charge.
    bool partialRefunds() const;
    void setPartialRefunds(bool on);
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
    // Previous customers offered while typing (defaults/customerSuggestions, default on).
    bool customerSuggestions() const;
    void setIdleClearSeconds(int seconds);
    // The lock time, the lock-out and the refund limits are not settings: they are the journal's
    // security policy (SessionService::securityPolicy()), which only an administrator changes.
    QString journalBackend() const; // "sqlite" or "postgresql"
    void setJournalBackend(const QString &backend);
    // PostgreSQL connection string (no password: that is in the keychain)
    QString journalConnection() const;
    void setJournalConnection(const QString &connection);
    int duplicateWindowSeconds() const; // 0-86400, default 120; 0 turns the warning off
    void setDuplicateWindowSeconds(int seconds);
    // Hours a payment link is followed before the terminal stops (1-720, default 48).
    int linkExpiryHours() const;
    void setLinkExpiryHours(int hours);
    QString language() const; // "" = system
    void setLanguage(const QString &language);
    // Where the operator left the main window (QMainWindow::saveGeometry()); empty = default size.
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    // Its docks (the demo's test cards) as QMainWindow::saveState() gives them; empty = default.
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // The gateway configuration these settings describe; fails ("settings") with the first
    // problem of the file or of a gateway setting.
    Result<GatewayConfig> gatewayConfig() const;
    // The journal these settings describe: journal/backend ("sqlite" or "postgresql"),
    // journal/connection, journal/duplicateWindowSeconds. Fails ("settings") for the file,
    // ("journal_backend") for an unknown backend, ("journal_connection") for an empty PostgreSQL
    // connection string or one that carries a password, ("settings") for another journal setting.
    Result<JournalConfig> journalConfig() const;

    // Checks a value for a setting (settingspec.h) and writes it in its stored form; the Error
    // says why not (also when the file cannot be written), and nothing is written then.
    Result<void> set(const SettingSpec &spec, const QString &value);

    // Removes the keys of the terminal's groups that it does not know (problems() lists them;
    // the settings dialog says so before it saves). Nothing while the file cannot be written.
    void removeUnknownKeys();

    // The value of a setting as it is stored once checked, or why it cannot be used (the message
    // names the file, the key, the value and what is allowed).
    Result<QString> read(const SettingSpec &spec) const;

    QSettings &raw() { return *m_settings; }
    void sync() { m_settings->sync(); }

private:
    QString text(const char *key) const; // read() or the default
    void write(const char *key, const QVariant &value);
    Error problemWith(const SettingSpec &spec, const QString &value, const Error &why) const;
    std::optional<SettingProblem> fileProblem() const;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pavt
