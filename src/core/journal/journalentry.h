// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayoutcome.h"
#include "core/journal/layer.h"
#include "core/payment/paymentrequest.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>
#include <optional>

namespace pavt {

// What the journal knows about one charge attempt. Stored as a small integer: never renumber.
enum class EntryOutcome : int {
    Pending = 0, // written before the request left; the answer completes it
    Approved = 1, // approved (directly, after 3-D Secure, or found by the reconciler)
    Declined = 2, // the gateway said FAILED
    NeedsThreeDS = 3, // the cardholder must complete 3-D Secure; the reconciler follows it up
    Rejected = 4, // HTTP 4xx: not charged
    ServerError = 5, // HTTP 5xx on a charge: it may have been processed; reconciled
    NotSent = 6, // nothing left this machine: not charged
    Unknown = 7, // sent without a usable answer, or the program died meanwhile; reconciled
    Unresolved = 8, // the reconciler gave up: a person must look it up at the gateway
    // Payments by link (EntryKind other than KeyedCard):
    AwaitingPayment = 9, // the link exists (paymentUrl), the cardholder has not paid yet; followed
    Expired = 10, // the terminal stopped following the link at its expiry (expiresAt, a local
                  // limit). The gateway was not asked to cancel anything: a hosted or APM page
                  // may still be paid there, which is why money may still move.
};
inline constexpr int EntryOutcomeCount = int(EntryOutcome::Expired) + 1;

// How a payment was taken. Stored as a small integer: never renumber.
enum class EntryKind : int {
    KeyedCard = 0, // the operator keyed the card (every entry before schema 3)
    HostedCard = 1, // a link to the gateway's card page (POST /hosted/card)
    Apm = 2, // a link to the gateway's alternative payment methods (POST /apm)
    TemplateLink = 3, // a payment link made from one of the merchant's templates
};
inline constexpr int EntryKindCount = int(EntryKind::TemplateLink) + 1;
// A payment by link: the cardholder pays on the gateway's page, the terminal never sees the card.
inline bool isLink(EntryKind kind)
{
    return kind != EntryKind::KeyedCard;
}

// "pending", "approved", "declined", "needs_3ds", "rejected", "server_error", "not_sent",
// "unknown", "unresolved", "awaiting_payment", "expired": the JSON, CSV and command-line spelling.
QString entryOutcomeId(EntryOutcome outcome);
std::optional<EntryOutcome> entryOutcomeFromId(QStringView id);
// A short translated label for people ("Approved", "Needs 3-D Secure", ...).
QString entryOutcomeLabel(EntryOutcome outcome);
// What a charge's GatewayOutcome means for its entry (a status answer's Pending is NeedsThreeDS).
EntryOutcome entryOutcomeFor(OutcomeKind kind);
// The same for an entry of `entryKind`: for a link, the gateway's "created, waiting for the
// cardholder" (AwaitingPayment, which has the page's address) is AwaitingPayment, and a REDIRECT or
// PENDING without a usable address is Unknown (followed); for a keyed card AwaitingPayment is
// Unknown (never an answer to a charge: looked up).
EntryOutcome entryOutcomeFor(OutcomeKind kind, EntryKind entryKind);
// Unknown, ServerError and NeedsThreeDS: the reconciler looks these up (keyed cards; the links'
// are followed by the LinkFollower, see isOpenLink()).
bool needsReconciliation(EntryOutcome outcome);
// Every state in which money may have moved or may still move: pending, approved, needs 3-D
// Secure, server error, unknown, unresolved, awaiting payment, expired. The duplicate guard looks
// at these.
bool mayHaveCharged(EntryOutcome outcome);
// Approved, Declined, Rejected, NotSent: nothing more will happen to the charge itself. Not
// AwaitingPayment (it is followed) nor Expired (the gateway's page may still be paid).
bool isFinal(EntryOutcome outcome);
// A link the LinkFollower follows: awaiting payment, or its creation's answer was lost (unknown,
// server error).
bool isOpenLink(EntryOutcome outcome);

enum class RefundState : int {
    None = 0,
    Requested = 1, // the refund was sent and its answer is not known yet
    Refunded = 2,
    Failed = 3, // the gateway refused it (refundMessage says why); it may be tried again
    // Schema 9: part of the charge is refunded (refundedMinor), the rest may be; also after a
    // later partial refund failed (refundMessage says why).
    PartlyRefunded = 4,
};
// "none", "requested", "refunded", "failed", "partly_refunded"
QString refundStateId(RefundState state);
std::optional<RefundState> refundStateFromId(QStringView id);

// One charge attempt. By design there is no field for the card number, the CVV, the expiry or any
// secret: the card is kept as brand, first six and last four digits only.
struct JournalEntry
{
    qint64 id = 0; // 0 until written
    QDateTime createdAt; // UTC, millisecond precision
    QDateTime updatedAt; // UTC
    QString operatorName;
    QString environment; // "test" or "live"
    QString orderId; // the terminal's own reference, sent with the charge
    QString transactionId; // the gateway's, once known
    qint64 amountMinor = 0; // integer of the currency's minor units
    QString currency; // ISO 4217 alpha code
    QString cardBrand; // Cards::brandId(): "visa", "mastercard", ...
    QString cardFirstSix;
    QString cardLastFour;
    QString firstName;
    QString lastName;
    QString email;
    QString country;
    // Schema 3: the rest of the customer's details, for repeat customers (never card data).
    QString phone; // as keyed; dropped when it could be a card number (phoneForJournal)
    QString address;
    QString city;
    QString state;
    QString zip;
    EntryOutcome outcome = EntryOutcome::Pending;
    QString message; // the gateway's text or ours; digit runs that could be a card are masked
    int httpStatus = 0; // 0: no HTTP answer
    QString threeDSUrl; // where the cardholder completes 3-D Secure
    RefundState refundState = RefundState::None;
    QString refundReason;
    QString refundMessage;
    QDateTime refundedAt; // UTC; when the refund was confirmed
    int lookups = 0; // reconciler lookups so far
    QDateTime nextLookupAt; // UTC; when the reconciler looks again (null: not scheduled)
    // Schema 3: how the payment was taken; for a link, its address and when the terminal stops
    // following it. A link has no card data until the gateway reports the masked number.
    EntryKind kind = EntryKind::KeyedCard;
    QString paymentUrl; // the page or link handed to the cardholder
    QDateTime expiresAt; // UTC; a link's local expiry (null for keyed cards)
    // Schema 6: what only the gateway knows, learnt by the settlement (Settlement, service layer)
    // after a person confirmed it. A charge is "charged back" from chargebackAt on: the
    // cardholder's bank took the money back; its outcome stays Approved (the charge was approved),
    // and it can no longer be refunded.
    QDateTime chargebackAt; // UTC; null: no chargeback known
    QDateTime suspiciousAt; // UTC; null: the gateway has not flagged it as suspicious
    // Schema 9: partial refunds. refundedMinor: what the gateway confirmed refunded so far (the
    // whole amountMinor once Refunded); refundPendingMinor: the amount of the refund on its way
    // (Requested), 0 otherwise. Journal::beginRefund() checks the remainder inside the write
    // transaction, so two seats cannot both refund its last part.
    qint64 refundedMinor = 0;
    qint64 refundPendingMinor = 0;

