// SPDX-License-Identifier: MIT
// The journal's CSV export: CsvWriter (textField, plainField, writeRecord) and journalCsvRecord(),
// plus sanitizeJournalText(), which every text of the journal passes through.
//
// Input: byte 0 chooses the mode (bit 0: byte order mark; bit 1: whole journal entries through
// journalCsvRecord(); otherwise single fields, byte 1 choosing textField or plainField per field),
// then fields separated by NUL bytes, read as UTF-8.
//
// Invariants (beyond "no crash, no sanitizer report"):
// - The output is RFC 4180: each record ends with CRLF, each field is either unquoted (no comma,
//   quote, CR or LF in it) or quoted with its quotes doubled, so every record has an even number of
//   quote characters; a reader gets back exactly one record per writeRecord() and the same number
//   of fields (24 for a journal entry).
// - Reading a field back gives the text written (as UTF-8 can carry it), with an apostrophe in
//   front of a text field that starts with = + - @ TAB or CR.
// - No cell starts with = + - @ TAB or CR once read, unless it is a plain number ("-12.50").
// - sanitizeJournalText() leaves no run of 12-19 digits (with spaces or dashes between them), no
//   control character, and at most `limit` characters.
#include "core/journal/csvexport.h"
#include "core/journal/journalentry.h"
#include "support/fuzzsupport.h"

#include <QBuffer>

using namespace pavt;

namespace {

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

bool isPlainNumber(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    qsizetype digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= u'0' && text[i] <= u'9')
            ++digits;
        else if (text[i] == u'.' && !point && digits > 0)
            point = true;
        else
            return false;
    }
    return digits > 0 && !text.endsWith(u'.');
}

// An RFC 4180 reader that refuses anything a strict reader would: the records and their fields,
// or an error message.
struct Csv
{
    QList<QStringList> records;
    QString error;
};

Csv readCsv(const QString &text)
{
    Csv out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QStringList record;
        qsizetype quotes = 0;
        for (;;) {
            QString field;
            if (i < n && text[i] == u'"') {
                ++quotes;
                ++i;
                for (;;) {
                    if (i >= n) {
                        out.error = QStringLiteral("unterminated quoted field");
                        return out;
                    }
                    if (text[i] == u'"') {
                        ++quotes;
                        if (i + 1 < n && text[i + 1] == u'"') {
                            ++quotes;
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field.append(text[i++]);
                }
            } else {
                while (i < n && text[i] != u',' && text[i] != u'\r') {
                    if (text[i] == u'"' || text[i] == u'\n') {
                        out.error
                            = QStringLiteral("a quote or LF in an unquoted field at %1").arg(i);
                        return out;
                    }
                    field.append(text[i++]);
                }
            }
            record.append(field);
            if (i < n && text[i] == u',') {
                ++i;
                continue;
            }
            if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
                i += 2;
                break;
            }
            out.error = QStringLiteral("a record does not end with CRLF at %1").arg(i);
            return out;
        }
        if (quotes % 2 != 0) {
            out.error
                = QStringLiteral("an odd number of quotes in record %1").arg(out.records.size());
            return out;
        }
        out.records.append(record);
    }
    return out;
}

// What a QString looks like after a trip through UTF-8 (an unpaired surrogate becomes U+FFFD).
QString throughUtf8(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

void checkCells(const QStringList &cells, const QString &dump)
{
    for (const QString &cell : cells)
        FUZZ_CHECK(!startsLikeFormula(cell) || isPlainNumber(cell),
                   QStringLiteral("a cell starts like a formula: ") + fuzz::printable(cell) + u' '
                       + dump);
}

void checkSanitized(const QString &text)
{
    for (int limit : { 500, 40 }) {
        const QString clean = sanitizeJournalText(text, limit);
        FUZZ_CHECK(clean.size() <= limit,
                   QStringLiteral("%1 characters kept, limit %2").arg(clean.size()).arg(limit));
        int runDigits = 0;
        qsizetype runStart = 0;
        const auto endRun = [&](qsizetype at) {
            FUZZ_CHECK(runDigits < 12 || runDigits > 19,
                       QStringLiteral("a card-like run of %1 digits survives: %2 (from %3)")
                           .arg(runDigits)
                           .arg(fuzz::printable(QStringView(clean).sliced(runStart, at - runStart)),
                                fuzz::printable(text)));
            runDigits = 0;
        };
        for (qsizetype k = 0; k < clean.size(); ++k) {
            const QChar c = clean[k];
            FUZZ_CHECK(c.category() != QChar::Other_Control,
                       QStringLiteral("a control character survives: ") + fuzz::printable(clean));
            if (c >= u'0' && c <= u'9') {
                if (runDigits == 0)
                    runStart = k;
                ++runDigits;
            } else if ((c == u' ' || c == u'-') && runDigits > 0 && k + 1 < clean.size()
                       && clean[k + 1] >= u'0' && clean[k + 1] <= u'9') {
                continue; // a separator inside a run
            } else if (runDigits > 0) {
                endRun(k);
            }
        }
        if (runDigits > 0)
            endRun(clean.size());
    }
}

QString writeAll(const QList<QStringList> &records, bool byteOrderMark)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, byteOrderMark);
        for (const QStringList &r : records)
            writer.writeRecord(r);
        FUZZ_CHECK(writer.flush() && !writer.hasError(), writer.errorString());
    }
    QByteArray bytes = buffer.data();
    if (byteOrderMark) {
        FUZZ_CHECK(bytes.startsWith("\xEF\xBB\xBF"), QStringLiteral("no byte order mark"));
        bytes.remove(0, 3);
    }
    return QString::fromUtf8(bytes);
}

