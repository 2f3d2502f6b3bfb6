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

// A card that passed validation: what the simulator may keep of it, and what it does.
struct ValidatedCard
{
    QString cardBrand;
    QString cardFirstSix;
    QString cardLastFour;
    QString maskedCardNumber;
    CardBehaviour behaviour = CardBehaviour::Approve;
};

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

    // Charge: the card payment's fields, card included. Hosted: a hosted card or APM payment, the
    // same fields without the card; a card field that is present (not null) is refused with
    // "The {field} field is prohibited." (the card belongs on the gateway's page).
    enum class Mode { Charge, Hosted };

    // `today` decides whether an expiry date is in the past.
    ChargeValidator(QDate today, OrderIdTaken orderIdTaken);

    std::expected<ValidatedCharge, FieldErrors> validate(const QJsonObject &fields,
                                                         Mode mode = Mode::Charge) const;

    // The hosted checkout page's form: a card number (spaces and dashes allowed), an expiry
    // "MM/YY" (or "MM/YYYY", "MMYY") and a CVV, judged by the charge's rules. Errors are keyed
    // "card_number", "card_expiry" and "card_cvv". The three strings are wiped before returning.
    std::expected<ValidatedCard, FieldErrors> validateCardEntry(QString &number, QString &expiry,
                                                                QString &cvv) const;

    // "card_expiry_month" -> "card expiry month": how a field is named inside a message.
    static QString displayName(QLatin1StringView field);

private:
    QDate m_today;
    OrderIdTaken m_orderIdTaken;
};

} // namespace pavt::sim
