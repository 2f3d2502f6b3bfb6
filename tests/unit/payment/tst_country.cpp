// SPDX-License-Identifier: MIT
#include "core/payment/country.h"

#include <QSet>
#include <QTest>

#include <array>
#include <thread>
#include <vector>

using namespace pavt;
using namespace Qt::StringLiterals;

namespace {

QStringList codesOf(const QList<const Country *> &list)
{
    QStringList codes;
    for (const Country *c : list)
        codes.append(c->alpha2);
    return codes;
}

} // namespace

class TestCountry : public QObject
{
    Q_OBJECT
private slots:
    // Runs first: the table is built on first use, here by many threads at once.
    void firstUseFromManyThreads()
    {
        constexpr int Threads = 8;
        std::array<const Country *, Threads> found {};
        std::vector<std::thread> threads;
        for (int i = 0; i < Threads; ++i)
            threads.emplace_back([&found, i] { found[i] = Countries::find(u"Germany"); });
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY(found[0]);
        QCOMPARE(found[0]->alpha2, u"DE"_s);
        for (const Country *c : found)
            QCOMPARE(c, found[0]);
    }

    void tableIsComplete()
    {
        const QList<Country> &all = Countries::all();
        QCOMPARE(all.size(), 249);
        QSet<QString> alpha3;
        QSet<int> numeric;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Country &c = all.at(i);
            QVERIFY2(c.alpha2.size() == 2 && c.alpha2 == c.alpha2.toUpper(), qPrintable(c.alpha2));
            QVERIFY2(c.alpha3.size() == 3 && c.alpha3 == c.alpha3.toUpper(), qPrintable(c.alpha2));
            QVERIFY2(c.numeric > 0 && c.numeric < 1000, qPrintable(c.alpha2));
            QVERIFY2(!c.name.isEmpty(), qPrintable(c.alpha2));
            if (i > 0)
                QVERIFY2(all.at(i - 1).alpha2 < c.alpha2, qPrintable(c.alpha2)); // sorted, unique
            alpha3.insert(c.alpha3);
            numeric.insert(c.numeric);
        }
        QCOMPARE(alpha3.size(), all.size());
        QCOMPARE(numeric.size(), all.size());
    }

    void knownEntry()
    {
        const Country *gb = Countries::find(u"gb");
        QVERIFY(gb);
        QCOMPARE(*gb,
                 (Country { u"GB"_s, u"GBR"_s, 826, u"United Kingdom"_s,
                            u"United Kingdom of Great Britain and Northern Ireland"_s }));
        const Country *ax = Countries::find(u"AX");
        QVERIFY(ax);
        QCOMPARE(ax->name, u"\u00C5land Islands"_s); // UTF-8 read as such
        QVERIFY(ax->officialName.isEmpty());
    }

    // Every country is found by each of its keys, in any case and with spaces around.
    void findEveryKey()
    {
        for (const Country &c : Countries::all()) {
            QStringList keys { c.alpha2, c.alpha3, QString::number(c.numeric),
                               u"%1"_s.arg(c.numeric, 3, 10, QChar(u'0')), c.name };
            if (!c.officialName.isEmpty())
                keys.append(c.officialName);
            for (const QString &key : std::as_const(keys)) {
                for (const QString &variant :
                     QStringList { key, key.toLower(), key.toUpper(), u"  "_s + key + u"\t"_s }) {
                    const Country *found = Countries::find(variant);
                    QVERIFY2(found == &c, qPrintable(c.alpha2 + u": "_s + variant));
                }
            }
        }
    }

    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // alpha-2, or empty for nullptr
        QTest::newRow("DEU") << u"DEU"_s << u"DE"_s;
        QTest::newRow("deu") << u"deu"_s << u"DE"_s;
        QTest::newRow("276") << u"276"_s << u"DE"_s;
        QTest::newRow("germany") << u"germany"_s << u"DE"_s;
        QTest::newRow("GERMANY") << u"GERMANY"_s << u"DE"_s;
        QTest::newRow("official") << u"federal republic of germany"_s << u"DE"_s;
        QTest::newRow("de with spaces") << u"  de "_s << u"DE"_s;
        QTest::newRow("036") << u"036"_s << u"AU"_s;
        QTest::newRow("36") << u"36"_s << u"AU"_s;
        QTest::newRow("826") << u"826"_s << u"GB"_s;
        QTest::newRow("inner spaces collapsed") << u"united   kingdom"_s << u"GB"_s;
        QTest::newRow("aland") << u"aland islands"_s << u"AX"_s;
        QTest::newRow("Åland") << u"\u00C5land Islands"_s << u"AX"_s;
        QTest::newRow("Åland decomposed") << u"A\u030Aland Islands"_s << u"AX"_s;
        QTest::newRow("cote d'ivoire") << u"cote d'ivoire"_s << u"CI"_s;
        QTest::newRow("Côte d’Ivoire") << u"C\u00F4te d\u2019Ivoire"_s << u"CI"_s;
        QTest::newRow("curacao") << u"CURACAO"_s << u"CW"_s;
        QTest::newRow("turkiye") << u"turkiye"_s << u"TR"_s;
        QTest::newRow("reunion") << u"R\u00C9UNION"_s << u"RE"_s;
        QTest::newRow("nbsp around") << u"\u00A0France\u202F"_s << u"FR"_s;
        QTest::newRow("prefix is not a name") << u"ger"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("unassigned XX") << u"XX"_s << QString();
        QTest::newRow("unassigned ZZZ") << u"ZZZ"_s << QString();
        QTest::newRow("0") << u"0"_s << QString();
        QTest::newRow("999") << u"999"_s << QString();
        QTest::newRow("1000") << u"1000"_s << QString();
        QTest::newRow("0276") << u"0276"_s << QString();
        QTest::newRow("-276") << u"-276"_s << QString();
        QTest::newRow("one letter") << u"D"_s << QString();
        QTest::newRow("name and junk") << u"Germany2"_s << QString();
        QTest::newRow("inner spaces in code") << u"D E"_s << QString();
        QTest::newRow("fullwidth") << u"\uFF24\uFF25"_s << QString();
        QTest::newRow("control") << u"\u0001DE"_s << QString();
        QTest::newRow("NUL") << QString(u"DE\0"_s) << QString();
        QTest::newRow("emoji flag") << u"\U0001F1E9\U0001F1EA"_s << QString();
        QTest::newRow("10,000 characters") << QString(10000, u'a') << QString();
    }
    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Country *c = Countries::find(text);
        if (expected.isEmpty()) {
            QVERIFY2(!c, c ? qPrintable(c->alpha2) : "");
        } else {
            QVERIFY(c);
            QCOMPARE(c->alpha2, expected);
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected"); // the whole result, in order
        QTest::newRow("ger") << u"ger"_s << 20 << QStringList { u"DE"_s };
        QTest::newRow("DEU") << u"DEU"_s << 20 << QStringList { u"DE"_s };
        QTest::newRow("276") << u"276"_s << 20 << QStringList { u"DE"_s };
        QTest::newRow("germany") << u"germany"_s << 20 << QStringList { u"DE"_s };
        QTest::newRow("king: word start, then official names")
            << u"king"_s << 3 << QStringList { u"GB"_s, u"BH"_s, u"BE"_s };
        QTest::newRow("aland") << u"aland"_s << 20 << QStringList { u"AX"_s };
        QTest::newRow("ALAND") << u"ALAND"_s << 20 << QStringList { u"AX"_s };
        QTest::newRow("Ål") << u"\u00C5l"_s << 20 << QStringList { u"AX"_s, u"AL"_s, u"DZ"_s };
        QTest::newRow("de: exact code, then names")
            << u"de"_s << 20 << QStringList { u"DE"_s, u"DK"_s, u"CD"_s, u"DZ"_s, u"ET"_s,
                                              u"NP"_s, u"KP"_s, u"ST"_s, u"LK"_s, u"TL"_s };
        QTest::newRow("united") << u"united"_s << 20
                                << QStringList { u"AE"_s, u"GB"_s, u"US"_s, u"UM"_s,
                                                 u"MX"_s, u"TZ"_s, u"VI"_s };
        QTest::newRow("united k") << u"united k"_s << 20 << QStringList { u"GB"_s };
        QTest::newRow("sa: exact code first, names in name order")
            << u"sa"_s << 6 << QStringList { u"SA"_s, u"BL"_s, u"SH"_s, u"KN"_s, u"LC"_s, u"MF"_s };
        QTest::newRow("guinea") << u"guinea"_s << 20
                                << QStringList { u"GN"_s, u"GW"_s, u"GQ"_s, u"PG"_s };
        QTest::newRow("hyphen is a word break") << u"bissau"_s << 20 << QStringList { u"GW"_s };
        QTest::newRow("apostrophe is a word break") << u"ivoire"_s << 20 << QStringList { u"CI"_s };
        QTest::newRow("trailing space ignored") << u"france "_s << 20 << QStringList { u"FR"_s };
        QTest::newRow("limit") << u"s"_s << 2 << QStringList { u"BL"_s, u"SH"_s };
        QTest::newRow("limit 0") << u"de"_s << 0 << QStringList {};
        QTest::newRow("no match") << u"qq"_s << 20 << QStringList {};
        QTest::newRow("middle of a word") << u"ermany"_s << 20 << QStringList {};
        QTest::newRow("emoji") << u"\U0001F1E9\U0001F1EA"_s << 20 << QStringList {};
        QTest::newRow("control") << u"\u0001"_s << 20 << QStringList {};
        QTest::newRow("10,000 characters") << QString(10000, u'a') << 20 << QStringList {};
    }
    void search()
    {
        QFETCH(QString, prefix);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QCOMPARE(codesOf(Countries::search(prefix, limit)), expected);
    }

    void searchEmptyListsAllByName()
    {
        const QList<const Country *> first = Countries::search(u"");
        QCOMPARE(first.size(), 20);
        QCOMPARE(first.at(0)->alpha2, u"AF"_s); // Afghanistan
        QCOMPARE(first.at(1)->alpha2, u"AX"_s); // Åland Islands sorts as "aland"
        const QList<const Country *> every = Countries::search(u"", -1);
        QCOMPARE(every.size(), 249);
        QCOMPARE(QSet<const Country *>(every.begin(), every.end()).size(), 249);
    }

    // Every country is offered when its whole name is typed, and first when its code is.
    void searchFindsEveryCountry()
    {
        for (const Country &c : Countries::all()) {
            QVERIFY2(Countries::search(c.name, -1).contains(&c), qPrintable(c.alpha2));
            QCOMPARE(Countries::search(c.alpha2, 1).value(0), &c);
            QCOMPARE(Countries::search(c.alpha3.toLower(), 1).value(0), &c);
            QCOMPARE(Countries::search(QString::number(c.numeric), 1).value(0), &c);
        }
    }

    void searchNeverRepeats()
    {
        for (const QString &prefix : { u"a"_s, u"s"_s, u"re"_s, u"isl"_s, u"the"_s }) {
            const QList<const Country *> result = Countries::search(prefix, -1);
            QVERIFY(!result.isEmpty());
            QCOMPARE(QSet<const Country *>(result.begin(), result.end()).size(), result.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestCountry)
#include "tst_country.moc"
