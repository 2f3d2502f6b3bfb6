// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"
#include "core/journal/journalentry.h"
#include "core/service/layer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace pavt {

class Journal;
class Reconciler;
class RefundApproval;
class SessionService;

struct ChargeResult
{
    JournalEntry entry; // as completed (as written before sending, when journalError is set)
    GatewayOutcome outcome;
    std::optional<Error> journalError; // the outcome could not be written to the journal
    // The journal's database could not be reached: the outcome is kept and its write tried again
    // (ChargeService::outcomeWritten()); until then the entry stays pending.
    bool journalRetrying = false;
};

struct RefundResult
{
    JournalEntry entry; // as settled; empty (id 0) for a refund the journal has no charge for
    GatewayOutcome outcome;
    std::optional<Error> journalError;
    bool journalRetrying = false; // as ChargeResult::journalRetrying
};

// The way of one charge (architecture.md): the masked copy is journalled as pending and committed,
// then the request is sent, then the outcome completes the entry; unknown, server-error and
// 3-D Secure outcomes go to the reconciler. Refunds likewise: recorded as requested, sent, settled.
class ChargeService : public QObject
{
    Q_OBJECT
public:
    ChargeService(Journal *journal, GatewayClient *client, QObject *parent = nullptr);
    ~ChargeService() override;

    void setOperatorName(const QString &name) { m_operator = name; }
    // The signed-in operator's name with accounts on, else the one set above.
    QString operatorName() const;
    // Optional: who is signed in (sessionservice.h). With it every charge, refund and look-up is
    // refused when the role does not allow it, refunds above the role's limit need an approval,
    // and each is audited.
    void setSession(SessionService *session);
    // Optional: entries that need a lookup are handed to it.
    void setReconciler(Reconciler *reconciler);

    // The duplicate guard for a request about to be sent: an approved or possibly approved charge
    // of the same card brand, last four, amount and currency within the journal's window. The
    // terminal asks the operator before sending when there is one.
    Result<std::optional<JournalEntry>> findDuplicate(const PaymentRequest &request);

    // Checks the request ("invalid": nothing journalled, nothing sent), refuses while the journal
    // is not Healthy (Journal::healthError(): still being checked, damaged), journals it as pending
    // (committed before anything leaves; errors here mean nothing was sent), then sends it. Uses
    // the request's order id, or generates one. `done` runs once, on this thread, unless `context`
    // is destroyed first. Returns the pending entry.
    Result<JournalEntry> charge(const PaymentRequest &request, QObject *context,
                                std::function<void(const ChargeResult &)> done);

    // A full refund of an approved entry, with a reason: recorded as requested, sent, settled.
    // Refused, like a charge, while the journal is not Healthy.
    // Refuses ("not_refundable") entries that are not approved, already refunded or being
    // refunded, and charges of the other environment (test / live); nothing is sent then. With a
    // session, above the role's limit it is refused ("approval_required") unless `approval` is a
    // supervisor's approval of this entry (SessionService::approveRefund(), subject
    // refundSubject(entryId)).
    //
    // `amountMinor` > 0: a partial refund of that much (the gateway's optional "amount"), only
    // with GatewayConfig::partialRefunds ("partial_refunds_off" otherwise) and at most what is
    // left of the charge ("refund_too_much"; checked again inside the journal's transaction).
    // 0: all that is left. A refund of the whole charge is sent without an amount (the documented
    // body); anything else carries the amount. A charge partly refunded can have the rest refunded
    // only with partial refunds on. The role's limits count the refund's amount.
    Result<JournalEntry> refund(qint64 entryId, const QString &reason, QObject *context,
                                std::function<void(const RefundResult &)> done,
                                const RefundApproval *approval = nullptr, qint64 amountMinor = 0);
    static QString refundSubject(qint64 entryId);
    static QString refundSubject(const QString &transactionId);
    // Whether the signed-in role may look the entry up at the gateway (LookUpStatus); audited. The
    // caller then asks the reconciler.
    std::optional<Error> checkLookUp(qint64 entryId);

