// SPDX-License-Identifier: MIT
#include "core/journal/journalreader.h"

#include "core/journal/csvexport.h"
#include "core/journal/journaldatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QThread>

namespace pavt {

namespace {

Error cancelledError()
{
    return Error { QStringLiteral("cancelled"),
                   QCoreApplication::translate("pavt::JournalReader", "Cancelled.") };
}

} // namespace

// Lives in the reader's thread; owns the thread's connection.
class JournalReaderWorker : public QObject
{
public:
    JournalReaderWorker(JournalReader *owner, JournalConfig config, QString purpose)
        : m_owner(owner), m_config(std::move(config)), m_purpose(std::move(purpose))
    { }

    Result<JournalDatabase *> database()
    {
        if (!m_db) {
            auto opened = JournalDatabase::open(m_config, m_purpose);
            if (!opened)
                return std::unexpected(opened.error());
            m_db = std::move(*opened);
        }
        return m_db.get();
    }
    void close() { m_db.reset(); }

    // Hands a result to the owner's thread; the owner checks for a late cancel there.
    template<typename Deliver>
    void deliver(JournalReader::RequestId id, const std::shared_ptr<std::atomic_bool> &cancel,
                 bool honourCancel, Deliver deliverFn)
    {
        JournalReader *owner = m_owner;
        QMetaObject::invokeMethod(
            owner,
            [owner, id, cancel, honourCancel, deliverFn] {
                owner->removeRequest(id);
                if (honourCancel && cancel->load())
                    emit owner->failed(id, cancelledError());
                else
                    deliverFn(owner);
            },
            Qt::QueuedConnection);
    }
    void deliverError(JournalReader::RequestId id, const Error &error)
    {
        JournalReader *owner = m_owner;
        QMetaObject::invokeMethod(
            owner,
            [owner, id, error] {
                owner->removeRequest(id);
                emit owner->failed(id, error);
            },
            Qt::QueuedConnection);
    }

    void page(JournalReader::RequestId id, std::shared_ptr<std::atomic_bool> cancel,
              JournalQuery query, JournalCursor after, int limit)
    {
        if (cancel->load())
            return deliverError(id, cancelledError());
        auto db = database();
        if (!db)
            return deliverError(id, db.error());
        auto page = (*db)->search(query, after, limit);
        if (!page)
            return deliverError(id, page.error());
        deliver(id, cancel, true,
                [id, p = std::move(*page)](JournalReader *owner) { emit owner->pageReady(id, p); });
    }

    void customers(JournalReader::RequestId id, std::shared_ptr<std::atomic_bool> cancel,
                   CustomerField field, QString prefix, int limit)
    {
        if (cancel->load())
            return deliverError(id, cancelledError());
        auto db = database();
        if (!db)
            return deliverError(id, db.error());
        bool more = false;
        auto found = (*db)->customers(field, prefix, limit, &more);
        if (!found)
            return deliverError(id, found.error());
        deliver(id, cancel, true, [id, c = std::move(*found), more](JournalReader *owner) {
            emit owner->customersReady(id, c, more);
        });
    }

    void totals(JournalReader::RequestId id, std::shared_ptr<std::atomic_bool> cancel,
                JournalQuery query)
    {
        if (cancel->load())
            return deliverError(id, cancelledError());
        auto db = database();
        if (!db)
            return deliverError(id, db.error());
        auto totals = (*db)->totals(query);
        if (!totals)
            return deliverError(id, totals.error());
        deliver(id, cancel, true, [id, t = std::move(*totals)](JournalReader *owner) {
            emit owner->totalsReady(id, t);
        });
    }

