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
    // The same record field by field, escaped straight into the buffer (no QString per field):
    // addText() as textField(), addPlain() as plainField(), a number, an empty field; then
    // endRecord().
    void addText(QStringView text);
    void addPlain(QStringView text);
    void addNumber(qint64 number);
    void addEmpty();
    void endRecord();
    // addText() and addPlain() of text given as UTF-8 (Latin-1 for the plain ASCII of numbers and
    // times), without a QString.
    void addTextUtf8(QByteArrayView utf8);
    void addPlainLatin1(QByteArrayView text);
    // Writes the buffer out; false on a write error (see errorString()).
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    friend class CsvBufferSink;
    void separate();
    // Room for n more bytes at m_buffer.data() + m_used (grows the buffer, never flushes).
    char *room(qsizetype n);

    QIODevice &m_out;
    // Written with memcpy at m_used: QByteArray::append() costs a call to insert() per field,
    // which was a fifth of an export's time.
    QByteArray m_buffer;
    qsizetype m_used = 0;
    QString m_error;
    int m_fieldsInRecord = 0;
};

// The journal's CSV columns: those of the table in journalcolumns.cpp marked Csv, in its order
// (times ISO 8601 UTC, amount in major units with a '.', masked card data only: there is nothing
// else).
QStringList journalCsvHeader();
// One entry as escaped fields for CsvWriter::writeRecord().
QStringList journalCsvRecord(const JournalEntry &entry);
// The same record written straight into the writer's buffer (what the export uses).
void writeJournalCsvRecord(CsvWriter &writer, const JournalEntry &entry);

// Streams every entry of a query (newest first) as CSV with a header line: memory stays flat for
// any size. On SQLite, with SQLite's own API where it can (JournalDatabase::streamSqlite(): one
// statement, so one snapshot, read row by row); otherwise a page of 1,000 at a time through
// QtSql. `progress` is called after every 1,000 rows with the rows written so far; `cancel` stops
// it (between pages, or within 1,024 rows) with the error "cancelled". Returns the number of rows
// written.
Result<qint64> writeJournalCsv(JournalDatabase &db, const JournalQuery &query, QIODevice &out,
                               const std::function<void(qint64 rows)> &progress = {},
                               const std::atomic_bool *cancel = nullptr,
                               bool byteOrderMark = false);

} // namespace pavt
