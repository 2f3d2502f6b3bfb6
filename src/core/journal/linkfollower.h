// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/gateway/gatewayclient.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"
#include "core/journal/reconciler.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace pavt {

class Journal;

// Follows the journal's open payments by link (isOpenLink(): awaiting payment, or a creation
// whose answer was lost) until the gateway reports them paid or failed, or until their local
// expiry (expiresAt), when the terminal stops following and says so (Expired; the gateway is
// never asked to cancel anything). Never creates or sends a payment.
//
// How, and what it costs (the reconciler's numbers, ReconcilerPolicy; no backoff of its own):
// - A new link (watch()) gets quick lookups at firstDelay, then each wait times `factor`, while
//   the wait is below maxDelay (2 s, 4 s, 8 s ... 256 s by default, about 8.5 minutes): a hosted
//   card or APM payment by the status call of its transaction id (at most StatusBudget such calls
//   in one poll), a template link (no transaction id) by the first page of today's transaction
//   list, one page for all of them.
// - Every open link, whatever its age, is covered by ONE walk of the gateway's transaction list
//   per poll: from the oldest open link's day to today, newest first, page by page (at most
//   maxListPages), matching hosted card and APM payments by transaction id and template links by
//   order id. It runs at start (a link paid while the terminal was closed is found at once), then
//   every maxDelay (5 min), sooner again (delayAfter()) after a walk that failed. A hosted or APM
//   link the walk did not reach gets a status call (at most StatusBudget a walk, the least recently
//   asked first). So 1,000 open links cost ceil(transactions in their days / 50) list requests
//   every 5 minutes at steady state, not 1,000 (bench_links measures it).
// - The list reports the masked card of a paid link: it is kept like a keyed card's (first six,
//   last four; applyReportedCard()). A link approved by the status call (which has no card) gets
//   its card from one more walk of its days, stopped as soon as it is found.
// - A link whose expiry has passed is Expired at the first walk after it (at most maxDelay late,
//   and only after a walk that could read the list): it was looked for once more first. An
//   unknown creation never found by then is Unresolved (a person checks it at the gateway).
//
// Lives in the journal's thread; one poll at a time; the journal is read again at every walk, so
// links created by other seats of a shared journal are followed too.
class LinkFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int StatusBudget = 3;

    LinkFollower(Journal *journal, GatewayClient *client, ReconcilerPolicy policy = {},
                 const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~LinkFollower() override;

    const ReconcilerPolicy &policy() const { return m_policy; }

    // Reads the open links and walks the list at once; then keeps going (timers) until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // A link just created (or whose creation's answer was lost): quick lookups from now on.
    void watch(qint64 entryId);
    // The operator's "Check now": a walk at once, which also looks at this link when it has
    // expired (it is then settled if the gateway reports it paid or failed).
    void checkNow(qint64 entryId);
    // A walk at once (pavt-cli reconcile, tests).
    void pollNow();
    // Runs what is due by the clock: the timer calls it; with an injected clock, tests and
    // benchmarks call it after moving the clock.
    void runDue();

    // Open links known to the follower.
    int openCount() const { return int(m_open.size()); }
    bool isBusy() const { return m_busy; }
    // When the next walk of the whole list is due (null: none, nothing open).
    QDateTime nextWalkAt() const { return m_nextWalk; }

signals:
    // Every write the follower made to an entry.
    void entryUpdated(const pavt::JournalEntry &entry);
    // The link left the open ones: approved, declined, expired or unresolved.
    void linkSettled(const pavt::JournalEntry &entry);
    // A journal write or a read of the list failed (tried again later).
    void errorOccurred(const pavt::Error &error);
    // A poll (quick or a walk) ended.
    void pollFinished();
    // Nothing in flight and nothing open.
    void idle();

private:
    struct Open
    {
        qint64 id = 0;
        EntryKind kind = EntryKind::KeyedCard;
        EntryOutcome outcome = EntryOutcome::AwaitingPayment;
        QString orderId;
        QString transactionId;
        QDateTime createdAt;
        QDateTime expiresAt;
        int quickDone = 0; // quick lookups done (or skipped because their time had passed)
        QDateTime lastStatusAt; // the last status call about it
        bool manualExpired = false; // Expired, looked at once more because the operator asked
    };
    using Step = std::function<void()>;

    QDateTime now() const;
    void remember(const JournalEntry &entry, bool manual);
    void forget(qint64 id);
    // When quick lookup number `done` of a link created at `created` is due; null after the last.
    QDateTime quickDue(const QDateTime &created, int done) const;
    bool reloadOpen();
    void schedule();
    void startWalk();
    void startQuick(const QList<qint64> &due);
    void walkPage(QDate from, QDate to, const QString &cursor, int page);
    void onWalkPage(QDate from, QDate to, int page, const GatewayOutcome &outcome);
    void finishWalk(bool listRead);
    // The steps of the poll in flight run one after another (each calls nextStep() once, when its
    // answer came); endPoll() when none is left.
    void nextStep();
    void statusStep(qint64 id);
    void listPageStep(QDate from, QDate to);
    void cardStep(qint64 id, const QString &transactionId, QDate from, QDate to,
                  const QString &cursor, int page);
    void endPoll();
    // The days a walk must read for these links: from the oldest one's day (UTC and local, a day
    // earlier near midnight) to today.
    std::pair<QDate, QDate> daysFor(const QList<qint64> &ids) const;
    // A transaction of the list: settles or updates the open link it belongs to. Returns the
    // link's entry id (0 when it is none of the open ones).
    qint64 apply(const TransactionInfo &transaction);
    bool settle(qint64 id, EntryOutcome outcome, const TransactionInfo &transaction,
                const QString &message);
    void expire(qint64 id);
    // The entry, edited inside a write transaction while it is still open (or Expired, when the
    // operator asked); false when it was settled meanwhile (another seat) or the write failed.
    bool write(qint64 id, const std::function<void(JournalEntry &)> &change,
               JournalEntry *written = nullptr);

    Journal *m_journal;
    GatewayClient *m_client;
    ReconcilerPolicy m_policy;
    const Clock *m_clock;
    QHash<qint64, Open> m_open;
    QHash<QString, qint64> m_byTransaction;
    QHash<QString, qint64> m_byOrder;
    QSet<qint64> m_manual; // checkNow(): looked at in the next walk even when Expired
    QSet<qint64> m_seen; // the walk in flight found these in the list
    QList<qint64> m_targets; // what the walk in flight looks for
    QList<Step> m_steps;
    QDateTime m_walkStartedAt;
    QDateTime m_nextWalk;
    int m_walkFailures = 0;
    bool m_walkWanted = false;
    bool m_busy = false;
    bool m_running = false;
    bool m_wasIdle = true;
    QTimer m_timer;
};

} // namespace pavt
