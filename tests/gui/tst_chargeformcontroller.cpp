// SPDX-License-Identifier: MIT
// The charge form's controller: every field rule as the form shows it, without widgets.
#include "gui/chargeformcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace pavt;
using namespace pavt::gui;

Q_DECLARE_METATYPE(pavt::Field)

class TestChargeFormController : public QObject
{
    Q_OBJECT

    FixedClock m_clock { QDateTime(QDate(2026, 11, 25), QTime(12, 0)) };

    void fill(ChargeFormController &c)
    {
        c.setText(Field::Currency, QStringLiteral("GBP"));
        c.setText(Field::Amount, QStringLiteral("12.50"));
        c.setText(Field::CardNumber, QStringLiteral("4111 1111 1111 1111"));
        c.setText(Field::CardExpiry, QStringLiteral("12/30"));
        c.setText(Field::CardCvv, QStringLiteral("123"));
        c.setText(Field::FirstName, QStringLiteral("James"));
        c.setText(Field::LastName, QStringLiteral("Dean"));
        c.setText(Field::Email, QStringLiteral("james.dean@example.com"));
        c.setText(Field::PhoneNumber, QStringLiteral("+44 20 7946 0000"));
        c.setText(Field::Address, QStringLiteral("10 Downing Street"));
        c.setText(Field::City, QStringLiteral("London"));
        c.setText(Field::State, QStringLiteral("Westminster"));
        c.setText(Field::Zip, QStringLiteral("SW1A 2AA"));
        c.setText(Field::Country, QStringLiteral("GB"));
        c.setText(Field::IpAddress, QStringLiteral("203.0.113.7"));
        c.setText(Field::RedirectUrl, QStringLiteral("https://merchant.example/return"));
        c.setText(Field::OrderId, QStringLiteral("ORDER-1"));
    }

private slots:
    void emptyFormSaysWhatIsMissing()
    {
        ChargeFormController c(m_clock);
        QVERIFY(!c.canCharge());
        QVERIFY(c.blockedReason().contains(QStringLiteral("Fill in")));
        QVERIFY(!c.request().has_value());
    }

    void completeFormMakesTheRequest()
    {
        ChargeFormController c(m_clock);
        QSignalSpy chargeable(&c, &ChargeFormController::chargeableChanged);
        fill(c);
        QVERIFY2(c.canCharge(), qPrintable(c.blockedReason()));
        QCOMPARE(chargeable.count(), 1);
        QVERIFY(c.blockedReason().isEmpty());
        auto r = c.request();
        QVERIFY(r.has_value());
        QCOMPARE(r->amountMinor, 1250);
        QCOMPARE(r->cardNumber.view(), QByteArrayView("4111111111111111"));
        QCOMPARE(r->expiryMonth, 12);
        QCOMPARE(r->expiryYear, 2030);
        QCOMPARE(r->currency, QStringLiteral("GBP"));
        QCOMPARE(c.confirmationQuestion(),
                 QStringLiteral("Charge GBP 12.50 to Visa •••• 1111, James Dean?"));
        QVERIFY(validateRequest(*r, m_clock).isEmpty());
    }

