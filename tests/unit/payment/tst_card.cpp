// SPDX-License-Identifier: MIT
#include "core/payment/card.h"

#include <QTest>

using namespace pavt;
using namespace Qt::StringLiterals;

namespace pavt {
// Readable QCOMPARE failures.
char *toString(CardBrand brand)
{
    return qstrdup(Cards::brandId(brand).toLatin1().constData());
}
} // namespace pavt

namespace {

QString repeated(QStringView piece, int times)
{
    QString out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out.append(piece);
    return out;
}

QString withChar(QStringView before, char16_t c, QStringView after)
{
    return before.toString() + QChar(c) + after.toString();
}

// The positions of the digits of `number` that `masked` shows (a '*' hides one).
int countShown(const QString &masked)
{
    int shown = 0;
    for (const QChar c : masked)
        shown += c.isDigit() ? 1 : 0;
    return shown;
}

// Strings every function must survive.
void addBadInputRows()
{
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << u"     "_s;
    QTest::newRow("10000 digits") << QString(10000, u'4');
    QTest::newRow("10000 letters") << QString(10000, u'x');
    QTest::newRow("10000 mixed") << repeated(u"4111-ab \u00e9\t", 1000);
    QTest::newRow("10000 separators") << repeated(u" -.", 3334);
    QTest::newRow("non-ASCII letters") << u"Zoë Ångström 東京"_s;
    QTest::newRow("arabic-indic digits")
        << u"\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661"_s;
    QTest::newRow("full-width digits")
        << u"\uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11"_s;
    QTest::newRow("NUL inside") << withChar(u"41111111", 0, u"11111111");
    QTest::newRow("control characters") << u"\x01\x02\x1b[2J\x7f\u0085"_s;
    QTest::newRow("tab and newline") << u"4111\t1111\n1111 1111"_s;
    QTest::newRow("emoji") << u"💳💳💳💳 4111"_s;
    QTest::newRow("lone surrogate") << withChar(u"4111", 0xd800, u"1111");
    QTest::newRow("bidi override") << u"\u202e4111111111111111"_s;
    QTest::newRow("line separator") << u"4111\u20281111"_s;
}

} // namespace

class TestCard : public QObject
{
    Q_OBJECT

private slots:
    void brandNamesAndIds_data()
    {
        QTest::addColumn<CardBrand>("brand");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << CardBrand::Unknown << QString() << u"unknown"_s;
        QTest::newRow("visa") << CardBrand::Visa << u"Visa"_s << u"visa"_s;
        QTest::newRow("mastercard") << CardBrand::Mastercard << u"Mastercard"_s << u"mastercard"_s;
        QTest::newRow("amex") << CardBrand::Amex << u"American Express"_s << u"amex"_s;
        QTest::newRow("discover") << CardBrand::Discover << u"Discover"_s << u"discover"_s;
        QTest::newRow("jcb") << CardBrand::Jcb << u"JCB"_s << u"jcb"_s;
        QTest::newRow("diners") << CardBrand::DinersClub << u"Diners Club"_s << u"diners"_s;
        QTest::newRow("unionpay") << CardBrand::UnionPay << u"UnionPay"_s << u"unionpay"_s;
        QTest::newRow("maestro") << CardBrand::Maestro << u"Maestro"_s << u"maestro"_s;
        QTest::newRow("mir") << CardBrand::Mir << u"Mir"_s << u"mir"_s;
    }
    void brandNamesAndIds()
    {
        QFETCH(CardBrand, brand);
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(Cards::brandName(brand), name);
        QCOMPARE(Cards::brandName(brand).isNull(), name.isNull());
        QCOMPARE(Cards::brandId(brand), id);
        QCOMPARE(Cards::brandFromId(id), brand);
    }

