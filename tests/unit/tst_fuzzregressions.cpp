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

    // fuzz_paymentrequest: a number is read into a double, which rounds a fractional literal close
    // to an integer onto it: {"amount":1.2000000000000000000000005e2} was accepted as 120.
    void fractionalLiteralsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("found by the fuzzer") << QByteArray("{\"amount\":1.2000000000000000000000005e2}");
        QTest::newRow("tiny fraction") << QByteArray("{\"amount\":1250.00000000000001}");
        QTest::newRow("near 2^53") << QByteArray("{\"amount\":9007199254740990.6}");
        QTest::newRow("negative exponent") << QByteArray("{\"amount\":125000000000000000001e-17}");
        QTest::newRow("escaped key") << QByteArray("{\"am\\u006funt\":12.00000000000000001}");
        QTest::newRow("last of a repeated key") << QByteArray("{\"amount\":1250,\"amount\":1250.000000000000001}");
        QTest::newRow("expiry month") << QByteArray("{\"card_expiry_month\":12.0000000000000001}");
        QTest::newRow("after a nested value")
            << QByteArray("{\"first_name\":{\"a\":[1,\"}\"]},\"amount\":7.00000000000000001}");
    }
    void fractionalLiteralsRefused()
    {
        QFETCH(QByteArray, json);
        const auto request = paymentRequestFromJson(json);
        QVERIFY2(!request.has_value(), json.constData());
        QVERIFY2(request.error().message.contains(QStringLiteral("integer"))
                     || request.error().message.contains(QStringLiteral("number")),
                 qPrintable(request.error().message));
    }

    void integralLiteralsStillRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("amount");
        QTest::newRow("plain") << QByteArray("{\"amount\":1250}") << qint64(1250);
        QTest::newRow("point zero") << QByteArray("{\"amount\":1250.000}") << qint64(1250);
        QTest::newRow("exponent") << QByteArray("{\"amount\":1e3}") << qint64(1000);
        QTest::newRow("fraction and exponent") << QByteArray("{\"amount\":1.25E+2}") << qint64(125);
        QTest::newRow("negative exponent") << QByteArray("{\"amount\":125000e-2}") << qint64(1250);
        QTest::newRow("spaces and byte order mark") << QByteArray("\xef\xbb\xbf { \"amount\" : 1250 }") << qint64(1250);
        QTest::newRow("last of a repeated key") << QByteArray("{\"amount\":1.5,\"amount\":1250}") << qint64(1250);
    }
    void integralLiteralsStillRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, amount);
        const auto request = paymentRequestFromJson(json);
        QVERIFY2(request.has_value(), request ? json.constData() : qPrintable(request.error().message));
        QCOMPARE(request->amountMinor, amount);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
