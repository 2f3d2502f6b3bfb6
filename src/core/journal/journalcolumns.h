// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalconfig.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QJsonObject>
#include <QStringList>

#include <span>

class QSqlQuery;

// The journal's columns, described once: the entries table (CREATE TABLE, the columns added by a
// migration, SELECT, INSERT and UPDATE lists, reading and binding values), the CSV export and
// pavt-cli's JSON all come from the table in journalcolumns.cpp. Adding a column means one row
// there (and the field of JournalEntry it holds); its `since` version makes the migration add it
// to older journals.
namespace pavt::JournalColumns {

enum class Kind {
    Id, // the entry's number: INTEGER PRIMARY KEY / identity
    Text, // a QString field
    Integer, // a qint64 field (BIGINT)
    Small, // an int field (SMALLINT)
    Time, // a QDateTime field, stored as milliseconds since the epoch (UTC)
    Outcome, // JournalEntry::outcome, stored as its number, exported as its id ("approved")
    Refund, // JournalEntry::refundState, likewise ("refunded")
    EntryKind, // JournalEntry::kind, likewise ("hosted")
    MajorAmount, // not stored: amountMinor in the currency's major units ("12.50"), for exports
    WriterHost, // not a field: the host of the process that wrote a pending entry
    WriterPid, // not a field: its process id
};

enum Flag : unsigned {
    NotNull = 1 << 0, // NOT NULL; otherwise an empty text, a zero number or an invalid time is NULL
    Csv = 1 << 1, // in the CSV export
    Json = 1 << 2, // in pavt-cli's JSON
    Mutable = 1 << 3, // written again by JournalDatabase::update() (the rest only by insert)
    NoCase = 1 << 4, // SQLite: COLLATE NOCASE (searched by case-insensitive prefix)
    DefaultZero = 1 << 5, // DEFAULT 0
    // A key of the totals' buckets (the entry_totals table, journaltotals.cpp): totals per
    // currency and outcome can be filtered by it without reading the entries.
    TotalsKey = 1 << 6,
};

struct Column
{
    const char *name; // of the table's column, and in the CSV header and JSON unless exportName
    Kind kind;
    unsigned flags;
    QString JournalEntry::*text = nullptr;
    qint64 JournalEntry::*integer = nullptr;
    int JournalEntry::*small = nullptr;
    QDateTime JournalEntry::*time = nullptr;
    const char *exportName = nullptr; // CSV and JSON name when it differs from `name`
    int sanitizeLimit = 0; // text: sanitizeJournalText(value, limit) before it is written
    int since = 1; // the schema version that added the column

    bool isStored() const { return kind != Kind::MajorAmount; }
    bool isEntryField() const
    {
        return kind != Kind::WriterHost && kind != Kind::WriterPid && kind != Kind::MajorAmount;
    }
    bool has(Flag flag) const { return (flags & flag) != 0; }
    QString exportedName() const;
};

// Every column, in the table's order.
std::span<const Column> all();

// "id, created_at, ...": the stored fields of an entry, in the order entryFromQuery() reads them.
QString selectList();
// CREATE TABLE entries (...) as it is at schema `version` (the columns added up to it).
QString createTableSql(JournalBackend backend, int version);
// ALTER TABLE entries ADD COLUMN ... for every column added after schema `version`.
QStringList addColumnsSql(JournalBackend backend, int version);
// The TotalsKey columns: their names, and their definitions as in CREATE TABLE entries.
QStringList totalsKeyNames();
QStringList totalsKeyDefinitions(JournalBackend backend);

// An entry from a row selected with selectList(), starting at column `first`.
JournalEntry entryFromQuery(const QSqlQuery &query, int first = 0);
// INSERT INTO entries (...) VALUES (?, ...), without id; with "RETURNING id" on PostgreSQL.
QString insertSql(JournalBackend backend);
// Binds an entry to insertSql() (positions from 0). The writer columns hold this process while
// `pending` (to tell an abandoned entry from one in flight), else NULL.
void bindInsert(QSqlQuery &query, const JournalEntry &entry, bool pending);
// UPDATE entries SET <updated_at and the Mutable columns>[, writer = NULL] WHERE id = ?
QString updateSql(bool keepWriter);
// Binds an entry to updateSql() (positions from 0, the id last).
void bindUpdate(QSqlQuery &query, const JournalEntry &entry);
// Sanitizes the text columns with a limit (all of them, or only the Mutable ones).
void sanitize(JournalEntry &entry, bool onlyMutable = false);

// An outcome as stored (Unknown for a number this version does not know).
EntryOutcome outcomeFromInt(int value);

// One exported value: what the CSV writer and the JSON need to know of it.
struct Value
{
    enum Type { Null, Text, Plain, Number };
    Type type = Null;
    QString text; // Text: free text (formula-guarded in CSV); Plain: a time or a decimal
    qint64 number = 0;
};
Value exportValue(const Column &column, const JournalEntry &entry);
// The pieces of exportValue() for a reader of stored values (the CSV export's SQLite stream):
// the id of a stored Outcome, Refund or EntryKind number ("approved", "refunded", "hosted"); the
// amount in major units for a currency ("12.50"); a time as "2026-03-01T09:00:00.123Z" into `out`
// (returns its length: 24, or 0 for a year before 1970 or after 9999, which only isoUtc()
// writes).
QString storedEnumId(Kind kind, qint64 stored);
QByteArray majorAmount(qint64 amountMinor, QStringView currency);
int majorAmountUnits(QStringView currency); // the minor units majorAmount() writes
int formatIsoUtc(qint64 msecsSinceEpoch, char out[24]);
QString isoUtc(const QDateTime &when);

// The CSV header (the Csv columns' names) and one entry's fields, not yet escaped.
QStringList csvHeader();
// The entry as pavt-cli's JSON object (the Json columns).
QJsonObject toJson(const JournalEntry &entry);

} // namespace pavt::JournalColumns
