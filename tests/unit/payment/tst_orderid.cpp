// SPDX-License-Identifier: MIT
// The terminal's own order ids: generateOrderId() and the one test that recognises them
// (isTerminalOrderId), which the journal's card-number mask and the settlement rely on.
#include "core/payment/orderid.h"

#include <QSet>
#include <QTest>

using namespace pavt;

class TestOrderId : public QObject
{
    Q_OBJECT
private slots:
    void generatedIdsAreRecognised_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("ordinary") << QStringLiteral("2026-05-14T10:30:00Z");
        QTest::newRow("first second of 2000") << QStringLiteral("2000-01-01T00:00:00Z");
        QTest::newRow("last second of a year") << QStringLiteral("2099-12-31T23:59:59Z");
        QTest::newRow("leap day") << QStringLiteral("2028-02-29T12:00:00Z");
        QTest::newRow("local time, converted to UTC")
            << QStringLiteral("2026-07-01T01:30:00+02:00");
    }
    void generatedIdsAreRecognised()
    {
        QFETCH(QString, when);
        const FixedClock clock(QDateTime::fromString(when, Qt::ISODate));
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString id = generateOrderId(clock);
            QCOMPARE(id.size(), TerminalOrderIdLength);
            QVERIFY2(isTerminalOrderId(id), qPrintable(id));
            seen.insert(id);
        }
        QVERIFY(seen.size() > 490); // random suffixes
        QVERIFY(isTerminalOrderId(generateOrderId()));
    }

    void othersAreNot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("VT20260514103000-VGHEW29RG");
        QTest::newRow("long") << QStringLiteral("VT20260514103000-VGHEW29RG33");
        QTest::newRow("lower case prefix") << QStringLiteral("vt20260514103000-VGHEW29RG3");
        QTest::newRow("other prefix") << QStringLiteral("XT20260514103000-VGHEW29RG3");
        QTest::newRow("other separator") << QStringLiteral("VT20260514103000_VGHEW29RG3");
        QTest::newRow("lower case suffix") << QStringLiteral("VT20260514103000-vghew29rg3");
        QTest::newRow("0 not in the alphabet") << QStringLiteral("VT20260514103000-VGHEW20RG3");
        QTest::newRow("1 not in the alphabet") << QStringLiteral("VT20260514103000-VGHEW21RG3");
        QTest::newRow("I not in the alphabet") << QStringLiteral("VT20260514103000-VGHEWI9RG3");
        QTest::newRow("O not in the alphabet") << QStringLiteral("VT20260514103000-VGHEWO9RG3");
        QTest::newRow("month 13") << QStringLiteral("VT20261314103000-VGHEW29RG3");
        QTest::newRow("month 00") << QStringLiteral("VT20260014103000-VGHEW29RG3");
        QTest::newRow("30 February") << QStringLiteral("VT20260230103000-VGHEW29RG3");
        QTest::newRow("29 February, no leap year") << QStringLiteral("VT20270229103000-VGHEW29RG3");
        QTest::newRow("hour 24") << QStringLiteral("VT20260514243000-VGHEW29RG3");
        QTest::newRow("minute 60") << QStringLiteral("VT20260514106000-VGHEW29RG3");
        QTest::newRow("second 60") << QStringLiteral("VT20260514103060-VGHEW29RG3");
        QTest::newRow("year 1999") << QStringLiteral("VT19991231235959-VGHEW29RG3");
        // 14-digit Diners Club test numbers begin with 30, 36 or 38: never a year of ours.
        QTest::newRow("Diners test number 1") << QStringLiteral("VT30569309025904-VGHEW29RG3");
        QTest::newRow("Diners test number 2") << QStringLiteral("VT36227206271667-VGHEW29RG3");
        QTest::newRow("Diners test number 3") << QStringLiteral("VT38520000023237-VGHEW29RG3");
        QTest::newRow("a letter among the digits") << QStringLiteral("VT2026051410300A-VGHEW29RG3");
        QTest::newRow("full-width digits")
            << (QStringLiteral("VT2026051410300") + QChar(0xff10) + QStringLiteral("-VGHEW29RG3"));
        QTest::newRow("spaces around") << QStringLiteral(" VT20260514103000-VGHEW29RG3");
    }
    void othersAreNot()
    {
        QFETCH(QString, text);
        QVERIFY2(!isTerminalOrderId(text), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestOrderId)
#include "tst_orderid.moc"
