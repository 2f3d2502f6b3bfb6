// SPDX-License-Identifier: MIT
#include "core/journal/reconciler.h"

#include "core/journal/journal.h"
#include "core/payment/currency.h"
#include "core/payment/wirejson.h"

#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcReconciler, "pavt.reconciler", QtInfoMsg)

namespace pavt {

std::chrono::milliseconds ReconcilerPolicy::delayAfter(int lookupsDone) const
{
    const double first = double(firstDelay.count());
    const double cap = double(std::max(maxDelay, firstDelay).count());
    const double ms = first * std::pow(std::max(1.0, factor), std::clamp(lookupsDone, 0, 60));
    return std::chrono::milliseconds(qint64(std::min(ms, cap)));
}

RefundSeen refundSeenAtGateway(const JournalEntry &entry, const TransactionInfo &t, AmountUnit unit)
{
    const qint64 wanted = entry.refundedMinor + entry.refundPendingMinor;
    if (!t.refundedAmount.trimmed().isEmpty()) {
        const Currency *currency = Currencies::find(entry.currency);
        const int places = currency && currency->isPayable() ? currency->minorUnits : 2;
        if (auto refunded = parseWireAmount(t.refundedAmount, places, unit))
            return *refunded >= wanted ? RefundSeen::Done : RefundSeen::NotDone;
    }
    if (t.refunded)
        return RefundSeen::Done; // the whole charge
    // Not refunded in full: a refund of the whole remainder has not been made; a part may have.
    return wanted >= entry.amountMinor ? RefundSeen::NotDone : RefundSeen::Unclear;
}

Reconciler::Reconciler(Journal *journal, GatewayClient *client, ReconcilerPolicy policy,
                       const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client), m_policy(policy), m_clock(&clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Reconciler::runDue);
    connect(&m_rescan, &QTimer::timeout, this, &Reconciler::rescan);
}

Reconciler::~Reconciler() = default;

QDateTime Reconciler::now() const
{
    return m_clock->now().toUTC();
}

void Reconciler::start()
{
    m_running = true;
    if (auto recovered = m_journal->recoverAbandoned(); !recovered)
        emit errorOccurred(recovered.error());
    rescan();
    m_rescan.start(int(std::clamp<qint64>(m_policy.rescanInterval.count(), 10, 24 * 3600 * 1000)));
}

void Reconciler::stop()
{
    m_running = false;
    m_rescan.stop();
    m_timer.stop();
    m_due.clear();
    m_manual.clear();
}

Reconciler::Work Reconciler::workFor(const JournalEntry &e, bool manual) const
{
    if (e.environment != environmentId(m_client->environment()))
        return Work::None;
    if (e.refundState == RefundState::Requested && !e.transactionId.isEmpty())
        return Work::Refund;
    if (isLink(e.kind))
        return Work::None; // a payment by link is followed by the LinkFollower
    if (needsReconciliation(e.outcome))
        return Work::Charge;
    if (manual && e.outcome == EntryOutcome::Unresolved)
        return Work::Charge;
    return Work::None;
}

void Reconciler::rescan()
{
    if (m_running) {
        // Pending entries of processes that died since (on this machine or another seat).
        if (auto recovered = m_journal->recoverAbandoned(); !recovered)
            emit errorOccurred(recovered.error());
    }
    auto entries = m_journal->entriesToReconcile(environmentId(m_client->environment()));
    if (!entries) {
        emit errorOccurred(entries.error());
        return;
    }
    for (const JournalEntry &e : std::as_const(*entries)) {
        if (e.id == m_current || m_due.contains(e.id) || workFor(e, false) == Work::None)
            continue;
        const QDateTime due = e.nextLookupAt.isValid()
            ? e.nextLookupAt
            : e.updatedAt.addMSecs(m_policy.delayAfter(e.lookups).count());
        m_due.insert(e.id, due);
    }
    schedule();
}

