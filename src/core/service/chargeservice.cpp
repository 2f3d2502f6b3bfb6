// SPDX-License-Identifier: MIT
#include "core/service/chargeservice.h"

#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/payment/orderid.h"
#include "core/service/sessionservice.h"

#include <QJsonObject>

namespace pavt {

ChargeService::ChargeService(Journal *journal, GatewayClient *client, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChargeService::retryUnwrittenNow);
}

ChargeService::~ChargeService()
{
    // Outcomes still kept: their entries stay pending, and the terminal's next start turns them
    // into look-ups (Journal::recoverAbandoned()).
    for (const Unwritten &u : std::as_const(m_unwritten))
        qCWarning(lcJournal).noquote()
            << "entry" << u.entryId << "outcome" << outcomeKindId(u.outcome.kind)
            << "not written to the journal: it stays pending until the next start looks it up";
}

bool ChargeService::unreachable(const Error &error)
{
    return error.code == u"journal_disconnected" || m_journal->lostConnection();
}

Error ChargeService::keep(qint64 entryId, const GatewayOutcome &outcome, bool refund,
                          const Error &error)
{
    m_unwritten.append(Unwritten { entryId, outcome, refund });
    qCWarning(lcJournal).noquote()
        << "entry" << entryId
        << "outcome kept until the journal's database is back:" << error.message;
    scheduleRetry();
    return Error { QStringLiteral("journal_retrying"),
                   tr("The journal's database cannot be reached, so the outcome is not written "
                      "yet; the terminal keeps trying, and until then the entry stays pending. "
                      "(%1)")
                       .arg(error.message.simplified()) };
}

void ChargeService::scheduleRetry()
{
    if (m_unwritten.isEmpty()) {
        m_retry.stop();
        return;
    }
    if (m_retry.isActive())
        return;
    const qint64 wait
        = std::min<qint64>(MaxRetry.count(), FirstRetry.count() << std::min(m_retries, 10));
    m_retry.start(int(wait));
}

void ChargeService::written(const JournalEntry &entry)
{
    if (m_reconciler
        && (needsReconciliation(entry.outcome) || entry.refundState == RefundState::Requested))
        m_reconciler->watch(entry.id);
    emit outcomeWritten(entry);
}

void ChargeService::retryUnwrittenNow()
{
    m_retry.stop();
    while (!m_unwritten.isEmpty()) {
        const Unwritten next = m_unwritten.first();
        auto done = next.refund ? m_journal->finishRefund(next.entryId, next.outcome)
                                : m_journal->complete(next.entryId, next.outcome);
        if (!done && unreachable(done.error())) {
            ++m_retries;
            break; // still away: the others would fail too
        }
        m_unwritten.removeFirst();
        m_retries = 0;
        if (done) {
            qCInfo(lcJournal).noquote()
                << "entry" << next.entryId << "outcome written after the database came back";
            written(*done);
            continue;
        }
        // Written meanwhile: the commit that seemed lost went through, or another seat settled
        // it (the reconciler). What the journal has now is the record.
        if (done.error().code == u"journal_not_pending"
            || done.error().code == u"journal_no_refund") {
            if (auto now = m_journal->entry(next.entryId); now && *now) {
                written(**now);
                continue;
            }
        }
        qCWarning(lcJournal).noquote()
            << "entry" << next.entryId << "outcome could not be written:" << done.error().message;
        emit outcomeWriteFailed(next.entryId, done.error());
    }
    scheduleRetry();
}

void ChargeService::setReconciler(Reconciler *reconciler)
{
    m_reconciler = reconciler;
}

void ChargeService::setSession(SessionService *session)
{
    m_session = session;
}

QString ChargeService::operatorName() const
{
    return m_session && m_session->accountsEnabled() ? m_session->operatorName() : m_operator;
}

QString ChargeService::refundSubject(qint64 entryId)
{
    return QStringLiteral("entry:%1").arg(entryId);
}

QString ChargeService::refundSubject(const QString &transactionId)
{
    return QStringLiteral("transaction:%1").arg(transactionId.trimmed());
}

