// SPDX-License-Identifier: MIT
// Inputs found by the fuzz targets of tests/fuzz (docs/hardening.md), kept as ordinary tests so that
// a fix stays fixed without running the fuzzers. (No raw string literals in the class: moc 6.4
// cannot read them.)
#include "core/paymentrequest.h"

#include <QTest>

using namespace pavt;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // fuzz_paymentrequest: QString::toLongLong() stops at an embedded NUL, so a string amount or
    // expiry with U+0000 in it was read as its digits before the NUL.
    void embeddedNulInIntegerStrings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("amount") << QByteArray("{\"amount\":\"1250\\u0000999\"}");
        QTest::newRow("amount after spaces") << QByteArray("{\"amount\":\" 1250 \\u0000\"}");
        QTest::newRow("amount nul only") << QByteArray("{\"amount\":\"\\u0000\"}");
        QTest::newRow("expiry month") << QByteArray("{\"card_expiry_month\":\"12\\u0000x\"}");
        QTest::newRow("expiry year") << QByteArray("{\"card_expiry_year\":\"2028\\u00001\"}");
    }
    void embeddedNulInIntegerStrings()
    {
        QFETCH(QByteArray, json);
        const auto request = paymentRequestFromJson(json);
        QVERIFY2(!request.has_value(), json.constData());
        QCOMPARE(request.error().code, QStringLiteral("json"));
    }

    void integerStringsStillRead()
    {
        const auto request = paymentRequestFromJson(
            "{\"amount\":\" 1250 \",\"card_expiry_month\":\"07\",\"card_expiry_year\":\"+2028\"}");
        QVERIFY(request.has_value());
        QCOMPARE(request->amountMinor, 1250);
        QCOMPARE(request->expiryMonth, 7);
        QCOMPARE(request->expiryYear, 2028);
        QVERIFY(!paymentRequestFromJson("{\"amount\":\"-\"}").has_value());
        QVERIFY(!paymentRequestFromJson("{\"amount\":\"12 50\"}").has_value());
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
