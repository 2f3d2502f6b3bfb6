// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"
#include "core/journal/refundbatches.h"
#include "core/service/layer.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pavt {

class ChargeService;
class Journal;
class SessionService;

// One row of a batch file as the preview judged it.
struct BatchCheck
{
    int row = 0; // 1: the first row after the header
    QString transactionId;
    QString reason;
    qint64 amountMinor = 0; // the file's amount; 0: all that is left of the charge
    QString currency; // the charge's
    qint64 entryId = 0;
    qint64 refundableMinor = 0; // what is left of the charge now
    bool ok = false;
    QString code; // why not: "malformed", "transaction_id", "reason", "duplicate", "unknown",
                  // "environment", "not_refundable", "already_refunded", "partial_refunds_off",
                  // "amount", "refund_too_much", "approval_required"
    QString message; // a whole sentence for people
};

struct BatchPreview
{
    QString source; // the file's name
    QString fileHash; // SHA-256 of its bytes, hex
    QList<BatchCheck> rows;
    // This file was confirmed before: unfinished (a crash, a cancel by closing): resume it; or
    // finished: it is not run again.
    std::optional<RefundBatch> earlier;
    int okCount() const;
};

// Refunds of many charges from a CSV file (docs/user-guide.md, "Batch refunds"): columns
// transaction_id, reason and an optional amount in the currency's major units ("12.50", as the
// journal's CSV export writes it; empty: all that is left), with an optional header row.
//
// preview() reads the file and checks every row against the journal before anything is sent.
// start() (after the one confirmation) keeps the batch and its rows in the journal's database,
// and run() sends the queued rows one after the other through ChargeService::refund() (roles,
// limits, journal, audit): each row is claimed (written as "sending") before its refund begins,
// so that after a crash run() looks a "sending" row up with the gateway's status call and never
// sends it again. The same file is resumed, never run a second time. Lives in the journal's
// thread.
class BatchRefund : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxRows = 10000;

    BatchRefund(Journal *journal, GatewayClient *client, ChargeService *service,
                SessionService *session = nullptr, QObject *parent = nullptr);
    ~BatchRefund() override;

    // Errors: the file cannot be read, is too large, has no rows; the role may not
    // (Action::BatchRefund). Bad rows are rows of the preview, not errors.
    Result<BatchPreview> preview(const QString &path);
    Result<BatchPreview> previewData(const QByteArray &data, const QString &source);

    // Writes the batch (good rows queued, the others rejected) and audits it; the batch's id.
    // Refused when nothing in it can be sent, or when the file was confirmed before (resume that
    // batch instead).
    Result<qint64> start(const BatchPreview &preview);

    // Runs or resumes a batch: "sending" rows are looked up first, then the queued rows are sent,
    // one at a time. progress() and rowFinished() as it goes, finished() at the end.
    void run(qint64 batchId);
    // The row being sent is finished; the queued rows after it are cancelled.
    void cancel();
    bool isRunning() const { return m_batchId != 0; }

    Result<QList<RefundBatchRow>> rows(qint64 batchId);
    // row,transaction_id,outcome,message (RFC 4180), one line per row of the file.
    static Result<void> writeResult(const QList<RefundBatchRow> &rows, QIODevice &out);

signals:
    void progress(int done, int total);
    void rowFinished(const pavt::RefundBatchRow &row);
    void finished(qint64 batchId, bool cancelled);

private:
    struct Parsed;
    static Parsed parse(const QByteArray &data);
    void next();
    void send(const RefundBatchRow &row);
    void lookUp(const RefundBatchRow &row);
    void settle(const RefundBatchRow &row, BatchRowState state, const QString &message);
    void end(bool cancelled);
    QDateTime now() const;

    Journal *m_journal;
    GatewayClient *m_client;
    ChargeService *m_service;
    QPointer<SessionService> m_session;
    RefundBatchStore m_store;
    qint64 m_batchId = 0;
    bool m_cancel = false;
    int m_total = 0;
};

} // namespace pavt
