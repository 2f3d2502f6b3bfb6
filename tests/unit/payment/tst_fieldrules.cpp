// SPDX-License-Identifier: MIT
#include "core/payment/card.h"
#include "core/payment/fieldrules.h"

#include <QTest>

using namespace pavt;
using namespace Qt::StringLiterals;

namespace {

QString withChar(QStringView before, char16_t c, QStringView after)
{
    return before.toString() + QChar(c) + after.toString();
}

bool isLowerSnake(const QString &code)
{
    if (code.isEmpty() || code.front() == u'_' || code.back() == u'_')
        return false;
    for (const QChar c : code) {
        if (!(c >= u'a' && c <= u'z') && c != u'_')
            return false;
    }
    return true;
}

// The common columns of every rule's data: the expected code ("" = fine).
void compareError(const std::optional<Error> &error, const QString &code)
{
    const QString actual = error ? error->code : QString();
    QCOMPARE(actual, code);
    if (error) {
        QVERIFY2(isLowerSnake(error->code), qPrintable(error->code));
        // A full sentence the operator can act on.
        QVERIFY2(error->message.size() > 10, qPrintable(error->message));
        QVERIFY2(error->message.front().isUpper(), qPrintable(error->message));
        QVERIFY2(error->message.endsWith(u'.'), qPrintable(error->message));
    }
}

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("code");
        const QString local64 = QString(64, u'a');
        const QString label63 = QString(63, u'b');
        // 64 + 1 + 63 + 1 + 63 + 1 + 57 + 4 = 254
        const QString longest = local64 + u"@"_s + label63 + u"."_s + label63 + u"."_s
            + QString(57, u'c') + u".com"_s;
        QTest::newRow("simple") << u"name@example.com"_s << QString();
        QTest::newRow("dots and plus") << u"first.last+tag@sub.example.co.uk"_s << QString();
        QTest::newRow("apostrophe") << u"o'brien@example.ie"_s << QString();
        QTest::newRow("specials") << u"a!#$%&'*+/=?^_`{|}~-z@example.org"_s << QString();
        QTest::newRow("digits and hyphen") << u"user_1@ex-ample1.com"_s << QString();
        QTest::newRow("long tld") << u"x@example.museum"_s << QString();
        QTest::newRow("shortest") << u"a@b.cd"_s << QString();
        QTest::newRow("idn") << u"name@bücher.de"_s << QString();
        QTest::newRow("idn ace") << u"name@xn--bcher-kva.de"_s << QString();
        QTest::newRow("idn tld") << u"name@例え.テスト"_s << QString();
        QTest::newRow("punycode tld") << u"name@example.xn--p1ai"_s << QString();
        QTest::newRow("upper case") << u"Name@Example.COM"_s << QString();
        QTest::newRow("surrounding spaces") << u"  name@example.com "_s << QString();
        QTest::newRow("local 64") << local64 + u"@example.com"_s << QString();
        QTest::newRow("254 chars") << longest << QString();
        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("blank") << u"   "_s << u"required"_s;
        QTest::newRow("255 chars") << longest + u"m"_s << u"too_long"_s;
        QTest::newRow("10000 chars") << QString(10000, u'a') << u"too_long"_s;
        QTest::newRow("no at") << u"name.example.com"_s << u"invalid"_s;
        QTest::newRow("no local") << u"@example.com"_s << u"invalid"_s;
        QTest::newRow("no domain") << u"name@"_s << u"invalid"_s;
        QTest::newRow("no tld") << u"name@example"_s << u"invalid"_s;
        QTest::newRow("one-letter tld") << u"name@example.c"_s << u"invalid"_s;
        QTest::newRow("numeric tld") << u"name@example.123"_s << u"invalid"_s;
        QTest::newRow("ip literal") << u"name@[192.0.2.1]"_s << u"invalid"_s;
        QTest::newRow("ip domain") << u"name@192.0.2.1"_s << u"invalid"_s;
        QTest::newRow("two at") << u"name@@example.com"_s << u"invalid"_s;
        QTest::newRow("at in local") << u"na@me@example.com"_s << u"invalid"_s;
        QTest::newRow("space") << u"na me@example.com"_s << u"invalid"_s;
        QTest::newRow("space in domain") << u"name@exa mple.com"_s << u"invalid"_s;
        QTest::newRow("nbsp") << u"name@example\u00a0.com"_s << u"invalid"_s;
        QTest::newRow("leading hyphen") << u"name@-example.com"_s << u"invalid"_s;
        QTest::newRow("trailing hyphen") << u"name@example-.com"_s << u"invalid"_s;
        QTest::newRow("double dot domain") << u"name@example..com"_s << u"invalid"_s;
        QTest::newRow("leading dot domain") << u"name@.example.com"_s << u"invalid"_s;
        QTest::newRow("trailing dot domain") << u"name@example.com."_s << u"invalid"_s;
        QTest::newRow("leading dot local") << u".name@example.com"_s << u"invalid"_s;
        QTest::newRow("trailing dot local") << u"name.@example.com"_s << u"invalid"_s;
        QTest::newRow("double dot local") << u"na..me@example.com"_s << u"invalid"_s;
        QTest::newRow("quoted local") << u"\"na me\"@example.com"_s << u"invalid"_s;
        QTest::newRow("comma") << u"name,other@example.com"_s << u"invalid"_s;
        QTest::newRow("underscore domain") << u"name@exa_mple.com"_s << u"invalid"_s;
        // One rule for both halves (issue 10): internationalised addresses are real, and the
        // gateway's type is only "String". Letters, marks and digits of any script are allowed.
        QTest::newRow("non-ASCII local") << u"müller@example.de"_s << QString();
        QTest::newRow("josé") << u"josé@example.com"_s << QString();
        QTest::newRow("non-ASCII both") << u"josé@bücher.de"_s << QString();
        QTest::newRow("greek local") << u"δοκιμή@example.com"_s << QString();
        QTest::newRow("devanagari local") << u"उपयोगकर्ता@example.in"_s << QString();
        QTest::newRow("space in non-ASCII local") << u"jo sé@example.com"_s << u"invalid"_s;
        QTest::newRow("zero-width space local") << u"jo\u200Bse@example.com"_s << u"invalid"_s;
        QTest::newRow("only zero-width local") << u"\u200B@example.com"_s << u"invalid"_s;
        QTest::newRow("symbol local") << u"💳@example.com"_s << u"invalid"_s;
        QTest::newRow("private use local") << u"a\uE000b@example.com"_s << u"invalid"_s;
        QTest::newRow("local 65 bytes") << QString(32, u'é') + u"a@example.com"_s << u"invalid"_s;
        QTest::newRow("local 65") << QString(65, u'a') + u"@example.com"_s << u"invalid"_s;
        QTest::newRow("label 64") << u"name@"_s + QString(64, u'b') + u".com"_s << u"invalid"_s;
        QTest::newRow("newline") << u"name\n@example.com"_s << u"invalid"_s;
        QTest::newRow("NUL") << withChar(u"name", 0, u"@example.com") << u"invalid"_s;
        QTest::newRow("bidi override") << u"name@exa\u202emple.com"_s << u"invalid"_s;
        QTest::newRow("emoji domain") << u"name@💳.com"_s << u"invalid"_s;
        QTest::newRow("lone surrogate")
            << withChar(u"name@exa", 0xd800, u"mple.com") << u"invalid"_s;
        QTest::newRow("two addresses") << u"a@example.com b@example.com"_s << u"invalid"_s;
        QTest::newRow("display name") << u"Name <name@example.com>"_s << u"invalid"_s;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(QString, code);
        compareError(FieldRules::checkEmail(email), code);
    }

    void ipAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("code");
        QTest::newRow("v4") << u"192.0.2.1"_s << QString();
        QTest::newRow("v4 zero") << u"0.0.0.0"_s << QString();
        QTest::newRow("v4 max") << u"255.255.255.255"_s << QString();
        QTest::newRow("v4 doc") << u"203.0.113.7"_s << QString();
        QTest::newRow("v4 spaces around") << u" 198.51.100.10 "_s << QString();
        QTest::newRow("v6") << u"2001:db8::1"_s << QString();
        QTest::newRow("v6 full") << u"2001:0db8:85a3:0000:0000:8a2e:0370:7334"_s << QString();
        QTest::newRow("v6 upper") << u"2001:DB8::A"_s << QString();
        QTest::newRow("v6 loopback") << u"::1"_s << QString();
        QTest::newRow("v6 any") << u"::"_s << QString();
        QTest::newRow("v6 link-local") << u"fe80::1"_s << QString();
        QTest::newRow("v6 mapped v4") << u"::ffff:192.0.2.1"_s << QString();
        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("blank") << u"  "_s << u"required"_s;
        QTest::newRow("shorthand 3") << u"1.2.3"_s << u"invalid"_s;
        QTest::newRow("shorthand 2") << u"127.1"_s << u"invalid"_s;
        QTest::newRow("single number") << u"4294967295"_s << u"invalid"_s;
        QTest::newRow("five parts") << u"1.2.3.4.5"_s << u"invalid"_s;
        QTest::newRow("256") << u"256.1.1.1"_s << u"invalid"_s;
        QTest::newRow("leading zero") << u"01.2.3.4"_s << u"invalid"_s;
        QTest::newRow("octal") << u"0127.0.0.1"_s << u"invalid"_s;
        QTest::newRow("hex") << u"0x7f.0.0.1"_s << u"invalid"_s;
        QTest::newRow("empty part") << u"1..2.3"_s << u"invalid"_s;
        QTest::newRow("leading dot") << u".1.2.3"_s << u"invalid"_s;
        QTest::newRow("trailing dot") << u"1.2.3.4."_s << u"invalid"_s;
        QTest::newRow("trailing garbage") << u"1.2.3.4abc"_s << u"invalid"_s;
        QTest::newRow("leading garbage") << u"abc1.2.3.4"_s << u"invalid"_s;
        QTest::newRow("cidr") << u"192.0.2.0/24"_s << u"invalid"_s;
        QTest::newRow("port") << u"192.0.2.1:80"_s << u"invalid"_s;
        QTest::newRow("inner space") << u"192.0.2. 1"_s << u"invalid"_s;
        QTest::newRow("v6 brackets") << u"[::1]"_s << u"invalid"_s;
        QTest::newRow("v6 zone") << u"fe80::1%eth0"_s << u"invalid"_s;
        QTest::newRow("v6 triple colon") << u"2001:db8:::1"_s << u"invalid"_s;
        QTest::newRow("v6 nine groups") << u"1:2:3:4:5:6:7:8:9"_s << u"invalid"_s;
        QTest::newRow("v6 two ::") << u"1::2::3"_s << u"invalid"_s;
        QTest::newRow("v6 bad hex") << u"gggg::1"_s << u"invalid"_s;
        QTest::newRow("v6 short v4 tail") << u"::ffff:1.2.3"_s << u"invalid"_s;
        QTest::newRow("v6 v4 tail leading zero") << u"::ffff:01.2.3.4"_s << u"invalid"_s;
        QTest::newRow("v6 port") << u"[2001:db8::1]:443"_s << u"invalid"_s;
        QTest::newRow("hostname") << u"localhost"_s << u"invalid"_s;
        QTest::newRow("arabic-indic")
            << u"\u0661\u0669\u0662.\u0660.\u0662.\u0661"_s << u"invalid"_s;
        QTest::newRow("full-width") << u"\uff11.\uff12.\uff13.\uff14"_s << u"invalid"_s;
        QTest::newRow("NUL") << withChar(u"1.2.3.4", 0, u"") << u"invalid"_s;
        QTest::newRow("10000 chars") << QString(10000, u'1') << u"invalid"_s;
    }
    void ipAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, code);
        compareError(FieldRules::checkIpAddress(address), code);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("code");
        QTest::newRow("uk") << u"+44 20 7946 0958"_s << QString();
        QTest::newRow("us brackets") << u"(555) 555-0100"_s << QString();
        QTest::newRow("dots") << u"555.555.0100"_s << QString();
        QTest::newRow("dashes") << u"+1-202-555-0143"_s << QString();
        QTest::newRow("brackets after plus") << u"+44 (0)20 7946 0958"_s << QString();
        QTest::newRow("plain") << u"0201234567"_s << QString();
        QTest::newRow("7 digits") << u"1234567"_s << QString();
        QTest::newRow("15 digits") << u"+123456789012345"_s << QString();
        QTest::newRow("surrounding spaces") << u"  +44 20 7946 0958 "_s << QString();
        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("blank") << u"   "_s << u"required"_s;
        QTest::newRow("6 digits") << u"123456"_s << u"too_short"_s;
        QTest::newRow("only separators") << u"+ ( ) - ."_s << u"too_short"_s;
        QTest::newRow("16 digits") << u"+1234567890123456"_s << u"too_long"_s;
        QTest::newRow("10000 digits") << QString(10000, u'5') << u"too_long"_s;
        QTest::newRow("inner plus") << u"44+20 7946 0958"_s << u"invalid"_s;
        QTest::newRow("double plus") << u"++44 20 7946 0958"_s << u"invalid"_s;
        QTest::newRow("unclosed bracket") << u"(555 555-0100"_s << u"invalid"_s;
        QTest::newRow("unopened bracket") << u"555) 555-0100"_s << u"invalid"_s;
        QTest::newRow("nested brackets") << u"((555)) 555-0100"_s << u"invalid"_s;
        QTest::newRow("extension") << u"555-555-0100 ext 5"_s << u"invalid"_s;
        QTest::newRow("letters") << u"1-800-FLOWERS"_s << u"invalid"_s;
        QTest::newRow("slash") << u"020/7946 0958"_s << u"invalid"_s;
        QTest::newRow("tab") << u"020\t7946 0958"_s << u"invalid"_s;
        QTest::newRow("arabic-indic")
            << u"\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667"_s << u"invalid"_s;
        QTest::newRow("emoji") << u"📞 020 7946 0958"_s << u"invalid"_s;
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(QString, code);
        compareError(FieldRules::checkPhone(phone), code);
    }

    void url_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("code");
        QTest::newRow("https") << u"https://example.com"_s << true << QString();
        QTest::newRow("path query fragment")
            << u"https://example.com/notify?order=1&x=%20#top"_s << true << QString();
        QTest::newRow("port") << u"https://pay.example.co.uk:8443/cb"_s << true << QString();
        QTest::newRow("upper case") << u"HTTPS://EXAMPLE.COM/"_s << true << QString();
        QTest::newRow("idn") << u"https://bücher.de/"_s << true << QString();
        QTest::newRow("single label") << u"https://intranet/notify"_s << true << QString();
        QTest::newRow("https ipv4") << u"https://192.0.2.1/"_s << true << QString();
        QTest::newRow("https ipv6") << u"https://[2001:db8::1]:8443/"_s << true << QString();
        QTest::newRow("http localhost") << u"http://localhost:8080/cb"_s << true << QString();
        QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/"_s << true << QString();
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1/"_s << true << QString();
        QTest::newRow("http 127.255.0.9") << u"http://127.255.0.9:81/x"_s << true << QString();
        QTest::newRow("http ::1") << u"http://[::1]:8080/"_s << true << QString();
        QTest::newRow("surrounding spaces") << u" https://example.com "_s << true << QString();
        QTest::newRow("empty optional") << QString() << false << QString();
        QTest::newRow("blank optional") << u"  "_s << false << QString();
        QTest::newRow("empty required") << QString() << true << u"required"_s;
        QTest::newRow("blank required") << u" "_s << true << u"required"_s;
        QTest::newRow("no scheme") << u"example.com"_s << true << u"invalid"_s;
        QTest::newRow("scheme-relative") << u"//example.com"_s << true << u"invalid"_s;
        QTest::newRow("ftp") << u"ftp://example.com"_s << true << u"invalid"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << true << u"invalid"_s;
        QTest::newRow("no slashes") << u"https:example.com"_s << false << u"invalid"_s;
        QTest::newRow("no host") << u"https://"_s << true << u"invalid"_s;
        QTest::newRow("empty host") << u"https:///path"_s << true << u"invalid"_s;
        QTest::newRow("space in host") << u"https://exa mple.com"_s << true << u"invalid"_s;
        QTest::newRow("space in path") << u"https://example.com/a b"_s << true << u"invalid"_s;
        QTest::newRow("newline inside") << u"https://exa\nmple.com"_s << true << u"invalid"_s;
        QTest::newRow("user info") << u"https://user:pw@example.com/"_s << true << u"invalid"_s;
        QTest::newRow("empty user info") << u"https://@example.com/"_s << true << u"invalid"_s;
        QTest::newRow("short ipv4") << u"https://1.2.3/"_s << true << u"invalid"_s;
        QTest::newRow("short loopback") << u"http://127.1/"_s << true << u"invalid"_s;
        QTest::newRow("bad port") << u"https://example.com:99999/"_s << true << u"invalid"_s;
        QTest::newRow("bad label") << u"https://-bad-.com/"_s << true << u"invalid"_s;
        QTest::newRow("underscore host") << u"https://exa_mple.com/"_s << true << u"invalid"_s;
        QTest::newRow("too long") << u"https://example.com/"_s + QString(2100, u'a') << true
                                  << u"invalid"_s;
        QTest::newRow("http elsewhere") << u"http://example.com/"_s << true << u"insecure"_s;
        QTest::newRow("http optional") << u"http://example.com/"_s << false << u"insecure"_s;
        QTest::newRow("http ipv4") << u"http://192.0.2.1/"_s << true << u"insecure"_s;
        QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/"_s << true << u"insecure"_s;
        QTest::newRow("http localhost.example")
            << u"http://localhost.example.com/"_s << true << u"insecure"_s;
        QTest::newRow("http ipv6") << u"http://[2001:db8::1]/"_s << true << u"insecure"_s;
    }
    void url()
    {
        QFETCH(QString, url);
        QFETCH(bool, required);
        QFETCH(QString, code);
        compareError(FieldRules::checkUrl(url, required), code);
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("code");
        QTest::newRow("name") << u"James"_s << 50 << true << QString();
        QTest::newRow("trimmed") << u"  James  "_s << 5 << true << QString();
        QTest::newRow("accents") << u"Zoë Ångström"_s << 50 << true << QString();
        QTest::newRow("cjk") << u"東京都千代田区"_s << 50 << true << QString();
        QTest::newRow("arabic") << u"محمد"_s << 50 << true << QString();
        QTest::newRow("punctuation") << u"O'Brien-Smith, Jr."_s << 50 << true << QString();
        QTest::newRow("emoji") << u"Flat 2 🏠"_s << 50 << true << QString();
        QTest::newRow("exactly max") << QString(10, u'x') << 10 << true << QString();
        QTest::newRow("no limit") << QString(10000, u'x') << 0 << true << QString();
        QTest::newRow("empty optional") << QString() << 10 << false << QString();
        QTest::newRow("blank optional") << u" \t "_s << 10 << false << QString();
        QTest::newRow("empty") << QString() << 10 << true << u"required"_s;
        QTest::newRow("blank") << u"   "_s << 10 << true << u"required"_s;
        QTest::newRow("max + 1") << QString(11, u'x') << 10 << true << u"too_long"_s;
        QTest::newRow("10000") << QString(10000, u'x') << 64 << true << u"too_long"_s;
        QTest::newRow("tab") << u"Ja\tmes"_s << 50 << true << u"control_characters"_s;
        QTest::newRow("newline") << u"Ja\nmes"_s << 50 << true << u"control_characters"_s;
        QTest::newRow("CR") << u"Ja\rmes"_s << 50 << true << u"control_characters"_s;
        QTest::newRow("NUL") << withChar(u"Ja", 0x0000, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("ESC") << withChar(u"Ja", 0x001b, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("U+001F") << withChar(u"Ja", 0x001f, u"mes") << 50 << true
                                << u"control_characters"_s;
        QTest::newRow("DEL") << withChar(u"Ja", 0x007f, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("U+0080") << withChar(u"Ja", 0x0080, u"mes") << 50 << true
                                << u"control_characters"_s;
        QTest::newRow("NEL") << withChar(u"Ja", 0x0085, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("U+009F") << withChar(u"Ja", 0x009f, u"mes") << 50 << true
                                << u"control_characters"_s;
        QTest::newRow("U+00A0 is fine")
            << withChar(u"Ja", 0x00a0, u"mes") << 50 << true << QString();
        QTest::newRow("line separator")
            << withChar(u"Ja", 0x2028, u"mes") << 50 << true << u"control_characters"_s;
        QTest::newRow("paragraph separator")
            << withChar(u"Ja", 0x2029, u"mes") << 50 << true << u"control_characters"_s;
        QTest::newRow("LRE") << withChar(u"Ja", 0x202a, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("RLO") << withChar(u"Ja", 0x202e, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("LRI") << withChar(u"Ja", 0x2066, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("PDI") << withChar(u"Ja", 0x2069, u"mes") << 50 << true
                             << u"control_characters"_s;
        QTest::newRow("U+2065 is fine")
            << withChar(u"Ja", 0x2065, u"mes") << 50 << true << QString();
        QTest::newRow("RLO at end")
            << withChar(u"James", 0x202e, u"") << 50 << true << u"control_characters"_s;
        QTest::newRow("lone high surrogate")
            << withChar(u"Ja", 0xd83d, u"mes") << 50 << true << u"invalid_characters"_s;
        QTest::newRow("lone low surrogate")
            << withChar(u"Ja", 0xdc00, u"mes") << 50 << true << u"invalid_characters"_s;
        QTest::newRow("cut emoji")
            << withChar(u"James ", 0xd83d, u"") << 50 << true << u"invalid_characters"_s;
        // Invisible, noncharacter and private-use text (issue 10): a name must show something.
        QTest::newRow("zero-width space only")
            << withChar(u"", 0x200b, u"") << 50 << true << u"invisible"_s;
        QTest::newRow("joiner, soft hyphen, space")
            << u"\u200D\u00AD \u200B"_s << 50 << true << u"invisible"_s;
        QTest::newRow("word joiner only")
            << withChar(u"", 0x2060, u"") << 50 << true << u"invisible"_s;
        QTest::newRow("zero-width inside is fine") << u"Ja\u200Dmes"_s << 50 << true << QString();
        QTest::newRow("U+FFFF") << withChar(u"Ja", 0xffff, u"mes") << 50 << true
                                << u"invalid_characters"_s;
        QTest::newRow("U+FDD0") << withChar(u"Ja", 0xfdd0, u"mes") << 50 << true
                                << u"invalid_characters"_s;
        QTest::newRow("private use")
            << withChar(u"Ja", 0xe000, u"mes") << 50 << true << u"private_use"_s;
        QTest::newRow("private use only")
            << withChar(u"", 0xf8ff, u"") << 50 << true << u"private_use"_s;
        QTest::newRow("supplementary private use")
            << u"Ja"_s + QString::fromUcs4(U"\U000F0000") << 50 << true << u"private_use"_s;
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(bool, required);
        QFETCH(QString, code);
        compareError(FieldRules::checkText(text, maxLength, required), code);
    }

    void textTooLongMessageHasTheLimit()
    {
        const std::optional<Error> error = FieldRules::checkText(QString(41, u'x'), 40);
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(u"40"_s), qPrintable(error->message));
    }

    void state_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("code");
        QTest::newRow("US NY") << u"NY"_s << u"US"_s << QString();
        QTest::newRow("US ca lower") << u"ca"_s << u"us"_s << QString();
        QTest::newRow("US DC") << u"DC"_s << u"US"_s << QString();
        QTest::newRow("US WY") << u"WY"_s << u"US"_s << QString();
        QTest::newRow("US PR") << u"PR"_s << u"US"_s << QString();
        QTest::newRow("US GU") << u"GU"_s << u"US"_s << QString();
        QTest::newRow("US VI") << u"VI"_s << u"US"_s << QString();
        QTest::newRow("US AS") << u"AS"_s << u"US"_s << QString();
        QTest::newRow("US MP") << u"MP"_s << u"US"_s << QString();
        QTest::newRow("US AE") << u"AE"_s << u"US"_s << QString();
        QTest::newRow("US spaces") << u" TX "_s << u" US "_s << QString();
        QTest::newRow("US empty") << QString() << u"US"_s << u"required"_s;
        QTest::newRow("US XX") << u"XX"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US ON") << u"ON"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US name") << u"New York"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US three letters") << u"NYC"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US one letter") << u"N"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US full-width") << u"\uff2e\uff39"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("CA ON") << u"ON"_s << u"CA"_s << QString();
        QTest::newRow("CA qc") << u"qc"_s << u"ca"_s << QString();
        QTest::newRow("CA YT") << u"YT"_s << u"CA"_s << QString();
        QTest::newRow("CA NY") << u"NY"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA name") << u"Ontario"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA empty") << u"  "_s << u"CA"_s << u"required"_s;
        QTest::newRow("DE text") << u"Bayern"_s << u"DE"_s << QString();
        QTest::newRow("GB text") << u"Greater London"_s << u"GB"_s << QString();
        QTest::newRow("JP text") << u"東京都"_s << u"JP"_s << QString();
        QTest::newRow("no country") << u"Somewhere"_s << QString() << QString();
        QTest::newRow("DE empty") << QString() << u"DE"_s << u"required"_s;
        QTest::newRow("GB 64") << QString(64, u's') << u"GB"_s << QString();
        QTest::newRow("GB 65") << QString(65, u's') << u"GB"_s << u"too_long"_s;
        QTest::newRow("GB newline") << u"Greater\nLondon"_s << u"GB"_s << u"control_characters"_s;
    }
    void state()
    {
        QFETCH(QString, state);
        QFETCH(QString, country);
        QFETCH(QString, code);
        compareError(FieldRules::checkState(state, country), code);
    }

    void zip_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("code");
        // United States
        QTest::newRow("US 5") << u"90210"_s << u"US"_s << QString();
        QTest::newRow("US zip+4") << u"90210-1234"_s << u"US"_s << QString();
        QTest::newRow("US 00501") << u"00501"_s << u"us"_s << QString();
        QTest::newRow("US 4") << u"9021"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US 9 no dash") << u"902101234"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US zip+3") << u"90210-123"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US letters") << u"ABCDE"_s << u"US"_s << u"invalid"_s;
        QTest::newRow("US space") << u"90210 1234"_s << u"US"_s << u"invalid"_s;
        // United Kingdom
        QTest::newRow("GB SW1A 1AA") << u"SW1A 1AA"_s << u"GB"_s << QString();
        QTest::newRow("GB lower no space") << u"sw1a1aa"_s << u"GB"_s << QString();
        QTest::newRow("GB EC1A 1BB") << u"EC1A 1BB"_s << u"GB"_s << QString();
        QTest::newRow("GB W1A 0AX") << u"W1A 0AX"_s << u"GB"_s << QString();
        QTest::newRow("GB M1 1AE") << u"M1 1AE"_s << u"GB"_s << QString();
        QTest::newRow("GB B33 8TH") << u"B33 8TH"_s << u"GB"_s << QString();
        QTest::newRow("GB CR2 6XH") << u"CR2 6XH"_s << u"GB"_s << QString();
        QTest::newRow("GB DN55 1PT") << u"DN55 1PT"_s << u"GB"_s << QString();
        QTest::newRow("GB GIR 0AA") << u"GIR 0AA"_s << u"GB"_s << QString();
        QTest::newRow("GB gir0aa") << u"gir0aa"_s << u"GB"_s << QString();
        QTest::newRow("JE") << u"JE2 3AB"_s << u"JE"_s << QString();
        QTest::newRow("GB two spaces") << u"SW1A  1AA"_s << u"GB"_s << u"invalid"_s;
        QTest::newRow("GB Q first") << u"Q1 1AA"_s << u"GB"_s << u"invalid"_s;
        QTest::newRow("GB C inward") << u"SW1A 1CA"_s << u"GB"_s << u"invalid"_s;
        QTest::newRow("GB no inward") << u"SW1A"_s << u"GB"_s << u"invalid"_s;
        QTest::newRow("GB digits") << u"12345"_s << u"GB"_s << u"invalid"_s;
        QTest::newRow("GB dash") << u"SW1A-1AA"_s << u"GB"_s << u"invalid"_s;
        QTest::newRow("GB long") << u"SW1A 1AAA"_s << u"GB"_s << u"invalid"_s;
        // Canada
        QTest::newRow("CA") << u"K1A 0B1"_s << u"CA"_s << QString();
        QTest::newRow("CA lower no space") << u"k1a0b1"_s << u"CA"_s << QString();
        QTest::newRow("CA H2X") << u"H2X 1Y4"_s << u"CA"_s << QString();
        QTest::newRow("CA D") << u"D1A 0B1"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA W first") << u"W1A 0B1"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA O inside") << u"K1O 0B1"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA U inward") << u"K1A 0U1"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA dash") << u"K1A-0B1"_s << u"CA"_s << u"invalid"_s;
        QTest::newRow("CA digits") << u"12345"_s << u"CA"_s << u"invalid"_s;
        // Five digits
        QTest::newRow("DE") << u"10115"_s << u"DE"_s << QString();
        QTest::newRow("DE 4") << u"1011"_s << u"DE"_s << u"invalid"_s;
        QTest::newRow("DE letter") << u"1011A"_s << u"DE"_s << u"invalid"_s;
        QTest::newRow("FR") << u"75008"_s << u"FR"_s << QString();
        QTest::newRow("FR 6") << u"750080"_s << u"FR"_s << u"invalid"_s;
        QTest::newRow("IT") << u"00184"_s << u"IT"_s << QString();
        QTest::newRow("IT 4") << u"0018"_s << u"IT"_s << u"invalid"_s;
        QTest::newRow("ES") << u"28013"_s << u"ES"_s << QString();
        QTest::newRow("ES 52") << u"52001"_s << u"ES"_s << QString();
        QTest::newRow("ES 53") << u"53001"_s << u"ES"_s << u"invalid"_s;
        QTest::newRow("ES 00") << u"00123"_s << u"ES"_s << u"invalid"_s;
        // Netherlands
        QTest::newRow("NL") << u"1012 AB"_s << u"NL"_s << QString();
        QTest::newRow("NL no space lower") << u"1012ab"_s << u"NL"_s << QString();
        QTest::newRow("NL leading 0") << u"0123 AB"_s << u"NL"_s << u"invalid"_s;
        QTest::newRow("NL SA") << u"1012 SA"_s << u"NL"_s << u"invalid"_s;
        QTest::newRow("NL digits only") << u"1012"_s << u"NL"_s << u"invalid"_s;
        // Four digits
        QTest::newRow("AU") << u"2000"_s << u"AU"_s << QString();
        QTest::newRow("AU NT") << u"0800"_s << u"AU"_s << QString();
        QTest::newRow("AU 3") << u"200"_s << u"AU"_s << u"invalid"_s;
        QTest::newRow("CH") << u"8001"_s << u"CH"_s << QString();
        QTest::newRow("CH leading 0") << u"0800"_s << u"CH"_s << u"invalid"_s;
        QTest::newRow("AT") << u"1010"_s << u"AT"_s << QString();
        QTest::newRow("AT 5") << u"10100"_s << u"AT"_s << u"invalid"_s;
        QTest::newRow("BE") << u"1000"_s << u"BE"_s << QString();
        QTest::newRow("BE letters") << u"B-1000"_s << u"BE"_s << u"invalid"_s;
        // Ireland
        QTest::newRow("IE") << u"D02 X285"_s << u"IE"_s << QString();
        QTest::newRow("IE no space") << u"A65F4E2"_s << u"IE"_s << QString();
        QTest::newRow("IE D6W") << u"d6w 1234"_s << u"IE"_s << QString();
        QTest::newRow("IE short") << u"D02 X28"_s << u"IE"_s << u"invalid"_s;
        QTest::newRow("IE B") << u"B02 X285"_s << u"IE"_s << u"invalid"_s;
        QTest::newRow("IE bad letter") << u"D02 X2B5"_s << u"IE"_s << u"invalid"_s;
        QTest::newRow("IE dash") << u"D02-X285"_s << u"IE"_s << u"invalid"_s;
        // Sweden, Japan
        QTest::newRow("SE") << u"114 55"_s << u"SE"_s << QString();
        QTest::newRow("SE no space") << u"11455"_s << u"SE"_s << QString();
        QTest::newRow("SE leading 0") << u"011 55"_s << u"SE"_s << u"invalid"_s;
        QTest::newRow("JP") << u"100-0001"_s << u"JP"_s << QString();
        QTest::newRow("JP no dash") << u"1000001"_s << u"JP"_s << QString();
        QTest::newRow("JP space") << u"100 0001"_s << u"JP"_s << u"invalid"_s;
        QTest::newRow("JP full-width")
            << u"\uff11\uff10\uff10-\uff10\uff10\uff10\uff11"_s << u"JP"_s << u"invalid"_s;
        // Lenient elsewhere
        QTest::newRow("BR") << u"01310-100"_s << u"BR"_s << QString();
        QTest::newRow("PL") << u"00-950"_s << u"PL"_s << QString();
        QTest::newRow("unknown country") << u"AB 12"_s << u"ZZ"_s << QString();
        QTest::newRow("no country") << u"1234"_s << QString() << QString();
        QTest::newRow("lenient 16") << QString(16, u'1') << u"BR"_s << QString();
        QTest::newRow("lenient 17") << QString(17, u'1') << u"BR"_s << u"too_long"_s;
        QTest::newRow("lenient symbol") << u"#123"_s << u"BR"_s << u"invalid"_s;
        QTest::newRow("lenient dashes only") << u"---"_s << u"BR"_s << u"invalid"_s;
        QTest::newRow("lenient non-ASCII") << u"ÄÖ12"_s << u"XX"_s << u"invalid"_s;
        QTest::newRow("lenient tab") << u"12\t34"_s << u"XX"_s << u"invalid"_s;
        // Required everywhere
        QTest::newRow("GB empty") << QString() << u"GB"_s << u"required"_s;
        QTest::newRow("BR blank") << u"  "_s << u"BR"_s << u"required"_s;
        QTest::newRow("US 10000") << QString(10000, u'9') << u"US"_s << u"invalid"_s;
        QTest::newRow("BR 10000") << QString(10000, u'9') << u"BR"_s << u"too_long"_s;
    }
    void zip()
    {
        QFETCH(QString, zip);
        QFETCH(QString, country);
        QFETCH(QString, code);
        compareError(FieldRules::checkZip(zip, country), code);
    }

    void orderId_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("code");
        QTest::newRow("typical") << u"ORD-2024-0001"_s << QString();
        QTest::newRow("all punctuation") << u"a.b_c:d-e"_s << QString();
        QTest::newRow("one") << u"1"_s << QString();
        QTest::newRow("64") << QString(64, u'x') << QString();
        QTest::newRow("surrounding spaces") << u" A1 "_s << QString();
        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("blank") << u" "_s << u"required"_s;
        QTest::newRow("65") << QString(65, u'x') << u"too_long"_s;
        QTest::newRow("10000") << QString(10000, u'x') << u"too_long"_s;
        QTest::newRow("space") << u"order 1"_s << u"invalid_characters"_s;
        QTest::newRow("hash") << u"#1"_s << u"invalid_characters"_s;
        QTest::newRow("slash") << u"a/b"_s << u"invalid_characters"_s;
        QTest::newRow("accent") << u"ordre-é"_s << u"invalid_characters"_s;
        QTest::newRow("NUL") << withChar(u"a", 0, u"b") << u"invalid_characters"_s;
        QTest::newRow("emoji") << u"A💳"_s << u"invalid_characters"_s;
    }
    void orderId()
    {
        QFETCH(QString, orderId);
        QFETCH(QString, code);
        compareError(FieldRules::checkOrderId(orderId), code);
    }

    // Every rule on hostile input: no crash, a proper error (or, for free text, acceptance of
    // printable non-ASCII text).
    void badInputSweep_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("printableText"); // acceptable to checkText
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QString(10000, u' ') << false;
        QTest::newRow("10000 letters") << QString(10000, u'a') << false;
        QTest::newRow("10000 digits") << QString(10000, u'7') << false;
        QTest::newRow("10000 @") << QString(10000, u'@') << false;
        QTest::newRow("10000 colons") << QString(10000, u':') << false;
        QTest::newRow("10000 dots") << QString(10000, u'.') << false;
        QTest::newRow("10000 non-ASCII") << QString(10000, u'\u00e9') << false;
        QTest::newRow("non-ASCII") << u"Zoë Ångström 東京"_s << true;
        QTest::newRow("emoji") << u"💳💳💳"_s << true;
        QTest::newRow("control") << u"\x01\x02\x1b[2J"_s << false;
        QTest::newRow("NUL") << withChar(u"ab", 0, u"cd") << false;
        QTest::newRow("lone surrogate") << withChar(u"ab", 0xdfff, u"cd") << false;
        QTest::newRow("bidi") << u"abc\u202edcba"_s << false;
        QTest::newRow("half URL") << u"https://"_s << true;
        QTest::newRow("brackets") << u"[[[]]]"_s << true;
        QTest::newRow("percent") << u"%00%ff%"_s << true;
    }
    void badInputSweep()
    {
        QFETCH(QString, input);
        QFETCH(bool, printableText);
        const std::array<std::optional<Error>, 12> errors {
            FieldRules::checkEmail(input),
            FieldRules::checkIpAddress(input),
            FieldRules::checkPhone(input),
            FieldRules::checkUrl(input, true),
            FieldRules::checkState(input, u"US"),
            FieldRules::checkState(input, u"CA"),
            FieldRules::checkZip(input, u"GB"),
            FieldRules::checkZip(input, u"US"),
            FieldRules::checkZip(input, u"IE"),
            FieldRules::checkZip(input, u"BR"),
            FieldRules::checkOrderId(input),
            FieldRules::checkZip(input, input), // nonsense as a country
        };
        for (std::size_t i = 0; i < errors.size(); ++i) {
            QVERIFY2(errors[i].has_value(), qPrintable(u"rule %1 accepted it"_s.arg(i)));
            QVERIFY(isLowerSnake(errors[i]->code));
            QVERIFY(!errors[i]->message.isEmpty());
        }
        const std::optional<Error> text = FieldRules::checkText(input, 100);
        QCOMPARE(!text.has_value(), printableText);
        const std::optional<Error> state = FieldRules::checkState(input, u"DE");
        QCOMPARE(!state.has_value(), printableText);
        if (text)
            QCOMPARE(state->code, text->code);
        // Optional URL: blank is fine, the rest is not.
        const std::optional<Error> url = FieldRules::checkUrl(input, false);
        QCOMPARE(url.has_value(), !input.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
