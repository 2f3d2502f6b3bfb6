// SPDX-License-Identifier: MIT
#include "core/journalconfig.h"

#include "core/terminalsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace pavt {

namespace {

bool carriesPassword(const QString &connection)
{
    static const QRegularExpression keyword(QStringLiteral(R"((^|\s)password\s*=)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (connection.contains(keyword))
        return true;
    const QUrl url(connection.trimmed());
    return (url.scheme().startsWith(u"postgres")) && !url.password().isEmpty();
}

} // namespace

QString JournalConfig::defaultDataDirectory()
{
    const QString overridden = qEnvironmentVariable("PAVT_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir(overridden).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString JournalConfig::defaultSqlitePath()
{
    return QDir(defaultDataDirectory()).filePath(QStringLiteral("journal.sqlite3"));
}

Result<JournalConfig> JournalConfig::fromSettings(TerminalSettings &settings)
{
    JournalConfig config;
    const QString backend = settings.journalBackend().trimmed().toLower();
    if (backend.isEmpty() || backend == u"sqlite") {
        config.backend = JournalBackend::SQLite;
        config.sqlitePath = defaultSqlitePath();
    } else if (backend == u"postgresql" || backend == u"postgres") {
        config.backend = JournalBackend::PostgreSQL;
        config.connection = settings.journalConnection().trimmed();
        if (config.connection.isEmpty())
            return fail(QStringLiteral("journal_connection"),
                        QCoreApplication::translate("pavt::Journal", "The journal is set to PostgreSQL but no connection is configured."));
        if (carriesPassword(config.connection))
            return fail(QStringLiteral("journal_connection"),
                        QCoreApplication::translate("pavt::Journal", "The journal's connection string must not contain a password: keep the password in the "
                           "keychain (or in ~/.pgpass)."));
    } else {
        return fail(QStringLiteral("journal_backend"),
                    QCoreApplication::translate("pavt::Journal", "Unknown journal backend \"%1\" (use sqlite or postgresql).").arg(backend.left(32)));
    }
    bool ok = false;
    const int window = settings.raw().value(QStringLiteral("journal/duplicateWindowSeconds"), 120).toInt(&ok);
    if (ok)
        config.duplicateWindowSeconds = std::clamp(window, 0, 24 * 3600);
    return config;
}

QString JournalConfig::describe() const
{
    if (backend == JournalBackend::SQLite)
        return QStringLiteral("SQLite %1")
            .arg(QDir::toNativeSeparators(sqlitePath.isEmpty() ? defaultSqlitePath() : sqlitePath));
    // Only host, port and database name: never user options that might hold secrets.
    QString host, port, db;
    const QString text = connection.trimmed();
    if (text.startsWith(u"postgres")) {
        const QUrl url(text);
        host = url.host();
        port = url.port() > 0 ? QString::number(url.port()) : QString();
        db = url.path().mid(1);
    } else {
        static const QRegularExpression pair(QStringLiteral(R"((\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
        auto it = pair.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString key = m.captured(1);
            if (key == u"host" || key == u"hostaddr")
                host = m.captured(2);
            else if (key == u"port")
                port = m.captured(2);
            else if (key == u"dbname")
                db = m.captured(2);
        }
    }
    return QStringLiteral("PostgreSQL %1%2/%3")
        .arg(host.isEmpty() ? QStringLiteral("localhost") : host, port.isEmpty() ? QString() : u':' + port, db);
}

} // namespace pavt
