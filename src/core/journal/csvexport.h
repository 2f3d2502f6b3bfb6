// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pavt {

class JournalDatabase;

// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted (and its quotes
// doubled) when it holds a comma, a quote, CR or LF. UTF-8. For spreadsheets, a text field that
// starts with = + - @ TAB or CR is prefixed with an apostrophe so it is never run as a formula
// (OWASP "CSV injection"); numbers are written as numbers.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &out, bool byteOrderMark = false);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // One text field as it goes into the file: formula-guarded, then quoted if needed.
    static QString textField(QStringView text);
    // A field written exactly as given (numbers), only quoted if needed.
    static QString plainField(QStringView text);

    // A record of already-escaped fields (textField/plainField). Buffered.
    void writeRecord(const QStringList &escapedFields);
    // Writes the buffer out; false on a write error (see errorString()).
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    QIODevice &m_out;
    QByteArray m_buffer;
    QString m_error;
};

// The journal's CSV columns: those of the table in journalcolumns.cpp marked Csv, in its order
// (times ISO 8601 UTC, amount in major units with a '.', masked card data only: there is nothing
// else).
QStringList journalCsvHeader();
// One entry as escaped fields for CsvWriter::writeRecord().
QStringList journalCsvRecord(const JournalEntry &entry);

// Streams every entry of a query (newest first) as CSV with a header line, a page of 1,000 at a
// time: memory stays flat for any size. `progress` is called after each page with the rows
// written so far; `cancel` stops it between pages with the error "cancelled". Returns the number of
// rows written.
Result<qint64> writeJournalCsv(JournalDatabase &db, const JournalQuery &query, QIODevice &out,
                               const std::function<void(qint64 rows)> &progress = {},
                               const std::atomic_bool *cancel = nullptr,
                               bool byteOrderMark = false);

} // namespace pavt
