// SPDX-License-Identifier: MIT
// Totals per currency and outcome (JournalDatabase::totals, count) and the entry_totals table
// behind them (schema 8): see journaltotals.h.
#include "core/journal/journaltotals.h"

#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"

#include <QSqlError>

namespace pavt {

namespace JournalTotals {

namespace {

// "day, environment, currency, outcome, kind": the table's key.
QString keyList()
{
    return QStringLiteral("day, ") + JournalColumns::totalsKeyNames().join(QStringLiteral(", "));
}

// Adds one entry (`row` is NEW or OLD) to its bucket, or takes it away (`sign` "-"); a bucket
// left with no entries is removed, so the table holds only what the entries hold.
QStringList applySql(const QString &row, const char *sign, JournalBackend backend)
{
    const QString excluded = backend == JournalBackend::PostgreSQL ? QStringLiteral("EXCLUDED")
                                                                   : QStringLiteral("excluded");
    QStringList values { bucketSql(row + QStringLiteral(".created_at")) };
    QStringList match { QStringLiteral("day = ") + values.first() };
    for (const QString &name : JournalColumns::totalsKeyNames()) {
        values << row + u'.' + name;
        match << name + QStringLiteral(" = ") + row + u'.' + name;
    }
    const QString s = QLatin1StringView(sign);
    QStringList sql { QStringLiteral(
                          "INSERT INTO entry_totals (%1, entry_count, amount_minor) VALUES (%2, "
                          "%3 1, %3 %4.amount_minor) ON CONFLICT (%1) DO UPDATE SET entry_count "
                          "= entry_totals.entry_count + %5.entry_count, amount_minor = "
                          "entry_totals.amount_minor + %5.amount_minor")
                          .arg(keyList(), values.join(QStringLiteral(", ")), s, row, excluded) };
    if (s == u"-")
        sql << QStringLiteral("DELETE FROM entry_totals WHERE %1 AND entry_count = 0")
                   .arg(match.join(QStringLiteral(" AND ")));
    return sql;
}

// The columns whose change moves an entry to another bucket or changes its bucket's sum.
QStringList watchedColumns()
{
    return QStringList { QStringLiteral("created_at"), QStringLiteral("amount_minor") }
    + JournalColumns::totalsKeyNames();
}

// OLD.created_at IS DISTINCT FROM NEW.created_at OR ... (SQLite: IS NOT).
QString changedSql(JournalBackend backend)
{
    const QString distinct = backend == JournalBackend::PostgreSQL
        ? QStringLiteral(" IS DISTINCT FROM ")
        : QStringLiteral(" IS NOT ");
    QStringList changed;
    for (const QString &name : watchedColumns())
        changed << QStringLiteral("OLD.") + name + distinct + QStringLiteral("NEW.") + name;
    return changed.join(QStringLiteral(" OR "));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && a < 0) ? 1 : 0); // b > 0
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

} // namespace

QString bucketSql(const QString &millis)
{
    // (t - (t mod D)) / D with a non-negative remainder: both backends' % and / truncate.
    return QStringLiteral("((%1 - ((%1 % %2) + %2) % %2) / %2)").arg(millis).arg(BucketMs);
}

QStringList schemaSql(JournalBackend backend)
{
    const bool pg = backend == JournalBackend::PostgreSQL;
    QStringList columns { pg ? QStringLiteral("day BIGINT NOT NULL")
                             : QStringLiteral("day INTEGER NOT NULL") };
    columns += JournalColumns::totalsKeyDefinitions(backend);
    const QString integer = pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    columns << QStringLiteral("entry_count %1 NOT NULL").arg(integer)
            << QStringLiteral("amount_minor %1 NOT NULL").arg(integer)
            << QStringLiteral("PRIMARY KEY (%1)").arg(keyList());
    QStringList sql { QStringLiteral("DROP TABLE IF EXISTS entry_totals"),
                      QStringLiteral("CREATE TABLE entry_totals (%1)%2")
                          .arg(columns.join(QStringLiteral(", ")),
                               pg ? QString() : QStringLiteral(" WITHOUT ROWID")) };
    const QString watched = watchedColumns().join(QStringLiteral(", "));
    if (!pg) {
        sql << QStringLiteral("DROP TRIGGER IF EXISTS entry_totals_insert")
            << QStringLiteral("DROP TRIGGER IF EXISTS entry_totals_delete")
            << QStringLiteral("DROP TRIGGER IF EXISTS entry_totals_update");
        sql << QStringLiteral("CREATE TRIGGER entry_totals_insert AFTER INSERT ON entries BEGIN "
                              "%1; END")
                   .arg(applySql(QStringLiteral("NEW"), "+", backend).join(QStringLiteral("; ")));
        sql << QStringLiteral("CREATE TRIGGER entry_totals_delete AFTER DELETE ON entries BEGIN "
                              "%1; END")
                   .arg(applySql(QStringLiteral("OLD"), "-", backend).join(QStringLiteral("; ")));
        sql << QStringLiteral("CREATE TRIGGER entry_totals_update AFTER UPDATE OF %1 ON entries "
                              "WHEN %2 BEGIN %3; %4; END")
                   .arg(watched, changedSql(backend),
                        applySql(QStringLiteral("OLD"), "-", backend).join(QStringLiteral("; ")),
                        applySql(QStringLiteral("NEW"), "+", backend).join(QStringLiteral("; ")));
        return sql;
    }
    // PostgreSQL: one function for the three. Two seats that move entries between the same two
    // buckets lock the buckets' rows in the same order (the smaller key first), so they never
    // deadlock. SECURITY DEFINER: the function writes entry_totals with its owner's rights, so a
    // seat needs only SELECT on it (docs/admin-guide.md), and cannot change the totals by hand.
    QStringList oldKey { bucketSql(QStringLiteral("OLD.created_at")) };
    QStringList newKey { bucketSql(QStringLiteral("NEW.created_at")) };
    for (const QString &name : JournalColumns::totalsKeyNames()) {
        oldKey << QStringLiteral("OLD.") + name;
        newKey << QStringLiteral("NEW.") + name;
    }
    const QString add = applySql(QStringLiteral("NEW"), "+", backend).join(QStringLiteral("; "));
    const QString remove = applySql(QStringLiteral("OLD"), "-", backend).join(QStringLiteral("; "));
    sql << QStringLiteral(
               "CREATE OR REPLACE FUNCTION pavt_entry_totals_change() RETURNS trigger LANGUAGE "
               "plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
               "IF TG_OP = 'UPDATE' THEN "
               "IF NOT (%1) THEN RETURN NULL; END IF; "
               "IF ROW(%2) < ROW(%3) THEN %4; %5; RETURN NULL; END IF; "
               "END IF; "
               "IF TG_OP <> 'INSERT' THEN %5; END IF; "
               "IF TG_OP <> 'DELETE' THEN %4; END IF; "
               "RETURN NULL; END $$")
               .arg(changedSql(backend), newKey.join(QStringLiteral(", ")),
                    oldKey.join(QStringLiteral(", ")), add, remove);
    sql << QStringLiteral(
        "CREATE OR REPLACE FUNCTION pavt_entry_totals_clear() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN DELETE FROM entry_totals; "
        "RETURN NULL; END $$");
    sql << QStringLiteral("DROP TRIGGER IF EXISTS entry_totals_change ON entries")
        << QStringLiteral("DROP TRIGGER IF EXISTS entry_totals_truncate ON entries");
    sql << QStringLiteral("CREATE TRIGGER entry_totals_change AFTER INSERT OR DELETE OR UPDATE OF "
                          "%1 ON entries FOR EACH ROW EXECUTE FUNCTION pavt_entry_totals_change()")
               .arg(watched);
    sql << QStringLiteral("CREATE TRIGGER entry_totals_truncate AFTER TRUNCATE ON entries FOR "
                          "EACH STATEMENT EXECUTE FUNCTION pavt_entry_totals_clear()");
    return sql;
}

QString fillSql()
{
    const QString keys = JournalColumns::totalsKeyNames().join(QStringLiteral(", "));
    return QStringLiteral("INSERT INTO entry_totals (%1, entry_count, amount_minor) SELECT %2, %3, "
                          "COUNT(*), SUM(amount_minor) FROM entries GROUP BY %2, %3")
        .arg(keyList(), bucketSql(QStringLiteral("created_at")), keys);
}

bool answerable(const JournalQuery &query)
{
    // The same emptiness as JournalDatabase::whereFor()'s: a condition it would not write.
    return query.lastFour.isEmpty() && query.name.simplified().isEmpty()
        && query.email.trimmed().isEmpty() && query.orderId.isEmpty()
        && query.transactionId.isEmpty() && query.operatorName.isEmpty();
}

} // namespace JournalTotals