    // "411111…1111" (first six, an ellipsis, last four), "" when unknown.
    QString maskedCard() const;
    bool isChargedBack() const { return chargebackAt.isValid(); }
    // Approved, not refunded in full (a failed refund may be tried again), nothing of it on its
    // way, and not charged back.
    bool isRefundable() const
    {
        return outcome == EntryOutcome::Approved && !isChargedBack()
            && (refundState == RefundState::None || refundState == RefundState::Failed
                || refundState == RefundState::PartlyRefunded)
            && refundableMinor() > 0;
    }
    // What may still be refunded: the amount less what has been refunded.
    qint64 refundableMinor() const { return std::max<qint64>(0, amountMinor - refundedMinor); }
    // Records the answer to the refund on its way (refundPendingMinor): done adds it to
    // refundedMinor (Refunded once the whole amount is, else PartlyRefunded, refundedAt = at);
    // not done makes it Failed, or PartlyRefunded when part was refunded before.
    void settleRefund(bool done, const QDateTime &at);
    // The gateway reports the whole charge refunded (reconciler, link follower, settlement).
    void markRefundedInFull(const QDateTime &at);
    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

// "GBP 12.50": an amount of the journal in its currency (C locale; an unknown currency with two
// decimals), for messages, receipts and the command line.
QString formatEntryMoney(qint64 minor, const QString &currency);

// The masked copy of a request that is journalled before it is sent: brand, first six and last
// four of the card (the full number passes through a wiped buffer), customer name, e-mail and
// country, amount and currency. Nothing of the expiry or CVV.
JournalEntry pendingEntryFor(const PaymentRequest &request, const QString &orderId,
                             const QString &operatorName, const QString &environment);

// What an entry means as a gateway outcome, for showing it like a fresh answer: its kind (Pending,
// Unknown and Unresolved are Unknown), message, HTTP status, ids and 3-D Secure URL.
GatewayOutcome outcomeOfEntry(const JournalEntry &entry);

// Text for the journal: card-like digit runs (12-19 digits, spaces or dashes between them) are
// masked, control characters become spaces, at most `limit` characters are kept. The terminal's
// own order ids (isTerminalOrderId(), core/payment/orderid.h) are kept whole: their 14 digits are a
// time.
QString sanitizeJournalText(const QString &text, int limit = 500);

// A phone number as the journal keeps it: trimmed, at most 32 characters; empty when its digits
// could be a card number (12 to 19 digits that pass the Luhn check), which never reaches a disk.
QString phoneForJournal(const QString &phone);

// A previous customer, offered while the operator types an e-mail, a last name or a phone number:
// the details of their most recent order with them (never any card data).
struct CustomerSuggestion
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString address;
    QString city;
    QString state;
    QString zip;
    QString country;
    QDateTime lastOrderAt; // UTC
    friend bool operator==(const CustomerSuggestion &, const CustomerSuggestion &) = default;
};

// Which field a customer look-up matches by prefix.
enum class CustomerField { Email, LastName, Phone };

// A search over the journal; every field that is set must match.
struct JournalQuery
{
    QDateTime from; // created at or after (invalid: no lower bound)
    QDateTime to; // created before (exclusive; invalid: no upper bound)
    QList<EntryOutcome> outcomes; // any of these (empty: any outcome)
    QString lastFour; // exactly four digits
    // Case-insensitive prefix of the first or the last name. Two or more words ("ada love"): the
    // first word is a prefix of the first name and the rest a prefix of the last name, or the
    // other way round. Case folding is ASCII-only on SQLite, the server's lower() on PostgreSQL.
    QString name;
    QString email; // case-insensitive prefix
    QString orderId; // exact
    QString transactionId; // exact
    QString environment; // "test" / "live" (empty: both)
    QList<EntryKind> kinds; // any of these (empty: any kind)
    QString operatorName; // exactly this operator (empty: any)

