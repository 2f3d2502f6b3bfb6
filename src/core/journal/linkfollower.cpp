// SPDX-License-Identifier: MIT
#include "core/journal/linkfollower.h"

#include "core/journal/journal.h"
#include "core/journal/linkentry.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLinks, "pavt.links", QtInfoMsg)

namespace pavt {

namespace {

// The amount of a template link made with the template's own amount, from the list's string
// ("4550", or "45.50" when the gateway takes major units).
void fillTemplateAmount(JournalEntry &e, const TransactionInfo &t, AmountUnit unit)
{
    if (e.kind != EntryKind::TemplateLink || e.amountMinor != 0 || !e.currency.isEmpty())
        return;
    const Currency *currency = Currencies::find(t.currency.trimmed());
    if (!currency || !currency->isPayable())
        return;
    qint64 minor = 0;
    if (unit == AmountUnit::Minor) {
        bool ok = false;
        minor = t.amount.trimmed().toLongLong(&ok);
        if (!ok)
            return;
    } else {
        auto parsed = parseAmount(t.amount.trimmed(), *currency);
        if (!parsed)
            return;
        minor = *parsed;
    }
    if (minor <= 0)
        return;
    e.amountMinor = minor;
    e.currency = currency->code;
}

} // namespace

LinkFollower::LinkFollower(Journal *journal, GatewayClient *client, ReconcilerPolicy policy,
                           const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client), m_policy(policy), m_clock(&clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LinkFollower::runDue);
}

LinkFollower::~LinkFollower() = default;

QDateTime LinkFollower::now() const
{
    return m_clock->now().toUTC();
}

void LinkFollower::start()
{
    m_running = true;
    m_walkWanted = true; // a link paid while the terminal was closed is found now
    runDue();
}

void LinkFollower::stop()
{
    m_running = false;
    m_timer.stop();
}

QDateTime LinkFollower::quickDue(const QDateTime &created, int done) const
{
    qint64 at = 0;
    for (int i = 0; i <= done; ++i) {
        const auto wait = m_policy.delayAfter(i);
        // From here on the walks every maxDelay follow it. A policy whose waits do not grow (no
        // first delay: pavt-cli reconcile) has no quick lookups at all.
        if (wait >= m_policy.maxDelay || wait.count() <= 0 || i >= 64)
            return {};
        at += wait.count();
    }
    return created.addMSecs(at);
}

void LinkFollower::remember(const JournalEntry &e, bool manual)
{
    Open o;
    if (const auto it = m_open.constFind(e.id); it != m_open.constEnd())
        o = *it;
    else {
        // Quick lookups whose time has passed (a link of an earlier run or of another seat) are
        // not made up for: the walk covers it.
        const QDateTime at = now();
        while (true) {
            const QDateTime due = quickDue(e.createdAt, o.quickDone);
            if (!due.isValid() || due > at)
                break;
            ++o.quickDone;
        }
    }
    o.id = e.id;
    o.kind = e.kind;
    o.outcome = e.outcome;
    o.orderId = e.orderId;
    o.transactionId = e.transactionId;
    o.createdAt = e.createdAt;
    o.expiresAt = e.expiresAt;
    o.manualExpired = manual && e.outcome == EntryOutcome::Expired;
    m_open.insert(e.id, o);
    if (!o.transactionId.isEmpty())
        m_byTransaction.insert(o.transactionId, e.id);
    m_byOrder.insert(o.orderId, e.id);
}

void LinkFollower::forget(qint64 id)
{
    const auto it = m_open.find(id);
    if (it == m_open.end())
        return;
    m_byTransaction.remove(it->transactionId);
    m_byOrder.remove(it->orderId);
    m_open.erase(it);
}

void LinkFollower::watch(qint64 entryId)
{
    auto e = m_journal->entry(entryId);
    if (!e || !*e)
        return;
    const JournalEntry &entry = **e;
    if (!isLink(entry.kind) || !isOpenLink(entry.outcome)
        || entry.environment != environmentId(m_client->environment()))
        return;
    remember(entry, false);
    if (m_nextWalk.isNull())
        m_nextWalk = now().addMSecs(m_policy.maxDelay.count());
    if (!m_busy)
        schedule();
}

void LinkFollower::checkNow(qint64 entryId)
{
    m_manual.insert(entryId);
    pollNow();
}

void LinkFollower::pollNow()
{
    m_walkWanted = true;
    runDue();
}

