// SPDX-License-Identifier: MIT
// JournalDatabase: searches (keyset paging), the duplicate guard and the entries the reconciler
// follows. Totals and counts are in journaltotals.cpp.
#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace pavt {

QString JournalDatabase::prefixCondition(const QString &column, const QString &prefix,
                                         QVariantList &binds, bool noIndex) const
{
    // A range on the (folded) column, so its index is used: [prefix, prefix + U+10FFFF). Wildcards
    // mean nothing in a range, so nothing needs escaping.
    if (m_backend == JournalBackend::PostgreSQL) {
        // The server folds both sides with the same lower(), compared byte-wise (C collation).
        binds << prefix << prefix;
        return QStringLiteral("(lower(%1) COLLATE \"C\" >= lower(?::text) AND "
                              "lower(%1) COLLATE \"C\" < lower(?::text) || chr(1114111))")
            .arg(column);
    }
    // "+column": the same comparison (and collation), but SQLite may not use the column's index.
    const QString operand = noIndex ? u'+' + column : column;
    // The column's NOCASE collation folds both sides (ASCII letters).
    binds << prefix
          << QString(prefix + QChar::highSurrogate(0x10FFFF) + QChar::lowSurrogate(0x10FFFF));
    return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(operand);
}

QString JournalDatabase::whereFor(const JournalQuery &query, QVariantList &binds,
                                  bool scanByTime) const
{
    QStringList where;
    if (query.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        binds << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        binds << query.to.toMSecsSinceEpoch();
    }
    if (!query.outcomes.isEmpty()) {
        QStringList values;
        for (EntryOutcome o : query.outcomes)
            values << QString::number(int(o));
        values.removeDuplicates();
        where << (values.size() == 1 ? QStringLiteral("outcome = %1").arg(values.first())
                                     : QStringLiteral("outcome IN (%1)").arg(values.join(u',')));
    }
    if (!query.lastFour.isEmpty()) {
        where << QStringLiteral("card_last4 = ?");
        binds << query.lastFour;
    }
    if (!query.orderId.isEmpty()) {
        where << QStringLiteral("order_id = ?");
        binds << query.orderId.trimmed();
    }
    if (!query.transactionId.isEmpty()) {
        where << QStringLiteral("transaction_id = ?");
        binds << query.transactionId.trimmed();
    }
    if (!query.environment.isEmpty()) {
        where << QStringLiteral("environment = ?");
        binds << query.environment;
    }
    if (!query.kinds.isEmpty()) {
        QStringList values;
        for (EntryKind k : query.kinds)
            values << QString::number(int(k));
        values.removeDuplicates();
        where << (values.size() == 1 ? QStringLiteral("kind = %1").arg(values.first())
                                     : QStringLiteral("kind IN (%1)").arg(values.join(u',')));
        // Only payments by link: the term that lets the planner use the partial index of the
        // links (entries_links, WHERE kind <> 0), which it cannot infer from the list above.
        if (!query.kinds.contains(EntryKind::KeyedCard))
            where << QStringLiteral("kind <> %1").arg(int(EntryKind::KeyedCard));
    }
    if (!query.operatorName.isEmpty()) {
        where << QStringLiteral("operator = ?");
        binds << query.operatorName;
    }
    const QString email = query.email.trimmed();
    if (!email.isEmpty())
        where << prefixCondition(QStringLiteral("email"), email, binds, scanByTime);
    const QString name = query.name.simplified();
    if (!name.isEmpty()) {
        const qsizetype space = name.indexOf(u' ');
        if (space < 0) {
            QString a = prefixCondition(QStringLiteral("first_name"), name, binds, scanByTime);
            QString b = prefixCondition(QStringLiteral("last_name"), name, binds, scanByTime);
            where << QStringLiteral("(%1 OR %2)").arg(a, b);
        } else {
            const QString first = name.left(space);
            const QString rest = name.mid(space + 1);
            QString a1 = prefixCondition(QStringLiteral("first_name"), first, binds, scanByTime);
            QString a2 = prefixCondition(QStringLiteral("last_name"), rest, binds, scanByTime);
            QString b1 = prefixCondition(QStringLiteral("last_name"), first, binds, scanByTime);
            QString b2 = prefixCondition(QStringLiteral("first_name"), rest, binds, scanByTime);
            where << QStringLiteral("((%1 AND %2) OR (%3 AND %4))").arg(a1, a2, b1, b2);
        }
    }
    return where.join(QStringLiteral(" AND "));
}

