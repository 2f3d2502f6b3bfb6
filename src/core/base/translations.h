// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pavt {

// The terminal's languages. English is the source language; the translations are the .qm files
// embedded under :/i18n/ (pavt_de.qm, pavt_fr.qm, pavt_es.qm; see docs/translations.md).
namespace Translations {

// Language codes with an embedded translation ("de", "es", "fr"), sorted; English is not listed.
QStringList available();

// The language a setting means: "en" or one of available(). An empty setting ("system") takes the
// first of the system's UI languages that the terminal speaks, English included, so a system that
// prefers English over German gets English; an unknown code or an unsupported system gives "en".
QString resolve(const QString &setting,
                const QStringList &uiLanguages = QLocale::system().uiLanguages());

// Installs the translators for a setting in the application (replacing those installed before):
// the terminal's own and, when present, Qt's own (qtbase_xx.qm from the Qt translations folder,
// for the texts of standard dialogs and buttons). Installing sends QEvent::LanguageChange to every
// widget. Returns the language in effect ("en", "de", ...). Needs a QCoreApplication.
QString install(const QString &setting);

// The language in effect after the last install() ("en" before any).
QString current();

} // namespace Translations
} // namespace pavt
