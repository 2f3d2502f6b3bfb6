// SPDX-License-Identifier: MIT
#include "core/payment/paymentrequest.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace pavt {

namespace {

struct FieldInfo
{
    Field field;
    const char *wire;
    const char *label;
};

constexpr std::array<FieldInfo, FieldCount> Fields = { {
    { Field::FirstName, "first_name", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "first name") },
    { Field::LastName, "last_name", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "last name") },
    { Field::Email, "email", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "email") },
    { Field::Address, "address", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "address") },
    { Field::City, "city", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "city") },
    { Field::State, "state", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "state") },
    { Field::Zip, "zip", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "postcode") },
    { Field::Country, "country", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "country") },
    { Field::IpAddress, "ip_address",
      QT_TRANSLATE_NOOP("pavt::PaymentRequest", "customer IP address") },
    { Field::PhoneNumber, "phone_number",
      QT_TRANSLATE_NOOP("pavt::PaymentRequest", "phone number") },
    { Field::Amount, "amount", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "amount") },
    { Field::Currency, "currency", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "currency") },
    { Field::CardNumber, "card_number", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "card number") },
    { Field::CardExpiry, "card_expiry_month",
      QT_TRANSLATE_NOOP("pavt::PaymentRequest", "expiry date") },
    { Field::CardCvv, "card_cvv",
      QT_TRANSLATE_NOOP("pavt::PaymentRequest", "security code (CVV)") },
    { Field::RedirectUrl, "redirect_url",
      QT_TRANSLATE_NOOP("pavt::PaymentRequest", "redirect URL") },
    { Field::WebhookUrl, "webhook_url", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "webhook URL") },
    { Field::OrderId, "order_id", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "order id") },
    { Field::TerminalId, "terminal_id", QT_TRANSLATE_NOOP("pavt::PaymentRequest", "terminal id") },
} };

} // namespace

QByteArray wireName(Field field)
{
    return QByteArray(Fields[size_t(field)].wire);
}

std::optional<Field> fieldFromWireName(QStringView name)
{
    if (name == u"card_expiry_year")
        return Field::CardExpiry;
    for (const FieldInfo &info : Fields) {
        if (name == QLatin1StringView(info.wire))
            return info.field;
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    return QCoreApplication::translate("pavt::PaymentRequest", Fields[size_t(field)].label);
}

void PaymentRequest::clearCardData()
{
    cardNumber.clear();
    cvv.clear();
    expiryMonth = 0;
    expiryYear = 0;
}

} // namespace pavt