Result<JournalPage> JournalDatabase::search(const JournalQuery &query, const JournalCursor &after,
                                            int limit)
{
    if (auto invalid = query.validate())
        return std::unexpected(*invalid);
    limit = std::clamp(limit, 1, 100000);
    QVariantList binds;
    const auto sql = searchSql(query, after, limit, binds);
    if (!sql)
        return std::unexpected(sql.error());
    auto rows = selectEntries(*sql, binds);
    if (!rows)
        return std::unexpected(rows.error());
    JournalPage page;
    page.hasMore = rows->size() > limit;
    if (page.hasMore)
        rows->resize(limit);
    page.entries = std::move(*rows);
    if (!page.entries.isEmpty())
        page.next = JournalCursor::after(page.entries.constLast());
    return page;
}

Result<QString> JournalDatabase::searchSql(const JournalQuery &query, const JournalCursor &after,
                                           int limit, QVariantList &binds)
{
    auto common = prefixIsCommon(query);
    if (!common)
        return std::unexpected(common.error());
    QString where = whereFor(query, binds, *common);
    if (!after.isNull()) {
        const qint64 at = after.createdAt.toMSecsSinceEpoch();
        const QString keyset = QStringLiteral("created_at <= ? AND (created_at < ? OR id < ?)");
        where = where.isEmpty() ? keyset : where + QStringLiteral(" AND ") + keyset;
        binds << at << at << after.id;
    }
    return QStringLiteral("SELECT %1 FROM entries%2 ORDER BY created_at DESC, id DESC LIMIT %3")
        .arg(JournalColumns::selectList(),
             where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
        .arg(limit + 1);
}

Result<QStringList> JournalDatabase::searchPlan(const JournalQuery &query, int limit)
{
    if (auto invalid = query.validate())
        return std::unexpected(*invalid);
    QVariantList binds;
    const auto sql = searchSql(query, {}, std::clamp(limit, 1, 100000), binds);
    if (!sql)
        return std::unexpected(sql.error());
    const bool sqlite = m_backend == JournalBackend::SQLite;
    QSqlQuery q(m_db);
    if (!q.prepare((sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN "))
                   + *sql))
        return std::unexpected(sqlError(q.lastError(), Step::ReadEntries));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), Step::ReadEntries));
    QStringList plan;
    while (q.next())
        plan << q.value(sqlite ? 3 : 0).toString();
    return plan;
}

QString JournalDatabase::exportSql(const JournalQuery &query, QVariantList &binds)
{
    // prefixIsCommon() only chooses an index; without its answer the plan may be slower, never
    // different in rows.
    auto common = prefixIsCommon(query);
    const QString where = whereFor(query, binds, common && *common);
    return QStringLiteral("SELECT %1 FROM entries%2 ORDER BY created_at DESC, id DESC")
        .arg(JournalColumns::selectList(),
             where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
}

Result<bool> JournalDatabase::prefixIsCommon(const JournalQuery &query)
{
    static constexpr int Threshold = 3000;
    if (m_backend != JournalBackend::SQLite
        || (query.name.trimmed().isEmpty() && query.email.trimmed().isEmpty())
        || !query.orderId.isEmpty() || !query.transactionId.isEmpty() || !query.lastFour.isEmpty())
        return false; // PostgreSQL's planner has statistics; exact ids and last four are selective
    JournalQuery prefixes;
    prefixes.name = query.name;
    prefixes.email = query.email;
    QVariantList binds;
    const QString where = whereFor(prefixes, binds);
    auto q
        = prepared(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM entries WHERE %1 LIMIT %2)")
                       .arg(where)
                       .arg(Threshold));
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &qq = **q;
    for (int i = 0; i < binds.size(); ++i)
        qq.bindValue(i, binds.at(i));
    if (auto done = exec(qq, Step::SearchEntries); !done)
        return std::unexpected(done.error());
    const bool common = qq.next() && qq.value(0).toInt() >= Threshold;
    qq.finish();
    return common;
}

Result<std::optional<JournalEntry>>
JournalDatabase::findDuplicate(const QString &brand, const QString &lastFour, qint64 amountMinor,
                               const QString &currency, const QString &environment,
                               const QDateTime &since)
{
    QStringList states;
    for (int i = 0; i < EntryOutcomeCount; ++i)
        if (mayHaveCharged(EntryOutcome(i)))
            states << QString::number(i);
    auto rows = selectEntries(
        QStringLiteral("SELECT %1 FROM entries WHERE card_last4 = ? AND created_at >= ? AND "
                       "amount_minor = ? AND "
                       "currency = ? AND card_brand = ? AND environment = ? AND outcome IN (%2) "
                       "ORDER BY created_at DESC, id DESC LIMIT 1")
            .arg(JournalColumns::selectList(), states.join(u',')),
        { lastFour, since.toMSecsSinceEpoch(), amountMinor, currency, brand, environment });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(rows->first());
}