std::optional<Error> ChargeService::checkLookUp(qint64 entryId)
{
    if (m_session) {
        if (auto refused
            = m_session->require(Action::LookUpStatus, { { QStringLiteral("entry"), entryId } }))
            return refused;
        auto entry = m_journal->entry(entryId);
        QJsonObject details { { QStringLiteral("entry"), entryId } };
        if (entry && *entry)
            details.insert(QStringLiteral("entry_operator"), (*entry)->operatorName);
        m_session->audit(QString::fromLatin1(AuditEvent::StatusLookedUp), details);
    }
    return std::nullopt;
}

std::optional<Error> ChargeService::checkRefund(const JournalEntry *entry, const QString &subject,
                                                const RefundApproval *approval, QString *approvedBy,
                                                qint64 amountMinor)
{
    if (!m_session)
        return std::nullopt;
    QJsonObject details { { QStringLiteral("subject"), subject } };
    if (entry) {
        const qint64 amount = amountMinor > 0 ? amountMinor : entry->refundableMinor();
        details.insert(QStringLiteral("entry"), entry->id);
        details.insert(QStringLiteral("amount_minor"), amount > 0 ? amount : entry->amountMinor);
        details.insert(QStringLiteral("currency"), entry->currency);
        details.insert(QStringLiteral("card"), entry->maskedCard());
        if (amount > 0 && amount < entry->amountMinor) {
            details.insert(QStringLiteral("partial"), true);
            details.insert(QStringLiteral("charge_minor"), entry->amountMinor);
        }
    }
    if (approval && m_session->redeem(*approval, subject)) {
        *approvedBy = approval->approver();
    } else if (auto needed = m_session->refundNeedsApproval(entry, amountMinor)) {
        details.insert(QStringLiteral("approval"), QStringLiteral("needed"));
        m_session->audit(QString::fromLatin1(AuditEvent::RefundRequested), details);
        return needed;
    }
    details.insert(QStringLiteral("approval"),
                   approvedBy->isEmpty() ? QStringLiteral("within_limit") : *approvedBy);
    if (auto recorded = m_session->audit(QString::fromLatin1(AuditEvent::RefundRequested), details);
        !recorded)
        return recorded.error(); // not recorded: not sent
    return std::nullopt;
}

Result<std::optional<JournalEntry>> ChargeService::findDuplicate(const PaymentRequest &request)
{
    const JournalEntry candidate = pendingEntryFor(request, QStringLiteral("-"), operatorName(),
                                                   environmentId(m_client->environment()));
    return m_journal->findDuplicate(candidate);
}

Result<JournalEntry> ChargeService::charge(const PaymentRequest &request, QObject *context,
                                           std::function<void(const ChargeResult &)> done)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    if (auto refused = requestRefusal(validateRequest(request)))
        return std::unexpected(*refused);
    // Still being checked, or damaged: nothing is journalled, nothing is sent.
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    if (m_session) {
        if (auto refused
            = m_session->require(Action::Charge,
                                 { { QStringLiteral("amount_minor"), request.amountMinor },
                                   { QStringLiteral("currency"), request.currency } }))
            return std::unexpected(*refused);
    }
    const QString orderId = request.orderId.trimmed().isEmpty()
        ? generateOrderId(m_journal->clock())
        : request.orderId.trimmed();
    auto pending = m_journal->recordPending(
        pendingEntryFor(request, orderId, operatorName(), environmentId(m_client->environment())));
    if (!pending)
        return pending; // not journalled: not sent
    const JournalEntry written = *pending;
    if (m_session) {
        // Who charged what (masked card only); a charge the audit trail cannot record is not sent.
        auto recorded
            = m_session->audit(QString::fromLatin1(AuditEvent::ChargeAttempted),
                               { { QStringLiteral("entry"), written.id },
                                 { QStringLiteral("order"), written.orderId },
                                 { QStringLiteral("amount_minor"), written.amountMinor },
                                 { QStringLiteral("currency"), written.currency },
                                 { QStringLiteral("card"), written.maskedCard() },
                                 { QStringLiteral("environment"), written.environment } });
        if (!recorded) {
            GatewayOutcome notSent;
            notSent.kind = OutcomeKind::NotSent;
            notSent.message = recorded.error().message;
            notSent.orderId = written.orderId;
            m_journal->complete(written.id, notSent);
            return std::unexpected(recorded.error());
        }
    }
    QPointer<QObject> guard(context);
    auto finish = [this, written, guard, done = std::move(done)](const GatewayOutcome &outcome) {
        ChargeResult result;
        result.outcome = outcome;
        auto completed = m_journal->complete(written.id, outcome);
        if (completed) {
            result.entry = *completed;
        } else {
            result.entry = written;
            result.journalRetrying = unreachable(completed.error());
            result.journalError = result.journalRetrying
                ? keep(written.id, outcome, false, completed.error())
                : completed.error();
        }
        if (m_reconciler && completed && (needsReconciliation(completed->outcome)))
            m_reconciler->watch(written.id);
        if (guard && done)
            done(result);
    };
    if (request.orderId.trimmed() == orderId) {
        m_client->charge(request, this, finish);
    } else {
        PaymentRequest withOrder = request; // a deep copy; its card buffers are wiped when it goes
        withOrder.orderId = orderId;
        m_client->charge(withOrder, this, finish);
    }
    return written;
}

