// SPDX-License-Identifier: MIT
#include "core/base/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

namespace pavt {

Q_LOGGING_CATEGORY(lcTranslations, "pavt.translations")

namespace {

QString resourceFolder()
{
    return QStringLiteral(":/i18n");
}

QString languageOf(const QString &code)
{
    // "de-CH", "de_DE", "de" -> "de"; QLocale knows the forms operating systems use.
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return QString();
    const QString name = locale.name(); // "de_DE"
    return name.left(name.indexOf(u'_')).toLower();
}

struct Installed
{
    QString language = QStringLiteral("en");
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files
        = QDir(resourceFolder()).entryList({ QStringLiteral("pavt_*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(5, file.size() - 8);
    languages.sort();
    return languages;
}

QString Translations::resolve(const QString &setting, const QStringList &uiLanguages)
{
    const QStringList offered = available();
    if (!setting.isEmpty()) {
        const QString language = setting.toLower();
        return offered.contains(language) ? language : QStringLiteral("en");
    }
    for (const QString &code : uiLanguages) {
        const QString language = languageOf(code);
        if (language == u"en" || offered.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &setting)
{
    const QString language = resolve(setting);
    Installed &state = installed();
    if (language == state.language && (language == u"en" || state.own))
        return language;
    remove(state.own);
    remove(state.qt);
    state.language = QStringLiteral("en");
    if (language == u"en")
        return state.language; // removing a translator already sent QEvent::LanguageChange

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral("pavt_") + language, resourceFolder())) {
        qCWarning(lcTranslations) << "cannot load the embedded translation" << language;
        delete own;
        return state.language;
    }
    // Qt's own texts (standard buttons, file dialogs); a deployed program may carry them next to
    // it.
    auto *qt = new QTranslator(QCoreApplication::instance());
    const QString qtFile = QStringLiteral("qtbase_") + language;
    if (qt->load(qtFile, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(qtFile,
                    QCoreApplication::applicationDirPath() + QStringLiteral("/translations"))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        qCInfo(lcTranslations) << "Qt's own translation" << qtFile << "is not installed";
        delete qt;
    }
    QCoreApplication::installTranslator(own);
    state.own = own;
    state.language = language;
    return language;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace pavt