    void exportCsv(JournalReader::RequestId id, std::shared_ptr<std::atomic_bool> cancel,
                   JournalQuery query, QString path, bool bom)
    {
        if (cancel->load())
            return deliverError(id, cancelledError());
        auto db = database();
        if (!db)
            return deliverError(id, db.error());
        auto total = (*db)->count(query);
        if (!total)
            return deliverError(id, total.error());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return deliverError(
                id,
                Error { QStringLiteral("csv_open"),
                        QCoreApplication::translate("pavt::JournalReader", "Cannot write %1: %2")
                            .arg(path, file.errorString()) });
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        JournalReader *owner = m_owner;
        const qint64 rowsTotal = *total;
        auto written = writeJournalCsv(
            **db, query, file,
            [owner, id, rowsTotal](qint64 rows) {
                QMetaObject::invokeMethod(
                    owner,
                    [owner, id, rows, rowsTotal] {
                        emit owner->exportProgress(id, rows, rowsTotal);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get(), bom);
        if (!written) {
            file.cancelWriting();
            return deliverError(id, written.error());
        }
        if (cancel->load()) {
            file.cancelWriting();
            return deliverError(id, cancelledError());
        }
        if (!file.commit())
            return deliverError(
                id,
                Error { QStringLiteral("csv_write"),
                        QCoreApplication::translate("pavt::JournalReader", "Cannot write %1: %2")
                            .arg(path, file.errorString()) });
        const qint64 rows = *written;
        deliver(id, cancel, false,
                [id, rows](JournalReader *o) { emit o->exportFinished(id, rows); });
    }

    void checkpoint()
    {
        if (auto db = database())
            (*db)->checkpoint();
    }

private:
    JournalReader *m_owner;
    JournalConfig m_config;
    QString m_purpose;
    std::unique_ptr<JournalDatabase> m_db;
};

JournalReader::JournalReader(JournalConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<pavt::JournalPage>();
    qRegisterMetaType<QList<pavt::JournalTotal>>();
    qRegisterMetaType<pavt::Error>();
    auto lane = [this](const QString &purpose, QThread::Priority priority, QThread *&thread,
                       JournalReaderWorker *&worker) {
        thread = new QThread;
        thread->setObjectName(QStringLiteral("pavt-journal-") + purpose);
        worker = new JournalReaderWorker(this, m_config, purpose);
        worker->moveToThread(thread);
        thread->start(priority);
    };
    lane(QStringLiteral("pages"), QThread::NormalPriority, m_pagesThread, m_pages);
    lane(QStringLiteral("bulk"), QThread::LowPriority, m_bulkThread, m_bulk);
}

JournalReader::~JournalReader()
{
    cancelAll();
    for (auto [thread, worker] :
         { std::pair { m_pagesThread, m_pages }, std::pair { m_bulkThread, m_bulk } }) {
        QMetaObject::invokeMethod(
            worker, [w = worker] { w->close(); }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete worker;
        delete thread;
    }
}

std::shared_ptr<std::atomic_bool> JournalReader::addRequest(RequestId id)
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    QMutexLocker lock(&m_mutex);
    m_cancelFlags.insert(id, flag);
    return flag;
}

void JournalReader::removeRequest(RequestId id)
{
    QMutexLocker lock(&m_mutex);
    m_cancelFlags.remove(id);
}

int JournalReader::pendingRequests() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_cancelFlags.size());
}

void JournalReader::cancel(RequestId request)
{
    QMutexLocker lock(&m_mutex);
    if (auto flag = m_cancelFlags.value(request))
        flag->store(true);
}

void JournalReader::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    for (const auto &flag : std::as_const(m_cancelFlags))
        flag->store(true);
}

JournalReader::RequestId JournalReader::fetchPage(const JournalQuery &query,
                                                  const JournalCursor &after, int limit)
{
    const RequestId id = ++m_nextId;
    auto flag = addRequest(id);
    JournalReaderWorker *worker = m_pages;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, flag, query, after, limit] { worker->page(id, flag, query, after, limit); },
        Qt::QueuedConnection);
    return id;
}

JournalReader::RequestId JournalReader::fetchCustomers(CustomerField field, const QString &prefix,
                                                       int limit)
{
    const RequestId id = ++m_nextId;
    auto flag = addRequest(id);
    JournalReaderWorker *worker = m_pages;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, flag, field, prefix, limit] {
            worker->customers(id, flag, field, prefix, limit);
        },
        Qt::QueuedConnection);
    return id;
}

JournalReader::RequestId JournalReader::fetchTotals(const JournalQuery &query)
{
    const RequestId id = ++m_nextId;
    auto flag = addRequest(id);
    JournalReaderWorker *worker = m_bulk;
    QMetaObject::invokeMethod(
        worker, [worker, id, flag, query] { worker->totals(id, flag, query); },
        Qt::QueuedConnection);
    return id;
}

JournalReader::RequestId JournalReader::exportCsv(const JournalQuery &query,
                                                  const QString &filePath, bool byteOrderMark)
{
    const RequestId id = ++m_nextId;
    auto flag = addRequest(id);
    JournalReaderWorker *worker = m_bulk;
    const QString path = QFileInfo(filePath).absoluteFilePath();
    QMetaObject::invokeMethod(
        worker,
        [worker, id, flag, query, path, byteOrderMark] {
            worker->exportCsv(id, flag, query, path, byteOrderMark);
        },
        Qt::QueuedConnection);
    return id;
}

void JournalReader::checkpoint()
{
    JournalReaderWorker *worker = m_bulk;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->checkpoint(); }, Qt::QueuedConnection);
}

} // namespace pavt
