// SPDX-License-Identifier: MIT
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <limits>

using namespace pavt;
using namespace Qt::StringLiterals;

namespace {

QLocale localeNamed(const QString &name)
{
    return name == u"C" ? QLocale::c() : QLocale(name);
}

const Currency &currency(const QString &code)
{
    const Currency *c = Currencies::find(code);
    if (!c)
        qFatal("unknown currency %s in a test", qPrintable(code));
    return *c;
}

const QSet<QString> &errorCodes()
{
    static const QSet<QString> codes { u"empty"_s,      u"invalid"_s,           u"negative"_s,
                                       u"zero"_s,       u"too_many_decimals"_s, u"too_large"_s,
                                       u"not_payable"_s };
    return codes;
}

QString describe(const Result<qint64> &r)
{
    return r ? QString::number(*r) : r.error().code + u": "_s + r.error().message;
}

// Locales of the round trips: the required ones, plus lakh grouping, Qt's es/pl grouping,
// U+2212 minus, and locales with their own digits.
const QStringList RoundTripLocales { u"C"_s,     u"en_GB"_s, u"en_US"_s, u"de_DE"_s, u"fr_FR"_s,
                                     u"de_CH"_s, u"en_IN"_s, u"es_ES"_s, u"pl_PL"_s, u"sv_SE"_s,
                                     u"ar_EG"_s, u"fa_IR"_s, u"hi_IN"_s, u"mr_IN"_s, u"bn_BD"_s };

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("error");

        const auto ok = [](const char *name, const QString &text, const QString &code,
                           const QString &locale, qint64 expected) {
            QTest::newRow(name) << text << code << locale << expected << QString();
        };
        const auto bad = [](const char *name, const QString &text, const QString &code,
                            const QString &locale, const QString &error) {
            QTest::newRow(name) << text << code << locale << qint64(0) << error;
        };

