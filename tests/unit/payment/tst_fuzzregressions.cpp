// SPDX-License-Identifier: MIT
// Inputs found by the fuzz targets of tests/fuzz (docs/hardening.md), kept as ordinary tests so
// that a fix stays fixed without running the fuzzers. (No raw string literals in the class: moc 6.4
// cannot read them.)
#include "core/payment/paymentrequest.h"
#include "core/payment/requestjson.h"
#include "core/payment/requestvalidator.h"
#include "core/payment/wirejson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace pavt::test {
// A whole valid request as pavt-cli reads it (published test card, documentation addresses).
QByteArray validRequestJson()
{
    return QByteArray("{\"first_name\":\"James\",\"last_name\":\"Dean\",\"email\":\"james.dean@"
                      "example.com\","
                      "\"address\":\"10 Downing Street\",\"city\":\"London\",\"state\":\"London\","
                      "\"zip\":\"SW1A 2AA\",\"country\":\"GB\",\"ip_address\":\"203.0.113.7\","
                      "\"phone_number\":\"+44 20 7946 0000\",\"amount\":1250,\"currency\":\"GBP\","
                      "\"card_number\":\"4111111111111111\",\"card_expiry_month\":\"12\",\"card_"
                      "expiry_year\":\"")
        + QByteArray::number(QDate::currentDate().year() + 2)
        + QByteArray(
               "\",\"card_cvv\":\"123\",\"redirect_url\":\"https://merchant.example/return\"}");
}
} // namespace pavt::test

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
        QTest::newRow("found by the fuzzer")
            << QByteArray("{\"amount\":1.2000000000000000000000005e2}");
        QTest::newRow("tiny fraction") << QByteArray("{\"amount\":1250.00000000000001}");
        QTest::newRow("near 2^53") << QByteArray("{\"amount\":9007199254740990.6}");
        QTest::newRow("negative exponent") << QByteArray("{\"amount\":125000000000000000001e-17}");
        QTest::newRow("escaped key") << QByteArray("{\"am\\u006funt\":12.00000000000000001}");
        QTest::newRow("last of a repeated key")
            << QByteArray("{\"amount\":1250,\"amount\":1250.000000000000001}");
        QTest::newRow("first of a repeated key") << QByteArray("{\"amount\":1.5,\"amount\":1250}");
        QTest::newRow("expiry month") << QByteArray("{\"card_expiry_month\":12.0000000000000001}");
        // Qt 6.4 iterates a key with a leading byte order mark as "amount" (but finds it under
        // neither name): two members then both count as the amount.
        QTest::newRow("byte order mark in a key, first")
            << QByteArray("{\"\xef\xbb\xbf"
                          "amount\":1.0000000000000000001,\"amount\":1250}");
        QTest::newRow("byte order mark in a key, last")
            << QByteArray("{\"amount\":1250,\"\xef\xbb\xbf"
                          "amount\":1.0000000000000000001}");
        QTest::newRow("after a nested value")
            << QByteArray("{\"first_name\":{\"a\":[1,\"}\"]},\"amount\":7.00000000000000001}");
    }
    void fractionalLiteralsRefused()
    {
        QFETCH(QByteArray, json);
        const auto request = paymentRequestFromJson(json);
        QVERIFY2(!request.has_value(), json.constData());
        // A repeated key is refused as such since issue 10 (before, the number rule caught it).
        QVERIFY2(request.error().message.contains(QStringLiteral("integer"))
                     || request.error().message.contains(QStringLiteral("number"))
                     || request.error().message.contains(QStringLiteral("more than once")),
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
        QTest::newRow("spaces and byte order mark")
            << QByteArray("\xef\xbb\xbf { \"amount\" : 1250 }") << qint64(1250);
        // A repeated key ({"amount":1,"amount":1250}) was read as its last value; it is refused
        // since issue 10 (tst_paymentrequest::repeatedKeysAreRefused).
    }
    void integralLiteralsStillRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, amount);
        const auto request = paymentRequestFromJson(json);
        QVERIFY2(request.has_value(),
                 request ? json.constData() : qPrintable(request.error().message));
        QCOMPARE(request->amountMinor, amount);
    }

    // fuzz_paymentrequest: validation accepts the separators people type in a card number ('.',
    // no-break spaces, Unicode dashes) and spaces around a CVV, but paymentRequestFromJson removed
    // only ' ' and '-', so {"card_number":"4111.1111.1111.1111"} passed validateRequest() and went
    // to the gateway with its dots, and " 123" went with its space.
    void cardNumberAndCvvSentAsDigitsOnly_data()
    {
        QTest::addColumn<QByteArray>("card");
        QTest::addColumn<QByteArray>("cvv");
        QTest::newRow("dots") << QByteArray("4111.1111.1111.1111") << QByteArray(" 123");
        QTest::newRow("no-break spaces")
            << QByteArray("4111\\u00a01111\\u202f1111 1111") << QByteArray("123 ");
        QTest::newRow("unicode dashes")
            << QByteArray("3782\\u2010822463\\u201310005") << QByteArray(" 1234 ");
    }
    void cardNumberAndCvvSentAsDigitsOnly()
    {
        QFETCH(QByteArray, card);
        QFETCH(QByteArray, cvv);
        QByteArray json = test::validRequestJson();
        json.replace("4111111111111111", card)
            .replace("\"card_cvv\":\"123\"", QByteArray("\"card_cvv\":\"" + cvv + '"'));
        const auto request = paymentRequestFromJson(json);
        QVERIFY2(request.has_value(), request ? "" : qPrintable(request.error().message));
        QVERIFY2(validateRequest(*request).isEmpty(), json.constData());
        const auto wire = toWireJson(*request);
        QVERIFY(wire.has_value());
        const QJsonObject o = QJsonDocument::fromJson(wire->view().toByteArray()).object();
        const QString digits = o.value(QStringLiteral("card_number")).toString();
        QVERIFY2(std::all_of(digits.begin(), digits.end(),
                             [](QChar c) { return c >= u'0' && c <= u'9'; }),
                 qPrintable(digits));
        QCOMPARE(digits.size(), card.startsWith('3') ? 15 : 16);
        QCOMPARE(o.value(QStringLiteral("card_cvv")).toString(),
                 QString::fromLatin1(cvv.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
