// SPDX-License-Identifier: MIT
// What a settlement's report shows: its categories in order, its serious items, and its CSV.
#include "core/service/settlementreport.h"

#include "core/journal/csvexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace pavt {

bool SettlementReport::hasSerious(SettlementCategory category) const
{
    return std::any_of(items.cbegin(), items.cend(), [category](const SettlementItem &i) {
        return i.category == category && i.serious;
    });
}

QList<SettlementCategory> SettlementReport::categoriesSeriousFirst() const
{
    QList<SettlementCategory> out(std::begin(SettlementDisplayOrder),
                                  std::end(SettlementDisplayOrder));
    std::stable_partition(out.begin(), out.end(),
                          [this](SettlementCategory c) { return hasSerious(c); });
    return out;
}

QList<SettlementItem> SettlementReport::seriousItems() const
{
    QList<SettlementItem> out;
    for (const SettlementItem &item : items)
        if (item.serious)
            out.append(item);
    return out;
}

QStringList settlementCsvHeader()
{
    return { QStringLiteral("category"),     QStringLiteral("serious"),
             QStringLiteral("day"),          QStringLiteral("transaction_id"),
             QStringLiteral("order_id"),     QStringLiteral("entry_id"),
             QStringLiteral("amount_minor"), QStringLiteral("currency"),
             QStringLiteral("status"),       QStringLiteral("date"),
             QStringLiteral("detail") };
}

QStringList settlementCsvRecord(const SettlementItem &item)
{
    return { CsvWriter::plainField(settlementCategoryId(item.category)),
             CsvWriter::plainField(item.serious ? QStringLiteral("yes") : QStringLiteral("no")),
             CsvWriter::plainField(item.day.toString(Qt::ISODate)),
             CsvWriter::textField(item.transactionId),
             CsvWriter::textField(item.orderId),
             CsvWriter::plainField(item.entryId ? QString::number(item.entryId) : QString()),
             CsvWriter::plainField(QString::number(item.amountMinor)),
             CsvWriter::textField(item.currency),
             CsvWriter::textField(item.status),
             CsvWriter::textField(item.date),
             CsvWriter::textField(item.detail) };
}

Result<qint64> saveSettlementCsv(const SettlementReport &report, const QString &path)
{
    const auto cannot = [&path](const QString &why) {
        return fail(
            QStringLiteral("csv_write"),
            QCoreApplication::translate("pavt::Settlement", "Cannot write %1: %2").arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannot(file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    CsvWriter csv(file);
    csv.writeRecord(settlementCsvHeader());
    qint64 rows = 0;
    for (const SettlementItem &item : report.items) {
        csv.writeRecord(settlementCsvRecord(item));
        ++rows;
    }
    if (!csv.flush())
        return cannot(csv.errorString());
    if (!file.commit())
        return cannot(file.errorString());
    return rows;
}

} // namespace pavt