std::optional<Error> ChargeService::checkEnvironment(const JournalEntry &entry) const
{
    if (entry.environment == environmentId(m_client->environment()))
        return std::nullopt;
    return Error { QStringLiteral("not_refundable"),
                   tr("This charge was made in the %1 environment; the terminal is set up for %2.")
                       .arg(entry.environment, environmentId(m_client->environment())) };
}

bool ChargeService::partialRefunds() const
{
    return m_client->config().partialRefunds;
}

std::optional<Error> ChargeService::checkRefundAmount(const JournalEntry &entry,
                                                      qint64 amountMinor) const
{
    if (amountMinor < 0)
        return Error { QStringLiteral("refund_amount"),
                       tr("A refund's amount must be above zero.") };
    const qint64 left = entry.refundableMinor();
    if (!partialRefunds()) {
        if (amountMinor > 0 && amountMinor != entry.amountMinor)
            return Error { QStringLiteral("partial_refunds_off"),
                           tr("Partial refunds are turned off in the settings; only the whole "
                              "charge can be refunded.") };
        if (entry.refundedMinor > 0)
            return Error { QStringLiteral("partial_refunds_off"),
                           tr("Part of this charge has been refunded; the rest can be refunded "
                              "only with partial refunds turned on in the settings.") };
    }
    if (amountMinor > left)
        return Error { QStringLiteral("refund_too_much"),
                       tr("Only %1 of this charge is left to refund.")
                           .arg(formatEntryMoney(left, entry.currency)) };
    return std::nullopt;
}

Result<JournalEntry> ChargeService::startRefund(const JournalEntry &entry, const QString &reason,
                                                qint64 amountMinor, const QString &subject,
                                                const RefundApproval *approval, QObject *context,
                                                std::function<void(const RefundResult &)> done)
{
    if (auto wrong = checkRefundAmount(entry, amountMinor))
        return std::unexpected(*wrong);
    QString approvedBy;
    if (auto refused = checkRefund(&entry, subject, approval, &approvedBy, amountMinor))
        return std::unexpected(*refused);
    auto begun = m_journal->beginRefund(entry.id, reason, amountMinor);
    if (!begun)
        return begun;
    if (m_session)
        m_session->logRefund(*begun, approvedBy);
    sendRefund(*begun, reason, context, std::move(done));
    return *begun;
}

Result<JournalEntry> ChargeService::refund(qint64 entryId, const QString &reason, QObject *context,
                                           std::function<void(const RefundResult &)> done,
                                           const RefundApproval *approval, qint64 amountMinor)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    if (m_session) {
        if (auto refused = m_session->require(
                Action::Refund, { { QStringLiteral("subject"), refundSubject(entryId) } }))
            return std::unexpected(*refused);
    }
    auto entry = m_journal->entry(entryId);
    if (!entry)
        return std::unexpected(entry.error());
    if (*entry) {
        if (auto wrong = checkEnvironment(**entry))
            return std::unexpected(*wrong);
        // Nothing to approve for a charge that cannot be refunded: the journal says why.
        if (!(*entry)->isRefundable())
            return m_journal->beginRefund(entryId, reason, amountMinor);
        return startRefund(**entry, reason, amountMinor, refundSubject(entryId), approval, context,
                           std::move(done));
    }
    QString approvedBy;
    if (auto refused = checkRefund(nullptr, refundSubject(entryId), approval, &approvedBy))
        return std::unexpected(*refused);
    return m_journal->beginRefund(entryId, reason, amountMinor); // the journal's "no such entry"
}

