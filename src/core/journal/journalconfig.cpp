// SPDX-License-Identifier: MIT
#include "core/journal/journalconfig.h"

#include "core/journal/pgconnection.h"

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
    const auto parsed = PgConnection::parse(connection);
    const PgConnection p = parsed ? *parsed : PgConnection {};
    return QStringLiteral("PostgreSQL %1%2/%3")
        .arg(p.host.isEmpty() ? QStringLiteral("localhost") : p.host,
             p.port > 0 ? u':' + QString::number(p.port) : QString(), p.database);
}

} // namespace pavt