    bool isEmpty() const;
    // "last_four" (not four digits), "dates" (from after to); nullopt when usable.
    std::optional<Error> validate() const;
    // The same test as the database's, in C++ (full Unicode case folding): for entries that
    // arrive while a view of the query is open.
    bool matches(const JournalEntry &entry) const;
    friend bool operator==(const JournalQuery &, const JournalQuery &) = default;
};

// Keyset paging: results are ordered newest first (created_at, then id, descending); a cursor is
// the last entry of a page, and the next page holds the entries strictly older than it.
struct JournalCursor
{
    QDateTime createdAt;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
    static JournalCursor after(const JournalEntry &entry) { return { entry.createdAt, entry.id }; }
    friend bool operator==(const JournalCursor &, const JournalCursor &) = default;
};

struct JournalPage
{
    QList<JournalEntry> entries;
    JournalCursor next; // after the last entry; null when entries is empty
    bool hasMore = false;
};

// One line of a result's summary: how many entries of one currency had one outcome, and their sum.
struct JournalTotal
{
    QString currency;
    EntryOutcome outcome = EntryOutcome::Pending;
    qint64 count = 0;
    qint64 amountMinor = 0;
    friend bool operator==(const JournalTotal &, const JournalTotal &) = default;
};

} // namespace pavt

// pavt::Error travels in the journal's queued signals.
Q_DECLARE_METATYPE(pavt::Error)
Q_DECLARE_METATYPE(pavt::JournalEntry)
Q_DECLARE_METATYPE(pavt::JournalQuery)
Q_DECLARE_METATYPE(pavt::JournalPage)
Q_DECLARE_METATYPE(pavt::JournalTotal)
