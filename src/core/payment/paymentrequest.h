// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"
#include "core/payment/layer.h"

#include <QList>
#include <QString>

namespace pavt {

// The fields of a card payment, one member per field of the contract (payagency-api.md).
// Card number and CVV live in wiped buffers; everything else is ordinary text.
enum class Field {
    FirstName,
    LastName,
    Email,
    Address,
    City,
    State,
    Zip,
    Country,
    IpAddress,
    PhoneNumber,
    Amount,
    Currency,
    CardNumber,
    CardExpiry, // card_expiry_month and card_expiry_year: one field on the form
    CardCvv,
    RedirectUrl,
    WebhookUrl,
    OrderId,
    TerminalId,
};
inline constexpr int FieldCount = int(Field::TerminalId) + 1;

// The contract's field name ("first_name"); CardExpiry answers "card_expiry_month".
QByteArray wireName(Field field);
// Every contract name maps back to a field, "card_expiry_year" too; nullopt for unknown names.
std::optional<Field> fieldFromWireName(QStringView name);
// A short label for messages ("first name", "card number"), translatable.
QString fieldLabel(Field field);

struct PaymentRequest
{
    QString firstName;
    QString lastName;
    QString email;
    QString address;
    QString city;
    QString state;
    QString zip;
    QString country; // any of alpha-2, alpha-3, numeric or name; normalised on the wire
    QString ipAddress;
    QString phoneNumber;
    qint64 amountMinor = 0; // exact integer of the currency's minor units
    QString currency; // ISO 4217 alpha code
    SecretBytes cardNumber; // digits only
    int expiryMonth = 0; // 1-12
    int expiryYear = 0; // four digits
    SecretBytes cvv;
    QString redirectUrl;
    QString webhookUrl; // optional
    QString orderId; // optional on the wire, but the terminal always sends one
    QString terminalId; // optional

    // Wipes the card number and CVV; keeps the customer's details ("charge this customer again").
    void clearCardData();
};

} // namespace pavt
