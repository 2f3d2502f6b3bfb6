// SPDX-License-Identifier: MIT
#include "sim/paymentlinkstore.h"

namespace pavt::sim {

const QList<SimPaymentTemplate> &liveTemplateTable()
{
    static const QList<SimPaymentTemplate> table = {
        { 101, QStringLiteral("Consultation"), QStringLiteral("PT-CONSULTATION"), 3000,
          QStringLiteral("GBP") },
        { 102, QStringLiteral("Deposit"), QStringLiteral("PT-DEPOSIT"), 10000,
          QStringLiteral("EUR") },
        { 103, QStringLiteral("Annual membership"), QStringLiteral("PT-MEMBERSHIP"), 4999,
          QStringLiteral("USD") },
    };
    return table;
}

const SimPaymentTemplate *findLiveTemplate(const QString &paymentTemplateId)
{
    for (const SimPaymentTemplate &t : liveTemplateTable()) {
        if (t.paymentTemplateId == paymentTemplateId)
            return &t;
    }
    return nullptr;
}

PaymentLinkRecord &PaymentLinkStore::add(PaymentLinkRecord record)
{
    const qsizetype index = qsizetype(m_records.size());
    m_records.push_back(std::move(record));
    PaymentLinkRecord &stored = m_records.back();
    m_byId.insert(stored.linkId, index);
    if (!stored.orderId.isEmpty())
        m_byOrderId.insert(stored.orderId, index);
    return stored;
}

PaymentLinkRecord *PaymentLinkStore::find(const QString &linkId)
{
    const auto it = m_byId.constFind(linkId);
    return it == m_byId.cend() ? nullptr : &m_records[size_t(*it)];
}

const PaymentLinkRecord *PaymentLinkStore::find(const QString &linkId) const
{
    const auto it = m_byId.constFind(linkId);
    return it == m_byId.cend() ? nullptr : &m_records[size_t(*it)];
}

} // namespace pavt::sim
