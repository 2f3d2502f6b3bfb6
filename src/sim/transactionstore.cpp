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
    record.day = record.created.date();
    m_records.push_back(std::move(record));
    TransactionRecord &stored = m_records.back();
    m_byId.insert(stored.transactionId, index);
    if (!stored.orderId.isEmpty())
        m_byOrderId.insert(stored.orderId, index);
    m_count = -1;
    return stored;
}

bool TransactionStore::forget(const QString &transactionId)
{
    TransactionRecord *record = find(transactionId);
    if (!record)
        return false;
    record->forgotten = true;
    m_count = -1;
    return true;
}

TransactionRecord *TransactionStore::find(const QString &transactionId)
{
    const auto it = m_byId.constFind(transactionId);
    if (it == m_byId.cend() || m_records[size_t(*it)].forgotten)
        return nullptr;
    return &m_records[size_t(*it)];
}

const TransactionRecord *TransactionStore::find(const QString &transactionId) const
{
    const auto it = m_byId.constFind(transactionId);
    if (it == m_byId.cend() || m_records[size_t(*it)].forgotten)
        return nullptr;
    return &m_records[size_t(*it)];
}

const TransactionRecord *TransactionStore::findByOrderId(const QString &orderId) const
{
    const auto it = m_byOrderId.constFind(orderId);
    if (it == m_byOrderId.cend() || m_records[size_t(*it)].forgotten)
        return nullptr;
    return &m_records[size_t(*it)];
}

int TransactionStore::countBetween(QDate from, QDate to) const
{
    if (m_count >= 0 && m_countFrom == from && m_countTo == to)
        return m_count;
    int count = 0;
    for (const TransactionRecord &r : m_records)
        count += listed(r, from, to) ? 1 : 0;
    m_countFrom = from;
    m_countTo = to;
    m_count = count;
    return count;
}

TransactionStore::Page TransactionStore::page(QDate from, QDate to, std::optional<quint64> after,
                                              std::optional<quint64> before, int pageSize) const
{
    // Newest first. A page is found by walking from its cursor (index = sequence - 1), so a walk
    // of every page costs about one pass over the store, whatever its size.
    Page page;
    page.totalCount = countBetween(from, to);
    const qsizetype size = qsizetype(m_records.size());
    auto at = [&](qsizetype i) -> const TransactionRecord & { return m_records[size_t(i)]; };
    // Whether a listed record lies in [first, last] (indexes, either order of the walk).
    auto anyListed = [&](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i <= last; ++i)
            if (listed(at(i), from, to))
                return true;
        return false;
    };
    if (before) {
        // The newer ones: sequence > before, the pageSize nearest to it.
        qsizetype i = qsizetype(std::min<quint64>(*before, quint64(size)));
        QList<const TransactionRecord *> newer;
        for (; i < size && newer.size() < pageSize; ++i)
            if (listed(at(i), from, to))
                newer.append(&at(i));
        std::reverse(newer.begin(), newer.end());
        page.items = newer;
        page.hasPreviousPage = anyListed(i, size - 1);
        const qsizetype below = qsizetype(std::min<quint64>(*before, quint64(size))) - 1;
        page.hasNextPage = below >= 0 && anyListed(0, below);
    } else {
        // The older ones: sequence < after (the first page: all of them).
        qsizetype start = size - 1;
        if (after)
            start = *after == 0 ? -1 : std::min<qsizetype>(size, qsizetype(*after - 1)) - 1;
        qsizetype i = start;
        for (; i >= 0 && page.items.size() < pageSize; --i)
            if (listed(at(i), from, to))
                page.items.append(&at(i));
        page.hasNextPage = i >= 0 && anyListed(0, i);
        page.hasPreviousPage = after && start + 1 <= size - 1 && anyListed(start + 1, size - 1);
    }
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
