// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace pavt::sim {

enum class TransactionStatus { Success, Pending, Failed };

// "SUCCESS", "PENDING", "FAILED": the words of the status call and the list.
QString statusWord(TransactionStatus status);

// How a transaction came to the simulator.
enum class Channel {
    Card, // POST /api/v1/{env}/card: the card came with the request
    HostedCard, // POST /api/v1/{env}/hosted/card: the cardholder types it on /sim/pay/{id}
    Apm, // POST /api/v1/{env}/apm: the cardholder pays or fails on /sim/apm/{id}
    PaymentLink, // paid through a payment link's page /sim/link/{link id}
};

// What a PENDING transaction waits for (Nothing once it is final).
enum class Awaiting {
    Nothing,
    Card, // a hosted card payment: the card on the checkout page
    Apm, // an APM payment: Pay or Fail on its page
    ThreeDSecure, // Approve or Fail on the 3-D Secure page
};

// One transaction as the simulator keeps it (a charge, or a hosted, APM or link payment). By design
// there is no field for the card number or the CVV: only the brand, the first six and last four
// digits (and the masked number made of them), empty until a card is known.
struct TransactionRecord
{
    quint64 sequence = 0; // 1, 2, 3... in the order of arrival; the list's cursors point at it
    QString transactionId; // "PA" + 14 upper-case letters and digits
    QString orderId; // null when the charge had none
    double amount = 0; // as sent (the gateway echoes it, decimals and all)
    QString currency;
    QString firstName;
    QString lastName;
    QString email;
    QString country;
    QString cardBrand;
    QString cardFirstSix;
    QString cardLastFour;
    QString maskedCardNumber; // e.g. "411111******1111"
    QString merchantRedirectUrl;
    Channel channel = Channel::Card;
    Awaiting awaiting = Awaiting::Nothing;
    QString linkId; // Channel::PaymentLink: the link it was paid through
    TransactionStatus status = TransactionStatus::Pending;
    QString message; // why it failed, or what it waits for
    QDateTime created;
    bool refunded = false; // in full
    double refundedAmount = 0; // so far, in the unit of `amount` (partial refunds add up)
    QDateTime refundDate; // of the last refund
    QString refundReason;
    // Made on the gateway's side only (test hooks): the list shows them as chargeback_date and
    // suspicious_date.
    QDateTime chargebackDate; // null: not charged back
    QDateTime suspiciousDate; // null: not flagged
    QString listAmount; // the list's amount text when set (a test hook for a broken answer)
    bool forgotten = false; // the gateway has lost it (test hook): found by nothing, listed nowhere
    QDate day; // created.date(), kept by the store for the list's date filter
};

// The simulator's transactions, in memory, in order of arrival (about 1 KiB each; nothing is
// ever written to disk). Not thread-safe: the simulator uses it from its own thread only.
class TransactionStore
{
public:
    // Stores the record, numbering it; returns the stored copy.
    TransactionRecord &add(TransactionRecord record);

    TransactionRecord *find(const QString &transactionId);
    const TransactionRecord *find(const QString &transactionId) const;
    const TransactionRecord *findByOrderId(const QString &orderId) const;
    bool containsId(const QString &transactionId) const { return m_byId.contains(transactionId); }
    bool containsOrderId(const QString &orderId) const { return m_byOrderId.contains(orderId); }
    int size() const { return int(m_records.size()); }
    // Hides a transaction from every look-up and from the list (the gateway "lost" it); its id and
    // order id stay taken. False when unknown.
    bool forget(const QString &transactionId);

    // Cursor pagination over the transactions created between two dates (inclusive), newest
    // first. `after` gives the page of older items past that sequence number (nextCursor),
    // `before` the page of newer ones (prevCursor); neither gives the first page.
    struct Page
    {
        QList<const TransactionRecord *> items;
        bool hasNextPage = false;
        bool hasPreviousPage = false;
        quint64 nextCursor = 0; // meaningful when hasNextPage
        quint64 prevCursor = 0; // meaningful when hasPreviousPage
        int totalCount = 0;
    };
    Page page(QDate from, QDate to, std::optional<quint64> after, std::optional<quint64> before,
              int pageSize) const;

private:
    bool listed(const TransactionRecord &r, QDate from, QDate to) const
    {
        return !r.forgotten && r.day >= from && r.day <= to;
    }
    int countBetween(QDate from, QDate to) const;

    std::deque<TransactionRecord> m_records; // index = sequence - 1; a deque keeps references valid
    // totalCount of the last range asked for, until the store changes (a walk of many pages asks
    // for the same range again and again).
    mutable QDate m_countFrom;
    mutable QDate m_countTo;
    mutable int m_count = -1;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byOrderId;
};

} // namespace pavt::sim