JournalEntry entryFrom(fuzz::Input &in, const QList<QString> &texts)
{
    JournalEntry e;
    auto next
        = [&, k = qsizetype(0)]() mutable { return k < texts.size() ? texts.at(k++) : QString(); };
    qint64 amount = 0;
    for (int b = 0; b < 5; ++b)
        amount = (amount << 8) | in.byte();
    e.amountMinor = (in.byte() & 1) ? -amount : amount;
    e.httpStatus = int(in.byte()) * 4 - 8;
    e.outcome = EntryOutcome(in.pick(EntryOutcomeCount));
    e.refundState = RefundState(in.pick(4));
    e.createdAt = QDateTime::fromMSecsSinceEpoch(qint64(in.byte()) << 34, Qt::UTC);
    e.updatedAt = (in.byte() & 1) ? e.createdAt.addSecs(in.byte()) : QDateTime();
    e.refundedAt = (in.byte() & 1) ? e.createdAt.addDays(1) : QDateTime();
    e.operatorName = next();
    e.environment = next();
    e.orderId = next();
    e.transactionId = next();
    e.currency = next();
    e.cardBrand = next();
    e.cardFirstSix = next();
    e.cardLastFour = next();
    e.firstName = next();
    e.lastName = next();
    e.email = next();
    e.country = next();
    e.message = next();
    e.threeDSUrl = next();
    e.refundReason = next();
    e.refundMessage = next();
    return e;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return -1;
    fuzz::Input in(data, size);
    const uint8_t mode = in.byte();
    const bool byteOrderMark = mode & 1;

    if (mode & 2) {
        QList<QString> texts;
        fuzz::Input header = in;
        for (int b = 0; b < 12; ++b)
            in.byte(); // the entry's numbers, read by entryFrom() from `header`
        while (!in.empty() && texts.size() < 16)
            texts.append(QString::fromUtf8(in.chunk(4096)));
        const JournalEntry entry = entryFrom(header, texts);
        const QStringList record = journalCsvRecord(entry);
        const QString text = writeAll({ journalCsvHeader(), record }, byteOrderMark);
        const Csv csv = readCsv(text);
        FUZZ_CHECK(csv.error.isEmpty(), csv.error + u' ' + fuzz::printable(text, 400));
        FUZZ_CHECK(csv.records.size() == 2 && csv.records.at(0).size() == journalCsvHeader().size()
                       && csv.records.at(1).size() == csv.records.at(0).size(),
                   QStringLiteral("%1 records, %2 fields")
                       .arg(csv.records.size())
                       .arg(csv.records.value(1).size()));
        checkCells(csv.records.at(1), fuzz::printable(text, 400));
        for (const QString &t : std::as_const(texts))
            checkSanitized(t);
        return 0;
    }

    const uint8_t kinds = in.byte(); // bit k: field k is plainField (numbers) instead of textField
    QStringList raw;
    QStringList escaped;
    while (!in.empty() && raw.size() < 24) {
        const QString field = QString::fromUtf8(in.chunk(4096));
        const bool plain = (kinds >> (raw.size() % 8)) & 1;
        raw.append(field);
        escaped.append(plain ? CsvWriter::plainField(field) : CsvWriter::textField(field));
    }
    // Two records: the fields, then the same again, so record boundaries are checked too.
    const QString text = writeAll({ escaped, escaped }, byteOrderMark);
    const Csv csv = readCsv(text);
    FUZZ_CHECK(csv.error.isEmpty(), csv.error + u' ' + fuzz::printable(text, 400));
    FUZZ_CHECK(csv.records.size() == 2,
               QStringLiteral("%1 records from 2").arg(csv.records.size()));
    const qsizetype expectedFields
        = qMax<qsizetype>(raw.size(), 1); // an empty record reads as one empty field
    for (const QStringList &record : csv.records) {
        FUZZ_CHECK(
            record.size() == expectedFields,
            QStringLiteral("%1 fields read from %2 written").arg(record.size()).arg(raw.size()));
        for (qsizetype k = 0; k < raw.size(); ++k) {
            const bool plain = (kinds >> (k % 8)) & 1;
            const QString original = throughUtf8(raw.at(k));
            const QString expected
                = !plain && startsLikeFormula(original) ? u'\'' + original : original;
            FUZZ_CHECK(record.at(k) == expected,
                       QStringLiteral("field %1 reads back as %2 instead of %3")
                           .arg(k)
                           .arg(fuzz::printable(record.at(k)), fuzz::printable(expected)));
            if (!plain)
                FUZZ_CHECK(!startsLikeFormula(record.at(k)), fuzz::printable(record.at(k)));
        }
    }
    return 0;
}
