// SPDX-License-Identifier: MIT
#include "sim/chargevalidator.h"

#include "core/base/secretbytes.h"
#include "core/payment/card.h"

#include <QHostAddress>
#include <QJsonValue>
#include <QUrl>

namespace pavt::sim {

namespace {

using namespace Qt::StringLiterals;

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

bool allAsciiLetters(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme();
    return scheme == "http"_L1 || scheme == "https"_L1;
}

// Collects messages and reads fields with the gateway's type rules.
class Checker
{
public:
    explicit Checker(const QJsonObject &fields) : m_fields(fields) { }

    void add(QLatin1StringView field, const QString &message)
    {
        m_errors[QString(field)].append(message);
    }

    // A required string: present, a JSON string, not blank. Returns null after recording an error.
    QString requiredString(QLatin1StringView field)
    {
        const QJsonValue value = m_fields.value(field);
        if (value.isUndefined() || value.isNull()) {
            add(field, u"The %1 field is required."_s.arg(ChargeValidator::displayName(field)));
            return {};
        }
        if (!value.isString()) {
            add(field, u"The %1 must be a string."_s.arg(ChargeValidator::displayName(field)));
            return {};
        }
        QString text = value.toString();
        if (text.trimmed().isEmpty()) {
            add(field, u"The %1 field is required."_s.arg(ChargeValidator::displayName(field)));
            return {};
        }
        return text;
    }

    // An optional string: absent, null or "" are all "not given" (returned as a null QString).
    QString optionalString(QLatin1StringView field, bool *wrongType)
    {
        const QJsonValue value = m_fields.value(field);
        *wrongType = false;
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            *wrongType = true;
            add(field, u"The %1 must be a string."_s.arg(ChargeValidator::displayName(field)));
            return {};
        }
        QString text = value.toString();
        return text.isEmpty() ? QString() : text;
    }

    FieldErrors &errors() { return m_errors; }

private:
    const QJsonObject &m_fields;
    FieldErrors m_errors;
};

} // namespace

ChargeValidator::ChargeValidator(QDate today, OrderIdTaken orderIdTaken)
    : m_today(today), m_orderIdTaken(std::move(orderIdTaken))
{ }

QString ChargeValidator::displayName(QLatin1StringView field)
{
    QString name(field);
    name.replace(u'_', u' ');
    return name;
}

namespace {

// The rules of a card number (digits only), into the card's kept parts.
void checkCardNumber(Checker &check, QLatin1StringView field, const QString &cardNumber,
                     ValidatedCard &card)
{
    if (cardNumber.size() < 12 || cardNumber.size() > 19 || !allDigits(cardNumber)) {
        check.add(field, u"The card number must be between 12 and 19 digits."_s);
    } else if (!Cards::luhnValid(cardNumber)) {
        check.add(field, u"The card number is not a valid card number."_s);
    } else {
        card.cardBrand = cardBrand(cardNumber);
        card.cardFirstSix = cardNumber.left(6);
        card.cardLastFour = cardNumber.right(4);
        card.maskedCardNumber
            = card.cardFirstSix + QString(cardNumber.size() - 10, u'*') + card.cardLastFour;
        card.behaviour = behaviourOf(cardNumber);
    }
}

void checkCvv(Checker &check, QLatin1StringView field, const QString &cvv)
{
    if (cvv.size() < 3 || cvv.size() > 4 || !allDigits(cvv))
        check.add(field, u"The card cvv must be 3 or 4 digits."_s);
}

// This month is still valid.
bool expiryInPast(int month, int year, QDate today)
{
    return year < today.year() || (year == today.year() && month < today.month());
}

} // namespace

