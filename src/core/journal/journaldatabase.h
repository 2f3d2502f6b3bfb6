// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalconfig.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QByteArrayView>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcJournal)

namespace pavt {

// One row of JournalDatabase::streamSqlite(): SQLite's own values, valid during the callback.
class SqliteRow
{
public:
    explicit SqliteRow(void *statement) : m_statement(statement) { }
    bool isNull(int column) const;
    qint64 integer(int column) const; // 0 for NULL
    QByteArrayView text(int column) const; // UTF-8; empty for NULL
private:
    void *m_statement; // sqlite3_stmt
};

// One connection to the journal's database and every statement the journal runs: the building
// block of Journal (the GUI thread's connection) and JournalReader (a worker thread's). A
// QSqlDatabase connection belongs to the thread that opened it, so a JournalDatabase is created,
// used and destroyed in one thread. Every SQL error is translated into an Error here.
//
// Its code is in six files (with sqlitedirect.cpp: streamSqlite()): journaldatabase.cpp
// (connection, writes, reads by id), journalschema.cpp (schema version, creation, migrations),
// journalsearch.cpp (searches, the duplicate guard, entries to reconcile), journaltotals.cpp
// (totals and counts, from the per-day buckets of entry_totals where they can answer) and
// journalfiles.cpp (a SQLite journal's files and their rights, the file's check). The columns come
// from journalcolumns.h.
class JournalDatabase
{
public:
    // What the journal was doing when the database failed: each has one whole sentence for
    // people (failureMessage()).
    enum class Step {
        SetUpDatabase,
        SetUpConnection,
        SetDurability,
        RunStatement,
        PrepareStatement,
        StartTransaction,
        CommitTransaction,
        ReadSchemaVersion,
        LockSchema,
        CreateTables,
        MigrateSchema,
        RecordSchemaVersion,
        WriteEntry,
        WriteEntries,
        ReadEntries,
        UpdateEntry,
        FindAbandoned,
        SearchEntries,
        AddUpEntries,
        CountEntries,
        CheckFile,
    };
    static constexpr int StepCount = int(Step::CheckFile) + 1;
    // "The journal could not write the entry: <detail>", translated as one sentence.
    static QString failureMessage(Step step, const QString &detail);

    // The current schema version; older journals are migrated when opened.
    static constexpr int SchemaVersion = 10;

    // Opens a connection named "pavt-journal-<purpose>-<n>". With `prepareSchema` the schema is
    // created or migrated (in one transaction, under a lock, so two seats starting at once are
    // safe); otherwise the schema must already be current.
    static Result<std::unique_ptr<JournalDatabase>>
    open(const JournalConfig &config, const QString &purpose, bool prepareSchema = true);
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    JournalBackend backend() const { return m_backend; }
    QString connectionName() const { return m_name; }
    const JournalConfig &config() const { return m_config; }
    QSqlDatabase database() const { return m_db; }

    // The journal's schema version (0: none yet). Refuses ("journal_newer") a journal of a newer
    // version and ("journal_versions") one whose two records disagree: on SQLite the
    // schema_version table and PRAGMA user_version are written together and must agree (a
    // user_version of 0 is a journal of an earlier release, which kept only the table); on
    // PostgreSQL the table is the one source.
    Result<int> schemaVersion();

    // Inserts a new entry (its id is ignored) and returns it with its id. The writer (host and
    // process) is kept while the entry is pending, to tell an abandoned entry from one in flight.
    // A pending entry is committed with synchronous=FULL on SQLite (the WAL is fsynced: it survives
    // a power cut, not only a crash) because a charge is sent right after it. Other writes use
    // NORMAL (durable across a crash of the program; a power cut may lose the last ones): a lost
    // completion leaves the entry pending, and the next start reconciles it, so nothing is lost
    // that cannot be looked up again. A later FULL commit makes every earlier one durable too.
    Result<JournalEntry> insert(const JournalEntry &entry);
    // Inserts many entries in one transaction (imports, benchmarks); ids are assigned.
    Result<qint64> insertBatch(const QList<JournalEntry> &entries);

