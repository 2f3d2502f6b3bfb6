// SPDX-License-Identifier: MIT
#include "core/journal/csvexport.h"

#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"

#include <QCoreApplication>

namespace pavt {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;
constexpr int PageSize = 1000;

} // namespace

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark) : m_out(out)
{
    m_buffer.reserve(FlushBytes + 4096);
    if (byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::plainField(QStringView text)
{
    bool quote = false;
    for (QChar ch : text) {
        if (ch == u',' || ch == u'"' || ch == u'\r' || ch == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    out.append(u'"');
    for (QChar ch : text) {
        if (ch == u'"')
            out.append(u'"');
        out.append(ch);
    }
    out.append(u'"');
    return out;
}

QString CsvWriter::textField(QStringView text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return plainField(QString(u'\'' + text.toString()));
    }
    return plainField(text);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    m_buffer.append(fields.join(u',').toUtf8());
    m_buffer.append("\r\n");
    if (m_buffer.size() >= FlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || hasError())
        return !hasError();
    if (m_out.write(m_buffer) != m_buffer.size()) {
        m_error = m_out.errorString().isEmpty()
            ? QCoreApplication::translate("pavt::CsvExport", "write error")
            : m_out.errorString();
        m_buffer.clear();
        return false;
    }
    m_buffer.clear();
    return true;
}

QStringList journalCsvHeader()
{
    return JournalColumns::csvHeader();
}

QStringList journalCsvRecord(const JournalEntry &e)
{
    QStringList fields;
    for (const JournalColumns::Column &c : JournalColumns::all()) {
        if (!c.has(JournalColumns::Csv))
            continue;
        const JournalColumns::Value v = JournalColumns::exportValue(c, e);
        switch (v.type) {
        case JournalColumns::Value::Null:
            fields << QString();
            break;
        case JournalColumns::Value::Text:
            fields << CsvWriter::textField(v.text);
            break;
        case JournalColumns::Value::Plain:
            fields << CsvWriter::plainField(v.text);
            break;
        case JournalColumns::Value::Number:
            fields << QString::number(v.number);
            break;
        }
    }
    return fields;
}

Result<qint64> writeJournalCsv(JournalDatabase &db, const JournalQuery &query, QIODevice &out,
                               const std::function<void(qint64)> &progress,
                               const std::atomic_bool *cancel, bool byteOrderMark)
{
    if (auto invalid = query.validate())
        return std::unexpected(*invalid);
    CsvWriter writer(out, byteOrderMark);
    QStringList header;
    for (const QString &name : journalCsvHeader())
        header << CsvWriter::plainField(name);
    writer.writeRecord(header);
    qint64 rows = 0;
    bool writeFailed = false;
    auto walked = db.forEach(query, PageSize, cancel, [&](const QList<JournalEntry> &page) {
        for (const JournalEntry &e : page)
            writer.writeRecord(journalCsvRecord(e));
        rows += page.size();
        if (!writer.flush()) {
            writeFailed = true;
            return false;
        }
        if (progress)
            progress(rows);
        return true;
    });
    if (!walked)
        return std::unexpected(walked.error());
    if (writeFailed || !writer.flush())
        return fail(
            QStringLiteral("csv_write"),
            QCoreApplication::translate("pavt::CsvExport", "The CSV file could not be written: %1")
                .arg(writer.errorString()));
    if (cancel && cancel->load())
        return fail(QStringLiteral("cancelled"),
                    QCoreApplication::translate("pavt::CsvExport", "The export was cancelled."));
    return rows;
}

} // namespace pavt