    void brandFromIdRejectsOthers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << u"VISA"_s;
        QTest::newRow("name not id") << u"American Express"_s;
        QTest::newRow("padded") << u" visa"_s;
        QTest::newRow("long") << QString(10000, u'v');
    }
    void brandFromIdRejectsOthers()
    {
        QFETCH(QString, id);
        QCOMPARE(Cards::brandFromId(id), CardBrand::Unknown);
    }

    // Published test numbers of the card schemes and gateways: all valid, complete, right brand.
    void publishedTestNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<CardBrand>("brand");
        QTest::newRow("visa 4111") << u"4111111111111111"_s << CardBrand::Visa;
        QTest::newRow("visa 4012") << u"4012888888881881"_s << CardBrand::Visa;
        QTest::newRow("visa 13 digits") << u"4222222222222"_s << CardBrand::Visa;
        QTest::newRow("visa debit") << u"4000056655665556"_s << CardBrand::Visa;
        QTest::newRow("mc 5555") << u"5555555555554444"_s << CardBrand::Mastercard;
        QTest::newRow("mc 5105") << u"5105105105105100"_s << CardBrand::Mastercard;
        QTest::newRow("mc debit 5200") << u"5200828282828210"_s << CardBrand::Mastercard;
        QTest::newRow("mc 2221") << u"2221000000000009"_s << CardBrand::Mastercard;
        QTest::newRow("mc 2223") << u"2223003122003222"_s << CardBrand::Mastercard;
        QTest::newRow("amex 3782") << u"378282246310005"_s << CardBrand::Amex;
        QTest::newRow("amex 3714") << u"371449635398431"_s << CardBrand::Amex;
        QTest::newRow("amex corporate") << u"378734493671000"_s << CardBrand::Amex;
        QTest::newRow("discover 6011 1111") << u"6011111111111117"_s << CardBrand::Discover;
        QTest::newRow("discover 6011 0009") << u"6011000990139424"_s << CardBrand::Discover;
        QTest::newRow("discover 6445") << u"6445644564456445"_s << CardBrand::Discover;
        QTest::newRow("jcb 3530") << u"3530111333300000"_s << CardBrand::Jcb;
        QTest::newRow("jcb 3566 0020") << u"3566002020360505"_s << CardBrand::Jcb;
        QTest::newRow("jcb 3566 1111") << u"3566111111111113"_s << CardBrand::Jcb;
        QTest::newRow("diners 3056 14") << u"30569309025904"_s << CardBrand::DinersClub;
        QTest::newRow("diners 3852 14") << u"38520000023237"_s << CardBrand::DinersClub;
        QTest::newRow("diners 3622 14") << u"36227206271667"_s << CardBrand::DinersClub;
        QTest::newRow("diners 16") << u"3056930009020004"_s << CardBrand::DinersClub;
        QTest::newRow("unionpay 16") << u"6200000000000005"_s << CardBrand::UnionPay;
        QTest::newRow("unionpay 19") << u"6205500000000000004"_s << CardBrand::UnionPay;
        QTest::newRow("maestro 6759") << u"6759649826438453"_s << CardBrand::Maestro;
        QTest::newRow("maestro 6304") << u"6304000000000000"_s << CardBrand::Maestro;
        QTest::newRow("mir 2200") << u"2200000000000004"_s << CardBrand::Mir;
        QTest::newRow("mir 2201") << u"2201382000000013"_s << CardBrand::Mir;
    }
    void publishedTestNumbers()
    {
        QFETCH(QString, number);
        QFETCH(CardBrand, brand);
        QVERIFY(Cards::luhnValid(number));
        QCOMPARE(Cards::detectBrand(number), brand);
        QVERIFY(Cards::allowedLengths(brand).contains(int(number.size())));
        QVERIFY(Cards::isAllowedLength(brand, int(number.size())));
        QCOMPARE(Cards::normalise(number), number);

        const CardCheck check = pavt::checkCardNumber(number);
        QVERIFY2(check.ok(), qPrintable(check.code + u": "_s + check.message));
        QVERIFY(check.message.isEmpty());
        QCOMPARE(check.brand, brand);
        QVERIFY(check.complete);
        QCOMPARE(check.digitCount, int(number.size()));
        QCOMPARE(check.canGrow, number.size() < Cards::maxLength(brand));

        // The same number as it is shown, and as people paste it, checks the same way.
        const QString shown = Cards::formatForDisplay(number);
        QCOMPARE(Cards::normalise(shown), number);
        const CardCheck again = pavt::checkCardNumber(shown);
        QVERIFY(again.ok());
        QCOMPARE(again.brand, brand);

        // Changing the last digit breaks the Luhn check.
        QString broken = number;
        broken.back() = QChar(u'0' + (broken.back().unicode() - u'0' + 1) % 10);
        QVERIFY(!Cards::luhnValid(broken));
        const CardCheck bad = pavt::checkCardNumber(broken);
        QCOMPARE(bad.code, u"luhn"_s);
        QCOMPARE(bad.brand, brand);
        QVERIFY(bad.complete);
        QVERIFY(!bad.message.isEmpty());
    }

    void detectBrand_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<CardBrand>("brand");
        QTest::newRow("empty") << QString() << CardBrand::Unknown;
        QTest::newRow("0") << u"0"_s << CardBrand::Unknown;
        QTest::newRow("1") << u"1"_s << CardBrand::Unknown;
        QTest::newRow("7") << u"7"_s << CardBrand::Unknown;
        QTest::newRow("8") << u"8"_s << CardBrand::Unknown;
        QTest::newRow("9") << u"9"_s << CardBrand::Unknown;
        // Visa
        QTest::newRow("4") << u"4"_s << CardBrand::Visa;
        QTest::newRow("49") << u"49"_s << CardBrand::Visa;
        QTest::newRow("4111 11") << u"4111 11"_s << CardBrand::Visa;
        // Mastercard 51-55 and 2221-2720
        QTest::newRow("5") << u"5"_s << CardBrand::Unknown;
        QTest::newRow("50") << u"50"_s << CardBrand::Unknown;
        QTest::newRow("51") << u"51"_s << CardBrand::Mastercard;
        QTest::newRow("55") << u"55"_s << CardBrand::Mastercard;
        QTest::newRow("56") << u"56"_s << CardBrand::Unknown;
        QTest::newRow("2") << u"2"_s << CardBrand::Unknown;
        QTest::newRow("22") << u"22"_s << CardBrand::Unknown;
        QTest::newRow("222") << u"222"_s << CardBrand::Unknown;
        QTest::newRow("2220") << u"2220"_s << CardBrand::Unknown;
        QTest::newRow("222099") << u"222099"_s << CardBrand::Unknown;
        QTest::newRow("2221") << u"2221"_s << CardBrand::Mastercard;
        QTest::newRow("223") << u"223"_s << CardBrand::Mastercard;
        QTest::newRow("23") << u"23"_s << CardBrand::Mastercard;
        QTest::newRow("26") << u"26"_s << CardBrand::Mastercard;
        QTest::newRow("27") << u"27"_s << CardBrand::Unknown;
        QTest::newRow("271") << u"271"_s << CardBrand::Mastercard;
        QTest::newRow("272") << u"272"_s << CardBrand::Unknown;
        QTest::newRow("2720") << u"2720"_s << CardBrand::Mastercard;
        QTest::newRow("272099") << u"272099"_s << CardBrand::Mastercard;
        QTest::newRow("2721") << u"2721"_s << CardBrand::Unknown;
        QTest::newRow("28") << u"28"_s << CardBrand::Unknown;
        // Mir 2200-2204
        QTest::newRow("220") << u"220"_s << CardBrand::Unknown;
        QTest::newRow("2200") << u"2200"_s << CardBrand::Mir;
        QTest::newRow("2204") << u"2204"_s << CardBrand::Mir;
        QTest::newRow("2205") << u"2205"_s << CardBrand::Unknown;
        // Amex
        QTest::newRow("3") << u"3"_s << CardBrand::Unknown;
        QTest::newRow("34") << u"34"_s << CardBrand::Amex;
        QTest::newRow("37") << u"37"_s << CardBrand::Amex;
        QTest::newRow("33") << u"33"_s << CardBrand::Unknown;
        // JCB 3528-3589
        QTest::newRow("35") << u"35"_s << CardBrand::Unknown;
        QTest::newRow("352") << u"352"_s << CardBrand::Unknown;
        QTest::newRow("3527") << u"3527"_s << CardBrand::Unknown;
        QTest::newRow("3528") << u"3528"_s << CardBrand::Jcb;
        QTest::newRow("353") << u"353"_s << CardBrand::Jcb;
        QTest::newRow("3589") << u"3589"_s << CardBrand::Jcb;
        QTest::newRow("3590") << u"3590"_s << CardBrand::Unknown;
        // Diners Club 300-305, 3095, 36, 38, 39
        QTest::newRow("30") << u"30"_s << CardBrand::Unknown;
        QTest::newRow("300") << u"300"_s << CardBrand::DinersClub;
        QTest::newRow("305") << u"305"_s << CardBrand::DinersClub;
        QTest::newRow("306") << u"306"_s << CardBrand::Unknown;
        QTest::newRow("309") << u"309"_s << CardBrand::Unknown;
        QTest::newRow("3094") << u"3094"_s << CardBrand::Unknown;
        QTest::newRow("3095") << u"3095"_s << CardBrand::DinersClub;
        QTest::newRow("3096") << u"3096"_s << CardBrand::Unknown;
        QTest::newRow("36") << u"36"_s << CardBrand::DinersClub;
        QTest::newRow("38") << u"38"_s << CardBrand::DinersClub;
        QTest::newRow("39") << u"39"_s << CardBrand::DinersClub;
        // Discover 6011, 644-649, 65
        QTest::newRow("6") << u"6"_s << CardBrand::Unknown;
        QTest::newRow("60") << u"60"_s << CardBrand::Unknown;
        QTest::newRow("601") << u"601"_s << CardBrand::Unknown;
        QTest::newRow("6011") << u"6011"_s << CardBrand::Discover;
        QTest::newRow("6012") << u"6012"_s << CardBrand::Unknown;
        QTest::newRow("64") << u"64"_s << CardBrand::Unknown;
        QTest::newRow("643") << u"643"_s << CardBrand::Unknown;
        QTest::newRow("644") << u"644"_s << CardBrand::Discover;
        QTest::newRow("649") << u"649"_s << CardBrand::Discover;
        QTest::newRow("65") << u"65"_s << CardBrand::Discover;
        // UnionPay 62, including 622126-622925 (see card.cpp)
        QTest::newRow("62") << u"62"_s << CardBrand::UnionPay;
        QTest::newRow("622125") << u"622125"_s << CardBrand::UnionPay;
        QTest::newRow("622126") << u"622126"_s << CardBrand::UnionPay;
        QTest::newRow("622925") << u"622925"_s << CardBrand::UnionPay;
        QTest::newRow("629") << u"629"_s << CardBrand::UnionPay;
        // Maestro
        QTest::newRow("501") << u"501"_s << CardBrand::Unknown;
        QTest::newRow("5018") << u"5018"_s << CardBrand::Maestro;
        QTest::newRow("5019") << u"5019"_s << CardBrand::Unknown;
        QTest::newRow("5020") << u"5020"_s << CardBrand::Maestro;
        QTest::newRow("5038") << u"5038"_s << CardBrand::Maestro;
        QTest::newRow("5893") << u"5893"_s << CardBrand::Maestro;
        QTest::newRow("5894") << u"5894"_s << CardBrand::Unknown;
        QTest::newRow("63") << u"63"_s << CardBrand::Unknown;
        QTest::newRow("6304") << u"6304"_s << CardBrand::Maestro;
        QTest::newRow("67") << u"67"_s << CardBrand::Unknown;
        QTest::newRow("6759") << u"6759"_s << CardBrand::Maestro;
        QTest::newRow("6760") << u"6760"_s << CardBrand::Unknown;
        QTest::newRow("6761") << u"6761"_s << CardBrand::Maestro;
        QTest::newRow("6762") << u"6762"_s << CardBrand::Maestro;
        QTest::newRow("6763") << u"6763"_s << CardBrand::Maestro;
        QTest::newRow("6764") << u"6764"_s << CardBrand::Unknown;
        // Separators are skipped; anything else gives Unknown.
        QTest::newRow("dashes") << u"37-82"_s << CardBrand::Amex;
        QTest::newRow("nbsp") << u"22\u00a021"_s << CardBrand::Mastercard;
        QTest::newRow("letter") << u"4a"_s << CardBrand::Unknown;
        QTest::newRow("leading letter") << u"x4"_s << CardBrand::Unknown;
        QTest::newRow("full-width 4") << u"\uff14"_s << CardBrand::Unknown;
        QTest::newRow("arabic-indic 4") << u"\u0664"_s << CardBrand::Unknown;
    }
    void detectBrand()
    {
        QFETCH(QString, digits);
        QFETCH(CardBrand, brand);
        QCOMPARE(Cards::detectBrand(digits), brand);
    }

    // Once a prefix decides a brand, typing more digits never changes it.
    void brandIsStableWhileTyping_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("visa") << u"4111111111111111"_s;
        QTest::newRow("mc 2") << u"2720990000000007"_s;
        QTest::newRow("mir") << u"2200000000000004"_s;
        QTest::newRow("amex") << u"378282246310005"_s;
        QTest::newRow("jcb") << u"3589000000000000"_s;
        QTest::newRow("diners") << u"30569309025904"_s;
        QTest::newRow("unionpay") << u"6221260000000000"_s;
        QTest::newRow("maestro") << u"6763000000000000"_s;
    }
    void brandIsStableWhileTyping()
    {
        QFETCH(QString, number);
        const CardBrand final = Cards::detectBrand(number);
        QVERIFY(final != CardBrand::Unknown);
        bool decided = false;
        for (qsizetype n = 1; n <= number.size(); ++n) {
            const CardBrand b = Cards::detectBrand(QStringView(number).first(n));
            if (decided)
                QCOMPARE(b, final);
            else if (b != CardBrand::Unknown) {
                QCOMPARE(b, final);
                decided = true;
            }
        }
        QVERIFY(decided);
    }

    void luhn_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("visa") << u"4111111111111111"_s << true;
        QTest::newRow("visa last+1") << u"4111111111111112"_s << false;
        QTest::newRow("swapped digits") << u"4111111111111111"_s.replace(0, 2, u"14"_s) << false;
        QTest::newRow("amex") << u"378282246310005"_s << true;
        QTest::newRow("amex broken") << u"378282246310006"_s << false;
        QTest::newRow("19 digits") << u"6205500000000000004"_s << true;
        QTest::newRow("19 digits broken") << u"6205500000000000005"_s << false;
        QTest::newRow("all zero") << u"0000000000000000"_s << true;
        QTest::newRow("79927398713") << u"79927398713"_s << true; // the Wikipedia example
        QTest::newRow("79927398710") << u"79927398710"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << u"4111 1111 1111 1111"_s << false; // digits only
        QTest::newRow("dashes") << u"4111-1111-1111-1111"_s << false;
        QTest::newRow("letters") << u"abcd"_s << false;
        QTest::newRow("full-width") << u"\uff10\uff10"_s << false;
        QTest::newRow("arabic-indic zeros") << u"\u0660\u0660"_s << false;
        QTest::newRow("10000 zeros") << QString(10000, u'0') << true;
        QTest::newRow("9999 ones") << QString(9999, u'1') << false;
    }
    void luhn()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(Cards::luhnValid(digits), valid);
    }

    void lengths_data()
    {
        QTest::addColumn<CardBrand>("brand");
        QTest::addColumn<QList<int>>("lengths");
        QTest::addColumn<int>("cvv");
        QTest::newRow("visa") << CardBrand::Visa << QList<int> { 13, 16, 19 } << 3;
        QTest::newRow("mc") << CardBrand::Mastercard << QList<int> { 16 } << 3;
        QTest::newRow("amex") << CardBrand::Amex << QList<int> { 15 } << 4;
        QTest::newRow("discover") << CardBrand::Discover << QList<int> { 16, 17, 18, 19 } << 3;
        QTest::newRow("jcb") << CardBrand::Jcb << QList<int> { 16, 17, 18, 19 } << 3;
        QTest::newRow("diners") << CardBrand::DinersClub << QList<int> { 14, 15, 16, 17, 18, 19 }
                                << 3;
        QTest::newRow("unionpay") << CardBrand::UnionPay << QList<int> { 16, 17, 18, 19 } << 3;
        QTest::newRow("maestro") << CardBrand::Maestro
                                 << QList<int> { 12, 13, 14, 15, 16, 17, 18, 19 } << 3;
        QTest::newRow("mir") << CardBrand::Mir << QList<int> { 16, 17, 18, 19 } << 3;
        QTest::newRow("unknown") << CardBrand::Unknown
                                 << QList<int> { 12, 13, 14, 15, 16, 17, 18, 19 } << 3;
    }
    void lengths()
    {
        QFETCH(CardBrand, brand);
        QFETCH(QList<int>, lengths);
        QFETCH(int, cvv);
        QCOMPARE(Cards::allowedLengths(brand), lengths);
        QCOMPARE(Cards::minLength(brand), lengths.front());
        QCOMPARE(Cards::maxLength(brand), lengths.back());
        QCOMPARE(Cards::cvvLength(brand), cvv);
        for (int n = -1; n <= 25; ++n)
            QCOMPARE(Cards::isAllowedLength(brand, n), lengths.contains(n));
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::newRow("plain") << u"4111111111111111"_s << u"4111111111111111"_s;
        QTest::newRow("spaces") << u"4111 1111 1111 1111"_s << u"4111111111111111"_s;
        QTest::newRow("surrounding spaces")
            << u"  4111 1111 1111 1111  "_s << u"4111111111111111"_s;
        QTest::newRow("dashes") << u"4111-1111-1111-1111"_s << u"4111111111111111"_s;
        QTest::newRow("dots") << u"4111.1111.1111.1111"_s << u"4111111111111111"_s;
        QTest::newRow("nbsp") << u"4111\u00a01111\u00a01111\u00a01111"_s << u"4111111111111111"_s;
        QTest::newRow("narrow nbsp")
            << u"4111\u202f1111\u20071111\u20091111"_s << u"4111111111111111"_s;
        QTest::newRow("en dash") << u"3782\u2013822463\u201310005"_s << u"378282246310005"_s;
        QTest::newRow("amex grouping") << u"3782 822463 10005"_s << u"378282246310005"_s;
        QTest::newRow("partial") << u"41"_s << u"41"_s;
        QTest::newRow("19 digits") << u"6205 5000 0000 0000 004"_s << u"6205500000000000004"_s;
        QTest::newRow("20 digits") << u"62055000000000000041"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("separators only") << u" - . "_s << QString();
        QTest::newRow("letter") << u"4111 1111 1111 111O"_s << QString();
        QTest::newRow("tab") << u"4111\t1111"_s << QString();
        QTest::newRow("newline") << u"4111111111111111\n"_s << QString();
        QTest::newRow("slash") << u"4111/1111"_s << QString();
        QTest::newRow("full-width digits") << u"\uff14\uff11\uff11\uff11"_s << QString();
        QTest::newRow("arabic-indic digits") << u"\u0664\u0661\u0661\u0661"_s << QString();
        QTest::newRow("emoji") << u"4111💳"_s << QString();
        QTest::newRow("zero-width space") << u"4111\u200b1111"_s << QString();
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QCOMPARE(Cards::normalise(input), digits);
    }

    void checkCardNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<CardBrand>("brand");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("canGrow");
        QTest::newRow("ok spaced")
            << u"4111 1111 1111 1111"_s << QString() << CardBrand::Visa << true << true;
        QTest::newRow("ok dashed")
            << u"5555-5555-5555-4444"_s << QString() << CardBrand::Mastercard << true << false;
        QTest::newRow("ok nbsp") << u"3782\u00a0822463\u00a010005"_s << QString() << CardBrand::Amex
                                 << true << false;
        QTest::newRow("empty") << QString() << u"required"_s << CardBrand::Unknown << false
                               << false;
        QTest::newRow("blank") << u"   "_s << u"required"_s << CardBrand::Unknown << false << false;
        QTest::newRow("separators")
            << u"- -"_s << u"required"_s << CardBrand::Unknown << false << false;
        QTest::newRow("letter") << u"4111 1111 1111 111l"_s << u"invalid_characters"_s
                                << CardBrand::Unknown << false << false;
        QTest::newRow("tab") << u"4111\t1111 1111 1111"_s << u"invalid_characters"_s
                             << CardBrand::Unknown << false << false;
        QTest::newRow("full-width") << u"\uff14\uff11\uff11\uff11"_s << u"invalid_characters"_s
                                    << CardBrand::Unknown << false << false;
        QTest::newRow("one digit") << u"4"_s << u"incomplete"_s << CardBrand::Visa << false << true;
        QTest::newRow("typing visa")
            << u"4111 11"_s << u"incomplete"_s << CardBrand::Visa << false << true;
        QTest::newRow("visa 14") << u"41111111111111"_s << u"incomplete"_s << CardBrand::Visa
                                 << false << true;
        QTest::newRow("visa 17") << u"41111111111111110"_s << u"incomplete"_s << CardBrand::Visa
                                 << false << true;
        QTest::newRow("visa 13 luhn")
            << u"4111111111111"_s << u"luhn"_s << CardBrand::Visa << true << true;
        QTest::newRow("visa 13 ok")
            << u"4222222222222"_s << QString() << CardBrand::Visa << true << true;
        QTest::newRow("mc 15") << u"555555555555444"_s << u"incomplete"_s << CardBrand::Mastercard
                               << false << true;
        QTest::newRow("amex 14") << u"37828224631000"_s << u"incomplete"_s << CardBrand::Amex
                                 << false << true;
        QTest::newRow("unknown short")
            << u"12345"_s << u"incomplete"_s << CardBrand::Unknown << false << true;
        QTest::newRow("undecided prefix")
            << u"3"_s << u"incomplete"_s << CardBrand::Unknown << false << true;
        QTest::newRow("visa 20") << u"41111111111111111113"_s << u"too_long"_s << CardBrand::Visa
                                 << false << false;
        QTest::newRow("mc 17") << u"55555555555544440"_s << u"too_long"_s << CardBrand::Mastercard
                               << false << false;
        QTest::newRow("amex 16") << u"3782822463100050"_s << u"too_long"_s << CardBrand::Amex
                                 << false << false;
        QTest::newRow("unknown 20")
            << u"11112222333344445555"_s << u"too_long"_s << CardBrand::Unknown << false << false;
        QTest::newRow("unknown 16")
            << u"1111222233334444"_s << u"unknown_brand"_s << CardBrand::Unknown << true << true;
        QTest::newRow("unknown 12")
            << u"999999999999"_s << u"unknown_brand"_s << CardBrand::Unknown << true << true;
        QTest::newRow("mc luhn") << u"5555555555554445"_s << u"luhn"_s << CardBrand::Mastercard
                                 << true << false;
        QTest::newRow("2220 not mc")
            << u"2220000000000008"_s << u"unknown_brand"_s << CardBrand::Unknown << true << true;
        QTest::newRow("2721 not mc")
            << u"2721000000000004"_s << u"unknown_brand"_s << CardBrand::Unknown << true << true;
    }
    void checkCardNumber()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(CardBrand, brand);
        QFETCH(bool, complete);
        QFETCH(bool, canGrow);
        const CardCheck check = pavt::checkCardNumber(input);
        QCOMPARE(check.code, code);
        QCOMPARE(check.ok(), code.isEmpty());
        QCOMPARE(check.message.isEmpty(), code.isEmpty());
        if (!check.message.isEmpty())
            QVERIFY2(check.message.endsWith(u'.'), qPrintable(check.message));
        QCOMPARE(check.brand, brand);
        QCOMPARE(check.complete, complete);
        QCOMPARE(check.canGrow, canGrow);
    }

    void tooLongMessageNamesTheBrand()
    {
        const CardCheck visa = pavt::checkCardNumber(u"41111111111111111113"_s);
        QVERIFY2(visa.message.contains(u"Visa"_s), qPrintable(visa.message));
        QVERIFY2(visa.message.contains(u"19"_s), qPrintable(visa.message));
        const CardCheck amex = pavt::checkCardNumber(u"3782822463100050"_s);
        QVERIFY2(amex.message.contains(u"American Express"_s), qPrintable(amex.message));
        QVERIFY2(amex.message.contains(u"15"_s), qPrintable(amex.message));
    }

    // The message never repeats the number it is about.
    void messagesDoNotEchoTheNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("luhn") << u"4111111111111112"_s;
        QTest::newRow("too long") << u"41111111111111111113"_s;
        QTest::newRow("unknown") << u"1111222233334444"_s;
        QTest::newRow("invalid") << u"4111x11111111111"_s;
    }
    void messagesDoNotEchoTheNumber()
    {
        QFETCH(QString, input);
        const CardCheck check = pavt::checkCardNumber(input);
        QVERIFY(!check.ok());
        QVERIFY(!check.message.contains(u"1111"_s));
        QVERIFY(!check.message.contains(u"4111"_s));
    }

    void formatForDisplay_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("1") << u"4"_s << u"4"_s;
        QTest::newRow("4") << u"4111"_s << u"4111"_s;
        QTest::newRow("5") << u"41111"_s << u"4111 1"_s;
        QTest::newRow("6") << u"411111"_s << u"4111 11"_s;
        QTest::newRow("visa 13") << u"4222222222222"_s << u"4222 2222 2222 2"_s;
        QTest::newRow("visa 16") << u"4111111111111111"_s << u"4111 1111 1111 1111"_s;
        QTest::newRow("unionpay 19") << u"6205500000000000004"_s << u"6205 5000 0000 0000 004"_s;
        QTest::newRow("beyond 19") << u"41111111111111111113"_s << u"4111 1111 1111 1111 111 3"_s;
        QTest::newRow("amex 15") << u"378282246310005"_s << u"3782 822463 10005"_s;
        QTest::newRow("amex 8") << u"37828224"_s << u"3782 8224"_s;
        QTest::newRow("amex 10") << u"3782822463"_s << u"3782 822463"_s;
        QTest::newRow("amex 11") << u"37828224631"_s << u"3782 822463 1"_s;
        QTest::newRow("diners 14") << u"30569309025904"_s << u"3056 930902 5904"_s;
        QTest::newRow("diners partial") << u"3056930"_s << u"3056 930"_s;
        QTest::newRow("diners 16") << u"3056930009020004"_s << u"3056 9300 0902 0004"_s;
        QTest::newRow("regroups pasted") << u"4111-1111 1111.1111"_s << u"4111 1111 1111 1111"_s;
        QTest::newRow("regroups amex") << u"3782 8224 6310 005"_s << u"3782 822463 10005"_s;
        QTest::newRow("invalid") << u"4111 abcd"_s << QString();
        QTest::newRow("separators only") << u" - "_s << QString();
    }
    void formatForDisplay()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(Cards::formatForDisplay(input), shown);
    }

    void mask_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("16") << u"4111111111111111"_s << u"411111******1111"_s;
        QTest::newRow("16 spaced") << u"4111 1111 1111 1111"_s << u"411111******1111"_s;
        QTest::newRow("19") << u"6205500000000000004"_s << u"620550*********0004"_s;
        QTest::newRow("15 amex") << u"378282246310005"_s << u"378********0005"_s;
        QTest::newRow("14 diners") << u"30569309025904"_s << u"305*******5904"_s;
        QTest::newRow("13 visa") << u"4222222222222"_s << u"42*******2222"_s;
        QTest::newRow("12") << u"123456789012"_s << u"12******9012"_s;
        QTest::newRow("8") << u"41111111"_s << u"****1111"_s;
        QTest::newRow("4") << u"4111"_s << u"**11"_s;
        QTest::newRow("2") << u"41"_s << u"*1"_s;
        QTest::newRow("1") << u"4"_s << u"*"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("invalid") << u"4111 1111 1111 111x"_s << QString();
    }
    void mask()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(Cards::mask(input), masked);
    }

    // For every length: never more than the first six and last four, never more than half below
    // sixteen digits, and every hidden digit really hidden.
    void maskNeverRevealsTooMuch()
    {
        // Distinct digits in every position so a leak would show.
        const QString source = u"9876543210987654321098765"_s;
        for (int n = 1; n <= 25; ++n) {
            const QString number = source.left(n);
            const QString masked = Cards::mask(number);
            QCOMPARE(masked.size(), qsizetype(n));
            const int shown = countShown(masked);
            QVERIFY2(shown <= 10, qPrintable(masked));
            if (n < 16)
                QVERIFY2(shown * 2 <= n, qPrintable(masked));
            QCOMPARE(shown, Cards::revealedDigitCount(n));
            for (int i = 0; i < n; ++i) {
                if (masked[i].isDigit()) {
                    QCOMPARE(masked[i], number[i]);
                    QVERIFY2(i < 6 || i >= n - 4, qPrintable(masked));
                } else {
                    QCOMPARE(masked[i], u'*');
                }
            }
            const QString shortForm = Cards::maskedShort(number);
            QVERIFY(shortForm.startsWith(u"\u2022\u2022\u2022\u2022"_s));
            QVERIFY(countShown(shortForm) <= std::min(4, Cards::revealedDigitCount(n)));
            QVERIFY(number.endsWith(shortForm.mid(5)));
        }
    }

    void maskedShort_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("visa") << u"4111111111111111"_s << u"\u2022\u2022\u2022\u2022 1111"_s;
        QTest::newRow("spaced") << u"4111 1111 1111 1234"_s << u"\u2022\u2022\u2022\u2022 1234"_s;
        QTest::newRow("amex") << u"378282246310005"_s << u"\u2022\u2022\u2022\u2022 0005"_s;
        QTest::newRow("8") << u"41111234"_s << u"\u2022\u2022\u2022\u2022 1234"_s;
        QTest::newRow("4") << u"4123"_s << u"\u2022\u2022\u2022\u2022 23"_s;
        QTest::newRow("1") << u"4"_s << u"\u2022\u2022\u2022\u2022"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("invalid") << u"41x1"_s << QString();
    }
    void maskedShort()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(Cards::maskedShort(input), masked);
    }

    void firstSixLastFour_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("16") << u"4111111111111234"_s << u"411111"_s << u"1234"_s;
        QTest::newRow("spaced") << u"3782 822463 10005"_s << u"378282"_s << u"0005"_s;
        QTest::newRow("12") << u"123456789012"_s << u"123456"_s << u"9012"_s;
        QTest::newRow("19") << u"6205500000000000004"_s << u"620550"_s << u"0004"_s;
        QTest::newRow("11 too short") << u"12345678901"_s << QString() << QString();
        QTest::newRow("4") << u"4111"_s << QString() << QString();
        QTest::newRow("20 too long") << u"41111111111111111113"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("invalid") << u"4111111111111a11"_s << QString() << QString();
    }
    void firstSixLastFour()
    {
        QFETCH(QString, input);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QCOMPARE(Cards::firstSix(input), first);
        QCOMPARE(Cards::lastFour(input), last);
    }

    void checkCvv_data()
    {
        QTest::addColumn<QString>("cvv");
        QTest::addColumn<CardBrand>("brand");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("visa 3") << u"123"_s << CardBrand::Visa << QString() << QString();
        QTest::newRow("visa 000") << u"000"_s << CardBrand::Visa << QString() << QString();
        QTest::newRow("unknown 3") << u"123"_s << CardBrand::Unknown << QString() << QString();
        QTest::newRow("amex 4") << u"1234"_s << CardBrand::Amex << QString() << QString();
        QTest::newRow("surrounding spaces")
            << u" 123 "_s << CardBrand::Mastercard << QString() << QString();
        QTest::newRow("amex 3") << u"123"_s << CardBrand::Amex << u"wrong_length"_s
                                << u"4 digits for American Express"_s;
        QTest::newRow("visa 4") << u"1234"_s << CardBrand::Visa << u"wrong_length"_s
                                << u"3 digits"_s;
        QTest::newRow("visa 2") << u"12"_s << CardBrand::Visa << u"wrong_length"_s << u"3 digits"_s;
        QTest::newRow("empty") << QString() << CardBrand::Visa << u"required"_s << u"3 digits"_s;
        QTest::newRow("empty amex")
            << QString() << CardBrand::Amex << u"required"_s << u"4 digits"_s;
        QTest::newRow("blank") << u"   "_s << CardBrand::Visa << u"required"_s << QString();
        QTest::newRow("letter") << u"12a"_s << CardBrand::Visa << u"invalid_characters"_s
                                << QString();
        QTest::newRow("inner space")
            << u"1 23"_s << CardBrand::Visa << u"invalid_characters"_s << QString();
        QTest::newRow("full-width")
            << u"\uff11\uff12\uff13"_s << CardBrand::Visa << u"invalid_characters"_s << QString();
        QTest::newRow("NUL") << withChar(u"12", 0, u"") << CardBrand::Visa
                             << u"invalid_characters"_s << QString();
        QTest::newRow("long") << QString(10000, u'1') << CardBrand::Visa << u"wrong_length"_s
                              << QString();
    }
    void checkCvv()
    {
        QFETCH(QString, cvv);
        QFETCH(CardBrand, brand);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const std::optional<Error> error = pavt::checkCvv(cvv, brand);
        QCOMPARE(error.has_value(), !code.isEmpty());
        if (error) {
            QCOMPARE(error->code, code);
            QVERIFY(error->message.endsWith(u'.'));
            if (!messagePart.isEmpty())
                QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
        }
    }

    void parseExpiry_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::newRow("12/27") << u"12/27"_s << QString() << 12 << 2027;
        QTest::newRow("1227") << u"1227"_s << QString() << 12 << 2027;
        QTest::newRow("12/2027") << u"12/2027"_s << QString() << 12 << 2027;
        QTest::newRow("12 / 27") << u"12 / 27"_s << QString() << 12 << 2027;
        QTest::newRow("12-27") << u"12-27"_s << QString() << 12 << 2027;
        QTest::newRow("12.27") << u"12.27"_s << QString() << 12 << 2027;
        QTest::newRow("12 27") << u"12 27"_s << QString() << 12 << 2027;
        QTest::newRow("122027") << u"122027"_s << QString() << 12 << 2027;
        QTest::newRow("1/27") << u"1/27"_s << QString() << 1 << 2027;
        QTest::newRow("01/27") << u"01/27"_s << QString() << 1 << 2027;
        QTest::newRow("0127") << u"0127"_s << QString() << 1 << 2027;
        QTest::newRow("9/2031") << u"9/2031"_s << QString() << 9 << 2031;
        QTest::newRow("06/00") << u"06/00"_s << QString() << 6 << 2000;
        QTest::newRow("06/99") << u"06/99"_s << QString() << 6 << 2099;
        QTest::newRow("surrounding spaces") << u"  08/27 "_s << QString() << 8 << 2027;
        QTest::newRow("nbsp") << u"08\u00a0/\u00a027"_s << QString() << 8 << 2027;
        QTest::newRow("empty") << QString() << u"required"_s << 0 << 0;
        QTest::newRow("blank") << u"   "_s << u"required"_s << 0 << 0;
        QTest::newRow("00/27") << u"00/27"_s << u"month"_s << 0 << 0;
        QTest::newRow("13/27") << u"13/27"_s << u"month"_s << 0 << 0;
        QTest::newRow("0027") << u"0027"_s << u"month"_s << 0 << 0;
        QTest::newRow("1327") << u"1327"_s << u"month"_s << 0 << 0;
        QTest::newRow("992027") << u"992027"_s << u"month"_s << 0 << 0;
        QTest::newRow("0/27") << u"0/27"_s << u"month"_s << 0 << 0;
        QTest::newRow("12/7") << u"12/7"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12/027") << u"12/027"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12/20271") << u"12/20271"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("123/27") << u"123/27"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("127") << u"127"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12345") << u"12345"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("1234567") << u"1234567"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12//27") << u"12//27"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12/") << u"12/"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("/27") << u"/27"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12/27/29") << u"12/27/29"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12/27x") << u"12/27x"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("Dec 27") << u"Dec 27"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("12\\27") << u"12\\27"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("tab") << u"12\t27"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("full-width") << u"\uff11\uff12/\uff12\uff17"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("16 digits") << u"1234567890123456"_s << u"invalid"_s << 0 << 0;
        QTest::newRow("10000 digits") << QString(10000, u'1') << u"invalid"_s << 0 << 0;
    }
    void parseExpiry()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, month);
        QFETCH(int, year);
        const Result<Expiry> expiry = pavt::parseExpiry(text);
        QCOMPARE(expiry.has_value(), code.isEmpty());
        if (expiry) {
            QCOMPARE(expiry->month, month);
            QCOMPARE(expiry->year, year);
        } else {
            QCOMPARE(expiry.error().code, code);
            QVERIFY(expiry.error().message.endsWith(u'.'));
        }
    }

    void checkExpiry_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("code");
        const QDateTime mid(QDate(2025, 6, 15), QTime(12, 0));
        QTest::newRow("this month") << mid << 6 << 2025 << QString();
        QTest::newRow("next month") << mid << 7 << 2025 << QString();
        QTest::newRow("last month") << mid << 5 << 2025 << u"expired"_s;
        QTest::newRow("last year") << mid << 12 << 2024 << u"expired"_s;
        QTest::newRow("long ago") << mid << 6 << 1999 << u"expired"_s;
        QTest::newRow("+5 years") << mid << 6 << 2030 << QString();
        QTest::newRow("+20 years jan") << mid << 1 << 2045 << QString();
        QTest::newRow("+20 years dec") << mid << 12 << 2045 << QString();
        QTest::newRow("+21 years") << mid << 1 << 2046 << u"too_far"_s;
        QTest::newRow("far future") << mid << 1 << 9999 << u"too_far"_s;
        QTest::newRow("month 0") << mid << 0 << 2027 << u"month"_s;
        QTest::newRow("month 13") << mid << 13 << 2027 << u"month"_s;
        QTest::newRow("month -1") << mid << -1 << 2027 << u"month"_s;
        QTest::newRow("two-digit year") << mid << 6 << 27 << u"invalid"_s;
        QTest::newRow("five-digit year") << mid << 6 << 20270 << u"invalid"_s;
        QTest::newRow("year 0") << mid << 6 << 0 << u"invalid"_s;
        const QDateTime newYear(QDate(2025, 1, 1), QTime(0, 0));
        QTest::newRow("new year: december") << newYear << 12 << 2024 << u"expired"_s;
        QTest::newRow("new year: january") << newYear << 1 << 2025 << QString();
        const QDateTime monthEnd(QDate(2025, 2, 28), QTime(23, 59, 59));
        QTest::newRow("month end: this month") << monthEnd << 2 << 2025 << QString();
        QTest::newRow("month end: january") << monthEnd << 1 << 2025 << u"expired"_s;
        QTest::newRow("invalid clock") << QDateTime() << 6 << 2025 << QString();
        QTest::newRow("invalid clock, bad month") << QDateTime() << 13 << 2025 << u"month"_s;
    }
    void checkExpiry()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(QString, code);
        const FixedClock clock(now);
        const std::optional<Error> error = pavt::checkExpiry(Expiry { month, year }, clock);
        QCOMPARE(error.has_value(), !code.isEmpty());
        if (error) {
            QCOMPARE(error->code, code);
            QVERIFY(error->message.endsWith(u'.'));
        }
    }

    void expiredMessageShowsTheDate()
    {
        const FixedClock clock(QDateTime(QDate(2025, 6, 15), QTime(12, 0)));
        const std::optional<Error> error = pavt::checkExpiry(Expiry { 3, 2025 }, clock);
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(u"03/2025"_s), qPrintable(error->message));
    }

    // Two-digit years typed by the operator, checked against the clock.
    void parseThenCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("this month") << u"06/25"_s << QString();
        QTest::newRow("last month") << u"05/25"_s << u"expired"_s;
        QTest::newRow("+20") << u"12/45"_s << QString();
        QTest::newRow("+21") << u"01/46"_s << u"too_far"_s;
        QTest::newRow("99") << u"01/99"_s << u"too_far"_s;
        QTest::newRow("00") << u"01/00"_s << u"expired"_s;
    }
    void parseThenCheck()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const FixedClock clock(QDateTime(QDate(2025, 6, 15), QTime(12, 0)));
        const Result<Expiry> expiry = pavt::parseExpiry(text);
        QVERIFY(expiry.has_value());
        const std::optional<Error> error = pavt::checkExpiry(*expiry, clock);
        QCOMPARE(error ? error->code : QString(), code);
    }

    // Every function on strings that are not card data at all: no crash, and a sane answer.
    void badInputSweep_data()
    {
        QTest::addColumn<QString>("input");
        addBadInputRows();
    }
    void badInputSweep()
    {
        QFETCH(QString, input);
        const QString normalised = Cards::normalise(input);
        QVERIFY(normalised.isEmpty() || normalised.size() <= Cards::MaxDigits);
        for (const QChar c : normalised)
            QVERIFY(c >= u'0' && c <= u'9');

        const CardCheck check = pavt::checkCardNumber(input);
        QVERIFY(!check.ok());
        QVERIFY(!check.message.isEmpty());
        QVERIFY(!check.complete || check.code == u"luhn"_s || check.code == u"unknown_brand"_s);

        QVERIFY(!Cards::luhnValid(input) || !normalised.isEmpty() || input.size() > 19);
        const CardBrand brand = Cards::detectBrand(input);
        QVERIFY(brand == CardBrand::Unknown || brand == CardBrand::Visa);

        const QString shown = Cards::formatForDisplay(input);
        for (const QChar c : shown)
            QVERIFY(c == u' ' || (c >= u'0' && c <= u'9'));
        const QString masked = Cards::mask(input);
        QVERIFY(countShown(masked) <= 10);
        QVERIFY(countShown(Cards::maskedShort(input)) <= 4);
        QVERIFY(Cards::firstSix(input).isEmpty());
        QVERIFY(Cards::lastFour(input).isEmpty());

        QVERIFY(pavt::checkCvv(input, CardBrand::Visa).has_value());
        QVERIFY(pavt::checkCvv(input, CardBrand::Amex).has_value());
        QVERIFY(!pavt::parseExpiry(input).has_value());
        QVERIFY(!pavt::parseExpiry(input).error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCard)
#include "tst_card.moc"