Result<QList<JournalEntry>> JournalDatabase::entriesToReconcile(const QString &environment)
{
    // The reconciler's rule (needsReconciliation()), not a second list of it.
    QStringList states;
    for (int i = 0; i < EntryOutcomeCount; ++i)
        if (needsReconciliation(EntryOutcome(i)))
            states << QString::number(i);
    auto open = selectEntries(
        QStringLiteral("SELECT %1 FROM entries WHERE outcome IN (%2) AND environment = ? "
                       "ORDER BY created_at, id LIMIT 10000")
            .arg(JournalColumns::selectList(), states.join(u',')),
        { environment });
    if (!open)
        return open;
    auto refunds
        = selectEntries(QStringLiteral("SELECT %1 FROM entries WHERE refund_state = %2 AND "
                                       "environment = ? ORDER BY created_at, id LIMIT 10000")
                            .arg(JournalColumns::selectList())
                            .arg(int(RefundState::Requested)),
                        { environment });
    if (!refunds)
        return refunds;
    QList<JournalEntry> out = std::move(*open);
    out += *refunds;
    std::sort(out.begin(), out.end(), [](const JournalEntry &a, const JournalEntry &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

Result<qint64>
JournalDatabase::forEach(const JournalQuery &query, int pageSize, const std::atomic_bool *cancel,
                         const std::function<bool(const QList<JournalEntry> &)> &body)
{
    JournalCursor cursor;
    qint64 total = 0;
    while (true) {
        if (cancel && cancel->load())
            return total;
        auto page = search(query, cursor, pageSize);
        if (!page)
            return std::unexpected(page.error());
        if (page->entries.isEmpty())
            return total;
        total += page->entries.size();
        if (!body(page->entries))
            return total;
        if (!page->hasMore)
            return total;
        cursor = page->next;
    }
}

} // namespace pavt

namespace pavt {

Result<QList<CustomerSuggestion>>
JournalDatabase::customers(CustomerField field, const QString &prefix, int limit, bool *more)
{
    const QString typed = prefix.trimmed();
    if (more)
        *more = false;
    if (typed.isEmpty() || limit <= 0)
        return QList<CustomerSuggestion> {};
    const QString column = field == CustomerField::Email ? QStringLiteral("email")
        : field == CustomerField::LastName               ? QStringLiteral("last_name")
                                                         : QStringLiteral("phone");
    // The prefix's range on the field's index, in the index's order (no sort of every match):
    // at most CustomerScanLimit rows, grouped here.
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT %1 FROM entries WHERE %2 LIMIT %3")
              .arg(JournalColumns::selectList(), prefixCondition(column, typed, binds, false))
              .arg(CustomerScanLimit + 1);
    auto rows = selectEntries(sql, binds);
    if (!rows)
        return std::unexpected(rows.error());
    if (more)
        *more = rows->size() > CustomerScanLimit;
    if (rows->size() > CustomerScanLimit)
        rows->resize(CustomerScanLimit);
    // One suggestion per set of details (a customer who moved is two), the newest order's.
    QHash<QString, CustomerSuggestion> byDetails;
    for (const JournalEntry &e : std::as_const(*rows)) {
        if (e.firstName.isEmpty() && e.lastName.isEmpty() && e.email.isEmpty())
            continue;
        const QString key = QStringList { e.firstName, e.lastName, e.email, e.phone,  e.address,
                                          e.city,      e.state,    e.zip,   e.country }
                                .join(QChar(0x1f))
                                .toCaseFolded();
        auto it = byDetails.find(key);
        if (it != byDetails.end() && it->lastOrderAt >= e.createdAt)
            continue;
        byDetails.insert(key,
                         CustomerSuggestion { e.firstName, e.lastName, e.email, e.phone, e.address,
                                              e.city, e.state, e.zip, e.country, e.createdAt });
    }
    QList<CustomerSuggestion> out = byDetails.values();
    std::sort(out.begin(), out.end(), [](const CustomerSuggestion &a, const CustomerSuggestion &b) {
        return a.lastOrderAt != b.lastOrderAt ? a.lastOrderAt > b.lastOrderAt : a.email < b.email;
    });
    if (out.size() > limit) {
        out.resize(limit);
        if (more)
            *more = true;
    }
    return out;
}

} // namespace pavt