    Result<std::optional<JournalEntry>> entry(qint64 id);
    Result<std::optional<JournalEntry>> entryByOrderId(const QString &orderId);
    Result<std::optional<JournalEntry>> entryByTransactionId(const QString &transactionId);

    // Reads the entry in a write transaction (the row locked on PostgreSQL, the database on
    // SQLite), lets `change` edit it, and writes its mutable fields: transaction id, outcome,
    // message, HTTP status, 3-D Secure URL, refund fields, lookups. `change` may refuse with an
    // Error, and then nothing is written. updatedAt is set to `now`.
    // `durable`: SQLite commits it with synchronous=FULL (see insert()); otherwise NORMAL.
    using Change = std::function<std::optional<Error>(JournalEntry &)>;
    Result<JournalEntry> update(qint64 id, const Change &change, const QDateTime &now,
                                bool durable = false);

    // Pending entries whose writer is gone become Unknown (see JournalConfig::staleAfterSeconds);
    // returns them.
    Result<QList<JournalEntry>> recoverAbandoned(const QDateTime &now, const QString &message);

    Result<JournalPage> search(const JournalQuery &query, const JournalCursor &after, int limit);
    // How the database runs search(query, {}, limit): SQLite's EXPLAIN QUERY PLAN, one line per
    // step ("SCAN entries USING INDEX entries_links"); PostgreSQL's EXPLAIN. For tests and
    // benchmarks: which index a search uses.
    Result<QStringList> searchPlan(const JournalQuery &query, int limit = 500);
    // Previous customers whose e-mail, last name or phone starts with `prefix` (case-insensitive),
    // one per set of details, most recent order first, at most `limit`. Reads at most
    // CustomerScanLimit matching entries in the index's order; `*more` says whether there were
    // more (then the operator types on).
    static constexpr int CustomerScanLimit = 500;
    Result<QList<CustomerSuggestion>> customers(CustomerField field, const QString &prefix,
                                                int limit, bool *more = nullptr);
    // Count and sum of amount_minor per currency and outcome, ordered by both. A query of only a
    // time range, environment, outcomes and kinds (JournalTotals::answerable()) is summed from
    // the per-day buckets (journaltotals.h) plus the entries of the partial days at its edges:
    // milliseconds for any range. Other queries read every matching entry.
    Result<QList<JournalTotal>> totals(const JournalQuery &query);
    // The number of entries of a query (from the buckets too where they can answer).
    Result<qint64> count(const JournalQuery &query);
    // The newest entry with this brand, last four, amount and currency, created at or after
    // `since`, in a state where money may have moved (mayHaveCharged()).
    Result<std::optional<JournalEntry>> findDuplicate(const QString &brand, const QString &lastFour,
                                                      qint64 amountMinor, const QString &currency,
                                                      const QString &environment,
                                                      const QDateTime &since);
    // Unknown, server error and 3-D Secure entries, and refunds waiting for an answer; oldest
    // first.
    Result<QList<JournalEntry>> entriesToReconcile(const QString &environment);

    // Runs `body` page by page over a whole result (keyset paging, `pageSize` rows at a time, so
    // memory stays flat for any size); stops early when body returns false or `cancel` is set.
    // Returns the number of entries handed to body.
    Result<qint64> forEach(const JournalQuery &query, int pageSize, const std::atomic_bool *cancel,
                           const std::function<bool(const QList<JournalEntry> &)> &body);

