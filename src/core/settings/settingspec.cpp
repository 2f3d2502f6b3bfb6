// SPDX-License-Identifier: MIT
#include "core/settings/settingspec.h"

#include "core/base/translations.h"
#include "core/gateway/gatewayconfig.h"
#include "core/journal/journalconfig.h"
#include "core/journal/pgconnection.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/fieldrules.h"

#include <QCoreApplication>
#include <QUrl>

#include <array>

namespace pavt {

namespace {

constexpr std::array<const char *, 2> CountryFormats { "alpha3", "alpha2" };
constexpr std::array<const char *, 2> AmountUnits { "minor", "major" };
constexpr std::array<const char *, 2> JournalBackends { "sqlite", "postgresql" };
constexpr std::array<const char *, 2> OnOff { "on", "off" };

using K = SettingKind;
using A = SettingArea;

// The table. Its order is the settings file's, and the settings dialog's.
constexpr std::array<SettingSpec, 21> Specs { {
    { "gateway/baseUrl", K::GatewayUrl, A::Gateway, DefaultBaseUrl, 0, 2048 },
    { "gateway/timeoutSeconds", K::Integer, A::Gateway, "15", 1, 120 },
    { "gateway/countryFormat", K::Choice, A::Gateway, "alpha3", 0, 0, CountryFormats },
    { "gateway/amountUnit", K::Choice, A::Gateway, "minor", 0, 0, AmountUnits },
    // Partial refunds send the Java SDK's optional "amount" (a string, in the unit above): off
    // until the merchant has confirmed with the gateway that it takes it (payagency-api.md).
    { "gateway/partialRefunds", K::Choice, A::Gateway, "off", 0, 0, OnOff },
    { "defaults/currency", K::Currency, A::Defaults, "GBP" },
    { "defaults/country", K::Country, A::Defaults, "GB" },
    { "defaults/redirectUrl", K::OptionalUrl, A::Defaults, "", 0, 2048 },
    { "defaults/webhookUrl", K::OptionalUrl, A::Defaults, "", 0, 2048 },
    { "defaults/customerIp", K::IpAddress, A::Defaults, "" },
    { "defaults/terminalId", K::Text, A::Defaults, "", 0, 64 },
    { "defaults/customerSuggestions", K::Choice, A::Defaults, "on", 0, 0, OnOff },
    { "operator/name", K::Text, A::Terminal, "", 0, 100 },
    { "security/idleClearSeconds", K::Integer, A::Window, "120", 10, 3600 },
    // The lock time, the lock-out and the refund limits were settings here until schema 7; they are
    // the journal's security policy now (core/journal/securitypolicy.h), set by an administrator.
    { "journal/backend", K::Choice, A::Journal, "sqlite", 0, 0, JournalBackends },
    { "journal/connection", K::JournalConnection, A::Journal, "", 0, 1024 },
    { "journal/duplicateWindowSeconds", K::Integer, A::Journal, "120", 0, 24 * 3600 },
    // How long a payment link (hosted card, APM; a template link made without a date) is followed.
    { "links/expiryHours", K::Integer, A::Terminal, "48", 1, 30 * 24 },
    { "ui/language", K::Language, A::Terminal, "" },
    { "ui/geometry", K::Bytes, A::Window, "" },
    { "ui/state", K::Bytes, A::Window, "" },
} };

Error problem(const QString &message)
{
    return Error { QStringLiteral("setting_value"), message };
}

QStringList languageChoices()
{
    return QStringList { QStringLiteral("en") } + Translations::available();
}

// "a or b", "a, b or c".
QString alternatives(const QStringList &values)
{
    if (values.size() < 2)
        return values.join(QString());
    return QCoreApplication::translate("pavt::Settings", "%1 or %2")
        .arg(values.mid(0, values.size() - 1).join(QStringLiteral(", ")), values.last());
}

bool hasControlCharacters(const QString &value)
{
    for (const QChar ch : value)
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator
            || ch == QChar::ParagraphSeparator)
            return true;
    return false;
}

} // namespace

std::span<const SettingSpec> settingSpecs()
{
    return Specs;
}

const SettingSpec *findSetting(const QString &key)
{
    for (const SettingSpec &spec : Specs)
        if (key == QLatin1StringView(spec.key))
            return &spec;
    return nullptr;
}

const SettingSpec *findSettingIgnoringCase(const QString &key)
{
    for (const SettingSpec &spec : Specs)
        if (key.compare(QLatin1StringView(spec.key), Qt::CaseInsensitive) == 0)
            return &spec;
    return nullptr;
}

