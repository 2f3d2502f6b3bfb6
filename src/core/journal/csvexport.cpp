// SPDX-License-Identifier: MIT
#include "core/journal/csvexport.h"

#include "core/journal/journaldatabase.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QCoreApplication>

namespace pavt {

namespace {

constexpr qsizetype FlushBytes = 256 * 1024;
constexpr int PageSize = 1000;

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

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
    return { QStringLiteral("created_at"),     QStringLiteral("updated_at"),
             QStringLiteral("operator"),       QStringLiteral("environment"),
             QStringLiteral("order_id"),       QStringLiteral("transaction_id"),
             QStringLiteral("amount"),         QStringLiteral("amount_minor"),
             QStringLiteral("currency"),       QStringLiteral("card_brand"),
             QStringLiteral("card_first_six"), QStringLiteral("card_last_four"),
             QStringLiteral("first_name"),     QStringLiteral("last_name"),
             QStringLiteral("email"),          QStringLiteral("country"),
             QStringLiteral("outcome"),        QStringLiteral("message"),
             QStringLiteral("http_status"),    QStringLiteral("three_ds_url"),
             QStringLiteral("refund_state"),   QStringLiteral("refund_reason"),
             QStringLiteral("refund_message"), QStringLiteral("refunded_at") };
}

QStringList journalCsvRecord(const JournalEntry &e)
{
    const Currency *currency = Currencies::find(e.currency);
    const int minorUnits = currency && currency->minorUnits >= 0 ? currency->minorUnits : 2;
    auto text = [](const QString &s) { return CsvWriter::textField(s); };
    return {
        CsvWriter::plainField(isoUtc(e.createdAt)),
        CsvWriter::plainField(isoUtc(e.updatedAt)),
        text(e.operatorName),
        text(e.environment),
        text(e.orderId),
        text(e.transactionId),
        CsvWriter::plainField(QString::fromLatin1(majorUnitsDecimal(e.amountMinor, minorUnits))),
        CsvWriter::plainField(QString::number(e.amountMinor)),
        text(e.currency),
        text(e.cardBrand),
        text(e.cardFirstSix),
        text(e.cardLastFour),
        text(e.firstName),
        text(e.lastName),
        text(e.email),
        text(e.country),
        text(entryOutcomeId(e.outcome)),
        text(e.message),
        e.httpStatus == 0 ? QString() : QString::number(e.httpStatus),
        text(e.threeDSUrl),
        text(refundStateId(e.refundState)),
        text(e.refundReason),
        text(e.refundMessage),
        CsvWriter::plainField(isoUtc(e.refundedAt)),
    };
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