    // A full refund by the gateway's transaction id (pavt-cli). A charge of the journal goes the
    // way of refund() when it can be refunded, and is refused when it belongs to the other
    // environment. Otherwise the gateway decides (a charge of another channel or seat, one
    // refunded elsewhere): the refund is sent without a journal record, and RefundResult::entry
    // stays empty. Returns the journal's entry, if any. `amountMinor` as for refund(); a partial
    // refund needs the charge in the journal ("refund_amount": its currency is not known).
    Result<std::optional<JournalEntry>>
    refundTransaction(const QString &transactionId, const QString &reason, QObject *context,
                      std::function<void(const RefundResult &)> done,
                      const RefundApproval *approval = nullptr, qint64 amountMinor = 0);
    // Whether this service may refund `amountMinor` (0: the rest) of the entry as the journal has
    // it now: partial refunds on or off, the remainder. nullopt when it may; the journal checks
    // the remainder again when the refund begins. Used by refund() and the batch's preview.
    std::optional<Error> checkRefundAmount(const JournalEntry &entry, qint64 amountMinor) const;
    bool partialRefunds() const;

    // An outcome whose write failed because the journal's database could not be reached
    // (PostgreSQL went away) is kept here and written as soon as it is back: tried again after
    // 250 ms, 500 ms, 1 s ... every 5 s (Journal reconnects), for as long as this service lives.
    // The entry stays pending meanwhile (the next start reconciles it if this process ends
    // first). Never sent again.
    int unwrittenOutcomes() const { return int(m_unwritten.size()); }
    // Tries the kept outcomes once now (pavt-cli, before it gives up).
    void retryUnwrittenNow();
    static constexpr std::chrono::milliseconds FirstRetry { 250 };
    static constexpr std::chrono::milliseconds MaxRetry { 5000 };

signals:
    // A kept outcome has been written (ChargeResult::journalRetrying, RefundResult's likewise).
    void outcomeWritten(const pavt::JournalEntry &entry);
    // A kept outcome cannot be written for another reason (it stays pending; logged).
    void outcomeWriteFailed(qint64 entryId, const pavt::Error &error);

private:
    struct Unwritten
    {
        qint64 entryId = 0;
        GatewayOutcome outcome;
        bool refund = false;
    };
    // Whether a failed write is worth trying again: the database could not be reached.
    bool unreachable(const Error &error);
    // The error for the result: the outcome is kept and tried again.
    Error keep(qint64 entryId, const GatewayOutcome &outcome, bool refund, const Error &error);
    void scheduleRetry();
    void written(const JournalEntry &entry);

    // The charge's environment is the client's; else why not ("not_refundable").
    std::optional<Error> checkEnvironment(const JournalEntry &entry) const;
    void sendRefund(const JournalEntry &entry, const QString &reason, QObject *context,
                    std::function<void(const RefundResult &)> done);
    // With a session: the role allows the refund, and the limit or the approval (audited).
    std::optional<Error> checkRefund(const JournalEntry *entry, const QString &subject,
                                     const RefundApproval *approval, QString *approvedBy,
                                     qint64 amountMinor = 0);
    // A refundable entry of the journal: amount, limits, begun, logged and sent.
    Result<JournalEntry> startRefund(const JournalEntry &entry, const QString &reason,
                                     qint64 amountMinor, const QString &subject,
                                     const RefundApproval *approval, QObject *context,
                                     std::function<void(const RefundResult &)> done);

    Journal *m_journal;
    GatewayClient *m_client;
    QPointer<Reconciler> m_reconciler;
    QPointer<SessionService> m_session;
    QString m_operator;
    QList<Unwritten> m_unwritten;
    QTimer m_retry;
    int m_retries = 0; // since the last write that worked
};

} // namespace pavt
