// SPDX-License-Identifier: MIT
#pragma once

#include "core/payment/card.h"
#include "core/payment/paymentrequest.h"
#include "core/payment/requestvalidator.h"

#include <QHash>
#include <QLocale>
#include <QObject>

namespace pavt::gui {

// What the form takes: a keyed card (every field), a payment by link to the gateway's card page or
// its other methods (every field but the card's: the cardholder types the card there), or a link
// from a template (amount, currency, the customer's name and e-mail, order and terminal id).
enum class FormMode { Card, Hosted, Template };

// The charge form without widgets: the text of every field, the rule of each as the operator
// types, whether the form may be charged and why not, and the PaymentRequest it makes.
// The widget shows what this says; it decides nothing.
class ChargeFormController : public QObject
{
    Q_OBJECT
public:
    explicit ChargeFormController(const Clock &clock = SystemClock::instance(),
                                  QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    // Card fields count only in FormMode::Card; switching to a link wipes them.
    void setMode(FormMode mode);
    FormMode mode() const { return m_mode; }
    // The field is part of the request in this mode (a field that is not has no problem).
    bool needs(Field field) const;
    // The text of a field as typed; revalidates it and the fields that depend on it
    // (CVV on the card's brand, zip and state on the country, amount on the currency).
    void setText(Field field, const QString &text);
    QString text(Field field) const { return m_text.value(field); }
    // Checks every field again (after a language change: the messages are made anew).
    void revalidateAll();

    std::optional<FieldProblem> problem(Field field) const;
    // Problems worth showing while the field is still being typed into: "required" and
    // "incomplete" wait until the operator leaves the field or tries to charge.
    static bool showWhileTyping(const FieldProblem &problem);
    QList<FieldProblem> problems() const;

    CardBrand brand() const { return m_brand; }
    // The field is complete enough for focus to move on (card number at its brand's length and
    // valid, expiry "MM/YY", CVV at its length).
    bool isComplete(Field field) const;

    bool canCharge() const { return problems().isEmpty(); }
    // Why the Charge button is disabled, in one sentence; empty when it is enabled.
    QString blockedReason() const;

    // The amount in minor units, or nullopt while the amount or currency is not valid.
    std::optional<qint64> amountMinor() const;
    // The request the form describes; only when canCharge(). Without card fields in a link mode.
    std::optional<PaymentRequest> request() const;
    // "Charge GBP 12.50 to Visa •••• 1111, James Dean?"
    QString confirmationQuestion() const;

    // Wipes the card fields (number, expiry, CVV); the customer's details stay.
    void clearCard();
    // Wipes everything except the defaults the caller sets again.
    void clearAll();

    // Card number grouped for display as typed ("4111 1111 1111 1111", Amex "3782 822463 10005").
    static QString groupCardNumber(const QString &typed);
    // Expiry typed as "1227" shown as "12/27".
    static QString formatExpiry(const QString &typed);

signals:
    void problemChanged(pavt::Field field);
    void brandChanged(pavt::CardBrand brand);
    void chargeableChanged(bool chargeable);

private:
    void revalidate(Field field);
    FieldContext context() const;

    const Clock &m_clock;
    QLocale m_locale = QLocale::c();
    QHash<Field, QString> m_text;
    QHash<Field, FieldProblem> m_problems;
    CardBrand m_brand = CardBrand::Unknown;
    bool m_chargeable = false;
    FormMode m_mode = FormMode::Card;
};

} // namespace pavt::gui
