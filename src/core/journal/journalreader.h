// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalconfig.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pavt {

class JournalReaderWorker;

// The journal's reads, off the caller's (GUI) thread, in two lanes, each a QThread with its own
// named database connection (opened on first use): pages of a search run on the interactive lane
// ("pavt-journal-pages-<n>"), totals and CSV exports on the background lane
// ("pavt-journal-bulk-<n>"), so a long export or a sum over a million entries never holds up the
// history view's next page. Within a lane requests run one at a time in order; each ends with
// exactly one signal, delivered on the caller's thread: its answer, or failed() (code "cancelled"
// when it was cancelled). Cancelling is immediate for requests still queued and takes effect
// between pages for a running export.
class JournalReader : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    explicit JournalReader(JournalConfig config, QObject *parent = nullptr);
    // Cancels everything, closes the connection in its thread and stops the thread.
    ~JournalReader() override;

    const JournalConfig &config() const { return m_config; }

    // One page of a search (newest first): pageReady().
    RequestId fetchPage(const JournalQuery &query, const JournalCursor &after, int limit);
    // Previous customers by prefix (JournalDatabase::customers), on the interactive lane:
    // customersReady().
    RequestId fetchCustomers(CustomerField field, const QString &prefix, int limit);
    // Count and sum per currency and outcome of a whole result: totalsReady().
    RequestId fetchTotals(const JournalQuery &query);
    // CSV of a whole result into filePath (see csvexport.h), written through a temporary file that
    // replaces filePath only when complete (0600: it holds customers' names): exportProgress()
    // after every 1,000 rows, then exportFinished() or failed().
    RequestId exportCsv(const JournalQuery &query, const QString &filePath,
                        bool byteOrderMark = false);
    // SQLite: a passive WAL checkpoint on the background lane's connection. No signal.
    void checkpoint();

    void cancel(RequestId request);
    void cancelAll();
    // Requests not yet answered.
    int pendingRequests() const;

signals:
    void pageReady(quint64 request, const pavt::JournalPage &page);
    void totalsReady(quint64 request, const QList<pavt::JournalTotal> &totals);
    void customersReady(quint64 request, const QList<pavt::CustomerSuggestion> &customers,
                        bool more);
    void exportProgress(quint64 request, qint64 rowsWritten, qint64 rowsTotal);
    void exportFinished(quint64 request, qint64 rowsWritten);
    void failed(quint64 request, const pavt::Error &error);

private:
    friend class JournalReaderWorker;
    std::shared_ptr<std::atomic_bool> addRequest(RequestId id);
    void removeRequest(RequestId id);

    JournalConfig m_config;
    QThread *m_pagesThread = nullptr;
    JournalReaderWorker *m_pages = nullptr;
    QThread *m_bulkThread = nullptr;
    JournalReaderWorker *m_bulk = nullptr;
    mutable QMutex m_mutex;
    QHash<RequestId, std::shared_ptr<std::atomic_bool>> m_cancelFlags;
    std::atomic<RequestId> m_nextId { 0 };
};

} // namespace pavt