void LinkFollower::runDue()
{
    if (m_busy)
        return; // endPoll() looks again
    const QDateTime at = now();
    if (m_walkWanted || (m_nextWalk.isValid() && m_nextWalk <= at && !m_open.isEmpty())) {
        startWalk();
        return;
    }
    // Quick lookups due now (or within a quarter of a second: one poll for links made together).
    QList<std::pair<QDateTime, qint64>> due;
    for (const Open &o : std::as_const(m_open)) {
        const QDateTime when = quickDue(o.createdAt, o.quickDone);
        if (when.isValid() && when <= at.addMSecs(250))
            due.append({ when, o.id });
    }
    if (due.isEmpty()) {
        schedule();
        return;
    }
    std::sort(due.begin(), due.end());
    QList<qint64> ids;
    for (const auto &d : std::as_const(due))
        ids << d.second;
    startQuick(ids);
}

void LinkFollower::schedule()
{
    m_timer.stop();
    if (!m_running || m_busy)
        return;
    QDateTime earliest;
    if (m_walkWanted)
        earliest = now();
    if (!m_open.isEmpty() && m_nextWalk.isValid())
        earliest = earliest.isValid() ? std::min(earliest, m_nextWalk) : m_nextWalk;
    for (const Open &o : std::as_const(m_open)) {
        const QDateTime when = quickDue(o.createdAt, o.quickDone);
        if (when.isValid() && (!earliest.isValid() || when < earliest))
            earliest = when;
    }
    if (!earliest.isValid())
        return;
    const qint64 wait = std::clamp<qint64>(now().msecsTo(earliest), 0, 24 * 3600 * 1000);
    m_timer.start(int(wait));
}

bool LinkFollower::reloadOpen()
{
    const JournalQuery query = openLinksQuery(environmentId(m_client->environment()));
    QList<JournalEntry> open;
    auto read = m_journal->database().forEach(query, 500, nullptr,
                                              [&open](const QList<JournalEntry> &page) {
                                                  open += page;
                                                  return true;
                                              });
    if (!read) {
        emit errorOccurred(read.error());
        return false;
    }
    // Links the operator asked about that are no longer open (Expired): looked at once more.
    for (qint64 id : std::as_const(m_manual)) {
        auto e = m_journal->entry(id);
        if (e && *e && isLink((*e)->kind) && (*e)->outcome == EntryOutcome::Expired
            && (*e)->environment == query.environment)
            open.append(**e);
    }
    const QHash<qint64, Open> before = m_open;
    m_open.clear();
    m_byTransaction.clear();
    m_byOrder.clear();
    for (const JournalEntry &e : std::as_const(open)) {
        if (const auto it = before.constFind(e.id); it != before.constEnd())
            m_open.insert(e.id, *it); // keeps its quick lookups and last status call
        remember(e, m_manual.contains(e.id));
    }
    return true;
}

std::pair<QDate, QDate> LinkFollower::daysFor(const QList<qint64> &ids) const
{
    const qint64 margin = qint64(m_policy.midnightMargin.count()) * 60 * 1000;
    QDate from;
    for (qint64 id : ids) {
        const auto it = m_open.constFind(id);
        if (it == m_open.constEnd())
            continue;
        // Its transaction is dated at its creation (hosted card, APM) or when it was paid
        // (template link), in the gateway's time zone: the creation's day, UTC or local, and the
        // day before near midnight.
        for (const QDateTime &t : { it->createdAt.toUTC(), it->createdAt.toLocalTime() }) {
            QDate day = t.date();
            if (t.time().msecsSinceStartOfDay() < margin)
                day = day.addDays(-1);
            if (!from.isValid() || day < from)
                from = day;
        }
    }
    const QDateTime at = now();
    QDate to = std::max(at.toUTC().date(), at.toLocalTime().date());
    for (const QDateTime &t : { at.toUTC(), at.toLocalTime() })
        if (qint64(t.time().msecsTo(QTime(23, 59, 59, 999))) < margin)
            to = std::max(to, t.date().addDays(1));
    if (!from.isValid() || from > to)
        from = to;
    return { from, to };
}

