// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/settings/layer.h"

#include <QString>
#include <QStringList>

#include <span>

namespace pavt {

// Every setting the terminal reads, once: its key, its type, its default, its range or allowed
// values (choices are matched without regard to case). TerminalSettings reads and checks the
// settings file with it, the settings dialog checks what it is about to save with it, pavt-cli
// refuses to run with a value it refuses. A value that cannot be used is an error, never a quiet
// default.
enum class SettingKind {
    GatewayUrl, // https anywhere, http only to loopback (checkBaseUrl)
    OptionalUrl, // empty, or an https URL (http to loopback): FieldRules::checkUrl
    Integer, // a whole number from `minimum` to `maximum`
    Choice, // one of `choices`, in any case; stored in lower case
    Currency, // an ISO 4217 code that can be charged; stored in upper case
    Country, // an ISO 3166 country (alpha-2, alpha-3 or name); stored as alpha-2
    IpAddress, // empty, or a strict IPv4/IPv6 address
    Text, // free text of at most `maximum` characters without control characters
    Language, // empty (the system's), "en" or a language with a translation
    JournalConnection, // a PostgreSQL connection string without a password (may be empty)
    Bytes, // opaque (window geometry): never checked
};

// Who reads a setting: a problem stops the programs that need it.
enum class SettingArea {
    Gateway, // the gateway client (the window and pavt-cli)
    Journal, // the journal (the window and pavt-cli)
    Defaults, // the charge form's defaults (the window)
    Terminal, // the operator and the language (the window and pavt-cli)
    Window, // only the window: idle timer, its place on the screen
};

struct SettingSpec
{
    const char *key; // "gateway/amountUnit"
    SettingKind kind;
    SettingArea area;
    const char *fallback; // the default, as it would be stored; "" for none
    int minimum = 0; // Integer: smallest value
    int maximum = 0; // Integer: largest value; Text, URLs: most characters
    std::span<const char *const> choices = {}; // Choice: the values, lower case

    QString defaultValue() const { return QString::fromLatin1(fallback); }
};

// Every setting, grouped as the settings file groups them.
std::span<const SettingSpec> settingSpecs();
// The setting with exactly this key (keys are case-sensitive, as in the file); nullptr if none.
const SettingSpec *findSetting(const QString &key);
// A known key that differs from `key` only in case ("gateway/amountunit"): for a hint.
const SettingSpec *findSettingIgnoringCase(const QString &key);

// The value in its stored form (a choice in lower case, a currency in upper case, a country as
// alpha-2, text trimmed), or an Error ("setting_value") whose message says what is wrong and what
// is allowed, without naming the key or the file (the caller adds them).
Result<QString> normaliseSetting(const SettingSpec &spec, const QString &value);
// What the setting allows, for people: "minor or major", "a whole number from 1 to 120", ...
QString allowedValues(const SettingSpec &spec);

} // namespace pavt
