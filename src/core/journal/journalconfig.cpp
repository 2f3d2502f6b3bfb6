// SPDX-License-Identifier: MIT
#include "core/journal/journalconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace pavt {

bool JournalConfig::connectionCarriesPassword(const QString &connection)
{
    static const QRegularExpression keyword(QStringLiteral(R"((^|\s)password\s*=)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (connection.contains(keyword))
        return true;
    const QUrl url(connection.trimmed());
    return (url.scheme().startsWith(u"postgres")) && !url.password().isEmpty();
}

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
        static const QRegularExpression pair(
            QStringLiteral(R"((\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+))"));
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
        .arg(host.isEmpty() ? QStringLiteral("localhost") : host,
             port.isEmpty() ? QString() : u':' + port, db);
}

} // namespace pavt