    // The SELECT of every entry of a query, newest first, as search() filters it (without paging),
    // and its values: for a reader that streams a whole result (the CSV export).
    QString exportSql(const JournalQuery &query, QVariantList &binds);
    // SQLite, where this program's libsqlite3 is the driver's own (sqlitedirect.cpp): runs `sql`
    // with SQLite's API, one row at a time (no QVariant, no UTF-16 copy) until body returns false
    // or `cancel` is set; returns the rows handed to body. nullopt where that cannot be done
    // (PostgreSQL, another SQLite library): read through QtSql then.
    std::optional<Result<qint64>> streamSqlite(const QString &sql, const QVariantList &binds,
                                               const std::atomic_bool *cancel,
                                               const std::function<bool(const SqliteRow &)> &body);

    // SQLite: PRAGMA quick_check (every page of the file read; see JournalConfig::HealthCheck).
    // A damaged file is "journal_damaged" (damagedError()); PostgreSQL: nothing to check.
    Result<void> quickCheck();
    // SQLite: the database's size in bytes (page_count * page_size); 0 on PostgreSQL.
    Result<qint64> databaseBytes();
    // "The journal (SQLite /path) is damaged (<detail>), so nothing can be charged. ..." Also what
    // any statement that meets a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) returns.
    Error damagedError(const QString &detail) const;

    // SQLite: a passive WAL checkpoint (copies the log into the database without blocking
    // writers). PostgreSQL: nothing.
    void checkpoint();

    // PostgreSQL: whether the connection is gone (the server went away: a restart, a network cut).
    // After a failed statement it is probed (SELECT 1), outside a transaction only. QPSQL does not
    // reconnect by itself: the next statement reconnects first (reconnect()), so every connection
    // (the window's, a reader's) works again once the server is back. SQLite: false.
    bool connectionLost();

    // For tests and tools: the SQL of one statement, run as is.
    Result<void> execRaw(const QString &sql);

private:
    JournalDatabase(JournalConfig config, QString name);
    // SQLite (journalfiles.cpp): creates the folder (0700) and the file (0600) when missing, gives
    // the user's own files back the rights SQLite needs, refuses another user's; returns the
    // file's absolute path.
    static Result<QString> prepareSqliteFiles(const QString &path);
    Result<void> configure();
    // SQLite: PRAGMA synchronous=FULL or NORMAL, only when it changes.
    Result<void> setSynchronousFull(bool full);
    Result<void> prepareSchema();
    Result<int> tableSchemaVersion();
    Result<int> sqliteUserVersion(); // 0 on PostgreSQL
    Result<void> createSchema();
    Result<void> migrateFrom(int version);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    // Reconnects when connectionLost(); "journal_disconnected" while the server cannot be reached.
    Result<void> ensureConnection();
    Result<void> reconnect();
    // A prepared statement for this SQL, cached per connection.
    Result<QSqlQuery *> prepared(const QString &sql);
    Result<void> exec(QSqlQuery &query, Step step);
    Result<void> execSql(const QString &sql, Step step);
    Error sqlError(const QSqlError &error, Step step) const;
    Result<QList<JournalEntry>> selectEntries(const QString &sql, const QVariantList &binds);
    // WHERE clause and its values for a query (without "WHERE"). `scanByTime`: SQLite may not use
    // the name and e-mail indexes (their conditions are checked while walking the time index).
    QString whereFor(const JournalQuery &query, QVariantList &binds, bool scanByTime = false) const;
    // The SELECT of search(), its binds appended to `binds`.
    Result<QString> searchSql(const JournalQuery &query, const JournalCursor &after, int limit,
                              QVariantList &binds);
    QString prefixCondition(const QString &column, const QString &prefix, QVariantList &binds,
                            bool noIndex) const;
    // SQLite: a name or e-mail prefix that matches very many entries ("a") is found faster by
    // walking the entries newest first than by sorting every match; counts up to a threshold.
    Result<bool> prefixIsCommon(const JournalQuery &query);

    JournalConfig m_config;
    JournalBackend m_backend;
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    bool m_synchronousFull = false;
    bool m_inTransaction = false;
    mutable bool m_probeConnection = false; // a PostgreSQL statement failed: probe before the next
    bool m_lost = false; // the probe failed, or reconnecting did
};

} // namespace pavt