        // C locale: '.' decimal, ',' group
        ok("C plain", u"1234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C grouped", u"1,234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C one decimal", u"1234.5"_s, u"GBP"_s, u"C"_s, 123450);
        ok("C whole", u"1234"_s, u"GBP"_s, u"C"_s, 123400);
        ok("C spaces around", u"  12.50  "_s, u"GBP"_s, u"C"_s, 1250);
        ok("C tab and newline around", u"\t12.50\n"_s, u"GBP"_s, u"C"_s, 1250);
        ok("C nbsp around", u"\u00A012.50\u202F"_s, u"GBP"_s, u"C"_s, 1250);
        ok("C one penny", u"0.01"_s, u"GBP"_s, u"C"_s, 1);
        ok("C leading point", u".5"_s, u"GBP"_s, u"C"_s, 50);
        ok("C trailing point", u"5."_s, u"GBP"_s, u"C"_s, 500);
        ok("C comma group is thousands", u"1,234"_s, u"GBP"_s, u"C"_s, 123400);
        ok("C millions", u"1,234,567.89"_s, u"GBP"_s, u"C"_s, 123456789);
        ok("C space groups", u"1 234 567.89"_s, u"GBP"_s, u"C"_s, 123456789);
        ok("C nbsp group", u"1\u00A0234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C narrow nbsp group", u"1\u202F234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C thin space group", u"1\u2009234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C apostrophe group", u"1'234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C typographic apostrophe group", u"1\u2019234.56"_s, u"GBP"_s, u"C"_s, 123456);
        ok("C keypad comma two decimals", u"12,34"_s, u"GBP"_s, u"C"_s, 1234);
        ok("C keypad comma one decimal", u"1,2"_s, u"GBP"_s, u"C"_s, 120);
        ok("C keypad comma after groups", u"1 234,5"_s, u"GBP"_s, u"C"_s, 123450);
        ok("C leading zeros", u"0000000000000000000000000001"_s, u"GBP"_s, u"C"_s, 100);
        ok("C max GBP", u"9999999999.99"_s, u"GBP"_s, u"C"_s, MaxAmountMinorUnits);
        ok("C max GBP grouped", u"9,999,999,999.99"_s, u"GBP"_s, u"C"_s, MaxAmountMinorUnits);
        bad("C three decimals GBP", u"1.234"_s, u"GBP"_s, u"C"_s, u"too_many_decimals"_s);
        bad("C 1,234.567", u"1,234.567"_s, u"GBP"_s, u"C"_s, u"too_many_decimals"_s);
        bad("C trailing zero decimals", u"1.230"_s, u"GBP"_s, u"C"_s, u"too_many_decimals"_s);
        bad("C indian grouping", u"1,23,456.00"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C keypad comma four decimals", u"1,2345"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C four-digit group", u"12,3456.78"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C leading comma", u",123"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C double comma", u"1,,234"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C trailing comma", u"1,234,"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C mixed separators", u"1,234 567"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C comma then space", u"1, 234"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C short last group", u"1 234 5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("C group after point", u"1234.5 6"_s, u"GBP"_s, u"C"_s, u"invalid"_s);

        // zero and sign
        bad("zero", u"0"_s, u"GBP"_s, u"C"_s, u"zero"_s);
        bad("zero decimals", u"0.00"_s, u"GBP"_s, u"C"_s, u"zero"_s);
        bad("zeros", u"000"_s, u"GBP"_s, u"C"_s, u"zero"_s);
        bad("minus zero", u"-0"_s, u"GBP"_s, u"C"_s, u"zero"_s);
        bad("negative", u"-5"_s, u"GBP"_s, u"C"_s, u"negative"_s);
        bad("negative grouped", u"-1,234.56"_s, u"GBP"_s, u"C"_s, u"negative"_s);
        bad("negative unicode minus", u"\u22125"_s, u"GBP"_s, u"C"_s, u"negative"_s);
        bad("negative tiny", u"-0.001"_s, u"GBP"_s, u"C"_s, u"negative"_s);
        bad("negative sv_SE", u"\u22121\u00A0234,56"_s, u"GBP"_s, u"sv_SE"_s, u"negative"_s);
        bad("negative ar_EG", u"\u061C-\u0665"_s, u"GBP"_s, u"ar_EG"_s, u"negative"_s);
        bad("plus", u"+5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("double minus", u"--5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("trailing minus", u"5-"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("minus space", u"- 5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("minus alone", u"-"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("parentheses", u"(5)"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("bidi mark without minus", u"\u200E5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);

        // empty and bad input
        bad("empty", QString(), u"GBP"_s, u"C"_s, u"empty"_s);
        bad("spaces", u"   "_s, u"GBP"_s, u"C"_s, u"empty"_s);
        bad("nbsp only", u"\u00A0\u202F\t"_s, u"GBP"_s, u"C"_s, u"empty"_s);
        bad("letters", u"abc"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("exponent", u"1e5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("hex", u"0x10"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("two points", u"1..2"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("three parts", u"1.2.3"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("point only", u"."_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("comma only", u","_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("trailing letter", u"12a"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("currency code before", u"GBP 12"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("currency code after", u"12 GBP"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("pound sign", u"£12"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("dollar sign", u"$5"_s, u"USD"_s, u"en_US"_s, u"invalid"_s);
        bad("percent", u"5%"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("arabic-indic digits in C", u"١٢٣"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("fullwidth digits", u"１２３"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("devanagari digits in en", u"१२३"_s, u"GBP"_s, u"en_GB"_s, u"invalid"_s);
        bad("control character", u"5\u0001"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("NUL inside", QString(u"1\0002"_s), u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("newline inside", u"1\n234"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("zero width space", u"1\u200B234"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("emoji", u"5\U0001F4B0"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("emoji only", u"\U0001F4B0"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("lone surrogate", QString(QChar(0xD800)) + u"5"_s, u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("10,000 ones", QString(10000, u'1'), u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("10,000 mixed", u" 1"_s.repeated(5000), u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("10,000 letters", QString(10000, u'x'), u"GBP"_s, u"C"_s, u"invalid"_s);
        bad("65 characters", u"1"_s + QString(64, u'0'), u"GBP"_s, u"C"_s, u"invalid"_s);

        // size
        bad("over max GBP", u"10000000000"_s, u"GBP"_s, u"C"_s, u"too_large"_s);
        bad("just over max GBP", u"10,000,000,000.00"_s, u"GBP"_s, u"C"_s, u"too_large"_s);
        bad("20 digits", u"99999999999999999999"_s, u"GBP"_s, u"C"_s, u"too_large"_s);
        bad("64 characters", u"1"_s + QString(63, u'0'), u"GBP"_s, u"C"_s, u"too_large"_s);
        bad("overflow with decimals", u"922337203685477580.7"_s, u"GBP"_s, u"C"_s, u"too_large"_s);
        ok("max JPY", u"999,999,999,999"_s, u"JPY"_s, u"C"_s, MaxAmountMinorUnits);
        bad("over max JPY", u"1,000,000,000,000"_s, u"JPY"_s, u"C"_s, u"too_large"_s);
        ok("max CLF", u"99999999.9999"_s, u"CLF"_s, u"C"_s, MaxAmountMinorUnits);
        bad("over max CLF", u"100000000"_s, u"CLF"_s, u"C"_s, u"too_large"_s);

        // exponents
        ok("JPY whole", u"1,500"_s, u"JPY"_s, u"C"_s, 1500);
        bad("JPY decimal", u"1.5"_s, u"JPY"_s, u"C"_s, u"too_many_decimals"_s);
        bad("JPY .00", u"1000.00"_s, u"JPY"_s, u"C"_s, u"too_many_decimals"_s);
        bad("JPY keypad comma never decimal", u"1,5"_s, u"JPY"_s, u"C"_s, u"invalid"_s);
        ok("JPY trailing point", u"1000."_s, u"JPY"_s, u"C"_s, 1000);
        ok("KWD three decimals", u"1.234"_s, u"KWD"_s, u"C"_s, 1234);
        ok("KWD one decimal", u"1.2"_s, u"KWD"_s, u"C"_s, 1200);
        ok("KWD comma is group", u"1,234"_s, u"KWD"_s, u"C"_s, 1234000);
        ok("KWD keypad comma", u"1,23"_s, u"KWD"_s, u"C"_s, 1230);
        bad("KWD four decimals", u"1.2345"_s, u"KWD"_s, u"C"_s, u"too_many_decimals"_s);
        ok("CLF four decimals", u"1.2345"_s, u"CLF"_s, u"C"_s, 12345);
        ok("UYW four decimals", u"0.0001"_s, u"UYW"_s, u"C"_s, 1);
        bad("CLF five decimals", u"1.23456"_s, u"CLF"_s, u"C"_s, u"too_many_decimals"_s);
        bad("not payable XAU", u"5"_s, u"XAU"_s, u"C"_s, u"not_payable"_s);
        bad("not payable XXX empty", QString(), u"XXX"_s, u"C"_s, u"not_payable"_s);
        bad("negative before decimals", u"-1.234"_s, u"GBP"_s, u"C"_s, u"negative"_s);
        bad("decimals before size", u"99999999999.999"_s, u"GBP"_s, u"C"_s, u"too_many_decimals"_s);

        // English locales
        ok("en_GB grouped", u"1,234.56"_s, u"GBP"_s, u"en_GB"_s, 123456);
        ok("en_GB comma thousands", u"1,234"_s, u"GBP"_s, u"en_GB"_s, 123400);
        bad("en_GB point three decimals", u"1.234"_s, u"GBP"_s, u"en_GB"_s, u"too_many_decimals"_s);
        ok("en_US grouped", u"12,345,678.90"_s, u"USD"_s, u"en_US"_s, 1234567890);
        ok("en_US keypad comma", u"1234,5"_s, u"USD"_s, u"en_US"_s, 123450);
        ok("en_IN lakh grouping", u"12,34,567.00"_s, u"INR"_s, u"en_IN"_s, 123456700);
        ok("en_IN crore grouping", u"1,23,45,678"_s, u"INR"_s, u"en_IN"_s, 12345678 * 100LL);
        ok("en_IN western grouping", u"1,234,567.00"_s, u"INR"_s, u"en_IN"_s, 123456700);
        bad("en_IN bad lakh grouping", u"1,234,56,789"_s, u"INR"_s, u"en_IN"_s, u"invalid"_s);
        bad("en_IN lakh grouping with leading zero", u"0,12,34,567"_s, u"INR"_s, u"en_IN"_s,
            u"invalid"_s);

        // German: ',' decimal, '.' group
        ok("de grouped", u"1.234,56"_s, u"GBP"_s, u"de_DE"_s, 123456);
        ok("de plain", u"1234,56"_s, u"GBP"_s, u"de_DE"_s, 123456);
        ok("de keypad point", u"1234.5"_s, u"GBP"_s, u"de_DE"_s, 123450);
        ok("de keypad point two decimals", u"1.23"_s, u"GBP"_s, u"de_DE"_s, 123);
        ok("de point is thousands", u"1.234"_s, u"GBP"_s, u"de_DE"_s, 123400);
        ok("de millions", u"1.234.567,89"_s, u"EUR"_s, u"de_DE"_s, 123456789);
        ok("de space group", u"1 234,56"_s, u"EUR"_s, u"de_DE"_s, 123456);
        ok("de grouped one decimal", u"1.234,5"_s, u"EUR"_s, u"de_DE"_s, 123450);
        ok("de trailing comma", u"5,"_s, u"EUR"_s, u"de_DE"_s, 500);
        ok("de leading comma", u",5"_s, u"EUR"_s, u"de_DE"_s, 50);
        bad("de comma three decimals", u"1,234"_s, u"EUR"_s, u"de_DE"_s, u"too_many_decimals"_s);
        bad("de keypad point four decimals", u"1.2345"_s, u"EUR"_s, u"de_DE"_s, u"invalid"_s);
        bad("de keypad point after bad group", u"1.234.5"_s, u"EUR"_s, u"de_DE"_s, u"invalid"_s);
        bad("de english grouping", u"1,234.56"_s, u"EUR"_s, u"de_DE"_s, u"invalid"_s);
        bad("de two commas", u"1,2,3"_s, u"EUR"_s, u"de_DE"_s, u"invalid"_s);
        bad("de 1..2", u"1..2"_s, u"EUR"_s, u"de_DE"_s, u"invalid"_s);
        bad("de keypad point three decimals", u"1234.567"_s, u"EUR"_s, u"de_DE"_s, u"invalid"_s);
        ok("de JPY point is thousands", u"1.234"_s, u"JPY"_s, u"de_DE"_s, 1234);
        bad("de JPY keypad point", u"1234.5"_s, u"JPY"_s, u"de_DE"_s, u"invalid"_s);
        bad("de JPY comma", u"1,5"_s, u"JPY"_s, u"de_DE"_s, u"too_many_decimals"_s);
        ok("de KWD keypad point three decimals", u"1234.567"_s, u"KWD"_s, u"de_DE"_s, 1234567);

        // French: ',' decimal, narrow NBSP group
        ok("fr narrow nbsp", u"1\u202F234,56"_s, u"EUR"_s, u"fr_FR"_s, 123456);
        ok("fr space", u"1 234,56"_s, u"EUR"_s, u"fr_FR"_s, 123456);
        ok("fr nbsp", u"1\u00A0234\u00A0567,89"_s, u"EUR"_s, u"fr_FR"_s, 123456789);
        ok("fr keypad point", u"1234.56"_s, u"EUR"_s, u"fr_FR"_s, 123456);
        ok("fr keypad point after groups", u"1 234.56"_s, u"EUR"_s, u"fr_FR"_s, 123456);
        bad("fr point is no group", u"1.234,56"_s, u"EUR"_s, u"fr_FR"_s, u"invalid"_s);
        bad("fr point three decimals", u"1.234"_s, u"EUR"_s, u"fr_FR"_s, u"invalid"_s);

        // Swiss German: '.' decimal, ’ group
        ok("de_CH typographic apostrophe", u"1\u2019234.56"_s, u"CHF"_s, u"de_CH"_s, 123456);
        ok("de_CH apostrophe", u"1'234'567.50"_s, u"CHF"_s, u"de_CH"_s, 123456750);
        ok("de_CH keypad comma", u"1234,56"_s, u"CHF"_s, u"de_CH"_s, 123456);
        bad("de_CH comma is no group", u"1,234.56"_s, u"CHF"_s, u"de_CH"_s, u"invalid"_s);
        bad("de_CH apostrophe misplaced", u"12'34.56"_s, u"CHF"_s, u"de_CH"_s, u"invalid"_s);

        // Spanish (Qt groups from five digits and writes "1234.567")
        ok("es plain", u"1234,56"_s, u"EUR"_s, u"es_ES"_s, 123456);
        ok("es grouped", u"1.234,56"_s, u"EUR"_s, u"es_ES"_s, 123456);
        ok("es as Qt writes it", u"1234.567,00"_s, u"EUR"_s, u"es_ES"_s, 123456700);

        // Locales with their own digits
        ok("ar_EG digits", u"١٢٣"_s, u"EGP"_s, u"ar_EG"_s, 12300);
        ok("ar_EG grouped", u"١٬٢٣٤٫٥٦"_s, u"EGP"_s, u"ar_EG"_s, 123456);
        ok("ar_EG ASCII digits", u"1234.56"_s, u"EGP"_s, u"ar_EG"_s, 123456);
        bad("ar_EG mixed digits", u"1٢3"_s, u"EGP"_s, u"ar_EG"_s, u"invalid"_s);
        ok("mr_IN devanagari lakh", u"१,२३,४५६.७८"_s, u"INR"_s, u"mr_IN"_s, 12345678);
        ok("hi_IN writes ASCII digits", u"1,23,456.78"_s, u"INR"_s, u"hi_IN"_s, 12345678);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(qint64, expected);
        QFETCH(QString, error);

        const Result<qint64> r = parseAmount(text, currency(code), localeNamed(locale));
        if (error.isEmpty()) {
            QVERIFY2(r.has_value(), qPrintable(describe(r)));
            QCOMPARE(*r, expected);
        } else {
            QVERIFY2(!r.has_value(), qPrintable(describe(r)));
            QCOMPARE(r.error().code, error);
            QVERIFY(!r.error().message.isEmpty());
            QVERIFY2(r.error().message.endsWith(u'.'), qPrintable(r.error().message));
            QVERIFY2(r.error().message.size() < 200, qPrintable(r.error().message));
        }
    }

    void messages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("JPY") << u"1.5"_s << u"JPY"_s << u"JPY has no decimal places."_s;
        QTest::newRow("GBP") << u"1.555"_s << u"GBP"_s << u"GBP allows at most 2 decimal places."_s;
        QTest::newRow("KWD") << u"1.5555"_s << u"KWD"_s
                             << u"KWD allows at most 3 decimal places."_s;
        QTest::newRow("CLF") << u"1.55555"_s << u"CLF"_s
                             << u"CLF allows at most 4 decimal places."_s;
        QTest::newRow("too large")
            << u"10000000000"_s << u"GBP"_s
            << u"The amount is too large: at most GBP 9,999,999,999.99 can be charged."_s;
        QTest::newRow("not payable")
            << u"5"_s << u"XAU"_s << u"XAU (Gold) cannot be charged: it has no minor unit."_s;
        QTest::newRow("negative") << u"-5"_s << u"GBP"_s << u"The amount cannot be negative."_s;
        QTest::newRow("zero") << u"0"_s << u"GBP"_s << u"The amount must be greater than zero."_s;
        QTest::newRow("empty") << u""_s << u"GBP"_s << u"Enter an amount."_s;
    }
    void messages()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Result<qint64> r = parseAmount(text, currency(code));
        QVERIFY(!r);
        QCOMPARE(r.error().message, message);
    }

    void oneDecimalPlaceMessage()
    {
        // No ISO 4217 currency has one decimal place today; the message must still be singular.
        const Currency oneDecimal { u"XYZ"_s, 1, 1, u"Test"_s };
        const Result<qint64> r = parseAmount(u"1.25", oneDecimal);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"too_many_decimals"_s);
        QCOMPARE(r.error().message, u"XYZ allows at most 1 decimal place."_s);
        QCOMPARE(parseAmount(u"1.2", oneDecimal).value_or(-1), qint64(12));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GBP C") << qint64(123456) << u"GBP"_s << u"C"_s << u"1,234.56"_s;
        QTest::newRow("GBP en_GB") << qint64(123456) << u"GBP"_s << u"en_GB"_s << u"1,234.56"_s;
        QTest::newRow("GBP de_DE") << qint64(123456) << u"GBP"_s << u"de_DE"_s << u"1.234,56"_s;
        QTest::newRow("EUR fr_FR")
            << qint64(123456) << u"EUR"_s << u"fr_FR"_s << u"1\u202F234,56"_s;
        QTest::newRow("CHF de_CH")
            << qint64(123456) << u"CHF"_s << u"de_CH"_s << u"1\u2019234.56"_s;
        QTest::newRow("JPY C") << qint64(1234) << u"JPY"_s << u"C"_s << u"1,234"_s;
        QTest::newRow("JPY en_US") << qint64(1234) << u"JPY"_s << u"en_US"_s << u"1,234"_s;
        QTest::newRow("KWD one fils") << qint64(1) << u"KWD"_s << u"C"_s << u"0.001"_s;
        QTest::newRow("CLF no grouping of decimals")
            << qint64(12345678) << u"CLF"_s << u"C"_s << u"1,234.5678"_s;
        QTest::newRow("zero") << qint64(0) << u"GBP"_s << u"C"_s << u"0.00"_s;
        QTest::newRow("small") << qint64(5) << u"GBP"_s << u"en_GB"_s << u"0.05"_s;
        QTest::newRow("negative") << qint64(-1250) << u"GBP"_s << u"C"_s << u"-12.50"_s;
        QTest::newRow("negative sv_SE")
            << qint64(-1250) << u"SEK"_s << u"sv_SE"_s << u"\u221212,50"_s;
        QTest::newRow("max") << MaxAmountMinorUnits << u"GBP"_s << u"en_GB"_s
                             << u"9,999,999,999.99"_s;
        QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << u"JPY"_s << u"C"_s
                                    << u"9,223,372,036,854,775,807"_s;
        QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << u"GBP"_s << u"C"_s
                                    << u"-92,233,720,368,547,758.08"_s;
        QTest::newRow("en_IN lakh")
            << qint64(1234567800) << u"INR"_s << u"en_IN"_s << u"1,23,45,678.00"_s;
        QTest::newRow("ar_EG digits") << qint64(123456) << u"EGP"_s << u"ar_EG"_s << u"١٬٢٣٤٫٥٦"_s;
        QTest::newRow("not payable as whole units") << qint64(5) << u"XAU"_s << u"C"_s << u"5"_s;
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatAmount(minor, currency(code), localeNamed(locale)), expected);
    }

    void formatMoney_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GBP") << qint64(123456) << u"GBP"_s << u"C"_s << u"GBP 1,234.56"_s;
        QTest::newRow("EUR de") << qint64(123456) << u"EUR"_s << u"de_DE"_s << u"EUR 1.234,56"_s;
        QTest::newRow("JPY") << qint64(1234) << u"JPY"_s << u"en_GB"_s << u"JPY 1,234"_s;
        QTest::newRow("BHD") << qint64(1500) << u"BHD"_s << u"C"_s << u"BHD 1.500"_s;
    }
    void formatMoney()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(pavt::formatMoney(minor, currency(code), localeNamed(locale)), expected);
    }

    void majorUnits_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("minorUnits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("12.50") << qint64(1250) << 2 << QByteArray("12.50");
        QTest::newRow("5") << qint64(5) << 0 << QByteArray("5");
        QTest::newRow("0.001") << qint64(1) << 3 << QByteArray("0.001");
        QTest::newRow("-12.50") << qint64(-1250) << 2 << QByteArray("-12.50");
        QTest::newRow("0.00") << qint64(0) << 2 << QByteArray("0.00");
        QTest::newRow("0.0001") << qint64(1) << 4 << QByteArray("0.0001");
        QTest::newRow("no grouping") << qint64(123456789) << 2 << QByteArray("1234567.89");
        QTest::newRow("-0.05") << qint64(-5) << 2 << QByteArray("-0.05");
        QTest::newRow("none as 0") << qint64(7) << -1 << QByteArray("7");
        QTest::newRow("qint64 max")
            << std::numeric_limits<qint64>::max() << 2 << QByteArray("92233720368547758.07");
        QTest::newRow("qint64 min")
            << std::numeric_limits<qint64>::min() << 2 << QByteArray("-92233720368547758.08");
        QTest::newRow("18") << qint64(123) << 18 << QByteArray("0.000000000000000123");
        QTest::newRow("over 18 clamped") << qint64(123) << 40 << QByteArray("0.000000000000000123");
    }
    void majorUnits()
    {
        QFETCH(qint64, minor);
        QFETCH(int, minorUnits);
        QFETCH(QByteArray, expected);
        QCOMPARE(majorUnitsDecimal(minor, minorUnits), expected);
    }

    // formatAmount() -> parseAmount() gives the same integer for every payable currency.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("locale");
        for (const QString &name : RoundTripLocales)
            QTest::newRow(qPrintable(name)) << name;
    }
    void roundTrip()
    {
        QFETCH(QString, locale);
        const QLocale l = localeNamed(locale);
        QList<qint64> values { 1,
                               5,
                               9,
                               10,
                               99,
                               100,
                               101,
                               999,
                               1000,
                               1001,
                               1234,
                               9999,
                               10000,
                               12345,
                               99999,
                               100000,
                               123456,
                               1000000,
                               1234567,
                               12345678,
                               123456789,
                               1000000000,
                               9876543210,
                               100000000000,
                               MaxAmountMinorUnits - 1,
                               MaxAmountMinorUnits };
        for (qint64 v = 7; v < MaxAmountMinorUnits; v = v * 3 + 1)
            values.append(v);
        int payable = 0;
        for (const Currency &c : Currencies::all()) {
            if (!c.isPayable())
                continue;
            ++payable;
            for (const qint64 v : values) {
                const QString shown = formatAmount(v, c, l);
                const Result<qint64> back = parseAmount(shown, c, l);
                QVERIFY2(back && *back == v,
                         qPrintable(u"%1 %2 shown as \"%3\" parsed as %4"_s.arg(c.code).arg(v).arg(
                             shown, describe(back))));
                // The wire form is read back in the C locale too.
                const QString wire = QString::fromLatin1(majorUnitsDecimal(v, c.minorUnits));
                const Result<qint64> fromWire = parseAmount(wire, c);
                QVERIFY2(fromWire && *fromWire == v, qPrintable(c.code + u' ' + wire));
            }
        }
        QVERIFY(payable >= 160);
    }

    // Random strings of amount-like characters: never a crash, always a known result, and every
    // accepted amount formats and parses back to itself.
    void fuzz_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : { "C", "de_DE", "fr_FR", "de_CH", "en_IN", "ar_EG" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void fuzz()
    {
        QFETCH(QString, locale);
        const QLocale l = localeNamed(locale);
        const QString alphabet = u"0123456789012345678901234567890.,.,.,  '-+eE\u00A0\u202F\u2019"
                                 u"\u2212\u0660\u0661\u066B\u066C\u0000\u0001\t\n\U0001F4B0"_s;
        QRandomGenerator random(20240601);
        const Currency *currencies[] = { &currency(u"GBP"_s), &currency(u"JPY"_s),
                                         &currency(u"KWD"_s), &currency(u"CLF"_s) };
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QString text;
            const int length = random.bounded(1, 24);
            for (int j = 0; j < length; ++j)
                text.append(alphabet.at(random.bounded(int(alphabet.size()))));
            const Currency &c = *currencies[random.bounded(4)];
            const Result<qint64> r = parseAmount(text, c, l);
            if (!r) {
                QVERIFY2(errorCodes().contains(r.error().code), qPrintable(r.error().code));
                continue;
            }
            ++accepted;
            QVERIFY2(*r > 0 && *r <= MaxAmountMinorUnits, qPrintable(text));
            const Result<qint64> again = parseAmount(formatAmount(*r, c, l), c, l);
            QVERIFY2(again && *again == *r, qPrintable(text));
        }
        QVERIFY(accepted > 100); // the alphabet does produce valid amounts
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
