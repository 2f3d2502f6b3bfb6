// SPDX-License-Identifier: MIT
// What the journal keeps of a gateway's or a person's text: no card number, however it is written.
#include "core/journal/journalentry.h"
#include "core/payment/orderid.h"

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
        // A 14-digit Diners Club test number dressed as one of the terminal's order ids: its
        // digits are no time, so it is no order id of ours.
        QTest::newRow("Diners as an order id")
            << QStringLiteral("Order VT36227206271667-ABCDEFGHJK");
        QTest::newRow("Diners after VT") << QStringLiteral("ref VT30569309025904 failed");
        QTest::newRow("Diners after VT, dash, digits")
            << QStringLiteral("VT30569309025904-2345678923");
        // An order id whose suffix ends in digits, followed by more digits: they may belong
        // together, so the id is not let through.
        QTest::newRow("order id running into digits")
            << QStringLiteral("VT20260514103000-ABCDEFGH23 4111 1111 11");
        QTest::newRow("order id glued to a card")
            << QStringLiteral("VT20260514103000-ABCDEFGHJK4111111111111111");
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
    void ownOrderIdsKept_data()
    {
        QTest::addColumn<QString>("text");
        // The reconciler's message of issue defect 5, and the id in other places of a sentence.
        QTest::newRow("reconciler")
            << QStringLiteral("Order VT20260514103000-VGHEW29RG3 is not in the gateway's "
                              "transaction list for 2026-05-14 to 2026-05-14.");
        QTest::newRow("alone") << QStringLiteral("VT20260514103000-VGHEW29RG3");
        QTest::newRow("in quotes and brackets")
            << QStringLiteral("(\"VT20260514103000-VGHEW29RG3\"), VT20991231235959-ABCDEFGH23.");
        QTest::newRow("suffix of digits, then words")
            << QStringLiteral("VT20260514103000-2345678923 and 12 more");
        QTest::newRow("next to a masked card")
            << QStringLiteral("VT20260514103000-VGHEW29RG3: card [card number removed]");
    }
    void ownOrderIdsKept()
    {
        QFETCH(QString, text);
        QCOMPARE(sanitizeJournalText(text, 500), text);
    }

    void generatedOrderIdsKept()
    {
        for (int i = 0; i < 200; ++i) {
            const QString id = generateOrderId();
            const QString text = QStringLiteral("Order %1 is not in the list.").arg(id);
            QCOMPARE(sanitizeJournalText(text, 500), text);
        }
    }

    void cardNextToAnOrderIdStillRemoved()
    {
        const QString kept = sanitizeJournalText(
            QStringLiteral("VT20260514103000-VGHEW29RG3 card 4111 1111 1111 1111"), 500);
        QCOMPARE(kept, QStringLiteral("VT20260514103000-VGHEW29RG3 card [card number removed]"));
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