void Reconciler::watch(qint64 entryId)
{
    if (entryId == m_current || m_due.contains(entryId))
        return;
    auto e = m_journal->entry(entryId);
    if (!e || !*e || workFor(**e, false) == Work::None)
        return;
    const QDateTime due = (*e)->nextLookupAt.isValid()
        ? (*e)->nextLookupAt
        : now().addMSecs(m_policy.delayAfter((*e)->lookups).count());
    m_due.insert(entryId, due);
    schedule();
}

void Reconciler::checkNow(qint64 entryId)
{
    m_manual.insert(entryId, true);
    if (entryId == m_current)
        return;
    m_due.insert(entryId, now());
    schedule();
}

void Reconciler::schedule()
{
    if (m_current != 0)
        return;
    if (m_due.isEmpty()) {
        m_timer.stop();
        if (!m_wasIdle) {
            m_wasIdle = true;
            emit idle();
        }
        return;
    }
    m_wasIdle = false;
    QDateTime earliest;
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it)
        if (!earliest.isValid() || it.value() < earliest)
            earliest = it.value();
    const qint64 wait = std::clamp<qint64>(now().msecsTo(earliest), 0, 24 * 3600 * 1000);
    m_timer.start(int(wait));
}

void Reconciler::runDue()
{
    if (m_current != 0)
        return;
    const QDateTime at = now();
    qint64 pick = 0;
    QDateTime pickDue;
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it) {
        if (it.value() <= at && (!pickDue.isValid() || it.value() < pickDue)) {
            pick = it.key();
            pickDue = it.value();
        }
    }
    if (pick == 0) {
        schedule();
        return;
    }
    m_due.remove(pick);
    lookUp(pick);
}

void Reconciler::finishLookup()
{
    m_current = 0;
    schedule();
}

void Reconciler::lookUp(qint64 id)
{
    m_current = id;
    const bool manual = m_manual.take(id);
    auto found = m_journal->entry(id);
    if (!found) {
        emit errorOccurred(found.error());
        m_due.insert(id, now().addMSecs(m_policy.delayAfter(0).count()));
        return finishLookup();
    }
    if (!*found)
        return finishLookup();
    const JournalEntry entry = **found;
    const Work work = workFor(entry, manual);
    if (work == Work::None)
        return finishLookup();
    qCDebug(lcReconciler) << "looking up entry" << id << entryOutcomeId(entry.outcome) << "order"
                          << entry.orderId;
    if (!entry.transactionId.isEmpty()) {
        m_client->status(
            entry.transactionId, this,
            [this, id, work](const GatewayOutcome &outcome) { onStatus(id, work, outcome); });
        return;
    }
    // No transaction id: find the order id in the list of the entry's day.
    const QDateTime created = entry.createdAt.toUTC();
    const QDate utcDay = created.date();
    const QDate localDay = entry.createdAt.toLocalTime().date();
    QDate from = std::min(utcDay, localDay);
    QDate to = std::max(utcDay, localDay);
    const int margin = int(m_policy.midnightMargin.count()) * 60;
    if (created.time().msecsSinceStartOfDay() / 1000 < margin)
        from = from.addDays(-1);
    if (created.time().secsTo(QTime(23, 59, 59)) < margin)
        to = to.addDays(1);
    lookUpList(id, entry, from, to, QString(), 1);
}

void Reconciler::lookUpList(qint64 id, const JournalEntry &entry, QDate from, QDate to,
                            QString cursor, int page)
{
    m_client->transactions(from, to, cursor, true, this,
                           [this, id, entry, from, to, page](const GatewayOutcome &o) {
                               onListPage(id, entry, from, to, page, o);
                           });
}

