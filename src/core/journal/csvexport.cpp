// SPDX-License-Identifier: MIT
#include "core/journal/csvexport.h"

#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"

#include <QCoreApplication>

#include <charconv>

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

void CsvWriter::appendEscaped(QByteArray &out, QStringView text, bool formulaGuard)
{
    // One pass to learn whether the field needs quotes and whether it is ASCII (most are: then
    // it is copied as bytes, without a UTF-8 conversion).
    bool quote = false;
    bool ascii = true;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x80)
            ascii = false;
        else if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            quote = true;
    }
    bool guard = false;
    if (formulaGuard && !text.isEmpty()) {
        const QChar first = text.front();
        guard = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r';
    }
    if (quote)
        out.append('"');
    if (guard)
        out.append('\'');
    if (ascii) {
        // Written in place: room for every character (twice for quotes) at once.
        const qsizetype at = out.size();
        out.resize(at + (quote ? 2 * text.size() : text.size()));
        char *p = out.data() + at;
        for (QChar ch : text) {
            if (ch == u'"')
                *p++ = '"';
            *p++ = char(ch.unicode());
        }
        out.truncate(p - out.constData());
    } else {
        const QByteArray utf8 = text.toUtf8();
        if (!quote) {
            out.append(utf8);
        } else {
            for (char c : utf8) {
                if (c == '"')
                    out.append('"');
                out.append(c);
            }
        }
    }
    if (quote)
        out.append('"');
}

QString CsvWriter::plainField(QStringView text)
{
    QByteArray out;
    appendEscaped(out, text, false);
    return QString::fromUtf8(out);
}

QString CsvWriter::textField(QStringView text)
{
    QByteArray out;
    appendEscaped(out, text, true);
    return QString::fromUtf8(out);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    m_buffer.append(fields.join(u',').toUtf8());
    endRecord();
}

void CsvWriter::separate()
{
    if (m_fieldsInRecord++ > 0)
        m_buffer.append(',');
}

void CsvWriter::addText(QStringView text)
{
    separate();
    appendEscaped(m_buffer, text, true);
}

void CsvWriter::addPlain(QStringView text)
{
    separate();
    appendEscaped(m_buffer, text, false);
}

void CsvWriter::addNumber(qint64 number)
{
    separate();
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, number);
    m_buffer.append(digits, end - digits);
}