std::expected<ValidatedCard, FieldErrors>
ChargeValidator::validateCardEntry(QString &number, QString &expiry, QString &cvv) const
{
    QJsonObject none;
    Checker check(none);
    ValidatedCard card;

    QString digits;
    digits.reserve(number.size());
    for (const QChar c : std::as_const(number)) {
        if (c != u' ' && c != u'-')
            digits.append(c);
    }
    wipe(number);
    if (digits.isEmpty())
        check.add("card_number"_L1, u"The card number field is required."_s);
    else
        checkCardNumber(check, "card_number"_L1, digits, card);
    wipe(digits);

    QString expiryText = expiry.trimmed();
    int month = 0;
    int year = 0;
    QStringView monthPart;
    QStringView yearPart;
    const qsizetype slash = expiryText.indexOf(u'/');
    if (slash >= 0) {
        monthPart = QStringView(expiryText).first(slash).trimmed();
        yearPart = QStringView(expiryText).sliced(slash + 1).trimmed();
    } else if (expiryText.size() == 4) {
        monthPart = QStringView(expiryText).first(2);
        yearPart = QStringView(expiryText).sliced(2);
    }
    if (monthPart.size() >= 1 && monthPart.size() <= 2 && allDigits(monthPart))
        month = monthPart.toInt();
    if ((yearPart.size() == 2 || yearPart.size() == 4) && allDigits(yearPart))
        year = yearPart.size() == 2 ? 2000 + yearPart.toInt() : yearPart.toInt();
    if (expiryText.isEmpty())
        check.add("card_expiry"_L1, u"The card expiry date field is required."_s);
    else if (month < 1 || month > 12 || year == 0)
        check.add("card_expiry"_L1, u"The card expiry date must be of the form MM/YY."_s);
    else if (expiryInPast(month, year, m_today))
        check.add("card_expiry"_L1, u"The card expiry date must not be in the past."_s);
    monthPart = {};
    yearPart = {};
    wipe(expiry);
    wipe(expiryText);

    // trimmed() may share the caller's buffer: both are wiped (the shared one last).
    QString cvvText = cvv.trimmed();
    if (cvvText.isEmpty())
        check.add("card_cvv"_L1, u"The card cvv field is required."_s);
    else
        checkCvv(check, "card_cvv"_L1, cvvText);
    wipe(cvv);
    wipe(cvvText);

    if (!check.errors().isEmpty())
        return std::unexpected(std::move(check.errors()));
    return card;
}

