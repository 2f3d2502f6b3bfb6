// SPDX-License-Identifier: MIT
#include "core/payment/money.h"
#include "core/payment/paymentlink.h"
#include "core/payment/requestvalidator.h"
#include "core/payment/wirejson.h"
#include "support/testdata.h"

#include <QTest>

using namespace pavt;

Q_DECLARE_METATYPE(pavt::Field)

class TestRequestValidator : public QObject
{
    Q_OBJECT

    FixedClock m_clock { QDateTime(QDate(2026, 11, 25), QTime(12, 0)) };

    PaymentRequest valid() const
    {
        PaymentRequest r = test::validRequest();
        r.expiryYear = 2028;
        return r;
    }
    static QList<Field> fields(const QList<FieldProblem> &problems)
    {
        QList<Field> out;
        for (const auto &p : problems)
            out << p.field;
        return out;
    }

private slots:
    void validRequestHasNoProblems()
    {
        const auto problems = validateRequest(valid(), m_clock);
        for (const auto &p : problems)
            qWarning() << wireName(p.field) << p.code << p.message;
        QVERIFY(problems.isEmpty());
    }

    void oneBrokenField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("code");
        int i = 0;
        QTest::newRow("first name empty") << i++ << Field::FirstName << "required";
        QTest::newRow("last name control") << i++ << Field::LastName << "";
        QTest::newRow("email") << i++ << Field::Email << "";
        QTest::newRow("address long") << i++ << Field::Address << "too_long";
        QTest::newRow("city blank") << i++ << Field::City << "required";
        QTest::newRow("zip for GB") << i++ << Field::Zip << "";
        QTest::newRow("country") << i++ << Field::Country << "unknown";
        QTest::newRow("ip") << i++ << Field::IpAddress << "";
        QTest::newRow("phone") << i++ << Field::PhoneNumber << "";
        QTest::newRow("amount zero") << i++ << Field::Amount << "zero";
        QTest::newRow("amount negative") << i++ << Field::Amount << "negative";
        QTest::newRow("amount huge") << i++ << Field::Amount << "too_large";
        QTest::newRow("currency") << i++ << Field::Currency << "unknown";
        QTest::newRow("currency XAU") << i++ << Field::Currency << "not_payable";
        QTest::newRow("luhn") << i++ << Field::CardNumber << "luhn";
        QTest::newRow("expired") << i++ << Field::CardExpiry << "expired";
        QTest::newRow("expiry missing") << i++ << Field::CardExpiry << "required";
        QTest::newRow("cvv amex 3") << i++ << Field::CardCvv << "wrong_length";
        QTest::newRow("redirect http") << i++ << Field::RedirectUrl << "insecure";
        QTest::newRow("webhook bad") << i++ << Field::WebhookUrl << "";
        QTest::newRow("order id bad") << i++ << Field::OrderId << "";
        QTest::newRow("state US bad") << i++ << Field::State << "";
    }
    void oneBrokenField()
    {
        QFETCH(int, which);
        QFETCH(Field, field);
        QFETCH(QString, code);
        PaymentRequest r = valid();
        switch (which) {
        case 0:
            r.firstName = QStringLiteral("   ");
            break;
        case 1:
            r.lastName = QStringLiteral("De\u0007an");
            break;
        case 2:
            r.email = QStringLiteral("james.example.com");
            break;
        case 3:
            r.address = QString(1000, QLatin1Char('a'));
            break;
        case 4:
            r.city = QString();
            break;
        case 5:
            r.zip = QStringLiteral("12345-6789");
            break;
        case 6:
            r.country = QStringLiteral("Narnia");
            break;
        case 7:
            r.ipAddress = QStringLiteral("300.1.2.3");
            break;
        case 8:
            r.phoneNumber = QStringLiteral("12");
            break;
        case 9:
            r.amountMinor = 0;
            break;
        case 10:
            r.amountMinor = -5;
            break;
        case 11:
            r.amountMinor = MaxAmountMinorUnits + 1;
            break;
        case 12:
            r.currency = QStringLiteral("ABC");
            break;
        case 13:
            r.currency = QStringLiteral("XAU");
            break;
        case 14:
            r.cardNumber = SecretBytes(QByteArrayView("4111111111111112"));
            break;
        case 15:
            r.expiryMonth = 10;
            r.expiryYear = 2026;
            break;
        case 16:
            r.expiryMonth = 0;
            r.expiryYear = 0;
            break;
        case 17:
            r.cardNumber = SecretBytes(QByteArrayView("378282246310005"));
            r.cvv = SecretBytes(QByteArrayView("123"));
            break;
        case 18:
            r.redirectUrl = QStringLiteral("http://merchant.example/return");
            break;
        case 19:
            r.webhookUrl = QStringLiteral("not a url");
            break;
        case 20:
            r.orderId = QStringLiteral("has spaces and / slashes");
            break;
        case 21:
            r.country = QStringLiteral("US");
            r.zip = QStringLiteral("10001");
            r.state = QStringLiteral("Narnia");
            break;
        }
        const auto problems = validateRequest(r, m_clock);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        if (!code.isEmpty())
            QCOMPARE(problems.first().code, code);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void everyProblemAtOnce()
    {
        PaymentRequest empty;
        const auto problems = validateRequest(empty, m_clock);
        const QList<Field> got = fields(problems);
        for (Field f : { Field::FirstName, Field::LastName, Field::Email, Field::Address,
                         Field::City, Field::State, Field::Country, Field::IpAddress,
                         Field::PhoneNumber, Field::Amount, Field::Currency, Field::CardNumber,
                         Field::CardExpiry, Field::CardCvv, Field::RedirectUrl })
            QVERIFY2(got.contains(f), wireName(f).constData());
        QVERIFY(!got.contains(Field::WebhookUrl));
        QVERIFY(!got.contains(Field::OrderId));
        QVERIFY(!got.contains(Field::TerminalId));
        for (const auto &p : problems) {
            QVERIFY(!p.code.isEmpty());
            QVERIFY(!p.message.isEmpty());
        }
    }

    // A payment by link: the charge's fields without the card; a card field is refused.
    void linkRequests()
    {
        PaymentRequest link = valid();
        link.clearCardData();
        QVERIFY(validateLinkRequest(link).isEmpty());

        PaymentRequest withCard = valid();
        const auto problems = validateLinkRequest(withCard);
        QCOMPARE(fields(problems),
                 (QList<Field> { Field::CardNumber, Field::CardExpiry, Field::CardCvv }));
        for (const FieldProblem &p : problems) {
            QCOMPARE(p.code, QStringLiteral("card_field"));
            QVERIFY(p.message.contains(QStringLiteral("refused before sending")));
        }
        auto refusal = requestRefusal(problems);
        QVERIFY(refusal.has_value());

        const QList<Field> missing = fields(validateLinkRequest(PaymentRequest {}));
        for (Field f : { Field::FirstName, Field::LastName, Field::Email, Field::Address,
                         Field::City, Field::State, Field::Country, Field::IpAddress,
                         Field::PhoneNumber, Field::Amount, Field::Currency, Field::RedirectUrl })
            QVERIFY2(missing.contains(f), wireName(f).constData());
        for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv, Field::WebhookUrl,
                         Field::OrderId, Field::TerminalId })
            QVERIFY2(!missing.contains(f), wireName(f).constData());

        // Its wire JSON leaves the card out, whatever the request holds.
        auto json = toLinkWireJson(withCard);
        QVERIFY(json.has_value());
        const QByteArray text = json->view().toByteArray();
        QVERIFY(!text.contains("card_"));
        QVERIFY(!text.contains("4111"));
        QVERIFY(text.startsWith("{\"first_name\":\"James\","));
        QVERIFY(text.contains("\"redirect_url\":\"https://merchant.example/return\""));
        QVERIFY(toWireJson(withCard)->view().toByteArray().contains("\"card_cvv\":\"123\""));
    }

    void paymentLinkRequests()
    {
        PaymentLinkRequest request;
        request.paymentTemplateId = QStringLiteral("PT-1");
        QVERIFY(validatePaymentLinkRequest(request, m_clock).isEmpty());
        request.expiryDate = m_clock.today(); // payable to the end of today
        request.amountMinor = 1;
        request.currency = QStringLiteral("eur");
        request.terminalId = QStringLiteral("T1");
        request.orderId = QStringLiteral("ORDER-1");
        QVERIFY(validatePaymentLinkRequest(request, m_clock).isEmpty());
        QCOMPARE(toPaymentLinkJson(request).value(),
                 QByteArray("{\"payment_template_id\":\"PT-1\",\"amount\":1,\"currency\":\"EUR\","
                            "\"expiry_date\":\"2026-11-25\",\"terminal_id\":\"T1\","
                            "\"order_id\":\"ORDER-1\"}"));

        PaymentLinkRequest bad;
        bad.expiryDate = m_clock.today().addDays(-1);
        bad.amountMinor = 0;
        bad.orderId = QStringLiteral("no spaces allowed");
        bad.terminalId = QStringLiteral("T\n1");
        const QList<LinkProblem> problems = validatePaymentLinkRequest(bad, m_clock);
        QList<LinkField> got;
        for (const LinkProblem &p : problems) {
            got << p.field;
            QVERIFY(!p.message.isEmpty());
        }
        QCOMPARE(got,
                 (QList<LinkField> { LinkField::PaymentTemplate, LinkField::Amount,
                                     LinkField::Currency, LinkField::ExpiryDate,
                                     LinkField::TerminalId, LinkField::OrderId }));
        const auto refusal = paymentLinkRefusal(problems);
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->code, QStringLiteral("invalid"));
        QVERIFY(!paymentLinkRefusal({}).has_value());
    }

    void liveTyping_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty = fine
        QTest::newRow("card complete") << Field::CardNumber << "4111 1111 1111 1111"
                                       << "";
        QTest::newRow("card partial") << Field::CardNumber << "4111 11"
                                      << "incomplete";
        QTest::newRow("card luhn") << Field::CardNumber << "4111-1111-1111-1112"
                                   << "luhn";
        QTest::newRow("card letters") << Field::CardNumber << "4111a"
                                      << "invalid_characters";
        QTest::newRow("expiry slash") << Field::CardExpiry << "12/27"
                                      << "";
        QTest::newRow("expiry compact") << Field::CardExpiry << "1227"
                                        << "";
        QTest::newRow("expiry past") << Field::CardExpiry << "10/26"
                                     << "expired";
        QTest::newRow("expiry month 13") << Field::CardExpiry << "13/27"
                                         << "month";
        QTest::newRow("amount ok") << Field::Amount << "1,234.56"
                                   << "";
        QTest::newRow("amount decimals") << Field::Amount << "1.234"
                                         << "too_many_decimals";
        QTest::newRow("amount empty") << Field::Amount << ""
                                      << "required";
        QTest::newRow("cvv ok") << Field::CardCvv << "123"
                                << "";
        QTest::newRow("cvv short") << Field::CardCvv << "12"
                                   << "wrong_length";
        QTest::newRow("zip GB ok") << Field::Zip << "SW1A 2AA"
                                   << "";
        QTest::newRow("zip GB bad") << Field::Zip << "123"
                                    << "invalid";
        QTest::newRow("country code") << Field::Country << "deu"
                                      << "";
        QTest::newRow("country bad") << Field::Country << "xx"
                                     << "unknown";
        QTest::newRow("currency ok") << Field::Currency << "eur"
                                     << "";
        QTest::newRow("email ok") << Field::Email << "a@b.co"
                                  << "";
        QTest::newRow("order empty ok") << Field::OrderId << ""
                                        << "";
    }
    void liveTyping()
    {
        QFETCH(Field, field);
        QFETCH(QString, text);
        QFETCH(QString, code);
        FieldContext context;
        context.clock = &m_clock;
        context.country = QStringLiteral("GB");
        context.currency = QStringLiteral("GBP");
        context.brand = CardBrand::Visa;
        const auto problem = validateField(field, text, context);
        if (code.isEmpty()) {
            QVERIFY2(!problem.has_value(),
                     problem ? qPrintable(problem->code + u' ' + problem->message) : "");
        } else {
            QVERIFY(problem.has_value());
            QCOMPARE(problem->field, field);
            QCOMPARE(problem->code, code);
            QVERIFY(!problem->message.isEmpty());
        }
    }

    void amountFollowsCurrencyAndLocale()
    {
        FieldContext c;
        c.clock = &m_clock;
        c.currency = QStringLiteral("JPY");
        QVERIFY(validateField(Field::Amount, u"1.5", c).has_value());
        QVERIFY(!validateField(Field::Amount, u"1500", c).has_value());
        c.currency = QStringLiteral("KWD");
        QVERIFY(!validateField(Field::Amount, u"1.505", c).has_value());
        c.currency = QStringLiteral("EUR");
        c.locale = QLocale(QLocale::German, QLocale::Germany);
        QVERIFY(!validateField(Field::Amount, u"1 234,56", c).has_value());
        c.currency = QString();
        QCOMPARE(validateField(Field::Amount, u"5", c)->code, QStringLiteral("currency"));
    }

    void cvvFollowsBrand()
    {
        FieldContext c;
        c.brand = CardBrand::Amex;
        QVERIFY(validateField(Field::CardCvv, u"123", c).has_value());
        QVERIFY(!validateField(Field::CardCvv, u"1234", c).has_value());
    }

    void badInputNeverCrashes()
    {
        const QList<QString> inputs = { QString(),
                                        QString(10000, QLatin1Char('9')),
                                        QString(10000, QChar(0x263A)),
                                        QStringLiteral("\u0000\u0001\u001f\u007f"),
                                        QStringLiteral("Zoë 東京 🙂"),
                                        QStringLiteral("\u202e\u2066evil"),
                                        QStringLiteral("'; DROP TABLE x;--"),
                                        QString(10000, QLatin1Char(' ')),
                                        QString(10000, QLatin1Char('/')) };
        FieldContext c;
        c.clock = &m_clock;
        c.currency = QStringLiteral("GBP");
        c.country = QStringLiteral("US");
        for (int f = 0; f < FieldCount; ++f) {
            for (const QString &input : inputs) {
                const auto p = validateField(Field(f), input, c);
                // Only the optional fields may accept empty input.
                if (input.isEmpty() && Field(f) != Field::WebhookUrl && Field(f) != Field::OrderId
                    && Field(f) != Field::TerminalId)
                    QVERIFY2(p.has_value(), wireName(Field(f)).constData());
                if (p)
                    QVERIFY(!p->message.isEmpty());
            }
        }
        PaymentRequest r;
        r.firstName = r.lastName = r.email = r.address = r.city = r.state = r.zip = r.country
            = r.ipAddress = r.phoneNumber = r.currency = r.redirectUrl = r.webhookUrl = r.orderId
            = r.terminalId = QString(10000, QChar(0x1F));
        r.cardNumber = SecretBytes(QByteArray(10000, '\x01'));
        r.cvv = SecretBytes(QByteArray(10000, '9'));
        r.expiryMonth = -1;
        r.expiryYear = 99999;
        r.amountMinor = std::numeric_limits<qint64>::min();
        QVERIFY(validateRequest(r, m_clock).size() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
