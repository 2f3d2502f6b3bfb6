// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/service/layer.h"
#include "core/service/settlement.h"

#include <QStringList>

class QIODevice;

namespace pavt {

// The settlement's CSV, one writer for pavt-cli settle --csv and the window's End of day: a header
// (category, serious, day, transaction_id, order_id, entry_id, amount_minor, currency, status,
// date, detail), then one row per item in the report's order.
QStringList settlementCsvHeader();
// One item as escaped fields for CsvWriter::writeRecord().
QStringList settlementCsvRecord(const SettlementItem &item);
// Writes the report's CSV to `path` atomically, readable by its owner only. The number of rows
// written, or an Error ("csv_write") in words.
Result<qint64> saveSettlementCsv(const SettlementReport &report, const QString &path);

} // namespace pavt
