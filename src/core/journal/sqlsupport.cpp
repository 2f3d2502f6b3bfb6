// SPDX-License-Identifier: MIT
#include "core/journal/sqlsupport.h"

#include <QCoreApplication>

namespace pavt::SqlSupport {

Error error(const QSqlError &sqlError, const QString &failure)
{
    const QString native = sqlError.nativeErrorCode();
    QString code = QStringLiteral("journal_sql");
    if (native == u"23505" || native == u"2067" || native == u"1555"
        || sqlError.databaseText().contains(QStringLiteral("UNIQUE constraint failed")))
        code = QStringLiteral("journal_duplicate");
    else if (native == u"5" || native == u"6" || native == u"517" || native == u"40001"
             || native == u"40P01")
        code = QStringLiteral("journal_busy");
    const QString text = sqlError.text().trimmed().isEmpty()
        ? QCoreApplication::translate("pavt::Journal", "unknown database error")
        : sqlError.text().trimmed();
    return Error { code, failure.arg(text) };
}

Result<void> exec(QSqlQuery &query, const QString &failure)
{
    if (!query.exec())
        return std::unexpected(error(query.lastError(), failure));
    return {};
}

Result<void> exec(JournalDatabase &db, const QString &sql, const QString &failure)
{
    QSqlQuery q(db.database());
    if (!q.exec(sql))
        return std::unexpected(error(q.lastError(), failure));
    return {};
}

Result<void> begin(JournalDatabase &db, const QString &failure)
{
    return exec(db,
                db.backend() == JournalBackend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                       : QStringLiteral("BEGIN"),
                failure);
}

Result<void> commit(JournalDatabase &db, const QString &failure)
{
    auto done = exec(db, QStringLiteral("COMMIT"), failure);
    if (!done)
        rollback(db);
    return done;
}

void rollback(JournalDatabase &db)
{
    QSqlQuery q(db.database());
    q.exec(QStringLiteral("ROLLBACK"));
}

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return time.toMSecsSinceEpoch();
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace pavt::SqlSupport