Result<QList<JournalTotal>> JournalDatabase::totals(const JournalQuery &query)
{
    if (auto invalid = query.validate())
        return std::unexpected(*invalid);
    QVariantList binds;
    QString sql;
    if (!JournalTotals::answerable(query)) {
        // Conditions the buckets do not hold (text searches, operator, last four, ids): the
        // entries themselves, through whatever index the search uses.
        const QString where = whereFor(query, binds);
        sql = QStringLiteral("SELECT currency, outcome, COUNT(*), SUM(amount_minor) FROM entries%1 "
                             "GROUP BY currency, outcome ORDER BY currency, outcome")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    } else {
        // Whole days from entry_totals; the part of a day at each edge of the range from the
        // entries (the created_at index). Both in one statement: one snapshot.
        JournalQuery keys = query;
        keys.from = keys.to = QDateTime();
        auto withKeys = [&](QStringList conditions) {
            const QString k = whereFor(keys, binds);
            if (!k.isEmpty())
                conditions << k;
            return conditions.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        };
        QStringList parts;
        auto entriesBetween = [&](qint64 from, qint64 to) {
            binds << from << to;
            parts << QStringLiteral("SELECT currency, outcome, 1 AS n, amount_minor AS s FROM "
                                    "entries")
                    + withKeys(
                         { QStringLiteral("created_at >= ?"), QStringLiteral("created_at < ?") });
        };
        constexpr qint64 D = JournalTotals::BucketMs;
        const bool hasFrom = query.from.isValid(), hasTo = query.to.isValid();
        const qint64 from = hasFrom ? query.from.toMSecsSinceEpoch() : 0;
        const qint64 to = hasTo ? query.to.toMSecsSinceEpoch() : 0;
        // The whole days: [firstDay, endDay).
        const qint64 firstDay = hasFrom ? JournalTotals::ceilDiv(from, D) : 0;
        const qint64 endDay = hasTo ? JournalTotals::floorDiv(to, D) : 0;
        if (hasFrom && hasTo && firstDay >= endDay) {
            entriesBetween(from, to); // within one day, or across one midnight only
        } else {
            QStringList days;
            if (hasFrom) {
                days << QStringLiteral("day >= ?");
                binds << firstDay;
            }
            if (hasTo) {
                days << QStringLiteral("day < ?");
                binds << endDay;
            }
            parts << QStringLiteral("SELECT currency, outcome, entry_count AS n, amount_minor AS s "
                                    "FROM entry_totals")
                    + withKeys(days);
            if (hasFrom && from < firstDay * D)
                entriesBetween(from, firstDay * D);
            if (hasTo && endDay * D < to)
                entriesBetween(endDay * D, to);
        }
        sql = QStringLiteral("SELECT currency, outcome, SUM(n), SUM(s) FROM (%1) AS t GROUP BY "
                             "currency, outcome HAVING SUM(n) > 0 ORDER BY currency, outcome")
                  .arg(parts.join(QStringLiteral(" UNION ALL ")));
    }
    auto q = prepared(sql);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &qq = **q;
    for (int i = 0; i < binds.size(); ++i)
        qq.bindValue(i, binds.at(i));
    if (auto done = exec(qq, Step::AddUpEntries); !done)
        return std::unexpected(done.error());
    QList<JournalTotal> out;
    while (qq.next())
        out.append(JournalTotal { qq.value(0).toString(),
                                  JournalColumns::outcomeFromInt(qq.value(1).toInt()),
                                  qq.value(2).toLongLong(), qq.value(3).toLongLong() });
    qq.finish();
    return out;
}

Result<qint64> JournalDatabase::count(const JournalQuery &query)
{
    if (auto invalid = query.validate())
        return std::unexpected(*invalid);
    if (JournalTotals::answerable(query)) {
        auto totals = this->totals(query);
        if (!totals)
            return std::unexpected(totals.error());
        qint64 n = 0;
        for (const JournalTotal &t : std::as_const(*totals))
            n += t.count;
        return n;
    }
    QVariantList binds;
    const QString where = whereFor(query, binds);
    auto q = prepared(QStringLiteral("SELECT COUNT(*) FROM entries%1")
                          .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &qq = **q;
    for (int i = 0; i < binds.size(); ++i)
        qq.bindValue(i, binds.at(i));
    if (auto done = exec(qq, Step::CountEntries); !done)
        return std::unexpected(done.error());
    const qint64 n = qq.next() ? qq.value(0).toLongLong() : 0;
    qq.finish();
    return n;
}

} // namespace pavt
