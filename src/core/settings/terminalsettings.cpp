// SPDX-License-Identifier: MIT
#include "core/settings/terminalsettings.h"

#include "core/journal/securitypolicy.h"

#include <QCoreApplication>
#include <QDir>

namespace pavt {

namespace {

const SettingSpec &spec(const char *key)
{
    const SettingSpec *s = findSetting(QLatin1StringView(key));
    Q_ASSERT_X(s, "TerminalSettings", key);
    return *s;
}

// A value as it goes into a message: one line, not too long.
QString shown(const QString &value)
{
    QString out = value.left(80);
    for (QChar &ch : out)
        if (ch.category() == QChar::Other_Control)
            ch = u' ';
    return value.size() > 80 ? out + QStringLiteral("…") : out;
}

// The groups of the terminal's keys ("gateway", "defaults", ...).
QStringList knownGroups()
{
    QStringList groups;
    for (const SettingSpec &s : settingSpecs()) {
        const QString group = QString::fromLatin1(s.key).section(u'/', 0, 0);
        if (!groups.contains(group))
            groups << group;
    }
    return groups;
}

// A key the settings file had before the security policy moved into the journal (schema 7).
const PolicyRuleSpec *formerPolicySetting(const QString &key)
{
    for (const PolicyRuleSpec &rule : policyRules())
        if (key.compare(QLatin1StringView(rule.formerSetting), Qt::CaseInsensitive) == 0)
            return &rule;
    return nullptr;
}

// Keys that macOS and Windows put into an application's settings by themselves.
bool isPlatformKey(const QString &key)
{
    return key.startsWith(u"NS") || key.startsWith(u"Apple") || key.startsWith(u"com/apple");
}

} // namespace

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

QString TerminalSettings::fileName() const
{
    return QDir::toNativeSeparators(m_settings->fileName());
}

std::optional<SettingProblem> TerminalSettings::fileProblem() const
{
    // QSettings reads the file on the first access and reports what it found in status().
    m_settings->allKeys();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return std::nullopt;
    case QSettings::AccessError:
        return SettingProblem { {},
                                QCoreApplication::translate(
                                    "pavt::Settings",
                                    "The settings file %1 cannot be read (no permission, or it is "
                                    "not a file). Nothing is charged until it can be read: give "
                                    "this user read and write access to it.")
                                    .arg(fileName()),
                                SettingArea::Gateway,
                                true };
    case QSettings::FormatError:
        return SettingProblem { {},
                                QCoreApplication::translate(
                                    "pavt::Settings",
                                    "The settings file %1 is damaged (a line that is not "
                                    "\"key=value\", a stray quote, or binary data). Nothing is "
                                    "charged until it is corrected or removed; the terminal does "
                                    "not write to it meanwhile.")
                                    .arg(fileName()),
                                SettingArea::Gateway,
                                true };
    }
    return std::nullopt;
}

std::optional<Error> TerminalSettings::writeProblem() const
{
    if (auto problem = fileProblem())
        return Error { QStringLiteral("settings_file"), problem->message };
    return std::nullopt;
}

Error TerminalSettings::problemWith(const SettingSpec &s, const QString &value,
                                    const Error &why) const
{
    return Error { QStringLiteral("settings"),
                   QCoreApplication::translate("pavt::Settings",
                                               "The setting %1 in %2 is \"%3\": %4 Allowed: %5.")
                       .arg(QLatin1StringView(s.key), fileName(), shown(value), why.message,
                            allowedValues(s)) };
}

Result<QString> TerminalSettings::read(const SettingSpec &s) const
{
    const QString key = QLatin1StringView(s.key);
    if (!m_settings->contains(key))
        return s.defaultValue();
    const QVariant stored = m_settings->value(key);
    if (s.kind == SettingKind::Bytes)
        return QString::fromLatin1(stored.toByteArray().toBase64());
    // A list ("a, b" in an INI file) is not a value of any setting.
    if (stored.typeId() == QMetaType::QStringList)
        return std::unexpected(
            problemWith(s, stored.toStringList().join(QStringLiteral(", ")),
                        Error { {},
                                QCoreApplication::translate(
                                    "pavt::Settings", "It is a list (a comma outside quotes).") }));
    const QString value = stored.toString();
    auto normalised = normaliseSetting(s, value);
    if (!normalised)
        return std::unexpected(problemWith(s, value, normalised.error()));
    return normalised;
}

