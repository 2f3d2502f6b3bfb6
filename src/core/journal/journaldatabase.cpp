// SPDX-License-Identifier: MIT
#include "core/journal/journaldatabase.h"

#include "core/journal/journalcolumns.h"
#include "core/journal/pgconnection.h"
#include "core/journal/processcheck.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSysInfo>
#include <QThread>

Q_LOGGING_CATEGORY(lcJournal, "pavt.journal", QtInfoMsg)

namespace pavt {

namespace {

std::atomic_int g_connectionCounter { 0 };

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"23505" || code == u"2067" || code == u"1555"
        || error.databaseText().contains(QStringLiteral("UNIQUE constraint failed"));
}

// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes (267, 523, 779...).
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6" || code == u"517" || code == u"40001" || code == u"40P01";
}

} // namespace

JournalDatabase::JournalDatabase(JournalConfig config, QString name)
    : m_config(std::move(config)), m_backend(m_config.backend), m_name(std::move(name))
{ }

JournalDatabase::~JournalDatabase()
{
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_backend == JournalBackend::SQLite && m_db.isOpen()) {
            QSqlQuery optimize(m_db);
            optimize.exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<JournalDatabase>> JournalDatabase::open(const JournalConfig &config,
                                                               const QString &purpose, bool prepare)
{
    const QString name
        = QStringLiteral("pavt-journal-%1-%2").arg(purpose).arg(++g_connectionCounter);
    std::unique_ptr<JournalDatabase> self(new JournalDatabase(config, name));
    const bool pg = config.backend == JournalBackend::PostgreSQL;
    const QString driver = pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return fail(
            QStringLiteral("journal_driver"),
            pg ? QCoreApplication::translate("pavt::Journal",
                                             "The PostgreSQL driver for Qt (QPSQL, Debian package "
                                             "libqt6sql6-psql) is not installed.")
               : QCoreApplication::translate("pavt::Journal",
                                             "The SQLite driver for Qt (QSQLITE, Debian package "
                                             "libqt6sql6-sqlite) is not installed."));
    }
    self->m_db = QSqlDatabase::addDatabase(driver, name);
    QSqlDatabase &db = self->m_db;
    if (pg) {
        auto params = PgConnection::parse(config.connection);
        if (!params)
            return std::unexpected(params.error());
        if (!params->host.isEmpty())
            db.setHostName(params->host);
        if (params->port > 0)
            db.setPort(params->port);
        db.setDatabaseName(params->database);
        db.setUserName(params->user);
        const QString password = config.password.isEmpty() ? params->password : config.password;
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList options = params->options;
        if (!options.join(u' ').contains(QStringLiteral("connect_timeout=")))
            options << QStringLiteral("connect_timeout=5");
        if (!options.join(u' ').contains(QStringLiteral("application_name=")))
            options << QStringLiteral("application_name=pavt");
        db.setConnectOptions(options.join(u';'));
    } else {
        // The folder, the file and SQLite's -wal and -shm beside it usable by this user, or why
        // not (journalfiles.cpp).
        auto file = prepareSqliteFiles(
            config.sqlitePath.isEmpty() ? JournalConfig::defaultSqlitePath() : config.sqlitePath);
        if (!file)
            return std::unexpected(file.error());
        self->m_config.sqlitePath = *file;
        db.setDatabaseName(*file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return fail(QStringLiteral("journal_open"),
                    QCoreApplication::translate("pavt::Journal", "Cannot open the journal (%1): %2")
                        .arg(config.describe(), error.text()));
    }
    if (auto configured = self->configure(); !configured)
        return std::unexpected(configured.error());
    if (prepare) {
        if (auto prepared = self->prepareSchema(); !prepared)
            return std::unexpected(prepared.error());
    } else {
        auto version = self->schemaVersion();
        if (!version)
            return std::unexpected(version.error());
        if (*version != SchemaVersion)
            return fail(
                QStringLiteral("journal_schema"),
                QCoreApplication::translate(
                    "pavt::Journal", "The journal has schema version %1; this program needs %2.")
                    .arg(*version)
                    .arg(SchemaVersion));
    }
    qCDebug(lcJournal).noquote() << "opened" << name << "in thread" << QThread::currentThread();
    return self;
}

Result<void> JournalDatabase::configure()
{
    if (m_backend == JournalBackend::SQLite) {
        // WAL: readers (the history view's worker) never block the writer and the writer never
        // blocks them. synchronous=NORMAL by default; pending entries are committed with FULL
        // (see insert(); measured in bench_journal).
        const QStringList pragmas {
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA journal_size_limit=16777216"),
            QStringLiteral("PRAGMA cache_size=-8000"),
            QStringLiteral("PRAGMA temp_store=MEMORY"),
        };
        for (const QString &pragma : pragmas) {
            QSqlQuery q(m_db);
            // Switching to WAL needs a moment alone with the file and SQLite does not wait for it
            // (no busy handler): another process opening the same new journal retries here.
            bool done = q.exec(pragma);
            for (int attempt = 0; !done && isBusy(q.lastError()) && attempt < 100; ++attempt) {
                QThread::msleep(20);
                done = q.exec(pragma);
            }
            if (!done)
                return std::unexpected(sqlError(q.lastError(), Step::SetUpDatabase));
            if (pragma.contains(QStringLiteral("journal_mode")) && q.next()
                && q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
                return fail(
                    QStringLiteral("journal_wal"),
                    QCoreApplication::translate("pavt::Journal",
                                                "The journal's file system does not support "
                                                "SQLite's write-ahead log (got \"%1\").")
                        .arg(q.value(0).toString()));
        }
    } else {
        QSqlQuery q(m_db);
        for (const char *setting :
             { "SET synchronous_commit = on", "SET client_min_messages = warning" })
            if (!q.exec(QString::fromLatin1(setting)))
                return std::unexpected(sqlError(q.lastError(), Step::SetUpConnection));
    }
    return {};
}

Result<void> JournalDatabase::setSynchronousFull(bool full)
{
    full = full && m_config.durableCommits;
    if (m_backend != JournalBackend::SQLite || full == m_synchronousFull)
        return {};
    if (auto done = execSql(full ? QStringLiteral("PRAGMA synchronous=FULL")
                                 : QStringLiteral("PRAGMA synchronous=NORMAL"),
                            Step::SetDurability);
        !done)
        return done;
    m_synchronousFull = full;
    return {};
}

QString JournalDatabase::failureMessage(Step step, const QString &detail)
{
    // Whole sentences, each extracted for translation (a fragment glued into a frame cannot be
    // translated: "Es gelang dem Journal nicht, write the entry").
    switch (step) {
    case Step::SetUpDatabase:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not set up the database: %1")
            .arg(detail);
    case Step::SetUpConnection:
        return QCoreApplication::translate(
                   "pavt::Journal",
                   "The journal could not set up the connection to the database: %1")
            .arg(detail);
    case Step::SetDurability:
        return QCoreApplication::translate(
                   "pavt::Journal", "The journal could not set how durably changes are saved: %1")
            .arg(detail);
    case Step::RunStatement:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not run a statement: %1")
            .arg(detail);
    case Step::PrepareStatement:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not prepare a statement: %1")
            .arg(detail);
    case Step::StartTransaction:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not start a transaction: %1")
            .arg(detail);
    case Step::CommitTransaction:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not save a transaction: %1")
            .arg(detail);
    case Step::ReadSchemaVersion:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not read its schema version: %1")
            .arg(detail);
    case Step::LockSchema:
        return QCoreApplication::translate(
                   "pavt::Journal", "The journal could not lock its schema for an update: %1")
            .arg(detail);
    case Step::CreateTables:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not create its tables: %1")
            .arg(detail);
    case Step::MigrateSchema:
        return QCoreApplication::translate(
                   "pavt::Journal", "The journal could not migrate its schema to this version: %1")
            .arg(detail);
    case Step::RecordSchemaVersion:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not record its schema version: %1")
            .arg(detail);
    case Step::WriteEntry:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not write the entry: %1")
            .arg(detail);
    case Step::WriteEntries:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not write the entries: %1")
            .arg(detail);
    case Step::ReadEntries:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not read its entries: %1")
            .arg(detail);
    case Step::UpdateEntry:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not update the entry: %1")
            .arg(detail);
    case Step::FindAbandoned:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not look for interrupted charges: %1")
            .arg(detail);
    case Step::SearchEntries:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not search its entries: %1")
            .arg(detail);
    case Step::AddUpEntries:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not add up its entries: %1")
            .arg(detail);
    case Step::CountEntries:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not count its entries: %1")
            .arg(detail);
    case Step::CheckFile:
        return QCoreApplication::translate("pavt::Journal",
                                           "The journal could not check its file: %1")
            .arg(detail);
    }
    return QCoreApplication::translate("pavt::Journal", "The journal could not run a statement: %1")
        .arg(detail);
}

Error JournalDatabase::sqlError(const QSqlError &error, Step step) const
{
    if (m_backend == JournalBackend::SQLite && isDamage(error))
        return damagedError(error.text().trimmed());
    QString code = QStringLiteral("journal_sql");
    if (m_backend == JournalBackend::PostgreSQL && !isUniqueViolation(error)) {
        // The server may be gone (its SQLSTATE is often empty then, the text translated by
        // libpq): the next statement probes the connection first.
        m_probeConnection = true;
        qCDebug(lcJournal).noquote()
            << "PostgreSQL error" << error.nativeErrorCode() << error.text().simplified();
    }
    if (isUniqueViolation(error))
        code = QStringLiteral("journal_duplicate");
    else if (isBusy(error))
        code = QStringLiteral("journal_busy");
    const QString text = error.text().trimmed().isEmpty()
        ? QCoreApplication::translate("pavt::Journal", "unknown database error")
        : error.text().trimmed();
    return Error { code, failureMessage(step, text) };
}

Result<void> JournalDatabase::exec(QSqlQuery &query, Step step)
{
    if (!query.exec())
        return std::unexpected(sqlError(query.lastError(), step));
    return {};
}

Result<void> JournalDatabase::execSql(const QString &sql, Step step)
{
    if (auto connected = ensureConnection(); !connected)
        return connected;
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return std::unexpected(sqlError(q.lastError(), step));
    return {};
}

Result<void> JournalDatabase::execRaw(const QString &sql)
{
    return execSql(sql, Step::RunStatement);
}

Result<QSqlQuery *> JournalDatabase::prepared(const QString &sql)
{
    if (auto connected = ensureConnection(); !connected)
        return std::unexpected(connected.error());
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it.value().get();
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return std::unexpected(sqlError(query->lastError(), Step::PrepareStatement));
    if (m_statements.size() > 64)
        m_statements.clear();
    m_statements.insert(sql, query);
    return query.get();
}

Result<void> JournalDatabase::begin()
{
    // SQLite: take the write lock now (a deferred transaction that reads first could fail to
    // upgrade later without waiting). PostgreSQL: rows are locked with SELECT ... FOR UPDATE.
    auto begun = execSql(m_backend == JournalBackend::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                             : QStringLiteral("BEGIN"),
                         Step::StartTransaction);
    m_inTransaction = bool(begun);
    return begun;
}

Result<void> JournalDatabase::commit()
{
    auto done = execSql(QStringLiteral("COMMIT"), Step::CommitTransaction);
    if (!done)
        rollback();
    m_inTransaction = false;
    return done;
}

void JournalDatabase::rollback()
{
    m_inTransaction = false;
    if (!m_db.isOpen())
        return; // reconnecting failed: there is no transaction
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool JournalDatabase::connectionLost()
{
    if (m_backend != JournalBackend::PostgreSQL || m_inTransaction)
        return false;
    if (!m_lost && !m_db.isOpen()) // QPSQL: the connection's status is no longer OK
        m_lost = true;
    if (m_probeConnection && !m_lost) {
        m_probeConnection = false;
        QSqlQuery probe(m_db);
        m_lost = !probe.exec(QStringLiteral("SELECT 1"));
    }
    return m_lost;
}

Result<void> JournalDatabase::ensureConnection()
{
    if (!connectionLost())
        return {};
    return reconnect();
}

Result<void> JournalDatabase::reconnect()
{
    m_statements.clear(); // prepared on the old connection
    m_db.close();
    if (!m_db.open()) {
        m_lost = true;
        return fail(QStringLiteral("journal_disconnected"),
                    QCoreApplication::translate("pavt::Journal",
                                                "The journal's database (%1) cannot be reached: %2")
                        .arg(m_config.describe(), m_db.lastError().text().simplified()));
    }
    m_lost = false;
    m_probeConnection = false;
    if (auto configured = configure(); !configured) {
        m_lost = true;
        return configured;
    }
    qCInfo(lcJournal).noquote() << "reconnected to" << m_config.describe();
    return {};
}

Result<JournalEntry> JournalDatabase::insert(const JournalEntry &entry)
{
    const QString sql = JournalColumns::insertSql(m_backend);
    auto q = prepared(sql);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &query = **q;
    if (auto sync = setSynchronousFull(entry.outcome == EntryOutcome::Pending); !sync)
        return std::unexpected(sync.error());
    JournalColumns::bindInsert(query, entry, entry.outcome == EntryOutcome::Pending);
    if (auto done = exec(query, Step::WriteEntry); !done)
        return std::unexpected(done.error());
    JournalEntry written = entry;
    if (m_backend == JournalBackend::PostgreSQL) {
        if (!query.next()) {
            query.finish();
            return fail(QStringLiteral("journal_sql"),
                        QCoreApplication::translate(
                            "pavt::Journal", "The journal did not return the new entry's number."));
        }
        written.id = query.value(0).toLongLong();
    } else {
        written.id = query.lastInsertId().toLongLong();
    }
    // Resets the statement: with SQLite in autocommit mode this is where the commit completes.
    query.finish();
    if (!written.updatedAt.isValid())
        written.updatedAt = written.createdAt;
    return written;
}

Result<qint64> JournalDatabase::insertBatch(const QList<JournalEntry> &entries)
{
    if (entries.isEmpty())
        return 0;
    if (auto sync = setSynchronousFull(false); !sync)
        return std::unexpected(sync.error());
    if (auto begun = begin(); !begun)
        return std::unexpected(begun.error());
    const QString sql = JournalColumns::insertSql(JournalBackend::SQLite);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        const Error error = sqlError(q.lastError(), Step::PrepareStatement);
        rollback();
        return std::unexpected(error);
    }
    for (const JournalEntry &e : entries) {
        JournalColumns::bindInsert(q, e, false);
        if (!q.exec()) {
            const Error error = sqlError(q.lastError(), Step::WriteEntries);
            q.finish();
            rollback();
            return std::unexpected(error);
        }
    }
    q.finish();
    if (auto done = commit(); !done)
        return std::unexpected(done.error());
    return qint64(entries.size());
}

Result<QList<JournalEntry>> JournalDatabase::selectEntries(const QString &sql,
                                                           const QVariantList &binds)
{
    auto q = prepared(sql);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &query = **q;
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (auto done = exec(query, Step::ReadEntries); !done)
        return std::unexpected(done.error());
    QList<JournalEntry> out;
    while (query.next())
        out.append(JournalColumns::entryFromQuery(query));
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return std::unexpected(sqlError(error, Step::ReadEntries));
    return out;
}

Result<std::optional<JournalEntry>> JournalDatabase::entry(qint64 id)
{
    auto rows = selectEntries(
        QStringLiteral("SELECT %1 FROM entries WHERE id = ?").arg(JournalColumns::selectList()),
        { id });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(rows->first());
}

Result<std::optional<JournalEntry>> JournalDatabase::entryByOrderId(const QString &orderId)
{
    auto rows = selectEntries(QStringLiteral("SELECT %1 FROM entries WHERE order_id = ?")
                                  .arg(JournalColumns::selectList()),
                              { orderId });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(rows->first());
}

Result<std::optional<JournalEntry>>
JournalDatabase::entryByTransactionId(const QString &transactionId)
{
    if (transactionId.isEmpty())
        return std::optional<JournalEntry>();
    auto rows = selectEntries(QStringLiteral("SELECT %1 FROM entries WHERE transaction_id = ? "
                                             "ORDER BY created_at DESC, id DESC LIMIT 1")
                                  .arg(JournalColumns::selectList()),
                              { transactionId });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(rows->first());
}

Result<JournalEntry> JournalDatabase::update(qint64 id, const Change &change, const QDateTime &now,
                                             bool durable)
{
    if (auto sync = setSynchronousFull(durable); !sync)
        return std::unexpected(sync.error());
    if (auto begun = begin(); !begun)
        return std::unexpected(begun.error());
    QString select
        = QStringLiteral("SELECT %1 FROM entries WHERE id = ?").arg(JournalColumns::selectList());
    if (m_backend == JournalBackend::PostgreSQL)
        select += QStringLiteral(" FOR UPDATE");
    auto rows = selectEntries(select, { id });
    if (!rows) {
        rollback();
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        rollback();
        return fail(
            QStringLiteral("journal_no_entry"),
            QCoreApplication::translate("pavt::Journal", "The journal has no entry number %1.")
                .arg(id));
    }
    JournalEntry entry = rows->first();
    if (auto refused = change(entry)) {
        rollback();
        return std::unexpected(*refused);
    }
    entry.updatedAt = now.toUTC();
    JournalColumns::sanitize(entry, true);
    const bool pending = entry.outcome == EntryOutcome::Pending;
    auto q = prepared(JournalColumns::updateSql(pending));
    if (!q) {
        rollback();
        return std::unexpected(q.error());
    }
    QSqlQuery &query = **q;
    JournalColumns::bindUpdate(query, entry);
    if (auto done = exec(query, Step::UpdateEntry); !done) {
        query.finish();
        rollback();
        return std::unexpected(done.error());
    }
    query.finish();
    if (auto done = commit(); !done)
        return std::unexpected(done.error());
    return entry;
}

Result<QList<JournalEntry>> JournalDatabase::recoverAbandoned(const QDateTime &now,
                                                              const QString &message)
{
    auto q = prepared(QStringLiteral(
        "SELECT id, updated_at, writer_host, writer_pid FROM entries WHERE outcome = 0"));
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &query = **q;
    if (auto done = exec(query, Step::FindAbandoned); !done)
        return std::unexpected(done.error());
    static const QString myHost = QSysInfo::machineHostName();
    const qint64 myPid = QCoreApplication::applicationPid();
    const qint64 staleBefore = now.toMSecsSinceEpoch() - qint64(m_config.staleAfterSeconds) * 1000;
    QList<qint64> abandoned;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 updated = query.value(1).toLongLong();
        const QString host = query.value(2).toString();
        const qint64 pid = query.value(3).toLongLong();
        bool dead = false;
        if (host.isEmpty())
            dead = true; // written by an older version, or by an import: nobody is waiting for it
        else if (host == myHost && pid == myPid)
            dead = false; // this process has it in flight
        else if (host == myHost && !processIsRunning(pid))
            dead = true;
        else
            dead = updated < staleBefore; // another seat, or a process id that may have been reused
        if (dead)
            abandoned.append(id);
    }
    query.finish();
    QList<JournalEntry> out;
    for (qint64 id : std::as_const(abandoned)) {
        auto updated = update(
            id,
            [&](JournalEntry &e) -> std::optional<Error> {
                if (e.outcome != EntryOutcome::Pending)
                    return Error { QStringLiteral("journal_not_pending"), QString() };
                e.outcome = EntryOutcome::Unknown;
                e.message = message;
                e.nextLookupAt = now.toUTC();
                return std::nullopt;
            },
            now);
        if (updated)
            out.append(*updated);
        else if (updated.error().code != u"journal_not_pending")
            return std::unexpected(updated.error());
    }
    return out;
}

void JournalDatabase::checkpoint()
{
    if (m_backend != JournalBackend::SQLite)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

} // namespace pavt
