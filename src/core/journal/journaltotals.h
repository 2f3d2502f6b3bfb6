// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalconfig.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QStringList>

// Totals per currency and outcome without reading every entry (schema 8). The table entry_totals
// holds, per UTC day and per value of the TotalsKey columns (journalcolumns.cpp: environment,
// currency, outcome, kind), the number of entries and the sum of their amount_minor. Triggers on
// entries keep it exact on every INSERT, DELETE and UPDATE of created_at, amount_minor or a key
// column (SQLite triggers; a plpgsql function on PostgreSQL); the migration fills it from the
// entries. JournalDatabase::totals() sums the whole days of a range from it and reads only the
// entries of the partial days at its edges (through the created_at index).
namespace pavt::JournalTotals {

// The width of a bucket: one UTC day, in milliseconds.
inline constexpr qint64 BucketMs = 86400000;

// CREATE TABLE entry_totals and its triggers (and, on PostgreSQL, their function).
QStringList schemaSql(JournalBackend backend);
// Fills entry_totals from the entries (the migration to schema 8; the table is empty).
QString fillSql();
// SQL for the bucket (UTC day, rounded down also before 1970) of a time column or expression.
QString bucketSql(const QString &millis);

// Whether the buckets can answer the query's totals: only a range of creation times and the
// TotalsKey columns (environment, outcomes, kinds). Text searches, the operator, the card's last
// four, order and transaction ids are not in the buckets: those totals read the entries.
bool answerable(const JournalQuery &query);

} // namespace pavt::JournalTotals