QList<SettingProblem> TerminalSettings::problems() const
{
    QList<SettingProblem> out;
    if (auto file = fileProblem())
        out << *file;
    for (const SettingSpec &s : settingSpecs())
        if (auto value = read(s); !value)
            out << SettingProblem { QString::fromLatin1(s.key), value.error().message, s.area,
                                    true };
    const QStringList groups = knownGroups();
    for (const QString &key : m_settings->allKeys()) {
        if (findSetting(key) || isPlatformKey(key))
            continue;
        if (const PolicyRuleSpec *moved = formerPolicySetting(key)) {
            // The value in the file is no longer the one that applies: say so, and stop, rather
            // than let the policy's value take its place unnoticed.
            out << SettingProblem {
                key,
                QCoreApplication::translate(
                    "pavt::Settings",
                    "The settings file %1 has %2, which the terminal no longer reads from a "
                    "settings file: it is the journal's security policy now, which only an "
                    "administrator changes for every seat (Terminal → Operators… → Security "
                    "policy…, or pavt-cli operators policy set %3 VALUE). Remove %2 from the file "
                    "(Settings → Save does it).")
                    .arg(fileName(), shown(key), QLatin1StringView(moved->name)),
                SettingArea::Terminal, true
            };
            continue;
        }
        const QString group = key.section(u'/', 0, 0);
        const SettingSpec *like = findSettingIgnoringCase(key);
        if (!like)
            for (const SettingSpec &s : settingSpecs())
                if (key.section(u'/', -1).compare(QString::fromLatin1(s.key).section(u'/', -1),
                                                  Qt::CaseInsensitive)
                    == 0)
                    like = &s;
        const bool ours = groups.contains(group, Qt::CaseInsensitive) || like;
        QString message = like
            ? QCoreApplication::translate("pavt::Settings",
                                          "The settings file %1 has a setting %2 that the "
                                          "terminal does not know: did you mean %3? Until it is "
                                          "corrected, %3 has its default value.")
                  .arg(fileName(), shown(key), QLatin1StringView(like->key))
            : QCoreApplication::translate(
                  "pavt::Settings",
                  "The settings file %1 has a setting %2 that the terminal does not know.")
                  .arg(fileName(), shown(key));
        SettingArea area = SettingArea::Window;
        if (like)
            area = like->area;
        else
            for (const SettingSpec &s : settingSpecs())
                if (QString::fromLatin1(s.key)
                        .section(u'/', 0, 0)
                        .compare(group, Qt::CaseInsensitive)
                    == 0) {
                    area = s.area;
                    break;
                }
        out << SettingProblem { key, message, area, ours };
    }
    return out;
}

std::optional<SettingProblem>
TerminalSettings::problemFor(std::initializer_list<SettingArea> areas) const
{
    for (const SettingProblem &p : problems()) {
        if (!p.fatal)
            continue;
        if (p.isFile())
            return p;
        for (SettingArea area : areas)
            if (p.area == area)
                return p;
    }
    return std::nullopt;
}

Result<void> TerminalSettings::set(const SettingSpec &s, const QString &value)
{
    if (auto problem = writeProblem())
        return std::unexpected(*problem);
    auto normalised = normaliseSetting(s, value);
    if (!normalised)
        return std::unexpected(normalised.error());
    m_settings->setValue(QLatin1StringView(s.key), *normalised);
    return {};
}

void TerminalSettings::removeUnknownKeys()
{
    if (fileProblem())
        return;
    for (const SettingProblem &p : problems())
        if (p.fatal && !p.isFile() && !findSetting(p.key))
            m_settings->remove(p.key);
}

QString TerminalSettings::text(const char *key) const
{
    const SettingSpec &s = spec(key);
    return read(s).value_or(s.defaultValue());
}

void TerminalSettings::write(const char *key, const QVariant &value)
{
    // A damaged file is not written: QSettings would replace it with the part it could read.
    if (fileProblem())
        return;
    m_settings->setValue(QLatin1StringView(key), value);
}

QUrl TerminalSettings::baseUrl() const
{
    return QUrl(text("gateway/baseUrl"), QUrl::StrictMode);
}
void TerminalSettings::setBaseUrl(const QUrl &url)
{
    write("gateway/baseUrl", url.toString());
}

int TerminalSettings::timeoutSeconds() const
{
    return text("gateway/timeoutSeconds").toInt();
}
void TerminalSettings::setTimeoutSeconds(int seconds)
{
    write("gateway/timeoutSeconds", seconds);
}

CountryFormat TerminalSettings::countryFormat() const
{
    return text("gateway/countryFormat") == u"alpha2" ? CountryFormat::Alpha2
                                                      : CountryFormat::Alpha3;
}
void TerminalSettings::setCountryFormat(CountryFormat format)
{
    write("gateway/countryFormat",
          format == CountryFormat::Alpha2 ? QStringLiteral("alpha2") : QStringLiteral("alpha3"));
}

AmountUnit TerminalSettings::amountUnit() const
{
    return text("gateway/amountUnit") == u"major" ? AmountUnit::Major : AmountUnit::Minor;
}
void TerminalSettings::setAmountUnit(AmountUnit unit)
{
    write("gateway/amountUnit",
          unit == AmountUnit::Major ? QStringLiteral("major") : QStringLiteral("minor"));
}

bool TerminalSettings::partialRefunds() const
{
    return text("gateway/partialRefunds") == u"on";
}
void TerminalSettings::setPartialRefunds(bool on)
{
    write("gateway/partialRefunds", on ? QStringLiteral("on") : QStringLiteral("off"));
}

