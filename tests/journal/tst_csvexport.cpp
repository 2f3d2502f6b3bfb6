// SPDX-License-Identifier: MIT
// RFC 4180 writing and spreadsheet-formula safety of the CSV export (the journal's own export is
// tested in tst_journal, on both backends).
#include "core/journal/csvexport.h"
#include "core/journal/journal.h"
#include "core/journal/journalcolumns.h"
#include "core/journal/journaldatabase.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;

namespace {

// The writer as it was before the export was made faster (a frozen copy): the new one must write
// the very same bytes.
namespace before {

QString plainField(QStringView text)
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
    out.append(u'"');
    for (QChar ch : text) {
        if (ch == u'"')
            out.append(u'"');
        out.append(ch);
    }
    out.append(u'"');
    return out;
}

QString textField(QStringView text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            return plainField(QString(u'\'' + text.toString()));
    }
    return plainField(text);
}

QByteArray record(const JournalEntry &e)
{
    QStringList fields;
    for (const JournalColumns::Column &c : JournalColumns::all()) {
        if (!c.has(JournalColumns::Csv))
            continue;
        JournalColumns::Value v = JournalColumns::exportValue(c, e);
        if (c.kind == JournalColumns::Kind::Time && v.type != JournalColumns::Value::Null)
            v.text = (e.*c.time).toUTC().toString(Qt::ISODateWithMs); // Qt's own formatting
        switch (v.type) {
        case JournalColumns::Value::Null:
            fields << QString();
            break;
        case JournalColumns::Value::Text:
            fields << textField(v.text);
            break;
        case JournalColumns::Value::Plain:
            fields << plainField(v.text);
            break;
        case JournalColumns::Value::Number:
            fields << QString::number(v.number);
            break;
        }
    }
    return fields.join(u',').toUtf8() + "\r\n";
}

} // namespace before

QString someText(QRandomGenerator &r)
{
    static const char16_t *pieces[] = { u"Ada",        u" ",    u",",          u"\"",     u"\r",
                                        u"\n",         u"=",    u"+",          u"-",      u"@",
                                        u"\t",         u"'",    u"\u00c9mile", u"\u00df", u"\u4e2d",
                                        u"\U0001F600", u"0042", u";" };
    QString out;
    for (int i = 0, n = r.bounded(5); i < n; ++i)
        out += QString::fromUtf16(pieces[r.bounded(int(std::size(pieces)))]);
    return out;
}

