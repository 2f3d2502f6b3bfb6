// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/journal/journalconfig.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QIODevice>
#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace pavt {

// The record of every charge attempt, on SQLite (default, one file in the data folder) or a
// shared PostgreSQL database. Lives in the thread that opened it (the GUI thread in the
// terminal) on its own named connection; every call is one or two short statements (the pending
// write takes a few milliseconds, see bench_journal). Long reads - searching a large journal,
// totals, CSV export - belong on a JournalReader, which has its own thread and connection.
//
// The way of a charge: recordPending() (committed: on disk before any byte is sent), then
// GatewayClient::charge(), then complete(). If the program dies in between, the next start's
// recoverAbandoned() turns the entry into Unknown and the Reconciler looks it up; it is never
// sent again. ChargeService does the three steps.
class JournalCheckpointer;
class JournalHealthCheck;

// Whether the journal may take new charges (JournalConfig::HealthCheck).
enum class JournalHealth {
    Unchecked, // opened without a check (HealthCheck::None): read-only use, nothing is charged
    Checking, // the check runs on its worker: reads work, charges wait (healthChecked())
    Healthy, // checked (SQLite), or PostgreSQL
    Damaged, // the check, or a statement, found the file damaged: nothing is charged or written
    CheckFailed, // the check could not be done (healthError() says why): nothing is charged
};