QString TerminalSettings::defaultCurrency() const
{
    return text("defaults/currency");
}
void TerminalSettings::setDefaultCurrency(const QString &code)
{
    write("defaults/currency", code);
}
QString TerminalSettings::defaultCountry() const
{
    return text("defaults/country");
}
void TerminalSettings::setDefaultCountry(const QString &code)
{
    write("defaults/country", code);
}
QString TerminalSettings::redirectUrl() const
{
    return text("defaults/redirectUrl");
}
void TerminalSettings::setRedirectUrl(const QString &url)
{
    write("defaults/redirectUrl", url);
}
QString TerminalSettings::webhookUrl() const
{
    return text("defaults/webhookUrl");
}
void TerminalSettings::setWebhookUrl(const QString &url)
{
    write("defaults/webhookUrl", url);
}
QString TerminalSettings::customerIp() const
{
    return text("defaults/customerIp");
}
void TerminalSettings::setCustomerIp(const QString &ip)
{
    write("defaults/customerIp", ip);
}
QString TerminalSettings::terminalId() const
{
    return text("defaults/terminalId");
}
void TerminalSettings::setTerminalId(const QString &id)
{
    write("defaults/terminalId", id);
}
QString TerminalSettings::operatorName() const
{
    return text("operator/name");
}
void TerminalSettings::setOperatorName(const QString &name)
{
    write("operator/name", name);
}
bool TerminalSettings::customerSuggestions() const
{
    return text("defaults/customerSuggestions") == u"on";
}

int TerminalSettings::idleClearSeconds() const
{
    return text("security/idleClearSeconds").toInt();
}
void TerminalSettings::setIdleClearSeconds(int seconds)
{
    write("security/idleClearSeconds", seconds);
}
QString TerminalSettings::journalBackend() const
{
    return text("journal/backend");
}
void TerminalSettings::setJournalBackend(const QString &backend)
{
    write("journal/backend", backend);
}
QString TerminalSettings::journalConnection() const
{
    return text("journal/connection");
}
void TerminalSettings::setJournalConnection(const QString &connection)
{
    write("journal/connection", connection);
}
int TerminalSettings::linkExpiryHours() const
{
    return text("links/expiryHours").toInt();
}

void TerminalSettings::setLinkExpiryHours(int hours)
{
    write("links/expiryHours", hours);
}

int TerminalSettings::duplicateWindowSeconds() const
{
    return text("journal/duplicateWindowSeconds").toInt();
}
void TerminalSettings::setDuplicateWindowSeconds(int seconds)
{
    write("journal/duplicateWindowSeconds", seconds);
}
QString TerminalSettings::language() const
{
    return text("ui/language");
}
void TerminalSettings::setLanguage(const QString &language)
{
    write("ui/language", language);
}
QByteArray TerminalSettings::mainWindowGeometry() const
{
    return m_settings->value(QStringLiteral("ui/geometry")).toByteArray();
}
void TerminalSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    write("ui/geometry", geometry);
}
QByteArray TerminalSettings::mainWindowState() const
{
    return m_settings->value(QStringLiteral("ui/state")).toByteArray();
}
void TerminalSettings::setMainWindowState(const QByteArray &state)
{
    write("ui/state", state);
}

Result<GatewayConfig> TerminalSettings::gatewayConfig() const
{
    if (auto problem = problemFor({ SettingArea::Gateway }))
        return fail(QStringLiteral("settings"), problem->message);
    GatewayConfig config;
    config.baseUrl = baseUrl();
    config.timeoutMs = timeoutSeconds() * 1000;
    config.wire.countryFormat = countryFormat();
    config.wire.amountUnit = amountUnit();
    config.partialRefunds = partialRefunds();
    return config;
}

Result<JournalConfig> TerminalSettings::journalConfig() const
{
    if (auto file = fileProblem())
        return fail(QStringLiteral("settings"), file->message);
    JournalConfig config;
    auto backend = read(spec("journal/backend"));
    if (!backend)
        return fail(QStringLiteral("journal_backend"), backend.error().message);
    auto connection = read(spec("journal/connection"));
    if (!connection)
        return fail(QStringLiteral("journal_connection"), connection.error().message);
    if (*backend == u"sqlite") {
        config.backend = JournalBackend::SQLite;
        config.sqlitePath = JournalConfig::defaultSqlitePath();
    } else {
        config.backend = JournalBackend::PostgreSQL;
        config.connection = *connection;
        if (config.connection.isEmpty())
            return fail(QStringLiteral("journal_connection"),
                        QCoreApplication::translate(
                            "pavt::Journal",
                            "The journal is set to PostgreSQL but no connection is configured."));
    }
    if (auto problem = problemFor({ SettingArea::Journal }))
        return fail(QStringLiteral("settings"), problem->message);
    config.duplicateWindowSeconds = duplicateWindowSeconds();
    return config;
}

} // namespace pavt
