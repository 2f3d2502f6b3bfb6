// SPDX-License-Identifier: MIT
#include "sim/transactionstore.h"

#include <algorithm>

namespace pavt::sim {

QString statusWord(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Success:
        return QStringLiteral("SUCCESS");
    case TransactionStatus::Pending:
        return QStringLiteral("PENDING");
    case TransactionStatus::Failed:
        return QStringLiteral("FAILED");
    }
    return QStringLiteral("FAILED");
}

TransactionRecord &TransactionStore::add(TransactionRecord record)
{
    const qsizetype index = qsizetype(m_records.size());
    record.sequence = quint64(index) + 1;
    m_records.push_back(std::move(record));
    TransactionRecord &stored = m_records.back();
    m_byId.insert(stored.transactionId, index);
    if (!stored.orderId.isEmpty())
        m_byOrderId.insert(stored.orderId, index);
    return stored;
}

TransactionRecord *TransactionStore::find(const QString &transactionId)
{
    const auto it = m_byId.constFind(transactionId);
    return it == m_byId.cend() ? nullptr : &m_records[size_t(*it)];
}

const TransactionRecord *TransactionStore::find(const QString &transactionId) const
{
    const auto it = m_byId.constFind(transactionId);
    return it == m_byId.cend() ? nullptr : &m_records[size_t(*it)];
}

const TransactionRecord *TransactionStore::findByOrderId(const QString &orderId) const
{
    const auto it = m_byOrderId.constFind(orderId);
    return it == m_byOrderId.cend() ? nullptr : &m_records[size_t(*it)];
}

TransactionStore::Page TransactionStore::page(QDate from, QDate to, std::optional<quint64> after,
                                              std::optional<quint64> before, int pageSize) const
{
    // Newest first: walk backwards. The store is small enough (a test, a demo, a benchmark run)
    // for a scan per list call; charges, the hot path, never scan.
    std::vector<const TransactionRecord *> matching;
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
        const QDate day = it->created.date();
        if (day >= from && day <= to)
            matching.push_back(&*it);
    }

    Page page;
    page.totalCount = int(matching.size());
    // matching is in descending sequence order.
    qsizetype first = 0; // indexes into matching of the page: [first, last)
    qsizetype last = qsizetype(matching.size());
    if (after) {
        first = std::partition_point(
                    matching.cbegin(), matching.cend(),
                    [&](const TransactionRecord *r) { return r->sequence >= *after; })
            - matching.cbegin();
    } else if (before) {
        last = std::partition_point(
                   matching.cbegin(), matching.cend(),
                   [&](const TransactionRecord *r) { return r->sequence > *before; })
            - matching.cbegin();
        first = std::max<qsizetype>(0, last - pageSize);
    }
    last = std::min(last, first + pageSize);
    for (qsizetype i = first; i < last; ++i)
        page.items.append(matching[size_t(i)]);

    page.hasPreviousPage = first > 0;
    page.hasNextPage = last < qsizetype(matching.size());
    if (!page.items.isEmpty()) {
        page.prevCursor = page.items.constFirst()->sequence;
        page.nextCursor = page.items.constLast()->sequence;
    } else if (after) {
        // An empty page past the end: the previous page starts with the cursor's own item.
        page.prevCursor = *after == 0 ? 0 : *after - 1;
    } else if (before) {
        page.nextCursor = *before + 1;
    }
    return page;
}

} // namespace pavt::sim
