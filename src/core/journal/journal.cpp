// SPDX-License-Identifier: MIT
#include "core/journal/journal.h"

#include "core/journal/csvexport.h"
#include "core/journal/journalcolumns.h"
#include "core/journal/linkentry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace pavt {

// A thread with its own connection that runs PASSIVE WAL checkpoints when asked.
class JournalCheckpointer
{
public:
    explicit JournalCheckpointer(const JournalConfig &config) : m_config(config)
    {
        m_thread.setObjectName(QStringLiteral("pavt-journal-checkpoint"));
        m_context.moveToThread(&m_thread);
        // Idle priority (SCHED_IDLE on Linux): the check reads every page of the file for a
        // second or more; the window starting beside it, and every other thread, come first.
        m_thread.start(QThread::LowPriority);
    }
    ~JournalCheckpointer()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    void request()
    {
        if (m_queued.exchange(true))
            return; // one is already on its way
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_queued = false;
                if (!m_db) {
                    auto opened
                        = JournalDatabase::open(m_config, QStringLiteral("checkpoint"), false);
                    if (!opened) {
                        qCWarning(lcJournal).noquote()
                            << "checkpoint connection:" << opened.error().message;
                        return;
                    }
                    m_db = std::move(*opened);
                }
                m_db->checkpoint();
            },
            Qt::QueuedConnection);
    }

private:
    JournalConfig m_config;
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<JournalDatabase> m_db; // used in m_thread only
    std::atomic_bool m_queued { false };
};

// A thread with its own connection that runs the journal's check once (PRAGMA quick_check), hands
// the result to the journal's thread and ends. Destroying it waits for a check that is running
// (SQLite's check cannot be interrupted through QtSql): closing a large journal within seconds of
// opening it waits for the check.
class JournalHealthCheck
{
public:
    JournalHealthCheck(Journal *journal, const JournalConfig &config)
    {
        m_thread.setObjectName(QStringLiteral("pavt-journal-check"));
        m_context.moveToThread(&m_thread);
        m_thread.start(QThread::LowPriority);
        QMetaObject::invokeMethod(
            &m_context,
            [journal, config] {
                QElapsedTimer timer;
                timer.start();
                Result<void> result;
                {
                    auto db = JournalDatabase::open(config, QStringLiteral("check"), false);
                    // Each page is read once: a page cache of its own would only take memory
                    // (8 MB of a window that needs 55).
                    if (db)
                        (*db)->execRaw(QStringLiteral("PRAGMA cache_size=-256"));
                    result = db ? (*db)->quickCheck() : Result<void>(std::unexpected(db.error()));
                }
                qCInfo(lcJournal).noquote()
                    << "check of" << config.describe() << (result ? "passed" : "failed") << "in"
                    << timer.elapsed() << "ms";
                // Dropped by Qt if the journal is gone by then (it waits for this thread first).
                QMetaObject::invokeMethod(
                    journal, [journal, result] { journal->setCheckResult(result); },
                    Qt::QueuedConnection);
                QThread::currentThread()->quit(); // done: the thread ends
            },
            Qt::QueuedConnection);
    }
    ~JournalHealthCheck()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject m_context;
};

namespace {

bool isFourDigits(const QString &text)
{
    if (text.size() != 4)
        return false;
    for (QChar ch : text)
        if (ch < u'0' || ch > u'9')
            return false;
    return true;
}

} // namespace

