// SPDX-License-Identifier: MIT
#include "core/gateway/payloadcipher.h"
#include "core/payment/paymentrequest.h"
#include "core/payment/requestjson.h"
#include "core/payment/wirejson.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pavt;

// JSON written with single quotes (moc cannot read raw string literals in a class body).
QByteArray jq(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

class TestPaymentRequest : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const SecretBytes &json)
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(json.view().toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("invalid JSON: %s", qPrintable(error.errorString()));
        return doc.object();
    }

private slots:
    void exactCompactJson()
    {
        PaymentRequest r = test::validRequest();
        r.expiryYear = 2029;
        r.orderId = QStringLiteral("ORDER-42");
        auto json = toWireJson(r);
        QVERIFY(json.has_value());
        const QByteArray expected(
            jq("{'first_name':'James','last_name':'Dean','email':'james.dean@example.com',"
               "'address':'10 Downing Street','city':'London','state':'London','zip':'SW1A 2AA',"
               "'country':'GBR','ip_address':'203.0.113.7','phone_number':'+44 20 7946 0000',"
               "'amount':1250,'currency':'GBP','card_number':'4111111111111111',"
               "'card_expiry_month':'12','card_expiry_year':'2029','card_cvv':'123',"
               "'redirect_url':'https://merchant.example/return','order_id':'ORDER-42'}"));
        QCOMPARE(json->view(), expected);
    }

    void optionalFieldsLeftOutWhenEmpty()
    {
        PaymentRequest r = test::validRequest();
        r.webhookUrl = QStringLiteral("  ");
        auto o = parse(*toWireJson(r));
        QVERIFY(!o.contains(QStringLiteral("webhook_url")));
        QVERIFY(!o.contains(QStringLiteral("order_id")));
        QVERIFY(!o.contains(QStringLiteral("terminal_id")));
        r.webhookUrl = QStringLiteral("https://merchant.example/hook");
        r.terminalId = QStringLiteral("T-7");
        o = parse(*toWireJson(r));
        QCOMPARE(o.value(QStringLiteral("webhook_url")).toString(),
                 QStringLiteral("https://merchant.example/hook"));
        QCOMPARE(o.value(QStringLiteral("terminal_id")).toString(), QStringLiteral("T-7"));
    }

    void options_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expectedCountry");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QByteArray>("expectedAmount");
        QTest::newRow("alpha3 minor")
            << "GB" << int(CountryFormat::Alpha3) << "GBR"
            << "GBP" << qint64(1250) << int(AmountUnit::Minor) << QByteArray("1250");
        QTest::newRow("alpha2 major")
            << "GBR" << int(CountryFormat::Alpha2) << "GB"
            << "GBP" << qint64(1250) << int(AmountUnit::Major) << QByteArray("12.50");
        QTest::newRow("name jpy major")
            << "Japan" << int(CountryFormat::Alpha3) << "JPN"
            << "JPY" << qint64(500) << int(AmountUnit::Major) << QByteArray("500");
        QTest::newRow("kwd major")
            << "kw" << int(CountryFormat::Alpha2) << "KW"
            << "kwd" << qint64(1) << int(AmountUnit::Major) << QByteArray("0.001");
        QTest::newRow("clf major")
            << "CL" << int(CountryFormat::Alpha3) << "CHL"
            << "CLF" << qint64(123456) << int(AmountUnit::Major) << QByteArray("12.3456");
        QTest::newRow("numeric country") << "276" << int(CountryFormat::Alpha3) << "DEU"
                                         << "EUR" << qint64(999999999999) << int(AmountUnit::Minor)
                                         << QByteArray("999999999999");
    }
    void options()
    {
        QFETCH(QString, country);
        QFETCH(int, format);
        QFETCH(QString, expectedCountry);
        QFETCH(QString, currency);
        QFETCH(qint64, amount);
        QFETCH(int, unit);
        QFETCH(QByteArray, expectedAmount);
        PaymentRequest r = test::validRequest();
        r.country = country;
        r.currency = currency;
        r.amountMinor = amount;
        auto json = toWireJson(r, WireOptions { CountryFormat(format), AmountUnit(unit) });
        QVERIFY(json.has_value());
        QVERIFY2(json->view().toByteArray().contains(
                     QByteArray(QByteArray("\"amount\":") + expectedAmount + QByteArray(","))),
                 json->constData());
        QCOMPARE(parse(*json).value(QStringLiteral("country")).toString(), expectedCountry);
        QCOMPARE(parse(*json).value(QStringLiteral("currency")).toString(), currency.toUpper());
    }

    void escapingAndUnicode()
    {
        PaymentRequest r = test::validRequest();
        r.firstName = QStringLiteral("Zoë \"Zee\" Ångström\\");
        r.address = QStringLiteral("Line\t1\u0001");
        r.city = QStringLiteral("東京");
        auto json = toWireJson(r);
        QVERIFY(json.has_value());
        const QJsonObject o = parse(*json);
        QCOMPARE(o.value(QStringLiteral("first_name")).toString(), r.firstName);
        QCOMPARE(o.value(QStringLiteral("address")).toString(), r.address);
        QCOMPARE(o.value(QStringLiteral("city")).toString(), QStringLiteral("東京"));
        QVERIFY(json->view().toByteArray().contains("\\u0001"));
    }

    void unresolvableCountryOrCurrency()
    {
        PaymentRequest r = test::validRequest();
        r.country = QStringLiteral("Atlantis");
        QCOMPARE(toWireJson(r).error().code, QStringLiteral("country"));
        r = test::validRequest();
        r.currency = QStringLiteral("XAU");
        QCOMPARE(toWireJson(r).error().code, QStringLiteral("currency"));
    }

    void encryptedRoundTrip()
    {
        auto cipher = PayloadCipher::create(QByteArrayView(test::TestEncryptionKey));
        const PaymentRequest r = test::validRequest();
        auto json = toWireJson(r);
        auto envelope = cipher->encrypt(json->view());
        auto back = cipher->decrypt(*envelope);
        QVERIFY(back.has_value());
        QVERIFY(*back == *json);
    }

    void wireNames()
    {
        for (int i = 0; i < FieldCount; ++i) {
            const Field f = Field(i);
            QCOMPARE(fieldFromWireName(QString::fromLatin1(wireName(f))), f);
            QVERIFY(!fieldLabel(f).isEmpty());
        }
        QCOMPARE(fieldFromWireName(u"card_expiry_year"), Field::CardExpiry);
        QVERIFY(!fieldFromWireName(u"nope").has_value());
    }

    void fromJson()
    {
        auto r = paymentRequestFromJson(
            jq("{'first_name':'James','last_name':'Dean','email':'j@example.com',"
               "'address':'1 A St','city':'London','state':'LND','zip':'SW1A "
               "2AA','country':'United Kingdom',"
               "'ip_address':'203.0.113.7','phone_number':'+442079460000','amount':1250,'currency':"
               "'GBP',"
               "'card_number':'4111 1111-1111 "
               "1111','card_expiry_month':'07','card_expiry_year':2030,'card_cvv':'123',"
               "'redirect_url':'https://merchant.example/r','order_id':null}"));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->amountMinor, 1250);
        QCOMPARE(r->cardNumber.view(), QByteArrayView("4111111111111111"));
        QCOMPARE(r->expiryMonth, 7);
        QCOMPARE(r->expiryYear, 2030);
        QCOMPARE(r->country, QStringLiteral("United Kingdom"));
        QVERIFY(r->orderId.isEmpty());
    }

    void fromJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("garbage") << QByteArray("{nope");
        QTest::newRow("unknown field") << QByteArray(jq("{'frist_name':'x'}"));
        QTest::newRow("decimal amount") << QByteArray(jq("{'amount':12.5}"));
        QTest::newRow("string amount words") << QByteArray(jq("{'amount':'twelve'}"));
        QTest::newRow("number name") << QByteArray(jq("{'first_name':5}"));
        QTest::newRow("huge amount") << QByteArray(jq("{'amount':1e300}"));
        QTest::newRow("control") << QByteArray("\x01\x02");
        QTest::newRow("long") << QByteArray(10000, '{');
    }
    void fromJsonErrors()
    {
        QFETCH(QByteArray, json);
        auto r = paymentRequestFromJson(json);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, QStringLiteral("json"));
        QVERIFY(!r.error().message.isEmpty());
    }

    // A repeated key is refused (issue 10): QJsonDocument keeps the last value without a word,
    // and "amount":29007 ... "amount":29107 charged 29107.
    void repeatedKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("amount twice")
            << QByteArray(jq("{'amount':29007,'currency':'GBP','amount':29107}"))
            << QStringLiteral("amount");
        QTest::newRow("names twice") << QByteArray(jq("{'first_name':'Ada','first_name':'Eve'}"))
                                     << QStringLiteral("first_name");
        QTest::newRow("escaped twice")
            << QByteArray("{\"email\":\"a@example.com\",\"em\\u0061il\":\"b@example.com\"}")
            << QStringLiteral("email");
        QTest::newRow("byte order mark in front") << QByteArray("{\"amount\":100,\"\xef\xbb\xbf"
                                                                "amount\":200}")
                                                  << QStringLiteral("amount");
    }
    void repeatedKeysAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const auto r = paymentRequestFromJson(json);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, QStringLiteral("json"));
        QVERIFY2(r.error().message.contains(u'"' + key + u'"')
                     && r.error().message.contains(u"more than once"),
                 qPrintable(r.error().message));
    }

    void clearCardData()
    {
        PaymentRequest r = test::validRequest();
        r.clearCardData();
        QVERIFY(r.cardNumber.isEmpty());
        QVERIFY(r.cvv.isEmpty());
        QCOMPARE(r.expiryMonth, 0);
        QCOMPARE(r.firstName, QStringLiteral("James"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentRequest)
#include "tst_paymentrequest.moc"
