// SPDX-License-Identifier: MIT
#pragma once

#include "sim/testcard.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>

namespace pavt::sim {

// Field name -> messages, as the 422 body's "errors" object carries them.
using FieldErrors = QMap<QString, QStringList>;

// A charge that passed validation. It holds no card number and no CVV: those are read, judged and
// wiped inside validate(); only the brand, first six and last four come out.
struct ValidatedCharge
{
    double amount = 0;
    QString currency;
    QString firstName;
    QString lastName;
    QString email;
    QString country;
    QString orderId; // null when absent or empty
    QString redirectUrl;
    QString cardBrand;
    QString cardFirstSix;
    QString cardLastFour;
    QString maskedCardNumber;
    CardBehaviour behaviour = CardBehaviour::Approve;
};

// The gateway's field rules for the decrypted charge object. Messages follow the Laravel wording
// the gateway's other answers use ("The given data was invalid.", "The x field is required.").
class ChargeValidator
{
public:
    using OrderIdTaken = std::function<bool(const QString &orderId)>;

    // `today` decides whether an expiry date is in the past.
    ChargeValidator(QDate today, OrderIdTaken orderIdTaken);

    std::expected<ValidatedCharge, FieldErrors> validate(const QJsonObject &fields) const;

    // "card_expiry_month" -> "card expiry month": how a field is named inside a message.
    static QString displayName(QLatin1StringView field);

private:
    QDate m_today;
    OrderIdTaken m_orderIdTaken;
};

} // namespace pavt::sim