Journal::Journal(std::unique_ptr<JournalDatabase> db, const Clock &clock)
    : m_db(std::move(db)), m_clock(&clock)
{
    qRegisterMetaType<pavt::JournalEntry>();
    if (m_db->backend() == JournalBackend::SQLite && m_db->config().durableCommits) {
        // No automatic checkpoints on this (the GUI's) connection: JournalCheckpointer does them.
        if (m_db->execRaw(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
            m_checkpointer = std::make_unique<JournalCheckpointer>(m_db->config());
    }
}

Journal::~Journal()
{
    m_healthCheck.reset();
    m_checkpointer.reset();
    // The last connection to close checkpoints the WAL and removes it.
}

void Journal::wrote()
{
    if (m_checkpointer && ++m_writes >= CheckpointEvery) {
        m_writes = 0;
        m_checkpointer->request();
    }
}

Result<std::unique_ptr<Journal>> Journal::open(const JournalConfig &config, const Clock &clock)
{
    auto db = JournalDatabase::open(config, QStringLiteral("main"));
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<Journal> journal(new Journal(std::move(*db), clock));
    journal->startHealthCheck();
    return journal;
}

void Journal::startHealthCheck()
{
    const JournalConfig &c = config();
    using Check = JournalConfig::HealthCheck;
    if (c.healthCheck == Check::None) {
        m_health = JournalHealth::Unchecked;
        return;
    }
    if (c.backend != JournalBackend::SQLite) {
        m_health = JournalHealth::Healthy; // the server keeps and checks its own pages
        return;
    }
    // What quick_check reads: every page of the database (as of the log's last commit).
    const auto bytes = m_db->databaseBytes();
    const bool atOpen = c.healthCheck == Check::AtOpen
        || (c.healthCheck == Check::Auto && bytes && *bytes <= JournalConfig::CheckAtOpenUpToBytes);
    if (atOpen) {
        const auto checked = m_db->quickCheck();
        m_health = checked                               ? JournalHealth::Healthy
            : checked.error().code == u"journal_damaged" ? JournalHealth::Damaged
                                                         : JournalHealth::CheckFailed;
        if (!checked)
            m_healthFailure = checked.error();
        return;
    }
    m_health = JournalHealth::Checking;
    m_healthCheck = std::make_unique<JournalHealthCheck>(this, c);
}

void Journal::setCheckResult(const Result<void> &result)
{
    if (m_health != JournalHealth::Checking)
        return; // a statement found the damage first
    if (result) {
        m_health = JournalHealth::Healthy;
    } else {
        m_health = result.error().code == u"journal_damaged" ? JournalHealth::Damaged
                                                             : JournalHealth::CheckFailed;
        m_healthFailure = result.error();
    }
    emit healthChecked(bool(result));
}

std::optional<Error> Journal::healthError() const
{
    switch (m_health) {
    case JournalHealth::Healthy:
        return std::nullopt;
    case JournalHealth::Unchecked:
        return Error { QStringLiteral("journal_unchecked"),
                       tr("The journal (%1) was opened without its check, so nothing can be "
                          "charged through it.")
                           .arg(config().describe()) };
    case JournalHealth::Checking:
        return Error { QStringLiteral("journal_checking"),
                       tr("The journal (%1) is still being checked; nothing can be charged until "
                          "the check has passed. Try again in a moment.")
                           .arg(config().describe()) };
    case JournalHealth::Damaged:
    case JournalHealth::CheckFailed:
        return m_healthFailure;
    }
    return m_healthFailure;
}

std::optional<Error> Journal::writeRefusal(bool startsSomething) const
{
    if (m_health == JournalHealth::Damaged || m_health == JournalHealth::CheckFailed)
        return m_healthFailure;
    return startsSomething ? healthError() : std::nullopt;
}

template<typename T> Result<T> Journal::noted(Result<T> result)
{
    if (!result && result.error().code == u"journal_damaged"
        && m_health != JournalHealth::Damaged) {
        m_health = JournalHealth::Damaged;
        m_healthFailure = result.error();
        qCWarning(lcJournal).noquote() << result.error().message;
        emit healthChecked(false);
    }
    return result;
}

QDateTime Journal::now() const
{
    // Millisecond precision, UTC: what the database keeps.
    return QDateTime::fromMSecsSinceEpoch(m_clock->now().toMSecsSinceEpoch(), Qt::UTC);
}

Result<JournalEntry> Journal::recordPending(const JournalEntry &candidate)
{
    if (auto refused = writeRefusal(true))
        return std::unexpected(*refused);
    QElapsedTimer timer;
    timer.start();
    JournalEntry entry = candidate;
    entry.id = 0;
    entry.createdAt = now();
    entry.updatedAt = entry.createdAt;
    entry.outcome = EntryOutcome::Pending;
    entry.lookups = 0;
    entry.nextLookupAt = {};
    JournalColumns::sanitize(entry); // each text column to its limit (journalcolumns.cpp)
    if (entry.orderId.trimmed().isEmpty() || entry.orderId.size() > 128)
        return fail(QStringLiteral("journal_invalid"),
                    tr("A charge needs an order id (at most 128 characters) to be journalled."));
    // A template link made with the template's own amount has neither amount nor currency yet.
    const bool templateAmount = entry.kind == EntryKind::TemplateLink && entry.amountMinor == 0
        && entry.currency.isEmpty();
    if ((entry.currency.size() != 3 && !templateAmount) || entry.environment.isEmpty())
        return fail(QStringLiteral("journal_invalid"),
                    tr("A charge needs a currency and an environment to be journalled."));
    if (isLink(entry.kind)) {
        // The cardholder types the card on the gateway's page: a link has no card data here.
        if (!entry.cardFirstSix.isEmpty() || !entry.cardLastFour.isEmpty()
            || !entry.cardBrand.isEmpty() || !entry.expiresAt.isValid())
            return fail(QStringLiteral("journal_invalid"),
                        tr("A payment by link is journalled with its expiry and without card "
                           "data."));
    } else if (!isFourDigits(entry.cardLastFour) || entry.cardFirstSix.size() > 6) {
        return fail(QStringLiteral("journal_invalid"),
                    tr("A charge needs the card's last four digits to be journalled."));
    }
    auto written = noted(m_db->insert(entry));
    if (!written) {
        if (written.error().code == u"journal_duplicate")
            return fail(
                QStringLiteral("journal_duplicate"),
                tr("The journal already has a charge with order id %1; an order id is used once.")
                    .arg(entry.orderId));
        return written;
    }
    const qint64 ms = timer.elapsed();
    if (ms > 50)
        qCWarning(lcJournal).noquote() << "pending write took" << ms << "ms";
    wrote();
    emit entryAdded(*written);
    return written;
}

Result<JournalEntry> Journal::update(qint64 id, const JournalDatabase::Change &change, bool durable)
{
    if (auto refused = writeRefusal(false))
        return std::unexpected(*refused);
    auto updated = noted(m_db->update(id, change, now(), durable));
    if (updated) {
        wrote();
        emit entryChanged(*updated);
    }
    return updated;
}

Result<JournalEntry> Journal::complete(qint64 id, const GatewayOutcome &outcome)
{
    return update(id, [&](JournalEntry &e) -> std::optional<Error> {
        if (e.outcome != EntryOutcome::Pending && e.outcome != EntryOutcome::Unknown)
            return Error {
                QStringLiteral("journal_not_pending"),
                tr("Entry %1 was already completed (%2).").arg(e.id).arg(entryOutcomeId(e.outcome))
            };
        e.outcome = entryOutcomeFor(outcome.kind, e.kind);
        e.message = outcome.message;
        e.httpStatus = outcome.httpStatus;
        if (!outcome.transaction.transactionId.isEmpty())
            e.transactionId = outcome.transaction.transactionId.left(128);
        if (!outcome.redirectUrl.isEmpty()) {
            const QString url = outcome.redirectUrl.toString(QUrl::FullyEncoded);
            if (!isLink(e.kind))
                e.threeDSUrl = url;
            else if (url.size() <= 2000
                     && (outcome.redirectUrl.scheme() == u"https"
                         || outcome.redirectUrl.scheme() == u"http"))
                e.paymentUrl = url; // the page or link to hand the cardholder
        }
        e.lookups = 0;
        e.nextLookupAt = {};
        return std::nullopt;
    });
}

Result<JournalEntry> Journal::beginRefund(qint64 id, const QString &reason, qint64 amountMinor)
{
    if (auto refused = writeRefusal(true))
        return std::unexpected(*refused);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fail(QStringLiteral("reason"), tr("Give a reason for the refund."));
    if (amountMinor < 0)
        return fail(QStringLiteral("refund_amount"), tr("A refund's amount must be above zero."));
    return update(
        id,
        [&](JournalEntry &e) -> std::optional<Error> {
            if (e.outcome != EntryOutcome::Approved)
                return Error { QStringLiteral("not_refundable"),
                               tr("Only an approved charge can be refunded; this one is %1.")
                                   .arg(entryOutcomeLabel(e.outcome)) };
            if (e.isChargedBack())
                return Error { QStringLiteral("not_refundable"),
                               tr("This charge has been charged back; it cannot be refunded.") };
            if (e.refundState == RefundState::Refunded || e.refundableMinor() <= 0)
                return Error { QStringLiteral("not_refundable"),
                               tr("This charge has already been refunded.") };
            if (e.refundState == RefundState::Requested)
                return Error {
                    QStringLiteral("not_refundable"),
                    tr("A refund of this charge is already on its way; wait for its answer.")
                };
            if (e.transactionId.isEmpty())
                return Error { QStringLiteral("not_refundable"),
                               tr("This charge has no transaction id to refund.") };
            // Read in this transaction: what another seat refunded a moment ago counts.
            const qint64 left = e.refundableMinor();
            if (amountMinor > left)
                return Error { QStringLiteral("refund_too_much"),
                               tr("Only %1 of this charge is left to refund.")
                                   .arg(formatEntryMoney(left, e.currency)) };
            e.refundState = RefundState::Requested;
            e.refundPendingMinor = amountMinor > 0 ? amountMinor : left;
            e.refundReason = why;
            e.refundMessage.clear();
            e.lookups = 0;
            e.nextLookupAt = {};
            return std::nullopt;
        },
        true); // on disk before the refund is sent
}

Result<JournalEntry> Journal::finishRefund(qint64 id, const GatewayOutcome &outcome)
{
    const QDateTime when = now();
    return update(id, [&](JournalEntry &e) -> std::optional<Error> {
        if (e.refundState != RefundState::Requested)
            return Error { QStringLiteral("journal_no_refund"),
                           tr("No refund of entry %1 is waiting for an answer.").arg(e.id) };
        e.refundMessage = outcome.message;
        switch (outcome.kind) {
        case OutcomeKind::Approved:
            e.settleRefund(true, when);
            break;
        case OutcomeKind::Declined:
        case OutcomeKind::Rejected:
        case OutcomeKind::NotSent:
            e.settleRefund(false, when);
            break;
        case OutcomeKind::NeedsThreeDS:
        case OutcomeKind::Pending:
        case OutcomeKind::ServerError:
        case OutcomeKind::Unknown:
        case OutcomeKind::Listed: // not an answer to a refund
        case OutcomeKind::AwaitingPayment: // not an answer to a refund
            // It may have been done: the reconciler reads the transaction's refund flag.
            e.refundState = RefundState::Requested;
            e.lookups = 0;
            e.nextLookupAt = {};
            break;
        }
        return std::nullopt;
    });
}

Result<QList<JournalEntry>> Journal::recoverAbandoned()
{
    if (auto refused = writeRefusal(false))
        return std::unexpected(*refused);
    auto recovered
        = noted(m_db->recoverAbandoned(now(),
                                       tr("The terminal stopped before the gateway's answer "
                                          "arrived; the charge may have gone through. "
                                          "It is being looked up; do not charge again.")));
    if (recovered) {
        for (const JournalEntry &e : std::as_const(*recovered))
            emit entryChanged(e);
        if (!recovered->isEmpty())
            qCWarning(lcJournal) << recovered->size()
                                 << "abandoned pending entries are now unknown";
    }
    return recovered;
}

Result<std::optional<JournalEntry>> Journal::findDuplicate(const JournalEntry &candidate)
{
    return findDuplicate(candidate, std::chrono::seconds(m_db->config().duplicateWindowSeconds));
}

Result<std::optional<JournalEntry>> Journal::findDuplicate(const JournalEntry &candidate,
                                                           std::chrono::seconds window)
{
    if (window.count() <= 0)
        return std::optional<JournalEntry>();
    const QDateTime since = now().addMSecs(-qint64(window.count()) * 1000);
    return m_db->findDuplicate(candidate.cardBrand, candidate.cardLastFour, candidate.amountMinor,
                               candidate.currency, candidate.environment, since);
}

Result<qint64> Journal::insertBatch(const QList<JournalEntry> &entries)
{
    if (auto refused = writeRefusal(false))
        return std::unexpected(*refused);
    auto written = noted(m_db->insertBatch(entries));
    if (written && m_checkpointer) {
        m_writes = 0;
        m_checkpointer->request();
    }
    return written;
}

Result<qint64> Journal::exportCsv(const JournalQuery &query, QIODevice &out,
                                  const std::function<void(qint64)> &progress,
                                  const std::atomic_bool *cancel)
{
    return writeJournalCsv(*m_db, query, out, progress, cancel);
}

} // namespace pavt