std::expected<ValidatedCharge, FieldErrors> ChargeValidator::validate(const QJsonObject &fields,
                                                                      Mode mode) const
{
    Checker check(fields);
    ValidatedCharge charge;

    charge.firstName = check.requiredString("first_name"_L1);
    charge.lastName = check.requiredString("last_name"_L1);

    charge.email = check.requiredString("email"_L1);
    if (!charge.email.isNull()) {
        const qsizetype at = charge.email.indexOf(u'@');
        if (at <= 0 || at == charge.email.size() - 1)
            check.add("email"_L1, u"The email must be a valid email address."_s);
    }

    for (const auto field : { "address"_L1, "city"_L1, "state"_L1, "zip"_L1, "phone_number"_L1 })
        check.requiredString(field);

    charge.country = check.requiredString("country"_L1);
    if (!charge.country.isNull()
        && ((charge.country.size() != 2 && charge.country.size() != 3)
            || !allAsciiLetters(charge.country)))
        check.add("country"_L1, u"The country must be a 2- or 3-letter country code."_s);

    const QString ip = check.requiredString("ip_address"_L1);
    if (!ip.isNull() && QHostAddress(ip).isNull())
        check.add("ip_address"_L1, u"The ip address must be a valid IP address."_s);

    const QJsonValue amount = fields.value("amount"_L1);
    if (amount.isUndefined() || amount.isNull())
        check.add("amount"_L1, u"The amount field is required."_s);
    else if (!amount.isDouble())
        check.add("amount"_L1, u"The amount must be a number."_s);
    else if (!(amount.toDouble() > 0))
        check.add("amount"_L1, u"The amount must be greater than 0."_s);
    else
        charge.amount = amount.toDouble();

    charge.currency = check.requiredString("currency"_L1);
    if (!charge.currency.isNull()
        && (charge.currency.size() != 3 || !allAsciiLetters(charge.currency)))
        check.add("currency"_L1, u"The currency must be a 3-letter ISO 4217 code."_s);

    if (mode == Mode::Hosted) {
        // The card belongs on the gateway's page: a card field in the request is refused.
        for (const auto field :
             { "card_number"_L1, "card_expiry_month"_L1, "card_expiry_year"_L1, "card_cvv"_L1 }) {
            const QJsonValue value = fields.value(field);
            if (!value.isUndefined() && !value.isNull())
                check.add(
                    field,
                    u"The %1 field is prohibited."_s.arg(ChargeValidator::displayName(field)));
        }
    } else {
        // The card number and the CVV live in these two strings only, and are wiped before
        // returning.
        QString cardNumber = check.requiredString("card_number"_L1);
        if (!cardNumber.isNull()) {
            ValidatedCard card;
            checkCardNumber(check, "card_number"_L1, cardNumber, card);
            charge.cardBrand = std::move(card.cardBrand);
            charge.cardFirstSix = std::move(card.cardFirstSix);
            charge.cardLastFour = std::move(card.cardLastFour);
            charge.maskedCardNumber = std::move(card.maskedCardNumber);
            charge.behaviour = card.behaviour;
            wipe(cardNumber);
        }

        QString cvv = check.requiredString("card_cvv"_L1);
        if (!cvv.isNull())
            checkCvv(check, "card_cvv"_L1, cvv);
        wipe(cvv);

        int month = 0;
        const QString monthText = check.requiredString("card_expiry_month"_L1);
        if (!monthText.isNull()) {
            if (monthText.size() == 2 && allDigits(monthText))
                month = monthText.toInt();
            if (month < 1 || month > 12) {
                month = 0;
                check.add("card_expiry_month"_L1,
                          u"The card expiry month must be two digits from 01 to 12."_s);
            }
        }
        int year = 0;
        const QString yearText = check.requiredString("card_expiry_year"_L1);
        if (!yearText.isNull()) {
            if (yearText.size() == 4 && allDigits(yearText))
                year = yearText.toInt();
            else
                check.add("card_expiry_year"_L1,
                          u"The card expiry year must be four digits (YYYY)."_s);
        }
        if (year != 0 && year < m_today.year()) {
            check.add("card_expiry_year"_L1, u"The card expiry date must not be in the past."_s);
        } else if (year == m_today.year() && month != 0 && month < m_today.month()) {
            check.add("card_expiry_month"_L1, u"The card expiry date must not be in the past."_s);
        }
    }

    charge.redirectUrl = check.requiredString("redirect_url"_L1);
    if (!charge.redirectUrl.isNull() && !isHttpUrl(charge.redirectUrl))
        check.add("redirect_url"_L1, u"The redirect url must be a valid http or https URL."_s);

    bool wrongType = false;
    const QString webhook = check.optionalString("webhook_url"_L1, &wrongType);
    if (!webhook.isNull() && !isHttpUrl(webhook))
        check.add("webhook_url"_L1, u"The webhook url must be a valid http or https URL."_s);

    check.optionalString("terminal_id"_L1, &wrongType);

    charge.orderId = check.optionalString("order_id"_L1, &wrongType);
    if (!charge.orderId.isNull()) {
        if (charge.orderId.size() > 255)
            check.add("order_id"_L1, u"The order id must not be greater than 255 characters."_s);
        else if (m_orderIdTaken && m_orderIdTaken(charge.orderId))
            check.add("order_id"_L1, u"The order id has already been taken."_s);
    }

    if (!check.errors().isEmpty())
        return std::unexpected(std::move(check.errors()));
    return charge;
}

} // namespace pavt::sim
