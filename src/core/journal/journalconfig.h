// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/layer.h"

#include <QString>

namespace pavt {

enum class JournalBackend { SQLite, PostgreSQL };

// Where the journal lives and how it behaves. Copyable: every thread that reads the journal
// opens its own connection from the same configuration.
struct JournalConfig
{
    JournalBackend backend = JournalBackend::SQLite;
    // SQLite: the database file (created 0600 in a 0700 folder when missing).
    QString sqlitePath;
    // PostgreSQL: a libpq connection string ("host=db.example port=5432 dbname=pavt user=seat")
    // or URL ("postgresql://seat@db.example:5432/pavt"). No password here: see password.
    QString connection;
    // PostgreSQL password (from the keychain). Empty: none, or libpq's own ~/.pgpass / PGPASSFILE.
    QString password;
    // A new charge like an approved or pending one of this many seconds ago is flagged.
    int duplicateWindowSeconds = 120;
    // A pending entry of another process older than this is taken as abandoned even when its
    // writer cannot be checked (another seat of a shared journal, a reused process id). Must be
    // longer than any charge's timeout (at most 120 s).
    int staleAfterSeconds = 600;
    // SQLite: pending entries and refund requests are committed with synchronous=FULL (fsynced:
    // they survive a power cut, not only a crash), everything else with NORMAL (see
    // JournalDatabase::insert()). false: NORMAL for everything, for bulk imports and benchmarks.
    bool durableCommits = true;

    // Journal::open()'s check of a SQLite file (PRAGMA quick_check: every page of the file is read;
    // about 1.2 s for 1,000,000 entries here, bench_journal). A journal that fails it is Damaged:
    // readable as far as it goes, but nothing is charged or written. PostgreSQL keeps and checks
    // its own pages: nothing to check here, Healthy at once (except with None).
    enum class HealthCheck {
        // Up to CheckAtOpenUpToBytes (file and its log) before open() returns, larger on a worker.
        Auto,
        AtOpen, // before open() returns, whatever the size (pavt-cli before a charge)
        OnWorker, // on a thread of its own: Checking until it is done (Journal::healthChecked)
        None, // no check, and nothing is charged (Unchecked): for read-only uses
    };
    HealthCheck healthCheck = HealthCheck::Auto;
    // About 5,000 entries; checked in under 10 ms from the page cache (bench_journal).
    static constexpr qint64 CheckAtOpenUpToBytes = 2 * 1024 * 1024;

    // $PAVT_DATA_DIR when set, else QStandardPaths::AppDataLocation.
    static QString defaultDataDirectory();
    // defaultDataDirectory() + "/journal.sqlite3".
    static QString defaultSqlitePath();
    // A libpq connection string ("password=...") or URL ("postgresql://u:pw@host/db") that
    // carries a password: refused, the password belongs in the keychain.
    static bool connectionCarriesPassword(const QString &connection);

    // For people and logs: "SQLite /path/journal.sqlite3", "PostgreSQL db.example:5432/pavt".
    // Never a password.
    QString describe() const;
};

} // namespace pavt