void Reconciler::onListPage(qint64 id, const JournalEntry &entry, QDate from, QDate to, int page,
                            const GatewayOutcome &outcome)
{
    if (outcome.kind != OutcomeKind::Listed) {
        return notYet(
            id, Work::Charge,
            tr("The gateway's transaction list could not be read: %1").arg(outcome.message));
    }
    for (const TransactionInfo &t : outcome.transactions) {
        if (t.orderId != entry.orderId)
            continue;
        const QString status = t.status.toUpper();
        const QString found
            = tr("Found by its order id in the gateway's transaction list (%1).").arg(status);
        if (status == u"SUCCESS")
            return settleCharge(id, EntryOutcome::Approved, t, found);
        if (status == u"FAILED" || status == u"DECLINED")
            return settleCharge(id, EntryOutcome::Declined, t, found);
        if (status == u"PENDING" || status == u"REDIRECT") {
            // Waiting for 3-D Secure: keep the transaction id; the status call follows it from now
            // on.
            const QString txid = t.transactionId;
            auto updated = m_journal->update(id, [&](JournalEntry &e) -> std::optional<Error> {
                if (!needsReconciliation(e.outcome) && e.outcome != EntryOutcome::Unresolved)
                    return Error { QStringLiteral("settled"), QString() };
                e.transactionId = txid;
                e.outcome = EntryOutcome::NeedsThreeDS;
                e.message = found;
                return std::nullopt;
            });
            if (updated)
                emit entryUpdated(*updated);
            return notYet(id, Work::Charge, found);
        }
        return notYet(id, Work::Charge, found);
    }
    if (outcome.page.hasNextPage && !outcome.page.nextCursor.isEmpty()
        && page < m_policy.maxListPages) {
        lookUpList(id, entry, from, to, outcome.page.nextCursor, page + 1);
        return;
    }
    notYet(id, Work::Charge,
           tr("Order %1 is not in the gateway's transaction list for %2 to %3.")
               .arg(entry.orderId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

void Reconciler::onStatus(qint64 id, Work work, const GatewayOutcome &outcome)
{
    const TransactionInfo &t = outcome.transaction;
    if (work == Work::Refund) {
        if (outcome.kind == OutcomeKind::Approved || outcome.kind == OutcomeKind::Declined) {
            auto entry = m_journal->entry(id);
            if (!entry || !*entry)
                return notYet(id, work, tr("The journal's entry could not be read."));
            switch (refundSeenAtGateway(**entry, t, m_client->config().wire.amountUnit)) {
            case RefundSeen::Done:
                return settleRefund(id, true, tr("The gateway shows the refund."), now());
            case RefundSeen::NotDone:
                return settleRefund(
                    id, false,
                    tr("The gateway shows no refund for this transaction; the request may not "
                       "have arrived. It can be sent again."),
                    now());
            case RefundSeen::Unclear:
                return notYet(id, work,
                              tr("The gateway does not say whether this partial refund was made; "
                                 "check it at the gateway before refunding again."));
            }
        }
        return notYet(id, work, tr("The status could not be read: %1").arg(outcome.message));
    }
    const QString said = outcome.message.isEmpty() ? t.status : outcome.message;
    switch (outcome.kind) {
    case OutcomeKind::Approved:
        return settleCharge(id, EntryOutcome::Approved, t,
                            tr("Looked up at the gateway: %1").arg(said));
    case OutcomeKind::Declined:
        return settleCharge(id, EntryOutcome::Declined, t,
                            tr("Looked up at the gateway: %1").arg(said));
    case OutcomeKind::Pending:
        return notYet(id, work, tr("3-D Secure is not completed yet."));
    case OutcomeKind::Rejected:
    case OutcomeKind::ServerError:
    case OutcomeKind::NotSent:
    case OutcomeKind::Unknown:
    case OutcomeKind::NeedsThreeDS:
    case OutcomeKind::Listed:
    case OutcomeKind::AwaitingPayment: // not an answer to a status call
        return notYet(id, work, tr("The status could not be read: %1").arg(outcome.message));
    }
}

void Reconciler::settleCharge(qint64 id, EntryOutcome outcome, const TransactionInfo &t,
                              const QString &message)
{
    const QDateTime at = now();
    auto updated = m_journal->update(id, [&](JournalEntry &e) -> std::optional<Error> {
        if (!needsReconciliation(e.outcome) && e.outcome != EntryOutcome::Unresolved)
            return Error { QStringLiteral("settled"),
                           QString() }; // another seat or process was quicker
        e.outcome = outcome;
        e.message = message;
        if (!t.transactionId.isEmpty())
            e.transactionId = t.transactionId;
        if (t.refunded && outcome == EntryOutcome::Approved
            && e.refundState != RefundState::Refunded) {
            e.markRefundedInFull(at);
            e.refundMessage = tr("The gateway shows this charge as refunded.");
        }
        e.lookups += 1;
        e.nextLookupAt = {};
        return std::nullopt;
    });
    if (!updated) {
        if (updated.error().code != u"settled") {
            emit errorOccurred(updated.error());
            m_due.insert(id, now().addMSecs(m_policy.delayAfter(0).count()));
        }
        return finishLookup();
    }
    qCInfo(lcReconciler).noquote()
        << "entry" << id << "order" << updated->orderId << "->" << entryOutcomeId(outcome);
    emit entryUpdated(*updated);
    emit entryResolved(*updated);
    finishLookup();
}

void Reconciler::settleRefund(qint64 id, bool refunded, const QString &message,
                              const QDateTime &when)
{
    auto updated = m_journal->update(id, [&](JournalEntry &e) -> std::optional<Error> {
        if (e.refundState != RefundState::Requested)
            return Error { QStringLiteral("settled"), QString() };
        e.settleRefund(refunded, when);
        e.refundMessage = message;
        e.lookups += 1;
        e.nextLookupAt = {};
        return std::nullopt;
    });
    if (!updated) {
        if (updated.error().code != u"settled")
            emit errorOccurred(updated.error());
        return finishLookup();
    }
    emit entryUpdated(*updated);
    emit entryResolved(*updated);
    finishLookup();
}

void Reconciler::notYet(qint64 id, Work work, const QString &why)
{
    const QDateTime at = now();
    bool gaveUp = false;
    auto updated = m_journal->update(id, [&](JournalEntry &e) -> std::optional<Error> {
        const bool open = work == Work::Refund
            ? e.refundState == RefundState::Requested
            : (needsReconciliation(e.outcome) || e.outcome == EntryOutcome::Unresolved);
        if (!open)
            return Error { QStringLiteral("settled"), QString() };
        e.lookups += 1;
        const bool expired = e.createdAt.msecsTo(at) >= m_policy.giveUpAfter.count();
        if (work == Work::Charge && (expired || e.outcome == EntryOutcome::Unresolved)) {
            gaveUp = true;
            e.outcome = EntryOutcome::Unresolved;
            e.message = tr("Not settled after %n lookup(s); check this charge at the gateway by "
                           "hand. Last: %1",
                           nullptr, e.lookups)
                            .arg(why);
            e.nextLookupAt = {};
        } else if (work == Work::Refund && expired) {
            gaveUp = true;
            e.refundMessage
                = tr("The refund's outcome is still not known; check it at the gateway. Last: %1")
                      .arg(why);
            e.settleRefund(false, at);
            e.nextLookupAt = {};
        } else {
            e.nextLookupAt = at.addMSecs(m_policy.delayAfter(e.lookups).count());
        }
        return std::nullopt;
    });
    if (!updated) {
        if (updated.error().code != u"settled") {
            emit errorOccurred(updated.error());
            m_due.insert(id, at.addMSecs(m_policy.delayAfter(0).count()));
        }
        return finishLookup();
    }
    emit entryUpdated(*updated);
    if (gaveUp) {
        qCWarning(lcReconciler).noquote()
            << "entry" << id << "order" << updated->orderId << "unresolved:" << why;
        emit entryResolved(*updated);
    } else {
        m_due.insert(id, updated->nextLookupAt);
    }
    finishLookup();
}

} // namespace pavt