void LinkFollower::startWalk()
{
    m_busy = true;
    m_walkWanted = false;
    m_walkStartedAt = now();
    m_seen.clear();
    if (!reloadOpen()) {
        ++m_walkFailures;
        m_nextWalk = now().addMSecs(
            std::min(m_policy.delayAfter(m_walkFailures - 1), m_policy.maxDelay).count());
        endPoll();
        return;
    }
    m_targets = m_open.keys();
    if (m_targets.isEmpty()) {
        m_nextWalk = {};
        m_manual.clear();
        endPoll();
        return;
    }
    const auto [from, to] = daysFor(m_targets);
    qCDebug(lcLinks) << "walking the list" << from << to << "for" << m_targets.size() << "links";
    walkPage(from, to, QString(), 1);
}

void LinkFollower::walkPage(QDate from, QDate to, const QString &cursor, int page)
{
    m_client->transactions(from, to, cursor, true, this,
                           [this, from, to, page](const GatewayOutcome &outcome) {
                               onWalkPage(from, to, page, outcome);
                           });
}

void LinkFollower::onWalkPage(QDate from, QDate to, int page, const GatewayOutcome &outcome)
{
    if (outcome.kind != OutcomeKind::Listed) {
        emit errorOccurred(Error {
            QStringLiteral("link_list"),
            tr("The gateway's transaction list could not be read, so the open payment links were "
               "not checked: %1")
                .arg(outcome.message) });
        finishWalk(false);
        return;
    }
    for (const TransactionInfo &t : outcome.transactions)
        if (const qint64 id = apply(t))
            m_seen.insert(id);
    const bool allSeen = std::all_of(m_targets.cbegin(), m_targets.cend(),
                                     [this](qint64 id) { return m_seen.contains(id); });
    if (!allSeen && outcome.page.hasNextPage && !outcome.page.nextCursor.isEmpty()
        && page < m_policy.maxListPages) {
        walkPage(from, to, outcome.page.nextCursor, page + 1);
        return;
    }
    if (!allSeen && outcome.page.hasNextPage)
        qCWarning(lcLinks) << "the walk stopped after" << page << "pages of the list";
    finishWalk(true);
}

void LinkFollower::finishWalk(bool listRead)
{
    if (!listRead) {
        ++m_walkFailures;
        m_nextWalk = now().addMSecs(
            std::min(m_policy.delayAfter(m_walkFailures - 1), m_policy.maxDelay).count());
        // Expired links the operator asked about stay as they were.
        for (qint64 id : std::as_const(m_targets))
            if (m_open.value(id).manualExpired)
                forget(id);
        m_manual.clear();
        endPoll();
        return;
    }
    m_walkFailures = 0;
    m_nextWalk = m_walkStartedAt.addMSecs(m_policy.maxDelay.count());
    // Hosted card and APM links the walk did not reach: the status call, the least recently asked
    // first, a few a walk.
    QList<const Open *> unseen;
    for (qint64 id : std::as_const(m_targets)) {
        const auto it = m_open.constFind(id);
        if (it != m_open.constEnd() && !m_seen.contains(id) && !it->transactionId.isEmpty()
            && it->kind != EntryKind::TemplateLink)
            unseen << &*it;
    }
    std::sort(unseen.begin(), unseen.end(), [](const Open *a, const Open *b) {
        return a->lastStatusAt != b->lastStatusAt ? a->lastStatusAt < b->lastStatusAt
                                                  : a->id < b->id;
    });
    for (qsizetype i = 0; i < unseen.size() && i < StatusBudget; ++i) {
        const qint64 id = unseen.at(i)->id;
        m_steps << [this, id] { statusStep(id); };
    }
    const QList<qint64> targets = m_targets;
    const QDateTime started = m_walkStartedAt;
    m_steps << [this, targets, started] {
        for (qint64 id : targets) {
            const auto it = m_open.constFind(id);
            if (it == m_open.constEnd())
                continue;
            if (it->manualExpired)
                forget(id); // looked at again, not found paid: stays Expired
            else if (it->expiresAt.isValid() && it->expiresAt <= started)
                expire(id);
        }
        m_manual.clear();
        nextStep();
    };
    nextStep();
}

void LinkFollower::startQuick(const QList<qint64> &due)
{
    m_busy = true;
    QList<qint64> byList;
    int statusCalls = 0;
    for (qint64 id : due) {
        Open &o = m_open[id];
        const bool byStatus = o.kind != EntryKind::TemplateLink && !o.transactionId.isEmpty();
        if (byStatus) {
            if (statusCalls == StatusBudget)
                continue; // due still: the next poll, right after this one
            ++statusCalls;
            m_steps << [this, id] { statusStep(id); };
        } else {
            byList << id;
        }
        ++o.quickDone;
    }
    if (!byList.isEmpty()) {
        const auto [from, to] = daysFor(byList);
        m_steps << [this, from, to] { listPageStep(from, to); };
    }
    nextStep();
}