    void fieldRules_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // "" = accepted
        QTest::addColumn<bool>("showWhileTyping");
        QTest::newRow("amount ok") << Field::Amount << "1,234.56"
                                   << "" << false;
        QTest::newRow("amount decimals") << Field::Amount << "1.234"
                                         << "too_many_decimals" << true;
        QTest::newRow("amount letters") << Field::Amount << "12a"
                                        << "invalid" << true;
        QTest::newRow("amount zero") << Field::Amount << "0"
                                     << "zero" << true;
        QTest::newRow("amount negative") << Field::Amount << "-5"
                                         << "negative" << true;
        QTest::newRow("amount empty") << Field::Amount << ""
                                      << "required" << false;
        QTest::newRow("currency name") << Field::Currency << "xyz"
                                       << "unknown" << true;
        QTest::newRow("card partial") << Field::CardNumber << "4111 11"
                                      << "incomplete" << false;
        QTest::newRow("card luhn") << Field::CardNumber << "4111 1111 1111 1112"
                                   << "luhn" << true;
        QTest::newRow("card letters") << Field::CardNumber << "4111 abcd"
                                      << "invalid_characters" << true;
        QTest::newRow("expiry compact") << Field::CardExpiry << "1230"
                                        << "" << false;
        QTest::newRow("expiry past") << Field::CardExpiry << "10/26"
                                     << "expired" << true;
        QTest::newRow("expiry far") << Field::CardExpiry << "12/50"
                                    << "too_far" << true;
        QTest::newRow("expiry month") << Field::CardExpiry << "13/30"
                                      << "month" << true;
        QTest::newRow("cvv short") << Field::CardCvv << "12"
                                   << "wrong_length" << true;
        QTest::newRow("email") << Field::Email << "james@"
                               << "invalid" << true;
        QTest::newRow("phone short") << Field::PhoneNumber << "123"
                                     << "" << true;
        QTest::newRow("ip") << Field::IpAddress << "1.2.3"
                            << "" << true;
        QTest::newRow("name control") << Field::FirstName << "Ja\u0007mes"
                                      << "" << true;
        QTest::newRow("zip GB") << Field::Zip << "12345"
                                << "invalid" << true;
        QTest::newRow("country") << Field::Country << "Narnia"
                                 << "unknown" << true;
        QTest::newRow("redirect http") << Field::RedirectUrl << "http://merchant.example"
                                       << "insecure" << true;
        QTest::newRow("redirect loopback http") << Field::RedirectUrl << "http://127.0.0.1:8080/r"
                                                << "" << true;
        QTest::newRow("webhook empty ok") << Field::WebhookUrl << ""
                                          << "" << true;
        QTest::newRow("order id bad") << Field::OrderId << "a b"
                                      << "" << true;
    }
    void fieldRules()
    {
        QFETCH(Field, field);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(bool, showWhileTyping);
        ChargeFormController c(m_clock);
        fill(c);
        c.setText(field, text);
        const auto p = c.problem(field);
        const bool phoneOrIpOrNameOrOrder = QByteArray(QTest::currentDataTag()) == "phone short"
            || QByteArray(QTest::currentDataTag()) == "ip"
            || QByteArray(QTest::currentDataTag()) == "name control"
            || QByteArray(QTest::currentDataTag()) == "order id bad";
        if (code.isEmpty() && !phoneOrIpOrNameOrOrder) {
            QVERIFY2(!p.has_value(), p ? qPrintable(p->code) : "");
            QVERIFY(c.canCharge());
            return;
        }
        QVERIFY(p.has_value());
        if (!code.isEmpty())
            QCOMPARE(p->code, code);
        QVERIFY(!p->message.isEmpty());
        QCOMPARE(ChargeFormController::showWhileTyping(*p), showWhileTyping);
        QVERIFY(!c.canCharge());
        QVERIFY(c.blockedReason().contains(p->message)
                || c.blockedReason().contains(fieldLabel(field)));
    }

    void dependentFieldsRevalidate()
    {
        ChargeFormController c(m_clock);
        fill(c);
        c.setText(Field::Amount, QStringLiteral("1500"));
        c.setText(Field::Currency, QStringLiteral("JPY"));
        QVERIFY(!c.problem(Field::Amount));
        c.setText(Field::Amount, QStringLiteral("15.5"));
        QCOMPARE(c.problem(Field::Amount)->code, QStringLiteral("too_many_decimals"));
        c.setText(Field::Currency, QStringLiteral("GBP"));
        QVERIFY(!c.problem(Field::Amount)); // the same text is fine in pounds

        c.setText(Field::Country, QStringLiteral("US"));
        QVERIFY(c.problem(Field::Zip).has_value()); // SW1A 2AA is no US zip
        c.setText(Field::Zip, QStringLiteral("10001"));
        c.setText(Field::State, QStringLiteral("NY"));
        QVERIFY(!c.problem(Field::Zip));

        QSignalSpy brand(&c, &ChargeFormController::brandChanged);
        c.setText(Field::CardNumber, QStringLiteral("3782 822463 10005"));
        QCOMPARE(c.brand(), CardBrand::Amex);
        QCOMPARE(brand.count(), 1);
        QCOMPARE(c.problem(Field::CardCvv)->code,
                 QStringLiteral("wrong_length")); // 123 is short for Amex
        c.setText(Field::CardCvv, QStringLiteral("1234"));
        QVERIFY(!c.problem(Field::CardCvv));
    }

    void completenessForFocusJumps()
    {
        ChargeFormController c(m_clock);
        c.setText(Field::CardNumber, QStringLiteral("4111 1111 1111 111"));
        QVERIFY(!c.isComplete(Field::CardNumber));
        c.setText(Field::CardNumber, QStringLiteral("4111 1111 1111 1111"));
        QVERIFY(c.isComplete(Field::CardNumber));
        c.setText(Field::CardNumber, QStringLiteral("3782 822463 10005"));
        QVERIFY(c.isComplete(Field::CardNumber));
        c.setText(Field::CardExpiry, QStringLiteral("12/3"));
        QVERIFY(!c.isComplete(Field::CardExpiry));
        c.setText(Field::CardExpiry, QStringLiteral("12/30"));
        QVERIFY(c.isComplete(Field::CardExpiry));
        c.setText(Field::CardCvv, QStringLiteral("123"));
        QVERIFY(!c.isComplete(Field::CardCvv)); // Amex needs 4
        c.setText(Field::CardCvv, QStringLiteral("1234"));
        QVERIFY(c.isComplete(Field::CardCvv));
    }

    void formattingAsTyped()
    {
        QCOMPARE(ChargeFormController::groupCardNumber(QStringLiteral("4111111111111111")),
                 QStringLiteral("4111 1111 1111 1111"));
        QCOMPARE(ChargeFormController::groupCardNumber(QStringLiteral("378282246310005")),
                 QStringLiteral("3782 822463 10005"));
        QCOMPARE(ChargeFormController::groupCardNumber(QStringLiteral("4111-1111")),
                 QStringLiteral("4111 1111"));
        QCOMPARE(ChargeFormController::groupCardNumber(QStringLiteral("41x")),
                 QStringLiteral("41x"));
        QCOMPARE(ChargeFormController::formatExpiry(QStringLiteral("1227")),
                 QStringLiteral("12/27"));
        QCOMPARE(ChargeFormController::formatExpiry(QStringLiteral("12/27")),
                 QStringLiteral("12/27"));
        QCOMPARE(ChargeFormController::formatExpiry(QStringLiteral("12")), QStringLiteral("12"));
    }

    void clearCardKeepsCustomer()
    {
        ChargeFormController c(m_clock);
        fill(c);
        c.clearCard();
        QVERIFY(c.text(Field::CardNumber).isEmpty());
        QVERIFY(c.text(Field::CardCvv).isEmpty());
        QVERIFY(c.text(Field::CardExpiry).isEmpty());
        QCOMPARE(c.text(Field::FirstName), QStringLiteral("James"));
        QCOMPARE(c.brand(), CardBrand::Unknown);
        QVERIFY(!c.canCharge());
        c.clearAll();
        QVERIFY(c.text(Field::FirstName).isEmpty());
    }

    void germanLocaleAmounts()
    {
        ChargeFormController c(m_clock);
        c.setLocale(QLocale(QLocale::German, QLocale::Germany));
        c.setText(Field::Currency, QStringLiteral("EUR"));
        c.setText(Field::Amount, QStringLiteral("1.234,56"));
        QVERIFY(!c.problem(Field::Amount));
        QCOMPARE(*c.amountMinor(), 123456);
    }
};

QTEST_GUILESS_MAIN(TestChargeFormController)
#include "tst_chargeformcontroller.moc"
