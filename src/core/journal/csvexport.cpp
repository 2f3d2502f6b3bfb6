// SPDX-License-Identifier: MIT
#include "core/journal/csvexport.h"

#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"
#include "core/payment/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace pavt {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;
constexpr int PageSize = 1000;

} // namespace

// Where the escaping rule writes: a QByteArray (textField(), plainField()) or the writer's
// buffer (CsvBufferSink). put() appends; grow(n) gives room for n bytes and commit() ends what
// was written there.
class CsvByteArraySink
{
public:
    explicit CsvByteArraySink(QByteArray &out) : m_out(out) { }
    void put(char c) { m_out.append(c); }
    void put(const char *p, qsizetype n) { m_out.append(p, n); }
    char *grow(qsizetype n)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + n);
        return m_out.data() + at;
    }
    void commit(const char *end) { m_out.truncate(end - m_out.constData()); }

private:
    QByteArray &m_out;
};

class CsvBufferSink
{
public:
    explicit CsvBufferSink(CsvWriter &writer) : m_writer(writer) { }
    void put(char c) { *grow(1) = c, ++m_writer.m_used; }
    void put(const char *p, qsizetype n)
    {
        if (n > 0) {
            std::memcpy(grow(n), p, size_t(n));
            m_writer.m_used += n;
        }
    }
    char *grow(qsizetype n) { return m_writer.room(n); }
    void commit(const char *end) { m_writer.m_used = end - m_writer.m_buffer.constData(); }

private:
    CsvWriter &m_writer;
};

namespace {

// The one escaping rule: formula guard (for text), quotes when needed, UTF-8.
template<typename Sink> void appendEscaped(Sink &&out, QStringView text, bool formulaGuard)
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
        out.put('"');
    if (guard)
        out.put('\'');
    if (ascii) {
        // Written in place: room for every character (twice for quotes) at once.
        char *p = out.grow(quote ? 2 * text.size() : text.size());
        for (QChar ch : text) {
            if (ch == u'"')
                *p++ = '"';
            *p++ = char(ch.unicode());
        }
        out.commit(p);
    } else {
        const QByteArray utf8 = text.toUtf8();
        if (!quote) {
            out.put(utf8.constData(), utf8.size());
        } else {
            for (char c : utf8) {
                if (c == '"')
                    out.put('"');
                out.put(c);
            }
        }
    }
    if (quote)
        out.put('"');
}

// The rule of appendEscaped() on UTF-8 bytes: the characters it looks at are all ASCII.
template<typename Sink> void appendEscapedUtf8(Sink &&out, QByteArrayView utf8, bool formulaGuard)
{
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
    if (quote)
        out.put('"');
    if (guard)
        out.put('\'');
    if (!quote) {
        out.put(utf8.data(), utf8.size());
        return;
    }
    for (char c : utf8) {
        if (c == '"')
            out.put('"');
        out.put(c);
    }
    out.put('"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice &out, bool byteOrderMark) : m_out(out)
{
    m_buffer.resize(FlushBytes + 4096);
    if (byteOrderMark)
        CsvBufferSink(*this).put("\xEF\xBB\xBF", 3);
}

CsvWriter::~CsvWriter()
{
    flush();
}

char *CsvWriter::room(qsizetype n)
{
    if (m_used + n > m_buffer.size())
        m_buffer.resize(std::max(2 * m_buffer.size(), m_used + n));
    return m_buffer.data() + m_used;
}

QString CsvWriter::plainField(QStringView text)
{
    QByteArray out;
    appendEscaped(CsvByteArraySink(out), text, false);
    return QString::fromUtf8(out);
}

QString CsvWriter::textField(QStringView text)
{
    QByteArray out;
    appendEscaped(CsvByteArraySink(out), text, true);
    return QString::fromUtf8(out);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    const QByteArray record = fields.join(u',').toUtf8();
    CsvBufferSink(*this).put(record.constData(), record.size());
    endRecord();
}

void CsvWriter::separate()
{
    if (m_fieldsInRecord++ > 0)
        CsvBufferSink(*this).put(',');
}

void CsvWriter::addText(QStringView text)
{
    separate();
    appendEscaped(CsvBufferSink(*this), text, true);
}

void CsvWriter::addPlain(QStringView text)
{
    separate();
    appendEscaped(CsvBufferSink(*this), text, false);
}

void CsvWriter::addNumber(qint64 number)
{
    separate();
    char *p = room(24);
    const auto [end, ec] = std::to_chars(p, p + 24, number);
    m_used = end - m_buffer.constData();
}

void CsvWriter::addTextUtf8(QByteArrayView utf8)
{
    separate();
    // Plain ASCII (nearly every field) is valid UTF-8: the validation is skipped for it.
    const bool ascii
        = std::all_of(utf8.begin(), utf8.end(), [](char c) { return (uchar(c) & 0x80) == 0; });
    if (ascii || utf8.isValidUtf8()) {
        appendEscapedUtf8(CsvBufferSink(*this), utf8, true);
    } else {
        // Bytes that are not UTF-8 (written by another program): replaced as QString::fromUtf8()
        // replaces them, then the QString path.
        appendEscaped(CsvBufferSink(*this), QString::fromUtf8(utf8), true);
    }
}

void CsvWriter::addPlainLatin1(QByteArrayView text)
{
    separate();
    appendEscapedUtf8(CsvBufferSink(*this), text, false);
}

void CsvWriter::addEmpty()
{
    separate();
}

void CsvWriter::endRecord()
{
    CsvBufferSink(*this).put("\r\n", 2);
    m_fieldsInRecord = 0;
    if (m_used >= FlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (m_used == 0 || hasError())
        return !hasError();
    const qsizetype size = m_used;
    m_used = 0;
    if (m_out.write(m_buffer.constData(), size) != size) {
        m_error = m_out.errorString().isEmpty()
            ? QCoreApplication::translate("pavt::CsvExport", "write error")
            : m_out.errorString();
        return false;
    }
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
                    m_lastUnits = majorAmountUnits(QString::fromUtf8(m_lastCode));
                }
                char digits[48];
                const int n = majorUnitsDecimal(row.integer(m_amount), m_lastUnits, digits);
                writer.addPlainLatin1(QByteArrayView(digits, n));
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
    int m_lastUnits = 2;
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