QString allowedValues(const SettingSpec &spec)
{
    switch (spec.kind) {
    case K::GatewayUrl:
        return QCoreApplication::translate("pavt::Settings",
                                           "an https:// address (http:// only to this computer)");
    case K::OptionalUrl:
        return QCoreApplication::translate(
            "pavt::Settings", "nothing, or an https:// address (http:// only to this computer)");
    case K::Integer:
        return QCoreApplication::translate("pavt::Settings", "a whole number from %1 to %2")
            .arg(spec.minimum)
            .arg(spec.maximum);
    case K::Choice: {
        QStringList values;
        for (const char *choice : spec.choices)
            values << QString::fromLatin1(choice);
        return alternatives(values);
    }
    case K::Currency:
        return QCoreApplication::translate(
            "pavt::Settings", "an ISO 4217 currency code that can be charged, like GBP or EUR");
    case K::Country:
        return QCoreApplication::translate("pavt::Settings",
                                           "an ISO 3166 country, like GB, GBR or United Kingdom");
    case K::IpAddress:
        return QCoreApplication::translate("pavt::Settings", "nothing, or an IPv4 or IPv6 address");
    case K::Text:
        return QCoreApplication::translate(
                   "pavt::Settings", "text of at most %1 characters, without control characters")
            .arg(spec.maximum);
    case K::Language:
        return QCoreApplication::translate("pavt::Settings",
                                           "nothing (the system's language) or %1")
            .arg(alternatives(languageChoices()));
    case K::JournalConnection:
        return QCoreApplication::translate(
            "pavt::Settings",
            "a PostgreSQL connection (host=… dbname=… user=…) without a password");
    case K::Bytes:
        break;
    }
    return {};
}

Result<QString> normaliseSetting(const SettingSpec &spec, const QString &raw)
{
    const QString value = raw.trimmed();
    const int limit = spec.maximum > 0 ? spec.maximum : 256;
    if (spec.kind != K::Bytes && value.size() > limit && spec.kind != K::Integer)
        return std::unexpected(problem(
            QCoreApplication::translate("pavt::Settings", "It is longer than %1 characters.")
                .arg(limit)));
    if (spec.kind != K::Bytes && hasControlCharacters(value))
        return std::unexpected(problem(
            QCoreApplication::translate("pavt::Settings", "It contains control characters.")));
    switch (spec.kind) {
    case K::GatewayUrl: {
        if (value.isEmpty())
            return std::unexpected(
                problem(QCoreApplication::translate("pavt::Settings", "It is empty.")));
        const QUrl url(value, QUrl::StrictMode);
        if (auto error = checkBaseUrl(url))
            return std::unexpected(problem(error->message));
        if (url.port() == 0 || url.port() > 65535 || !url.userInfo().isEmpty()
            || url.scheme() != url.scheme().toLower())
            return std::unexpected(problem(QCoreApplication::translate(
                "pavt::GatewayClient", "The gateway address is not a valid URL.")));
        return value;
    }
    case K::OptionalUrl:
        if (auto error = FieldRules::checkUrl(value, false))
            return std::unexpected(problem(error->message));
        return value;
    case K::Integer: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || value.startsWith(u'+'))
            return std::unexpected(problem(
                QCoreApplication::translate("pavt::Settings", "It is not a whole number.")));
        if (n < spec.minimum || n > spec.maximum)
            return std::unexpected(
                problem(QCoreApplication::translate("pavt::Settings", "%1 is outside %2 to %3.")
                            .arg(n)
                            .arg(spec.minimum)
                            .arg(spec.maximum)));
        return QString::number(n);
    }
    case K::Choice: {
        const QString lower = value.toLower();
        for (const char *choice : spec.choices)
            if (lower == QLatin1StringView(choice))
                return lower;
        // The journal's backend has always accepted "postgres" too.
        if (spec.choices.data() == JournalBackends.data() && lower == u"postgres")
            return QStringLiteral("postgresql");
        return std::unexpected(problem(
            QCoreApplication::translate("pavt::Settings", "It is not one of the allowed values.")));
    }
    case K::Currency: {
        const Currency *currency = Currencies::find(value);
        if (!currency || !currency->isPayable())
            return std::unexpected(problem(QCoreApplication::translate(
                "pavt::Settings", "It is not a currency that can be charged.")));
        return currency->code;
    }
    case K::Country: {
        const Country *country = Countries::find(value);
        if (!country)
            return std::unexpected(problem(
                QCoreApplication::translate("pavt::Settings", "It is not an ISO 3166 country.")));
        return country->alpha2;
    }
    case K::IpAddress:
        if (value.isEmpty())
            return value;
        if (auto error = FieldRules::checkIpAddress(value))
            return std::unexpected(problem(error->message));
        return value;
    case K::Text:
        if (auto error = FieldRules::checkText(value, spec.maximum, false))
            return std::unexpected(problem(error->message));
        return value;
    case K::Language: {
        const QString lower = value.toLower();
        if (lower.isEmpty() || languageChoices().contains(lower))
            return lower;
        return std::unexpected(problem(QCoreApplication::translate(
            "pavt::Settings", "It is not a language of the terminal.")));
    }
    case K::JournalConnection:
        if (value.isEmpty())
            return value;
        if (JournalConfig::connectionCarriesPassword(value))
            return std::unexpected(problem(QCoreApplication::translate(
                "pavt::Journal",
                "The journal's connection string must not contain a password: keep the password "
                "in the keychain (or in ~/.pgpass).")));
        if (auto parsed = PgConnection::parse(value); !parsed)
            return std::unexpected(problem(parsed.error().message));
        return value;
    case K::Bytes:
        return raw;
    }
    return value;
}

} // namespace pavt
