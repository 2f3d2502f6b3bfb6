// SPDX-License-Identifier: MIT
// For the journal layer's own files (accounts.cpp, audittrail.cpp): transactions and errors on a
// JournalDatabase's connection, the way journaldatabase.cpp does them.
#pragma once

#include "core/journal/journaldatabase.h"
#include "core/journal/layer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pavt::SqlSupport {

// A write transaction: BEGIN IMMEDIATE on SQLite (the write lock at once, waiting up to the busy
// timeout), BEGIN on PostgreSQL (rows are locked with SELECT ... FOR UPDATE).
Result<void> begin(JournalDatabase &db, const QString &failure);
// COMMIT (a failed commit is rolled back).
Result<void> commit(JournalDatabase &db, const QString &failure);
void rollback(JournalDatabase &db);

// An Error whose message is `failure` (one whole translated sentence with %1) with the database's
// own words; code "journal_duplicate" for a unique violation, "journal_busy" when another writer
// held the lock too long, else "journal_sql".
Error error(const QSqlError &sqlError, const QString &failure);
// Runs a prepared query; the Error as error() makes it.
Result<void> exec(QSqlQuery &query, const QString &failure);
// Runs one statement.
Result<void> exec(JournalDatabase &db, const QString &sql, const QString &failure);

// A time as the journal stores it (milliseconds since the epoch, UTC), NULL for an invalid one.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);

} // namespace pavt::SqlSupport
