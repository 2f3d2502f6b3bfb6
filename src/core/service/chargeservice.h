// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"
#include "core/journal/journalentry.h"
#include "core/service/layer.h"

#include <QObject>
#include <QPointer>

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
};

struct RefundResult
{
    JournalEntry entry; // as settled; empty (id 0) for a refund the journal has no charge for
    GatewayOutcome outcome;
    std::optional<Error> journalError;
};

// The way of one charge (architecture.md): the masked copy is journalled as pending and committed,
// then the request is sent, then the outcome completes the entry; unknown, server-error and
// 3-D Secure outcomes go to the reconciler. Refunds likewise: recorded as requested, sent, settled.
class ChargeService : public QObject
{
    Q_OBJECT
public:
    ChargeService(Journal *journal, GatewayClient *client, QObject *parent = nullptr);

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

    // Checks the request ("invalid": nothing journalled, nothing sent), journals it as pending
    // (committed before anything leaves; errors here mean nothing was sent), then sends it. Uses
    // the request's order id, or generates one. `done` runs once, on this thread, unless `context`
    // is destroyed first. Returns the pending entry.
    Result<JournalEntry> charge(const PaymentRequest &request, QObject *context,
                                std::function<void(const ChargeResult &)> done);

    // A full refund of an approved entry, with a reason: recorded as requested, sent, settled.
    // Refuses ("not_refundable") entries that are not approved, already refunded or being
    // refunded, and charges of the other environment (test / live); nothing is sent then. With a
    // session, above the role's limit it is refused ("approval_required") unless `approval` is a
    // supervisor's approval of this entry (SessionService::approveRefund(), subject
    // refundSubject(entryId)).
    Result<JournalEntry> refund(qint64 entryId, const QString &reason, QObject *context,
                                std::function<void(const RefundResult &)> done,
                                const RefundApproval *approval = nullptr);
    static QString refundSubject(qint64 entryId);
    static QString refundSubject(const QString &transactionId);
    // Whether the signed-in role may look the entry up at the gateway (LookUpStatus); audited. The
    // caller then asks the reconciler.
    std::optional<Error> checkLookUp(qint64 entryId);

    // A full refund by the gateway's transaction id (pavt-cli). A charge of the journal goes the
    // way of refund() when it can be refunded, and is refused when it belongs to the other
    // environment. Otherwise the gateway decides (a charge of another channel or seat, one
    // refunded elsewhere): the refund is sent without a journal record, and RefundResult::entry
    // stays empty. Returns the journal's entry, if any.
    Result<std::optional<JournalEntry>>
    refundTransaction(const QString &transactionId, const QString &reason, QObject *context,
                      std::function<void(const RefundResult &)> done,
                      const RefundApproval *approval = nullptr);

private:
    // The charge's environment is the client's; else why not ("not_refundable").
    std::optional<Error> checkEnvironment(const JournalEntry &entry) const;
    void sendRefund(const JournalEntry &entry, const QString &reason, QObject *context,
                    std::function<void(const RefundResult &)> done);
    // With a session: the role allows the refund, and the limit or the approval (audited).
    std::optional<Error> checkRefund(const JournalEntry *entry, const QString &subject,
                                     const RefundApproval *approval, QString *approvedBy);

    Journal *m_journal;
    GatewayClient *m_client;
    QPointer<Reconciler> m_reconciler;
    QPointer<SessionService> m_session;
    QString m_operator;
};

} // namespace pavt