class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = JournalDatabase::SchemaVersion;

    // Opens (creating or migrating the schema) on the calling thread, and checks a SQLite file
    // (config.healthCheck: before returning, or on a worker thread while the journal is already
    // readable). The clock dates entries and decides windows; it must outlive the journal.
    static Result<std::unique_ptr<Journal>> open(const JournalConfig &config,
                                                 const Clock &clock = SystemClock::instance());
    ~Journal() override;

    const JournalConfig &config() const { return m_db->config(); }
    const Clock &clock() const { return *m_clock; }
    QString connectionName() const { return m_db->connectionName(); }
    Result<int> schemaVersion() { return m_db->schemaVersion(); }

    JournalHealth health() const { return m_health; }
    // Why nothing can be charged now: "journal_unchecked", "journal_checking" ("the journal is
    // still being checked"), "journal_damaged" (names the file), or the check's own error; nullopt
    // when Healthy. recordPending() and beginRefund() refuse with it; a Damaged or CheckFailed
    // journal refuses every write.
    std::optional<Error> healthError() const;

    // Writes the masked copy of a charge (see pendingEntryFor()) as Pending, dated now, and
    // commits it. Refuses ("journal_invalid") an entry without order id, currency, environment
    // or last four digits, and ("journal_duplicate") an order id the journal already has.
    Result<JournalEntry> recordPending(const JournalEntry &entry);

    // Completes a charge with its outcome: transaction id, message, HTTP status, 3-D Secure URL.
    // The entry must be Pending, or Unknown (another process gave it up while the answer was on
    // its way: the real answer wins); else "journal_not_pending".
    Result<JournalEntry> complete(qint64 id, const GatewayOutcome &outcome);

    // Marks the start of a refund of `amountMinor` (0: all that is left, refundableMinor()): the
    // entry must be refundable (approved, not refunded in full, no refund in flight), else
    // "not_refundable" with the reason; an amount above what is left is "refund_too_much". Both
    // are checked inside the write transaction (the row locked), so two seats of a shared journal
    // cannot both refund its last part. The amount is kept as refundPendingMinor.
    Result<JournalEntry> beginRefund(qint64 id, const QString &reason, qint64 amountMinor = 0);
    // Records a refund's answer: Approved -> Refunded (PartlyRefunded while part of the charge is
    // left), the amount added to refundedMinor; Declined, Rejected, NotSent -> Failed (or
    // PartlyRefunded when part was refunded before) with the gateway's message; Unknown or
    // ServerError -> stays Requested (the reconciler checks the transaction's status).
    Result<JournalEntry> finishRefund(qint64 id, const GatewayOutcome &outcome);

    // For the reconciler: edits an entry inside a write transaction (see JournalDatabase::update)
    // and announces the change. `durable`: committed with an fsync (SQLite synchronous=FULL), for
    // records that must exist before a request leaves.
    Result<JournalEntry> update(qint64 id, const JournalDatabase::Change &change,
                                bool durable = false);

    // Pending entries whose writing process is gone (this machine: the process no longer runs;
    // any machine: older than staleAfterSeconds) become Unknown, due for a lookup now.
    Result<QList<JournalEntry>> recoverAbandoned();

    // The duplicate guard: the newest entry in the same environment with the candidate's brand,
    // last four, amount and currency, created within the window (default: the configured
    // duplicateWindowSeconds), that is approved or may still be (pending, 3-D Secure, unknown...).
    Result<std::optional<JournalEntry>> findDuplicate(const JournalEntry &candidate);
    Result<std::optional<JournalEntry>> findDuplicate(const JournalEntry &candidate,
                                                      std::chrono::seconds window);

    Result<std::optional<JournalEntry>> entry(qint64 id) { return m_db->entry(id); }
    Result<std::optional<JournalEntry>> entryByOrderId(const QString &orderId)
    {
        return m_db->entryByOrderId(orderId);
    }
    Result<std::optional<JournalEntry>> entryByTransactionId(const QString &transactionId)
    {
        return m_db->entryByTransactionId(transactionId);
    }

    // Synchronous reads for small results and for the command line; in the GUI use JournalReader.
    Result<JournalPage> search(const JournalQuery &query, const JournalCursor &after = {},
                               int limit = 100)
    {
        return m_db->search(query, after, limit);
    }
    Result<QList<JournalTotal>> totals(const JournalQuery &query) { return m_db->totals(query); }
    Result<qint64> count(const JournalQuery &query) { return m_db->count(query); }
    Result<QList<JournalEntry>> entriesToReconcile(const QString &environment)
    {
        return m_db->entriesToReconcile(environment);
    }
    // CSV of a whole result to `out` (see csvexport.h), streamed page by page. `progress` gets the
    // rows written so far; `cancel` stops it ("cancelled").
    Result<qint64> exportCsv(const JournalQuery &query, QIODevice &out,
                             const std::function<void(qint64 rows)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    // Imports (and benchmarks): many entries in one transaction, written as they are.
    Result<qint64> insertBatch(const QList<JournalEntry> &entries);

    JournalDatabase &database() { return *m_db; }
    // PostgreSQL: the connection to the server is gone (JournalDatabase::connectionLost()); the
    // next call reconnects.
    bool lostConnection() { return m_db->connectionLost(); }

signals:
    void entryAdded(const pavt::JournalEntry &entry);
    void entryChanged(const pavt::JournalEntry &entry);
    // The check on the worker is done (health() is Healthy, or Damaged / CheckFailed), or a
    // statement found the file damaged later (healthy false).
    void healthChecked(bool healthy);

private:
    friend class JournalHealthCheck;
    Journal(std::unique_ptr<JournalDatabase> db, const Clock &clock);
    QDateTime now() const;
    void wrote();
    void startHealthCheck();
    void setCheckResult(const Result<void> &result);
    // `startsSomething`: a new charge or refund, which needs a Healthy journal; other writes
    // (completing what is under way, the reconciler's look-ups) need one not known to be damaged.
    std::optional<Error> writeRefusal(bool startsSomething) const;
    // A statement that met a damaged file makes the journal Damaged.
    template<typename T> Result<T> noted(Result<T> result);

    std::unique_ptr<JournalDatabase> m_db;
    const Clock *m_clock;
    // SQLite: the WAL is copied into the database by a thread of its own (PASSIVE checkpoints every
    // CheckpointEvery writes), so no write on this thread ever pays for a checkpoint.
    std::unique_ptr<JournalCheckpointer> m_checkpointer;
    std::unique_ptr<JournalHealthCheck> m_healthCheck;
    JournalHealth m_health = JournalHealth::Unchecked;
    std::optional<Error> m_healthFailure; // Damaged, CheckFailed
    int m_writes = 0;
    static constexpr int CheckpointEvery = 64;
};

} // namespace pavt
