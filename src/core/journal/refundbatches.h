// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journaldatabase.h"
#include "core/journal/layer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pavt {

// What became of one row of a batch of refunds. Stored as a small integer: never renumber.
enum class BatchRowState : int {
    Rejected = 0, // the preview refused it: never sent
    Queued = 1, // confirmed, not sent yet
    Sending = 2, // claimed and about to be sent (written before the refund begins): after a crash
                 // its outcome is looked up at the gateway, never sent blindly again
    Refunded = 3,
    Failed = 4, // the gateway refused it, or it could not begin; nothing was refunded
    Unknown = 5, // sent, and neither the answer nor a look-up says whether it was refunded
    Cancelled = 6, // the person cancelled the batch before this row was sent
};
// "rejected", "queued", "sending", "refunded", "failed", "unknown", "cancelled": the result file's
// and pavt-cli's spelling.
QString batchRowStateId(BatchRowState state);
// Whether nothing more will happen to the row.
bool isFinal(BatchRowState state);

// One row of a batch, as kept in the journal's database.
struct RefundBatchRow
{
    qint64 batchId = 0;
    int row = 0; // the row's number in the file (1: the first after the header)
    QString transactionId;
    QString reason;
    qint64 amountMinor = 0; // 0 until claimed when the file gave none (all that is left)
    QString currency;
    qint64 entryId = 0; // the journal's charge (0: none)
    BatchRowState state = BatchRowState::Queued;
    QString message; // why it was rejected or failed, or the gateway's words
    qint64 refundedBefore = 0; // the charge's refundedMinor when the row was claimed
    QDateTime updatedAt; // UTC
    friend bool operator==(const RefundBatchRow &, const RefundBatchRow &) = default;
};

struct RefundBatch
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString operatorName;
    QString environment; // "test" / "live"
    QString source; // the file's name, for people
    QString fileHash; // SHA-256 of the file's bytes, hex: the same file is resumed, not run twice
    bool finished = false; // every row final (or cancelled)
    QDateTime finishedAt;
};

// Schema 9: the tables of batch refunds (journalschema.cpp creates them, or adds them when it
// migrates an older journal).
QStringList refundBatchSchemaSql(JournalBackend backend);

// The batches of refunds and their rows in the journal's database, on a JournalDatabase's
// connection in its thread (the GUI thread's Journal::database()). Every SQL error is an Error
// with a whole sentence.
class RefundBatchStore
{
public:
    explicit RefundBatchStore(JournalDatabase &db);

    // The batch and all its rows, in one transaction; returns the batch with its id (the rows'
    // batchId is set).
    Result<RefundBatch> create(const RefundBatch &batch, const QList<RefundBatchRow> &rows);
    Result<std::optional<RefundBatch>> find(qint64 id);
    // The newest batch of this file (by its hash) in this environment.
    Result<std::optional<RefundBatch>> findByHash(const QString &fileHash,
                                                  const QString &environment);
    Result<QList<RefundBatchRow>> rows(qint64 batchId);
    // Queued -> Sending with the row's amount and what the charge had refunded before, committed
    // before anything is sent. False when the row is no longer queued (another seat or process
    // took it): then it is not sent here.
    Result<bool> claim(qint64 batchId, int row, qint64 amountMinor, qint64 refundedBefore,
                       const QDateTime &now);
    // Writes a row's state and message.
    Result<void> settle(qint64 batchId, int row, BatchRowState state, const QString &message,
                        const QDateTime &now);
    // Every row still queued becomes Cancelled.
    Result<int> cancelQueued(qint64 batchId, const QDateTime &now);
    Result<void> finish(qint64 batchId, const QDateTime &now);

private:
    JournalDatabase &m_db;
};

} // namespace pavt
