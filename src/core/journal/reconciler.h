// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/gateway/gatewayclient.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace pavt {

class Journal;

// How patiently the reconciler looks things up. Tests use milliseconds.
struct ReconcilerPolicy
{
    // Wait before the first lookup of an entry; each lookup that does not settle it multiplies the
    // wait by `factor`, up to maxDelay: 2 s, 4 s, 8 s ... 5 min by default.
    std::chrono::milliseconds firstDelay { 2000 };
    double factor = 2.0;
    std::chrono::milliseconds maxDelay { std::chrono::minutes(5) };
    // Counted from the entry's creation: an entry still unsettled after this becomes Unresolved,
    // for a person to look up at the gateway.
    std::chrono::milliseconds giveUpAfter { std::chrono::hours(24) };
    // How often the journal is read again for work written by other processes or seats (and for
    // pending entries they abandoned).
    std::chrono::milliseconds rescanInterval { std::chrono::minutes(1) };
    // Pages of the gateway's transaction list read in one lookup by order id.
    int maxListPages = 100;
    // The list is searched over the entry's day (UTC and local); within this much of midnight the
    // day before or after is searched too.
    std::chrono::minutes midnightMargin { 120 };

    // The wait before lookup number `lookupsDone + 1`.
    std::chrono::milliseconds delayAfter(int lookupsDone) const;
};

// What a status answer says of the refund on its way for `entry` (refundPendingMinor, after
// refundedMinor): Done, NotDone, or Unclear for a partial refund when the gateway does not say
// how much it has refunded (refund.refunded_amount; the contract's refund.status is a yes or no
// for the whole charge). A refund of the whole remainder is done when the gateway shows the
// charge refunded.
enum class RefundSeen { Done, NotDone, Unclear };
RefundSeen refundSeenAtGateway(const JournalEntry &entry, const TransactionInfo &t,
                               AmountUnit unit);

// Settles journal entries whose outcome is not known: Unknown (timeout, dropped connection, the
// program died while a charge was in flight), ServerError (a 5xx on a charge may have been
// processed), NeedsThreeDS (waiting for the cardholder), and refunds whose answer was lost.
//
// An entry with a transaction id is looked up with the status call; one without is looked for by
// its order id in the gateway's transaction list of its day, page by page. Lookups back off
// (ReconcilerPolicy) until a final answer or the give-up time; every lookup and every change is
// written to the journal (lookups, nextLookupAt survive a restart). A charge is NEVER sent again.
// Only entries of the client's environment (test/live) are handled. Single-threaded: lives in the
// journal's thread; one lookup is in flight at a time.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    Reconciler(Journal *journal, GatewayClient *client, ReconcilerPolicy policy = {},
               const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~Reconciler() override;

    const ReconcilerPolicy &policy() const { return m_policy; }

    // Turns abandoned pending entries into Unknown, reads the journal for work and keeps going
    // (timers) until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Takes up one entry (after a charge ended unknown, with a server error or needing 3-D Secure,
    // or a refund's answer was lost): first lookup after the policy's delay.
    void watch(qint64 entryId);
    // Looks the entry up as soon as possible, Unresolved ones too (the operator's "Check now").
    void checkNow(qint64 entryId);

    // Entries waiting for a lookup (not counting the one in flight).
    int queued() const { return int(m_due.size()); }
    bool isBusy() const { return m_current != 0; }
    bool isIdle() const { return m_current == 0 && m_due.isEmpty(); }
    // When the entry's next lookup is due (null if it is not queued).
    QDateTime dueAt(qint64 entryId) const { return m_due.value(entryId); }

signals:
    // Every write the reconciler made to an entry (a lookup counted, an outcome found, given up).
    void entryUpdated(const pavt::JournalEntry &entry);
    // The entry left the queue: a final outcome, a refund settled, or Unresolved.
    void entryResolved(const pavt::JournalEntry &entry);
    // A journal write failed (the lookup is tried again later).
    void errorOccurred(const pavt::Error &error);
    // Nothing in flight and nothing queued.
    void idle();

private:
    enum class Work { None, Charge, Refund };
    Work workFor(const JournalEntry &entry, bool manual) const;
    void rescan();
    void schedule();
    void runDue();
    void lookUp(qint64 id);
    void lookUpList(qint64 id, const JournalEntry &entry, QDate from, QDate to, QString cursor,
                    int page);
    void onStatus(qint64 id, Work work, const GatewayOutcome &outcome);
    void onListPage(qint64 id, const JournalEntry &entry, QDate from, QDate to, int page,
                    const GatewayOutcome &outcome);
    // The lookup did not settle the entry: count it, back off, or give up.
    void notYet(qint64 id, Work work, const QString &why);
    // Records a settled charge.
    void settleCharge(qint64 id, EntryOutcome outcome, const TransactionInfo &transaction,
                      const QString &message);
    void settleRefund(qint64 id, bool refunded, const QString &message, const QDateTime &when);
    void finishLookup();
    QDateTime now() const;

    Journal *m_journal;
    GatewayClient *m_client;
    ReconcilerPolicy m_policy;
    const Clock *m_clock;
    QHash<qint64, QDateTime> m_due; // entry -> next lookup
    QHash<qint64, bool> m_manual; // checkNow() entries (looked up even when Unresolved)
    qint64 m_current = 0; // entry whose lookup is in flight
    bool m_running = false;
    bool m_wasIdle = true;
    QTimer m_timer;
    QTimer m_rescan;
};

} // namespace pavt
