// SPDX-License-Identifier: MIT
#include "core/settings/terminalsettings.h"

#include <QCoreApplication>
#include <QDir>

namespace pavt {

TerminalSettings::TerminalSettings()
{
    const QString dir = qEnvironmentVariable("PAVT_CONFIG_DIR");
    if (!dir.isEmpty())
        m_settings = std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("pavt.ini")),
                                                 QSettings::IniFormat);
    else
        m_settings = std::make_unique<QSettings>(QStringLiteral("PayAgency"),
                                                 QStringLiteral("Virtual Terminal"));
}

TerminalSettings::TerminalSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

QVariant TerminalSettings::value(const char *key, const QVariant &fallback) const
{
    return m_settings->value(QLatin1StringView(key), fallback);
}

void TerminalSettings::setValue(const char *key, const QVariant &value)
{
    m_settings->setValue(QLatin1StringView(key), value);
}

QUrl TerminalSettings::baseUrl() const
{
    const QUrl url(value("gateway/baseUrl", QString::fromLatin1(DefaultBaseUrl)).toString(),
                   QUrl::StrictMode);
    return url.isValid() ? url : QUrl(QString::fromLatin1(DefaultBaseUrl));
}
void TerminalSettings::setBaseUrl(const QUrl &url)
{
    setValue("gateway/baseUrl", url.toString());
}

int TerminalSettings::timeoutSeconds() const
{
    return std::clamp(value("gateway/timeoutSeconds", 15).toInt(), 1, 120);
}
void TerminalSettings::setTimeoutSeconds(int seconds)
{
    setValue("gateway/timeoutSeconds", std::clamp(seconds, 1, 120));
}

CountryFormat TerminalSettings::countryFormat() const
{
    return value("gateway/countryFormat", QStringLiteral("alpha3")).toString() == u"alpha2"
        ? CountryFormat::Alpha2
        : CountryFormat::Alpha3;
}
void TerminalSettings::setCountryFormat(CountryFormat format)
{
    setValue("gateway/countryFormat",
             format == CountryFormat::Alpha2 ? QStringLiteral("alpha2") : QStringLiteral("alpha3"));
}

AmountUnit TerminalSettings::amountUnit() const
{
    return value("gateway/amountUnit", QStringLiteral("minor")).toString() == u"major"
        ? AmountUnit::Major
        : AmountUnit::Minor;
}
void TerminalSettings::setAmountUnit(AmountUnit unit)
{
    setValue("gateway/amountUnit",
             unit == AmountUnit::Major ? QStringLiteral("major") : QStringLiteral("minor"));
}

QString TerminalSettings::defaultCurrency() const
{
    return value("defaults/currency", QStringLiteral("GBP")).toString();
}
void TerminalSettings::setDefaultCurrency(const QString &code)
{
    setValue("defaults/currency", code);
}
QString TerminalSettings::defaultCountry() const
{
    return value("defaults/country", QStringLiteral("GB")).toString();
}
void TerminalSettings::setDefaultCountry(const QString &code)
{
    setValue("defaults/country", code);
}
QString TerminalSettings::redirectUrl() const
{
    return value("defaults/redirectUrl", QString()).toString();
}
void TerminalSettings::setRedirectUrl(const QString &url)
{
    setValue("defaults/redirectUrl", url);
}
QString TerminalSettings::webhookUrl() const
{
    return value("defaults/webhookUrl", QString()).toString();
}
void TerminalSettings::setWebhookUrl(const QString &url)
{
    setValue("defaults/webhookUrl", url);
}
QString TerminalSettings::customerIp() const
{
    return value("defaults/customerIp", QString()).toString();
}
void TerminalSettings::setCustomerIp(const QString &ip)
{
    setValue("defaults/customerIp", ip);
}
QString TerminalSettings::terminalId() const
{
    return value("defaults/terminalId", QString()).toString();
}
void TerminalSettings::setTerminalId(const QString &id)
{
    setValue("defaults/terminalId", id);
}
QString TerminalSettings::operatorName() const
{
    return value("operator/name", QString()).toString();
}
void TerminalSettings::setOperatorName(const QString &name)
{
    setValue("operator/name", name);
}
int TerminalSettings::idleClearSeconds() const
{
    return std::clamp(value("security/idleClearSeconds", 120).toInt(), 10, 3600);
}
void TerminalSettings::setIdleClearSeconds(int seconds)
{
    setValue("security/idleClearSeconds", std::clamp(seconds, 10, 3600));
}
QString TerminalSettings::journalBackend() const
{
    return value("journal/backend", QStringLiteral("sqlite")).toString();
}
void TerminalSettings::setJournalBackend(const QString &backend)
{
    setValue("journal/backend", backend);
}
QString TerminalSettings::journalConnection() const
{
    return value("journal/connection", QString()).toString();
}
void TerminalSettings::setJournalConnection(const QString &connection)
{
    setValue("journal/connection", connection);
}
QString TerminalSettings::language() const
{
    return value("ui/language", QString()).toString();
}
void TerminalSettings::setLanguage(const QString &language)
{
    setValue("ui/language", language);
}
QByteArray TerminalSettings::mainWindowGeometry() const
{
    return value("ui/geometry", QByteArray()).toByteArray();
}
void TerminalSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue("ui/geometry", geometry);
}
QByteArray TerminalSettings::mainWindowState() const
{
    return value("ui/state", QByteArray()).toByteArray();
}
void TerminalSettings::setMainWindowState(const QByteArray &state)
{
    setValue("ui/state", state);
}

GatewayConfig TerminalSettings::gatewayConfig() const
{
    GatewayConfig config;
    config.baseUrl = baseUrl();
    config.timeoutMs = timeoutSeconds() * 1000;
    config.wire.countryFormat = countryFormat();
    config.wire.amountUnit = amountUnit();
    return config;
}

Result<JournalConfig> TerminalSettings::journalConfig() const
{
    JournalConfig config;
    const QString backend = journalBackend().trimmed().toLower();
    if (backend.isEmpty() || backend == u"sqlite") {
        config.backend = JournalBackend::SQLite;
        config.sqlitePath = JournalConfig::defaultSqlitePath();
    } else if (backend == u"postgresql" || backend == u"postgres") {
        config.backend = JournalBackend::PostgreSQL;
        config.connection = journalConnection().trimmed();
        if (config.connection.isEmpty())
            return fail(QStringLiteral("journal_connection"),
                        QCoreApplication::translate(
                            "pavt::Journal",
                            "The journal is set to PostgreSQL but no connection is configured."));
        if (JournalConfig::connectionCarriesPassword(config.connection))
            return fail(QStringLiteral("journal_connection"),
                        QCoreApplication::translate("pavt::Journal",
                                                    "The journal's connection string must not "
                                                    "contain a password: keep the password in the "
                                                    "keychain (or in ~/.pgpass)."));
    } else {
        return fail(
            QStringLiteral("journal_backend"),
            QCoreApplication::translate(
                "pavt::Journal", "Unknown journal backend \"%1\" (use sqlite or postgresql).")
                .arg(backend.left(32)));
    }
    bool ok = false;
    const int window = value("journal/duplicateWindowSeconds", 120).toInt(&ok);
    if (ok)
        config.duplicateWindowSeconds = std::clamp(window, 0, 24 * 3600);
    return config;
}

} // namespace pavt