Result<std::optional<JournalEntry>>
ChargeService::refundTransaction(const QString &transactionId, const QString &reason,
                                 QObject *context, std::function<void(const RefundResult &)> done,
                                 const RefundApproval *approval, qint64 amountMinor)
{
    if (auto error = m_client->configurationError())
        return std::unexpected(*error);
    // Even a refund the journal has no charge for waits for a checked journal: the journal may
    // have it after all.
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    const QString id = transactionId.trimmed();
    if (m_session) {
        if (auto refused = m_session->require(Action::Refund,
                                              { { QStringLiteral("subject"), refundSubject(id) } }))
            return std::unexpected(*refused);
    }
    auto known = m_journal->entryByTransactionId(id);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        if (auto wrong = checkEnvironment(**known))
            return std::unexpected(*wrong);
        if ((*known)->isRefundable()) {
            auto begun = startRefund(**known, reason, amountMinor, refundSubject(id), approval,
                                     context, std::move(done));
            if (!begun)
                return std::unexpected(begun.error());
            return std::optional<JournalEntry>(*begun);
        }
    }
    if (amountMinor > 0) {
        if (*known) // the journal says why it cannot be refunded
            if (auto begun = m_journal->beginRefund((*known)->id, reason, amountMinor); !begun)
                return std::unexpected(begun.error());
        return std::unexpected(Error {
            QStringLiteral("refund_amount"),
            tr("The journal has no charge with this transaction id, so its currency and what is "
               "left of it are not known here: only a whole refund can be asked for.") });
    }
    QString approvedBy;
    // A charge the journal has but cannot refund (already refunded, declined) goes to the gateway
    // as before; its amount is known, so its limit is that amount.
    if (auto refused
        = checkRefund(*known ? &**known : nullptr, refundSubject(id), approval, &approvedBy))
        return std::unexpected(*refused);
    // Not a refund the journal can record: the gateway decides, and its answer is reported.
    QPointer<QObject> guard(context);
    m_client->refund(
        id, reason, this, [this, id, guard, done = std::move(done)](const GatewayOutcome &outcome) {
            if (m_session)
                m_session->audit(QString::fromLatin1(AuditEvent::RefundDone),
                                 { { QStringLiteral("transaction"), id },
                                   { QStringLiteral("outcome"), outcomeKindId(outcome.kind) } });
            RefundResult result;
            result.outcome = outcome;
            if (guard && done)
                done(result);
        });
    return *known;
}

void ChargeService::sendRefund(const JournalEntry &entry, const QString &reason, QObject *context,
                               std::function<void(const RefundResult &)> done)
{
    QPointer<QObject> guard(context);
    // The whole charge at once: the documented body, without an amount. Anything else is partial.
    const bool whole = entry.refundedMinor == 0 && entry.refundPendingMinor == entry.amountMinor;
    const qint64 amount = whole ? 0 : entry.refundPendingMinor;
    m_client->refund(
        entry.transactionId, reason, this,
        [this, entry, guard, done = std::move(done)](const GatewayOutcome &outcome) {
            if (m_session)
                m_session->audit(QString::fromLatin1(AuditEvent::RefundDone),
                                 { { QStringLiteral("entry"), entry.id },
                                   { QStringLiteral("amount_minor"), entry.refundPendingMinor },
                                   { QStringLiteral("currency"), entry.currency },
                                   { QStringLiteral("outcome"), outcomeKindId(outcome.kind) } });
            RefundResult result;
            result.outcome = outcome;
            auto finished = m_journal->finishRefund(entry.id, outcome);
            if (finished) {
                result.entry = *finished;
                if (m_reconciler && finished->refundState == RefundState::Requested)
                    m_reconciler->watch(entry.id);
            } else {
                result.entry = entry;
                result.journalRetrying = unreachable(finished.error());
                result.journalError = result.journalRetrying
                    ? keep(entry.id, outcome, true, finished.error())
                    : finished.error();
            }
            if (guard && done)
                done(result);
        },
        amount, entry.currency);
}

} // namespace pavt
