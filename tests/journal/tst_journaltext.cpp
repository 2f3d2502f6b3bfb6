// SPDX-License-Identifier: MIT
// What the journal keeps of a gateway's or a person's text: no card number, however it is written.
#include "core/journal/journalentry.h"

#include <QTest>

using namespace pavt;

class TestJournalText : public QObject
{
    Q_OBJECT
private slots:
    void cardNumbersRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("card 4111111111111111 declined");
        QTest::newRow("spaces") << QStringLiteral("card 4111 1111 1111 1111 declined");
        QTest::newRow("dashes") << QStringLiteral("4111-1111-1111-1111");
        QTest::newRow("dots") << QStringLiteral("4111.1111.1111.1111");
        QTest::newRow("controls between groups") << QStringLiteral("411111\u0001111111\u00011111");
        QTest::newRow("tab and newline") << QStringLiteral("4111\t1111\n1111 1111");
        QTest::newRow("nbsp") << QStringLiteral("4111\u00a01111\u00a01111\u00a01111");
        QTest::newRow("amex") << QStringLiteral("3782 822463 10005");
        QTest::newRow("mixed joiners") << QStringLiteral("4111 -1111- 1111 /1111");
    }
    void cardNumbersRemoved()
    {
        QFETCH(QString, text);
        const QString kept = sanitizeJournalText(text, 500);
        QString digits;
        for (QChar c : kept)
            if (c.isDigit())
                digits.append(c);
        QVERIFY2(digits.size() < 12, qPrintable(kept));
        QVERIFY(kept.contains(QStringLiteral("[card number removed]")));
        for (QChar c : kept)
            QVERIFY(c.category() != QChar::Other_Control);
    }
    void ordinaryTextKept()
    {
        QCOMPARE(sanitizeJournalText(QStringLiteral("Insufficient funds (code 51) at 12:30"), 500),
                 QStringLiteral("Insufficient funds (code 51) at 12:30"));
        QCOMPARE(sanitizeJournalText(QStringLiteral("GBP 12.50 on 2026-11-25"), 500),
                 QStringLiteral("GBP 12.50 on 2026-11-25"));
        QCOMPARE(sanitizeJournalText(QStringLiteral("abc"), 2), QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(TestJournalText)
#include "tst_journaltext.moc"
