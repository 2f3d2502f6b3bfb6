// SPDX-License-Identifier: MIT
#include "core/payment/currency.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace pavt;
using namespace Qt::StringLiterals;

namespace {

QStringList codesOf(const QList<const Currency *> &list)
{
    QStringList codes;
    for (const Currency *c : list)
        codes.append(c->code);
    return codes;
}

} // namespace

class TestCurrency : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // pavt_core is static; qt_add_resources(pavt_core ...) must link the data in by itself,
        // before anything of the library has run (no Q_INIT_RESOURCE needed).
        QVERIFY(QFile::exists(u":/data/iso4217.tsv"_s));
        QVERIFY(QFile::exists(u":/data/iso3166-1.tsv"_s));
    }

    void tableIsComplete()
    {
        const QList<Currency> &all = Currencies::all();
        QVERIFY2(all.size() >= 175, qPrintable(QString::number(all.size())));
        QSet<QString> codes;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Currency &c = all.at(i);
            QVERIFY2(c.code.size() == 3 && c.code == c.code.toUpper(), qPrintable(c.code));
            QVERIFY2(c.numeric > 0 && c.numeric < 1000, qPrintable(c.code));
            QVERIFY2(!c.name.isEmpty(), qPrintable(c.code));
            QVERIFY2(QList<int>({ -1, 0, 2, 3, 4 }).contains(c.minorUnits), qPrintable(c.code));
            QCOMPARE(c.isPayable(), c.minorUnits >= 0);
            if (i > 0)
                QVERIFY2(all.at(i - 1).code < c.code, qPrintable(c.code)); // sorted, unique
            codes.insert(c.code);
        }
        for (const char *code :
             { "GBP", "EUR", "USD", "CHF", "SEK", "INR", "BRL", "ZAR", "XCG", "ZWG", "SLE", "VES" })
            QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
        QVERIFY(!codes.contains(u"HRK"_s)); // withdrawn 2023
    }

    void exponent_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("minorUnits");
        for (const char *code : { "JPY", "KRW", "VND", "CLP", "ISK", "BIF", "DJF", "GNF", "KMF",
                                  "PYG", "RWF", "UGX", "UYI", "VUV", "XAF", "XOF", "XPF" })
            QTest::newRow(code) << QString::fromLatin1(code) << 0;
        for (const char *code : { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" })
            QTest::newRow(code) << QString::fromLatin1(code) << 3;
        for (const char *code : { "CLF", "UYW" })
            QTest::newRow(code) << QString::fromLatin1(code) << 4;
        for (const char *code : { "GBP", "EUR", "USD", "CHF", "CAD", "AUD", "CNY", "INR" })
            QTest::newRow(code) << QString::fromLatin1(code) << 2;
        for (const char *code :
             { "XAU", "XAG", "XPT", "XPD", "XDR", "XTS", "XXX", "XBA", "XSU", "XUA" })
            QTest::newRow(code) << QString::fromLatin1(code) << -1;
    }
    void exponent()
    {
        QFETCH(QString, code);
        QFETCH(int, minorUnits);
        const Currency *c = Currencies::find(code);
        QVERIFY(c);
        QCOMPARE(c->code, code);
        QCOMPARE(c->minorUnits, minorUnits);
        QCOMPARE(c->isPayable(), minorUnits >= 0);
    }

    // Every currency not named in exponent_data has two decimals.
    void exponentTwoOtherwise()
    {
        const QSet<QString> special { u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s, u"BIF"_s,
                                      u"DJF"_s, u"GNF"_s, u"KMF"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s,
                                      u"UYI"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s, u"BHD"_s,
                                      u"IQD"_s, u"JOD"_s, u"KWD"_s, u"LYD"_s, u"OMR"_s, u"TND"_s,
                                      u"CLF"_s, u"UYW"_s, u"XAG"_s, u"XAU"_s, u"XBA"_s, u"XBB"_s,
                                      u"XBC"_s, u"XBD"_s, u"XDR"_s, u"XPD"_s, u"XPT"_s, u"XSU"_s,
                                      u"XTS"_s, u"XUA"_s, u"XXX"_s };
        int two = 0;
        for (const Currency &c : Currencies::all()) {
            if (special.contains(c.code))
                continue;
            QVERIFY2(c.minorUnits == 2, qPrintable(c.code));
            ++two;
        }
        QVERIFY(two >= 140);
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: nullptr
        QTest::newRow("code") << u"GBP"_s << u"GBP"_s;
        QTest::newRow("lower case") << u"gbp"_s << u"GBP"_s;
        QTest::newRow("mixed case, spaces") << u"  GbP "_s << u"GBP"_s;
        QTest::newRow("tab and newline") << u"\tEUR\n"_s << u"EUR"_s;
        QTest::newRow("nbsp") << u"\u00A0USD\u202F"_s << u"USD"_s;
        QTest::newRow("numeric") << u"826"_s << u"GBP"_s;
        QTest::newRow("numeric leading zero") << u"036"_s << u"AUD"_s;
        QTest::newRow("numeric short") << u"36"_s << u"AUD"_s;
        QTest::newRow("numeric spaces") << u" 978 "_s << u"EUR"_s;
        QTest::newRow("numeric 8") << u"8"_s << u"ALL"_s;
        QTest::newRow("shared numeric 532") << u"532"_s << u"XCG"_s;
        QTest::newRow("ANG by code") << u"ANG"_s << u"ANG"_s;
        QTest::newRow("not payable still found") << u"XAU"_s << u"XAU"_s;
        QTest::newRow("999") << u"999"_s << u"XXX"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("two letters") << u"GB"_s << QString();
        QTest::newRow("four letters") << u"GBPX"_s << QString();
        QTest::newRow("inner spaces") << u"G B P"_s << QString();
        QTest::newRow("unknown code") << u"ABC"_s << QString();
        QTest::newRow("withdrawn HRK") << u"HRK"_s << QString();
        QTest::newRow("numeric four digits") << u"0826"_s << QString();
        QTest::newRow("numeric unknown") << u"1"_s << QString();
        QTest::newRow("numeric 0") << u"0"_s << QString();
        QTest::newRow("negative numeric") << u"-826"_s << QString();
        QTest::newRow("name is not a code") << u"Euro"_s << QString();
        QTest::newRow("accented") << u"ÉUR"_s << QString();
        QTest::newRow("fullwidth") << u"ＧＢＰ"_s << QString();
        QTest::newRow("arabic digits") << u"٨٢٦"_s << QString();
        QTest::newRow("control character") << u"GB\u0001"_s << QString();
        QTest::newRow("NUL") << QString(u"GBP\0"_s) << QString();
        QTest::newRow("emoji") << u"\U0001F4B0"_s << QString();
        QTest::newRow("10,000 characters") << QString(10000, u'G') << QString();
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Currency *c = Currencies::find(text);
        if (expected.isEmpty()) {
            QVERIFY2(!c, c ? qPrintable(c->code) : "");
        } else {
            QVERIFY(c);
            QCOMPARE(c->code, expected);
        }
    }

    void findEveryEntry()
    {
        const QList<Currency> &all = Currencies::all();
        for (const Currency &c : all) {
            QCOMPARE(Currencies::find(c.code), &c);
            QCOMPARE(Currencies::find(c.code.toLower()), &c);
            const Currency *byNumber = Currencies::find(u"%1"_s.arg(c.numeric, 3, 10, QChar(u'0')));
            QVERIFY2(byNumber && byNumber->numeric == c.numeric, qPrintable(c.code));
            const Currency *unpadded = Currencies::find(QString::number(c.numeric));
            QCOMPARE(unpadded, byNumber);
            if (c.code != u"ANG")
                QCOMPARE(byNumber, &c);
        }
    }

    void knownEntries()
    {
        const Currency *gbp = Currencies::find(u"GBP");
        QVERIFY(gbp);
        QCOMPARE(*gbp, (Currency { u"GBP"_s, 826, 2, u"Pound Sterling"_s }));
        const Currency *jpy = Currencies::find(u"392");
        QVERIFY(jpy);
        QCOMPARE(*jpy, (Currency { u"JPY"_s, 392, 0, u"Yen"_s }));
        const Currency *xau = Currencies::find(u"xau");
        QVERIFY(xau);
        QCOMPARE(xau->numeric, 959);
        QVERIFY(!xau->isPayable());
        const Currency *top = Currencies::find(u"TOP");
        QVERIFY(top);
        QCOMPARE(top->name, u"Pa\u2019anga"_s); // UTF-8 read as such
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected"); // the whole result, in order

        QTest::newRow("code prefix") << u"gb"_s << 20 << QStringList { u"GBP"_s };
        QTest::newRow("accented is no code") << u"\u011EB"_s << 20 << QStringList {};
        QTest::newRow("exact code") << u"EUR"_s << 20 << QStringList { u"EUR"_s, u"CHE"_s };
        QTest::newRow("codes before names")
            << u"us"_s << 3 << QStringList { u"USD"_s, u"USN"_s, u"AUD"_s };
        // "pe": code PEN; names starting with it (Peso Convertible, Peso Uruguayo); names with a
        // word starting with it (... Peso); names containing it elsewhere (... Rupee).
        QTest::newRow("code, name start, word start, inside")
            << u"pe"_s << 20
            << QStringList { u"PEN"_s, u"CUC"_s, u"UYU"_s, u"ARS"_s, u"CLP"_s, u"COP"_s,
                             u"CUP"_s, u"DOP"_s, u"MXN"_s, u"PHP"_s, u"UYI"_s, u"INR"_s,
                             u"LKR"_s, u"MUR"_s, u"NPR"_s, u"PKR"_s, u"SCR"_s };
        QTest::newRow("numeric") << u"826"_s << 20 << QStringList { u"GBP"_s };
        QTest::newRow("pound: name start, then word start in code order")
            << u"pound"_s << 20 << QStringList { u"GBP"_s, u"EGP"_s, u"FKP"_s, u"GIP"_s, u"LBP"_s,
                                                 u"SDG"_s, u"SHP"_s, u"SSP"_s, u"SYP"_s };
        QTest::newRow("accent-insensitive")
            << u"bolivar"_s << 20 << QStringList { u"VED"_s, u"VES"_s };
        QTest::newRow("accented text") << u"BOLÍVAR"_s << 20 << QStringList { u"VED"_s, u"VES"_s };
        QTest::newRow("apostrophe") << u"pa'anga"_s << 20 << QStringList { u"TOP"_s };
        QTest::newRow("gold: only the payable one") << u"gold"_s << 20 << QStringList { u"ZWG"_s };
        QTest::newRow("not payable code") << u"xau"_s << 20 << QStringList {};
        QTest::newRow("no match") << u"zzz"_s << 20 << QStringList {};
        QTest::newRow("limit") << u"dollar"_s << 2 << QStringList { u"AUD"_s, u"BBD"_s };
        QTest::newRow("limit 0") << u"gbp"_s << 0 << QStringList {};
        QTest::newRow("emoji") << u"\U0001F4B0"_s << 20 << QStringList {};
        QTest::newRow("control") << u"\u0001"_s << 20 << QStringList {};
        QTest::newRow("10,000 characters") << QString(10000, u'a') << 20 << QStringList {};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QCOMPARE(codesOf(Currencies::search(text, limit)), expected);
    }

    void searchEmptyListsPayable()
    {
        const QList<const Currency *> first = Currencies::search(u"");
        QCOMPARE(first.size(), 20);
        QCOMPARE(first.first()->code, u"AED"_s);
        const QList<const Currency *> every = Currencies::search(u"", -1);
        int payable = 0;
        for (const Currency &c : Currencies::all())
            payable += c.isPayable() ? 1 : 0;
        QCOMPARE(every.size(), payable);
        QSet<const Currency *> seen;
        for (const Currency *c : every) {
            QVERIFY2(c->isPayable(), qPrintable(c->code));
            QVERIFY2(!seen.contains(c), qPrintable(c->code));
            seen.insert(c);
        }
    }

    void searchNeverRepeats()
    {
        for (const QString &text : { u"a"_s, u"e"_s, u"dollar"_s, u"d"_s, u"franc"_s, u"r"_s }) {
            const QList<const Currency *> result = Currencies::search(text, -1);
            QVERIFY(!result.isEmpty());
            QCOMPARE(QSet<const Currency *>(result.begin(), result.end()).size(), result.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"