JournalEntry variedEntry(QRandomGenerator &r, int i)
{
    static const char *currencies[] = { "GBP", "JPY", "KWD", "EUR", "XXX", "" };
    auto someTime = [&r]() {
        switch (r.bounded(6)) {
        case 0:
            return QDateTime();
        case 1:
            return QDateTime::fromMSecsSinceEpoch(r.bounded(2) ? 0 : 253402300799999, Qt::UTC);
        case 2: // before 1970 and after 9999: Qt's own formatting
            return QDateTime::fromMSecsSinceEpoch(
                r.bounded(2) ? -1 - r.bounded(1 << 30) : 253402300800000 + r.bounded(999), Qt::UTC);
        default:
            return QDateTime::fromMSecsSinceEpoch(qint64(r.generateDouble() * 253402300800000.0),
                                                  Qt::UTC);
        }
    };
    JournalEntry e;
    e.id = i;
    e.createdAt = someTime();
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::fromMSecsSinceEpoch(1772355600123 + i, Qt::UTC);
    e.updatedAt = someTime();
    e.refundedAt = someTime();
    e.expiresAt = someTime();
    e.chargebackAt = someTime();
    e.suspiciousAt = someTime();
    e.operatorName = someText(r);
    e.environment = r.bounded(2) ? QStringLiteral("test") : QStringLiteral("live");
    e.orderId = QStringLiteral("VT-%1-").arg(i) + someText(r);
    e.transactionId = someText(r);
    e.amountMinor = qint64(r.bounded(2000001)) - 1000000;
    e.currency = QString::fromLatin1(currencies[r.bounded(6)]);
    e.cardBrand = someText(r);
    e.cardFirstSix = QStringLiteral("411111");
    e.cardLastFour = QStringLiteral("1111");
    e.firstName = someText(r);
    e.lastName = someText(r);
    e.email = someText(r);
    e.country = someText(r);
    e.outcome = EntryOutcome(r.bounded(EntryOutcomeCount));
    e.message = someText(r);
    e.httpStatus = r.bounded(3) ? 0 : 200 + r.bounded(400);
    e.threeDSUrl = someText(r);
    e.refundState = RefundState(r.bounded(int(RefundState::Failed) + 1));
    e.refundReason = someText(r);
    e.refundMessage = someText(r);
    e.kind = EntryKind(r.bounded(EntryKindCount));
    e.paymentUrl = someText(r);
    e.phone = someText(r);
    e.address = someText(r);
    e.city = someText(r);
    e.state = someText(r);
    e.zip = someText(r);
    return e;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("text"); // textField()
        QTest::addColumn<QString>("plain"); // plainField()
        QTest::newRow("empty") << ""
                               << ""
                               << "";
        QTest::newRow("plain") << "Ada Lovelace"
                               << "Ada Lovelace"
                               << "Ada Lovelace";
        QTest::newRow("comma") << "London, UK"
                               << "\"London, UK\""
                               << "\"London, UK\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("only quotes") << "\"\""
                                     << "\"\"\"\"\"\""
                                     << "\"\"\"\"\"\"";
        QTest::newRow("LF") << "a\nb"
                            << "\"a\nb\""
                            << "\"a\nb\"";
        QTest::newRow("CRLF") << "a\r\nb"
                              << "\"a\r\nb\""
                              << "\"a\r\nb\"";
        QTest::newRow("spaces kept") << "  x  "
                                     << "  x  "
                                     << "  x  ";
        QTest::newRow("formula =") << "=1+2"
                                   << "'=1+2"
                                   << "=1+2";
        QTest::newRow("formula +") << "+44 20"
                                   << "'+44 20"
                                   << "+44 20";
        QTest::newRow("formula -") << "-5"
                                   << "'-5"
                                   << "-5";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)"
                                   << "@SUM(A1)";
        QTest::newRow("formula tab") << "\tx"
                                     << "'\tx"
                                     << "\tx";
        QTest::newRow("formula CR") << "\rx"
                                    << "\"'\rx\""
                                    << "\"\rx\"";
        QTest::newRow("formula and comma") << "=HYPERLINK(\"http://x\",\"y\")"
                                           << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
                                           << "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("inner = is fine") << "a=b"
                                         << "a=b"
                                         << "a=b";
        QTest::newRow("unicode") << QString::fromUtf8("Émile Zola ·")
                                 << QString::fromUtf8("Émile Zola ·")
                                 << QString::fromUtf8("Émile Zola ·");
    }

    void fields()
    {
        QFETCH(QString, in);
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(CsvWriter::textField(in), text);
        QCOMPARE(CsvWriter::plainField(in), plain);
    }

    void recordsEndWithCrlf()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(buffer);
            writer.writeRecord({ CsvWriter::textField(u"a"), CsvWriter::textField(u"b,c"),
                                 CsvWriter::textField(u"") });
            writer.writeRecord({ CsvWriter::textField(u"x\ny"), CsvWriter::plainField(u"12.50") });
            QVERIFY(writer.flush());
        }
        QCOMPARE(buffer.data(), QByteArray("a,\"b,c\",\r\n\"x\ny\",12.50\r\n"));
    }

    void byteOrderMarkOnRequest()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(buffer, true);
            writer.writeRecord({ CsvWriter::textField(QString::fromUtf8("é")) });
        }
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF\xC3\xA9\r\n"));
    }

    void writeErrorsAreReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter writer(readOnly);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        writer.writeRecord({ CsvWriter::textField(u"a") });
        QVERIFY(!writer.flush());
        QVERIFY(writer.hasError());
    }

    void writerWritesWhatTheEarlierWriterWrote()
    {
        QRandomGenerator r(4181);
        for (int i = 0; i < 20000; ++i) {
            const JournalEntry e = variedEntry(r, i);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                CsvWriter writer(buffer);
                writeJournalCsvRecord(writer, e);
                QVERIFY(writer.flush());
            }
            const QByteArray expected = before::record(e);
            QCOMPARE(buffer.data(), expected);
            QCOMPARE(journalCsvRecord(e).join(u',').toUtf8() + "\r\n", expected);
        }
    }

    void exportWritesWhatTheEarlierWriterWrote()
    {
        // A whole export from a journal (SQLite), against the earlier writer over the same
        // entries as the journal gives them back (sanitized on the way in), newest first.
        QTemporaryDir dir;
        JournalConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("journal.sqlite3"));
        auto journal = Journal::open(config);
        QVERIFY(journal);
        QRandomGenerator r(6765);
        QList<JournalEntry> entries;
        for (int i = 0; i < 2500; ++i)
            entries << variedEntry(r, i);
        QVERIFY((*journal)->insertBatch(entries));
        QStringList header;
        for (const QString &name : journalCsvHeader())
            header << before::plainField(name);
        QByteArray expected = header.join(u',').toUtf8() + "\r\n";
        qint64 rows = 0;
        QVERIFY(
            (*journal)->database().forEach({}, 333, nullptr, [&](const QList<JournalEntry> &page) {
                for (const JournalEntry &e : page)
                    expected += before::record(e);
                rows += page.size();
                return true;
            }));
        QCOMPARE(rows, entries.size());
        // Which reader the export takes here: SQLite's own API (Linux, with the system's
        // libsqlite3) or QtSql.
        const bool direct = (*journal)
                                ->database()
                                .streamSqlite(QStringLiteral("SELECT 1"), {}, nullptr,
                                              [](const SqliteRow &) { return true; })
                                .has_value();
        qInfo("export read with %s", direct ? "SQLite's own API" : "QtSql");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = writeJournalCsv((*journal)->database(), {}, buffer);
        QVERIFY(written);
        QCOMPARE(*written, rows);
        QCOMPARE(buffer.data().size(), expected.size());
        QVERIFY(buffer.data() == expected);
    }

    void entryRecordHasOnlyMaskedCardData()
    {
        JournalEntry e;
        e.createdAt = QDateTime::fromMSecsSinceEpoch(1772355600123, Qt::UTC);
        e.updatedAt = e.createdAt;
        e.operatorName = QStringLiteral("alice");
        e.environment = QStringLiteral("test");
        e.orderId = QStringLiteral("VT1");
        e.amountMinor = 5;
        e.currency = QStringLiteral("JPY");
        e.cardBrand = QStringLiteral("visa");
        e.cardFirstSix = QStringLiteral("411111");
        e.cardLastFour = QStringLiteral("1111");
        e.outcome = EntryOutcome::NeedsThreeDS;
        e.httpStatus = 200;
        const QStringList fields = journalCsvRecord(e);
        QCOMPARE(fields.size(), journalCsvHeader().size());
        QCOMPARE(fields.at(0), QStringLiteral("2026-03-01T09:00:00.123Z"));
        QCOMPARE(fields.at(6), QStringLiteral("5")); // JPY has no minor unit
        QCOMPARE(fields.at(7), QStringLiteral("5"));
        QCOMPARE(fields.at(10), QStringLiteral("411111"));
        QCOMPARE(fields.at(11), QStringLiteral("1111"));
        QCOMPARE(fields.at(16), QStringLiteral("needs_3ds"));
        QCOMPARE(fields.at(18), QStringLiteral("200"));
        QCOMPARE(fields.at(20), QStringLiteral("none"));
        e.currency = QStringLiteral("KWD");
        e.amountMinor = 1234;
        QCOMPARE(journalCsvRecord(e).at(6), QStringLiteral("1.234"));
        QVERIFY(!journalCsvHeader().join(u',').contains(u"cvv"));
        QVERIFY(!journalCsvHeader().join(u',').contains(u"expiry"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)

#include "tst_csvexport.moc"