void CsvWriter::appendEscapedUtf8(QByteArray &out, QByteArrayView utf8, bool formulaGuard)
{
    // The rule of appendEscaped() on UTF-8 bytes: the characters it looks at are all ASCII.
    bool quote = false;
    for (char c : utf8)
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    bool guard = false;
    if (formulaGuard && !utf8.isEmpty()) {
        const char first = utf8.front();
        guard = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r';
    }
    if (!quote && !guard) {
        out.append(utf8);
        return;
    }
    if (quote)
        out.append('"');
    if (guard)
        out.append('\'');
    if (!quote) {
        out.append(utf8);
        return;
    }
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void CsvWriter::addTextUtf8(QByteArrayView utf8)
{
    separate();
    if (utf8.isValidUtf8()) {
        appendEscapedUtf8(m_buffer, utf8, true);
    } else {
        // Bytes that are not UTF-8 (written by another program): replaced as QString::fromUtf8()
        // replaces them, then the QString path.
        appendEscaped(m_buffer, QString::fromUtf8(utf8), true);
    }
}

void CsvWriter::addPlainLatin1(QByteArrayView text)
{
    separate();
    appendEscapedUtf8(m_buffer, text, false);
}

void CsvWriter::addEmpty()
{
    separate();
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    m_fieldsInRecord = 0;
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

void writeJournalCsvRecord(CsvWriter &writer, const JournalEntry &e)
{
    for (const JournalColumns::Column &c : JournalColumns::all()) {
        if (!c.has(JournalColumns::Csv))
            continue;
        const JournalColumns::Value v = JournalColumns::exportValue(c, e);
        switch (v.type) {
        case JournalColumns::Value::Null:
            writer.addEmpty();
            break;
        case JournalColumns::Value::Text:
            writer.addText(v.text);
            break;
        case JournalColumns::Value::Plain:
            writer.addPlain(v.text);
            break;
        case JournalColumns::Value::Number:
            writer.addNumber(v.number);
            break;
        }
    }
    writer.endRecord();
}

namespace {

// One stored row of a SQLite stream (JournalDatabase::streamSqlite) as its CSV record: the rules
// of JournalColumns::exportValue() and JournalColumns::read() on stored values, the same bytes
// as writeJournalCsvRecord() writes for the entry (tst_csvexport compares them).
class StoredRowWriter
{
public:
    StoredRowWriter()
    {
        using namespace JournalColumns;
        int stored = 0; // the columns' places in selectList()
        for (const Column &c : all()) {
            const int at = c.isEntryField() ? stored++ : -1;
            if (c.kind == Kind::Integer && c.integer == &JournalEntry::amountMinor)
                m_amount = at;
            if (c.kind == Kind::Text && c.text == &JournalEntry::currency)
                m_currency = at;
            if (c.has(Csv))
                m_fields.append({ &c, at });
        }
        for (const Field &f : std::as_const(m_fields))
            if (f.column->kind == Kind::Outcome || f.column->kind == Kind::Refund
                || f.column->kind == Kind::EntryKind)
                for (int v = 0; v < 16; ++v)
                    m_enumIds[int(f.column->kind)][v] = storedEnumId(f.column->kind, v).toLatin1();
    }

    void write(CsvWriter &writer, const SqliteRow &row)
    {
        using namespace JournalColumns;
        for (const Field &f : std::as_const(m_fields)) {
            const Column &c = *f.column;
            const bool nullable = !c.has(NotNull);
            switch (c.kind) {
            case Kind::Text: {
                const QByteArrayView text = row.text(f.index);
                if (nullable && text.isEmpty())
                    writer.addEmpty();
                else
                    writer.addTextUtf8(text);
                break;
            }
            case Kind::Id:
            case Kind::Integer:
            case Kind::Small: {
                // read(): a Small column is read as an int.
                const qint64 n = c.kind == Kind::Small ? qint64(int(row.integer(f.index)))
                                                       : row.integer(f.index);
                if (nullable && n == 0)
                    writer.addEmpty();
                else
                    writer.addNumber(n);
                break;
            }
            case Kind::Time: {
                if (row.isNull(f.index)) {
                    writer.addEmpty();
                    break;
                }
                const qint64 ms = row.integer(f.index);
                char iso[24];
                if (const int n = formatIsoUtc(ms, iso))
                    writer.addPlainLatin1(QByteArrayView(iso, n));
                else
                    writer.addPlain(isoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
                break;
            }
            case Kind::Outcome:
            case Kind::Refund:
            case Kind::EntryKind: {
                const int v = int(row.integer(f.index));
                if (v >= 0 && v < 16)
                    writer.addTextUtf8(m_enumIds[int(c.kind)][v]);
                else
                    writer.addText(storedEnumId(c.kind, v));
                break;
            }
            case Kind::MajorAmount: {
                const QByteArrayView code = row.text(m_currency);
                if (code != QByteArrayView(m_lastCode)) {
                    m_lastCode = code.toByteArray();
                    m_lastCurrency = QString::fromUtf8(m_lastCode);
                }
                writer.addPlainLatin1(majorAmount(row.integer(m_amount), m_lastCurrency));
                break;
            }
            case Kind::WriterHost:
            case Kind::WriterPid:
                writer.addEmpty(); // never exported (not Csv)
                break;
            }
        }
        writer.endRecord();
    }

private:
    struct Field
    {
        const JournalColumns::Column *column;
        int index; // in selectList()
    };
    QList<Field> m_fields;
    int m_amount = -1;
    int m_currency = -1;
    QByteArray m_enumIds[int(JournalColumns::Kind::WriterPid) + 1][16];
    QByteArray m_lastCode { "\xff" };
    QString m_lastCurrency;
};

} // namespace

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
    // SQLite with its own API where it can (one statement, one snapshot, row by row: memory stays
    // flat); otherwise page by page through QtSql.
    QVariantList binds;
    const QString sql = db.exportSql(query, binds);
    StoredRowWriter stored;
    std::optional<Result<qint64>> streamed
        = db.streamSqlite(sql, binds, cancel, [&](const SqliteRow &row) {
              stored.write(writer, row);
              if (++rows % PageSize != 0)
                  return true;
              if (!writer.flush()) {
                  writeFailed = true;
                  return false;
              }
              if (progress)
                  progress(rows);
              return true;
          });
    if (streamed) {
        if (!*streamed)
            return std::unexpected(streamed->error());
        if (progress && !writeFailed && rows % PageSize != 0)
            progress(rows);
    }
    auto walked = streamed
        ? Result<qint64>(rows)
        : db.forEach(query, PageSize, cancel, [&](const QList<JournalEntry> &page) {
              for (const JournalEntry &e : page)
                  writeJournalCsvRecord(writer, e);
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
