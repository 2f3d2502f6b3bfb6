// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace pavt::sim {

// One of the payment templates the simulator lists in the live environment (GET
// /api/v1/payment-templates). The amount and currency are the simulator's own defaults for a link
// made from it without an amount or currency (the contract's template shape carries neither).
struct SimPaymentTemplate
{
    int templateId = 0;
    QString templateName;
    QString paymentTemplateId; // what POST /api/v1/payment-link names
    double amount = 0; // as a request would send it (minor units by default)
    QString currency;
};

// The fixed templates, in a stable order.
const QList<SimPaymentTemplate> &liveTemplateTable();
const SimPaymentTemplate *findLiveTemplate(const QString &paymentTemplateId);

// A payment link as the simulator keeps it. It is paid at most once: the first accepted card on
// its page creates its one transaction (with the link's order id).
struct PaymentLinkRecord
{
    QString linkId; // "PL" + 14 upper-case letters and digits; the page is /sim/link/{linkId}
    QString paymentTemplateId;
    QString templateName;
    double amount = 0; // from the request, else the template's
    QString currency; // from the request, else the template's
    QDate expiryDate; // null: no expiry; else payable until the end of that day (simulator's clock)
    QString terminalId;
    QString orderId; // null when the request had none
    QString merchantRedirectUrl;
    QDateTime created;
    QString transactionId; // null until the link is paid
};

// The simulator's payment links, in memory. Not thread-safe, like the transaction store.
class PaymentLinkStore
{
public:
    PaymentLinkRecord &add(PaymentLinkRecord record);
    PaymentLinkRecord *find(const QString &linkId);
    const PaymentLinkRecord *find(const QString &linkId) const;
    bool containsId(const QString &linkId) const { return m_byId.contains(linkId); }
    bool containsOrderId(const QString &orderId) const { return m_byOrderId.contains(orderId); }
    int size() const { return int(m_records.size()); }

private:
    std::deque<PaymentLinkRecord> m_records; // a deque keeps references valid
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byOrderId;
};

} // namespace pavt::sim
