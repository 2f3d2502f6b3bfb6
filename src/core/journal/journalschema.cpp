// SPDX-License-Identifier: MIT
// JournalDatabase: the schema version, creating the schema and migrating older journals. Runs at
// open(), inside one transaction (and an advisory lock on PostgreSQL).
#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/journaltotals.h"
#include "core/journal/refundbatches.h"
#include "core/journal/securityschema.h"

#include <QCoreApplication>
#include <QSqlError>

namespace pavt {

namespace {

// Schema 4: repeat customers are looked up by phone (e-mail and last name have theirs).
QString phoneIndexSql(JournalBackend backend)
{
    return backend == JournalBackend::PostgreSQL
        ? QStringLiteral("CREATE INDEX entries_phone ON entries ((lower(phone) COLLATE \"C\"))")
        : QStringLiteral("CREATE INDEX entries_phone ON entries (phone)");
}

// Schema 10: the payments by link by kind and outcome. Partial (kind <> 0): as small as the
// links are few, so that the link follower's start-up query (the open links) and the history's
// link filter do not walk a journal of keyed cards (416 ms on 1,000,000 entries, on the GUI
// thread at every start). A search uses it when its SQL has the literal term `kind <> 0`
// (JournalDatabase::whereFor); kind and outcome as its columns make the planner take it with or
// without statistics (a terminal that is killed never runs PRAGMA optimize).
QString linksIndexSql(JournalBackend backend)
{
    return backend == JournalBackend::PostgreSQL
        ? QStringLiteral("CREATE INDEX entries_links ON entries (kind, outcome, created_at, id) "
                         "WHERE kind <> 0")
        : QStringLiteral(
            "CREATE INDEX entries_links ON entries (kind, outcome, created_at) WHERE kind <> 0");
}

// One index per search: the newest-first order (created_at, id) rides along where it helps.
// `upTo`: the indexes of the columns up to that schema version (a migration adds the later ones).
QStringList entriesIndexSql(JournalBackend backend, int upTo = JournalDatabase::SchemaVersion)
{
    const bool pg = backend == JournalBackend::PostgreSQL;
    // SQLite appends the rowid (= id) to every index by itself.
    const QString byTime = pg ? QStringLiteral("created_at, id") : QStringLiteral("created_at");
    auto folded = [pg](const char *column) {
        return pg ? QStringLiteral("(lower(%1) COLLATE \"C\")").arg(QLatin1StringView(column))
                  : QString::fromLatin1(column);
    };
    QStringList indexes {
        QStringLiteral("CREATE INDEX entries_created ON entries (%1)").arg(byTime),
        QStringLiteral("CREATE UNIQUE INDEX entries_order ON entries (order_id)"),
        QStringLiteral("CREATE INDEX entries_transaction ON entries (transaction_id) WHERE "
                       "transaction_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX entries_outcome ON entries (outcome, %1)").arg(byTime),
        QStringLiteral("CREATE INDEX entries_last4 ON entries (card_last4, %1)").arg(byTime),
        QStringLiteral("CREATE INDEX entries_first_name ON entries (%1)").arg(folded("first_name")),
        QStringLiteral("CREATE INDEX entries_last_name ON entries (%1)").arg(folded("last_name")),
        QStringLiteral("CREATE INDEX entries_email ON entries (%1)").arg(folded("email")),
        QStringLiteral(
            "CREATE INDEX entries_refund ON entries (refund_state) WHERE refund_state = 1"),
    };
    if (upTo >= 4)
        indexes += phoneIndexSql(backend);
    if (upTo >= 10)
        indexes += linksIndexSql(backend);
    return indexes;
}

} // namespace

Result<int> JournalDatabase::tableSchemaVersion()
{
    QSqlQuery q(m_db);
    const QString exists = m_backend == JournalBackend::SQLite
        ? QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        : QStringLiteral(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_name = 'schema_version'");
    if (!q.exec(exists) || !q.next())
        return std::unexpected(sqlError(q.lastError(), Step::ReadSchemaVersion));
    const bool hasTable = q.value(0).toInt() > 0;
    q.finish();
    if (!hasTable)
        return 0;
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return std::unexpected(sqlError(q.lastError(), Step::ReadSchemaVersion));
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> JournalDatabase::sqliteUserVersion()
{
    if (m_backend != JournalBackend::SQLite)
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return std::unexpected(sqlError(q.lastError(), Step::ReadSchemaVersion));
    return q.value(0).toInt();
}

Result<int> JournalDatabase::schemaVersion()
{
    // Two records of one fact on SQLite: the schema_version table (the project's own, on both
    // backends) and the file header's user_version (SQLite's, which tools and other programs read
    // and write). Both are written together; a journal of an earlier release has only the table
    // (user_version 0). PostgreSQL has no user_version: the table is the one source there.
    auto table = tableSchemaVersion();
    if (!table)
        return table;
    auto user = sqliteUserVersion();
    if (!user)
        return user;
    const int newest = std::max(*table, *user);
    if (newest > SchemaVersion)
        return fail(QStringLiteral("journal_newer"),
                    QCoreApplication::translate("pavt::Journal",
                                                "The journal was written by a newer version of the "
                                                "terminal (schema %1; this version knows "
                                                "up to %2). Update the terminal.")
                        .arg(newest)
                        .arg(SchemaVersion));
    if (*user == 0 || *user == *table)
        return *table;
    return fail(QStringLiteral("journal_versions"),
                QCoreApplication::translate(
                    "pavt::Journal",
                    "The journal (%1) records two schema versions that disagree: %2 in its "
                    "schema_version table and %3 in the file's user_version. Another program has "
                    "changed it, or it is damaged; it was left as it is. Restore a backup, or "
                    "see the administrator's guide (the journal).")
                    .arg(m_config.describe())
                    .arg(*table)
                    .arg(*user));
}

Result<void> JournalDatabase::prepareSchema()
{
    if (auto begun = begin(); !begun)
        return begun;
    if (m_backend == JournalBackend::PostgreSQL) {
        // Two seats starting at once: one migrates, the other waits here and then sees it done.
        if (auto locked
            = execSql(QStringLiteral("SELECT pg_advisory_xact_lock(7283010401)"), Step::LockSchema);
            !locked) {
            rollback();
            return locked;
        }
    }
    auto version = schemaVersion(); // refuses a newer journal and versions that disagree
    if (!version) {
        rollback();
        return std::unexpected(version.error());
    }
    Result<void> done;
    if (*version == 0)
        done = createSchema();
    else if (*version < SchemaVersion)
        done = migrateFrom(*version);
    if (done && m_backend == JournalBackend::SQLite) {
        // In the same transaction as the table: both or neither.
        auto user = sqliteUserVersion();
        if (!user)
            done = std::unexpected(user.error());
        else if (*user != SchemaVersion)
            done = execSql(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
                           Step::RecordSchemaVersion);
    }
    if (!done) {
        rollback();
        return done;
    }
    if (*version != SchemaVersion)
        qCInfo(lcJournal).noquote()
            << "journal schema" << *version << "->" << SchemaVersion << m_config.describe();
    return commit();
}

Result<void> JournalDatabase::createSchema()
{
    QStringList statements {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(SchemaVersion),
        JournalColumns::createTableSql(m_backend, SchemaVersion),
    };
    statements += entriesIndexSql(m_backend);
    statements += securitySchemaSql(m_backend); // accounts, refund log, audit trail (version 5)
    statements += securityPolicySchemaSql(m_backend); // version 7
    statements += JournalTotals::schemaSql(m_backend); // the totals' buckets (version 8)
    statements += refundBatchSchemaSql(m_backend); // batches of refunds (version 9)
    for (const QString &sql : std::as_const(statements))
        if (auto done = execSql(sql, Step::CreateTables); !done)
            return done;
    return {};
}

Result<void> JournalDatabase::migrateFrom(int version)
{
    // Runs inside prepareSchema()'s transaction: a failure leaves the old schema untouched.
    if (version == 1) {
        // Version 1 kept the outcome as text and had no refund, reconciliation or writer columns
        // and no indexes for names, e-mail, outcome or last four. The table is rebuilt.
        const bool pg = m_backend == JournalBackend::PostgreSQL;
        QStringList statements {
            QStringLiteral("DROP INDEX IF EXISTS entries_created"),
            QStringLiteral("DROP INDEX IF EXISTS entries_transaction"),
            QStringLiteral("ALTER TABLE entries RENAME TO entries_v1"),
            JournalColumns::createTableSql(m_backend, 2),
            QStringLiteral(
                "INSERT INTO entries (id, created_at, updated_at, operator, environment, order_id, "
                "transaction_id, "
                "amount_minor, currency, card_brand, card_first6, card_last4, first_name, "
                "last_name, email, country, "
                "outcome, message, http_status, three_ds_url, refund_state, lookups) "
                "SELECT id, created_at, updated_at, operator, environment, order_id, "
                "NULLIF(transaction_id, ''), "
                "amount_minor, currency, card_brand, card_first6, card_last4, first_name, "
                "last_name, email, country, "
                "CASE outcome WHEN 'pending' THEN 0 WHEN 'approved' THEN 1 WHEN 'declined' THEN 2 "
                "WHEN 'needs_3ds' THEN 3 WHEN 'rejected' THEN 4 WHEN 'server_error' THEN 5 WHEN "
                "'not_sent' THEN 6 "
                "ELSE 7 END, message, http_status, three_ds_url, 0, 0 FROM entries_v1"),
            QStringLiteral("DROP TABLE entries_v1"),
        };
        if (pg)
            statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('entries', 'id'), "
                                         "COALESCE((SELECT MAX(id) FROM entries), 0) + 1, false)");
        statements += entriesIndexSql(m_backend, 2);
        for (const QString &sql : std::as_const(statements))
            if (auto done = execSql(sql, Step::MigrateSchema); !done)
                return done;
        version = 2;
    }
    // Columns added since (journalcolumns.cpp, their `since`), with their defaults; version 6
    // added only columns (chargeback_at, suspicious_at).
    for (const QString &sql : JournalColumns::addColumnsSql(m_backend, version))
        if (auto done = execSql(sql, Step::MigrateSchema); !done)
            return done;
    if (version < 4)
        if (auto done = execSql(phoneIndexSql(m_backend), Step::MigrateSchema); !done)
            return done;
    // Version 5 added the operators' accounts, the refund log and the audit trail: new tables,
    // the entries as they were.
    if (version < 5) {
        for (const QString &sql : securitySchemaSql(m_backend))
            if (auto done = execSql(sql, Step::MigrateSchema); !done)
                return done;
    }
    // Version 7 added the security policy (the rules that were per-seat settings before).
    if (version < 7) {
        for (const QString &sql : securityPolicySchemaSql(m_backend))
            if (auto done = execSql(sql, Step::MigrateSchema); !done)
                return done;
    }
    // Version 8: the totals' buckets (journaltotals.h), kept by triggers from now on and filled
    // from the entries there are (one pass over them, once).
    if (version < 8) {
        QStringList statements = JournalTotals::schemaSql(m_backend);
        statements << JournalTotals::fillSql();
        for (const QString &sql : std::as_const(statements))
            if (auto done = execSql(sql, Step::MigrateSchema); !done)
                return done;
    }
    // Version 9 (partial and batch refunds): refunded_minor and refund_pending_minor were added
    // above with 0; a refund recorded before was of the whole charge. And the batches' tables.
    if (version < 9) {
        QStringList statements {
            QStringLiteral(
                "UPDATE entries SET refunded_minor = amount_minor WHERE refund_state = %1")
                .arg(int(RefundState::Refunded)),
            QStringLiteral(
                "UPDATE entries SET refund_pending_minor = amount_minor WHERE refund_state = %1")
                .arg(int(RefundState::Requested)),
        };
        statements += refundBatchSchemaSql(m_backend);
        for (const QString &sql : std::as_const(statements))
            if (auto done = execSql(sql, Step::MigrateSchema); !done)
                return done;
    }
    // Version 10: the index of the payments by link (one pass over the entries, once).
    if (version < 10)
        if (auto done = execSql(linksIndexSql(m_backend), Step::MigrateSchema); !done)
            return done;
    if (version < SchemaVersion)
        version = SchemaVersion;
    if (version != SchemaVersion)
        return fail(QStringLiteral("journal_schema"),
                    QCoreApplication::translate("pavt::Journal",
                                                "The journal has an unknown schema version %1.")
                        .arg(version));
    return execSql(QStringLiteral("UPDATE schema_version SET version = %1").arg(SchemaVersion),
                   Step::RecordSchemaVersion);
}

} // namespace pavt