void LinkFollower::nextStep()
{
    if (m_steps.isEmpty()) {
        endPoll();
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void LinkFollower::endPoll()
{
    m_busy = false;
    emit pollFinished();
    if (m_open.isEmpty()) {
        m_nextWalk = {};
        if (!m_walkWanted)
            emit idle();
    }
    if (m_walkWanted && !m_running) {
        runDue(); // asked for while this poll was running (pavt-cli, tests)
        return;
    }
    schedule();
}

void LinkFollower::statusStep(qint64 id)
{
    const auto it = m_open.find(id);
    if (it == m_open.end())
        return nextStep();
    it->lastStatusAt = now();
    const auto days = daysFor({ id });
    m_client->status(it->transactionId, this, [this, id, days](const GatewayOutcome &outcome) {
        const QString said
            = outcome.message.isEmpty() ? outcome.transaction.status : outcome.message;
        const QString txid = m_open.value(id).transactionId;
        if (outcome.kind == OutcomeKind::Approved) {
            if (settle(id, EntryOutcome::Approved, outcome.transaction,
                       tr("The cardholder paid on the gateway's page (status "
                          "call: %1).")
                           .arg(said)))
                // The status call has no card: it is in the list.
                m_steps.prepend([this, id, txid, days] {
                    cardStep(id, txid, days.first, days.second, QString(), 1);
                });
        } else if (outcome.kind == OutcomeKind::Declined) {
            if (settle(id, EntryOutcome::Declined, outcome.transaction,
                       tr("The payment on the gateway's page failed: %1").arg(said)))
                m_steps.prepend([this, id, txid, days] {
                    cardStep(id, txid, days.first, days.second, QString(), 1);
                });
        }
        nextStep();
    });
}

void LinkFollower::listPageStep(QDate from, QDate to)
{
    m_client->transactions(from, to, QString(), true, this, [this](const GatewayOutcome &outcome) {
        if (outcome.kind == OutcomeKind::Listed) {
            for (const TransactionInfo &t : outcome.transactions)
                apply(t);
        }
        nextStep(); // a failure: the next poll or walk reads it again
    });
}

void LinkFollower::cardStep(qint64 id, const QString &transactionId, QDate from, QDate to,
                            const QString &cursor, int page)
{
    m_client->transactions(
        from, to, cursor, true, this,
        [this, id, transactionId, from, to, page](const GatewayOutcome &outcome) {
            if (outcome.kind != OutcomeKind::Listed)
                return nextStep();
            for (const TransactionInfo &t : outcome.transactions) {
                if (t.transactionId != transactionId)
                    continue;
                const AmountUnit unit = m_client->config().wire.amountUnit;
                auto updated = m_journal->update(id, [&](JournalEntry &e) -> std::optional<Error> {
                    if (!e.cardLastFour.isEmpty() && !e.currency.isEmpty())
                        return Error { QStringLiteral("settled"), QString() };
                    applyReportedCard(e, t.maskedCard, t.cardType);
                    fillTemplateAmount(e, t, unit);
                    return std::nullopt;
                });
                if (updated)
                    emit entryUpdated(*updated);
                return nextStep();
            }
            if (outcome.page.hasNextPage && !outcome.page.nextCursor.isEmpty()
                && page < m_policy.maxListPages)
                return cardStep(id, transactionId, from, to, outcome.page.nextCursor, page + 1);
            nextStep();
        });
}

qint64 LinkFollower::apply(const TransactionInfo &t)
{
    qint64 id = t.transactionId.isEmpty() ? 0 : m_byTransaction.value(t.transactionId);
    if (id == 0 && !t.orderId.isEmpty())
        id = m_byOrder.value(t.orderId);
    const auto it = m_open.constFind(id);
    if (it == m_open.constEnd())
        return 0;
    const Open o = *it;
    const QString status = t.status.trimmed().toUpper();
    if (status == u"SUCCESS") {
        settle(id, EntryOutcome::Approved, t,
               tr("The cardholder paid on the gateway's page (found in the transaction list)."));
    } else if (status == u"FAILED" || status == u"DECLINED") {
        settle(id, EntryOutcome::Declined, t,
               tr("The payment on the gateway's page failed (found in the transaction list)."));
    } else if (status == u"PENDING" || status == u"REDIRECT") {
        if (o.outcome != EntryOutcome::AwaitingPayment && !o.manualExpired) {
            // An answer that was lost: the link exists, but its address never came back.
            write(id, [&](JournalEntry &e) {
                e.outcome = EntryOutcome::AwaitingPayment;
                if (!t.transactionId.isEmpty())
                    e.transactionId = t.transactionId.left(128);
                e.message = tr("The link exists at the gateway (found by its order id in the "
                               "transaction list), but its address never came back, so it cannot "
                               "be handed to the customer. Make a new link if the customer still "
                               "wants to pay.");
            });
        } else if (o.transactionId.isEmpty() && !t.transactionId.isEmpty()) {
            write(id, [&](JournalEntry &e) { e.transactionId = t.transactionId.left(128); });
        }
    }
    return id;
}

bool LinkFollower::settle(qint64 id, EntryOutcome outcome, const TransactionInfo &t,
                          const QString &message)
{
    const AmountUnit unit = m_client->config().wire.amountUnit;
    const QDateTime at = now();
    JournalEntry written;
    const bool ok = write(
        id,
        [&](JournalEntry &e) {
            e.outcome = outcome;
            e.message = message;
            if (!t.transactionId.isEmpty())
                e.transactionId = t.transactionId.left(128);
            applyReportedCard(e, t.maskedCard, t.cardType);
            fillTemplateAmount(e, t, unit);
            if (t.refunded && outcome == EntryOutcome::Approved
                && e.refundState != RefundState::Refunded) {
                e.markRefundedInFull(at);
                e.refundMessage = tr("The gateway shows this payment as refunded.");
            }
            e.lookups += 1;
            e.nextLookupAt = {};
        },
        &written);
    forget(id);
    if (!ok)
        return false;
    qCInfo(lcLinks).noquote() << "link" << id << "order" << written.orderId << "->"
                              << entryOutcomeId(outcome);
    emit linkSettled(written);
    return true;
}

void LinkFollower::expire(qint64 id)
{
    const Open o = m_open.value(id);
    const QString when = QLocale().toString(o.expiresAt.toLocalTime(), QLocale::ShortFormat);
    JournalEntry written;
    const bool ok = write(
        id,
        [&](JournalEntry &e) {
            if (e.outcome == EntryOutcome::AwaitingPayment) {
                e.outcome = EntryOutcome::Expired;
                e.message = tr("Not paid by %1, so the terminal stopped following this link. The "
                               "gateway was not asked to cancel it: if the customer pays after "
                               "all, the payment shows in the gateway's transaction list, and "
                               "Check now in the history looks it up.")
                                .arg(when);
            } else {
                e.outcome = EntryOutcome::Unresolved;
                e.message = tr("The gateway's answer to this link was lost and the link was not "
                               "found in the transaction list by %1. Check the order at the "
                               "gateway by hand before making another link.")
                                .arg(when);
            }
            e.nextLookupAt = {};
        },
        &written);
    forget(id);
    if (!ok)
        return;
    qCInfo(lcLinks).noquote() << "link" << id << "order" << written.orderId << "->"
                              << entryOutcomeId(written.outcome);
    emit linkSettled(written);
}

bool LinkFollower::write(qint64 id, const std::function<void(JournalEntry &)> &change,
                         JournalEntry *written)
{
    const bool manual = m_open.value(id).manualExpired;
    auto updated = m_journal->update(id, [&](JournalEntry &e) -> std::optional<Error> {
        const bool open = isOpenLink(e.outcome) || (manual && e.outcome == EntryOutcome::Expired);
        if (!open)
            return Error { QStringLiteral("settled"), QString() }; // another seat was quicker
        change(e);
        return std::nullopt;
    });
    if (!updated) {
        if (updated.error().code != u"settled")
            emit errorOccurred(updated.error());
        else
            forget(id);
        return false;
    }
    if (const auto it = m_open.find(id); it != m_open.end()) {
        it->outcome = updated->outcome;
        if (it->transactionId != updated->transactionId) {
            m_byTransaction.remove(it->transactionId);
            it->transactionId = updated->transactionId;
            if (!it->transactionId.isEmpty())
                m_byTransaction.insert(it->transactionId, id);
        }
    }
    if (written)
        *written = *updated;
    emit entryUpdated(*updated);
    return true;
}

} // namespace pavt
