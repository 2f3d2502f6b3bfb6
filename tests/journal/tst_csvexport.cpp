// SPDX-License-Identifier: MIT
// RFC 4180 writing and spreadsheet-formula safety of the CSV export (the journal's own export is
// tested in tst_journal, on both backends).
#include "core/journal/csvexport.h"

#include <QBuffer>
#include <QTest>

using namespace pavt;

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
