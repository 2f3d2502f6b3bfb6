// SPDX-License-Identifier: MIT
#include "core/payment/requestvalidator.h"

#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/fieldrules.h"
#include "core/payment/money.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <openssl/crypto.h>

#include <functional>

namespace pavt {

namespace {

std::optional<FieldProblem> problem(Field field, const std::optional<Error> &error)
{
    if (!error)
        return std::nullopt;
    return FieldProblem { field, error->code, error->message };
}

std::optional<FieldProblem> problem(Field field, QString code, QString message)
{
    return FieldProblem { field, std::move(code), std::move(message) };
}

// Runs f on a UTF-16 view of secret bytes held in a stack buffer that is wiped afterwards, so that
// no unwiped heap copy of a card number or CVV is made for validation.
template<typename F> auto withSecretView(const SecretBytes &secret, F &&f)
{
    QVarLengthArray<char16_t, 64> buffer(secret.size());
    for (qsizetype i = 0; i < secret.size(); ++i)
        buffer[i] = char16_t(static_cast<unsigned char>(secret.constData()[i]));
    auto result = f(QStringView(buffer.constData(), buffer.size()));
    OPENSSL_cleanse(buffer.data(), size_t(buffer.size()) * sizeof(char16_t));
    return result;
}

QString countryAlpha2(QStringView country)
{
    const Country *c = Countries::find(country);
    return c ? c->alpha2 : QString();
}

std::optional<FieldProblem> checkCountry(QStringView text)
{
    if (text.trimmed().isEmpty())
        return problem(Field::Country, QStringLiteral("required"),
                       QCoreApplication::translate("pavt::RequestValidator",
                                                   "Choose the cardholder's country."));
    if (!Countries::find(text))
        return problem(
            Field::Country, QStringLiteral("unknown"),
            QCoreApplication::translate(
                "pavt::RequestValidator",
                "This is not a country of ISO 3166; type its name or its code, like GB or GBR."));
    return std::nullopt;
}

std::optional<FieldProblem> checkCurrency(QStringView text, const Currency **found = nullptr)
{
    if (text.trimmed().isEmpty())
        return problem(
            Field::Currency, QStringLiteral("required"),
            QCoreApplication::translate("pavt::RequestValidator", "Choose the currency."));
    const Currency *currency = Currencies::find(text);
    if (!currency)
        return problem(
            Field::Currency, QStringLiteral("unknown"),
            QCoreApplication::translate("pavt::RequestValidator",
                                        "This is not an ISO 4217 currency code, like GBP or EUR."));
    if (!currency->isPayable())
        return problem(
            Field::Currency, QStringLiteral("not_payable"),
            QCoreApplication::translate("pavt::RequestValidator",
                                        "%1 (%2) cannot be charged: it has no minor unit.")
                .arg(currency->code, currency->name));
    if (found)
        *found = currency;
    return std::nullopt;
}

std::optional<FieldProblem> cardNumberProblem(QStringView digits)
{
    const CardCheck check = pavt::checkCardNumber(digits);
    if (check.ok())
        return std::nullopt;
    return FieldProblem { Field::CardNumber, check.code, check.message };
}

std::optional<FieldProblem> checkTextField(Field field, QStringView text)
{
    switch (field) {
    case Field::FirstName:
    case Field::LastName:
        return problem(field, FieldRules::checkText(text, Limits::Name));
    case Field::Address:
        return problem(field, FieldRules::checkText(text, Limits::Address));
    case Field::City:
        return problem(field, FieldRules::checkText(text, Limits::City));
    case Field::Email:
        return problem(field, FieldRules::checkEmail(text));
    case Field::IpAddress:
        return problem(field, FieldRules::checkIpAddress(text));
    case Field::PhoneNumber:
        return problem(field, FieldRules::checkPhone(text));
    case Field::RedirectUrl:
        return problem(field, FieldRules::checkUrl(text, true));
    case Field::WebhookUrl:
        return problem(field, FieldRules::checkUrl(text, false));
    case Field::OrderId:
        if (text.trimmed().isEmpty())
            return std::nullopt; // the client generates one
        return problem(field, FieldRules::checkOrderId(text));
    case Field::TerminalId:
        return problem(field, FieldRules::checkText(text, Limits::TerminalId, false));
    case Field::Country:
        return checkCountry(text);
    case Field::Currency:
        return checkCurrency(text);
    case Field::State:
    case Field::Zip:
    case Field::Amount:
    case Field::CardNumber:
    case Field::CardExpiry:
    case Field::CardCvv:
        break;
    }
    return std::nullopt;
}

std::optional<FieldProblem> checkAmountMinor(qint64 amount, const Currency *currency)
{
    if (amount <= 0)
        return problem(Field::Amount,
                       amount == 0 ? QStringLiteral("zero") : QStringLiteral("negative"),
                       QCoreApplication::translate("pavt::RequestValidator",
                                                   "Enter an amount greater than zero."));
    if (amount > MaxAmountMinorUnits)
        return problem(
            Field::Amount, QStringLiteral("too_large"),
            QCoreApplication::translate("pavt::RequestValidator",
                                        "The amount is larger than this terminal accepts."));
    Q_UNUSED(currency);
    return std::nullopt;
}

} // namespace

std::optional<FieldProblem> validateField(Field field, QStringView text,
                                          const FieldContext &context)
{
    switch (field) {
    case Field::State:
        return problem(field, FieldRules::checkState(text, countryAlpha2(context.country)));
    case Field::Zip:
        return problem(field, FieldRules::checkZip(text, countryAlpha2(context.country)));
    case Field::Amount: {
        if (text.trimmed().isEmpty())
            return problem(field, QStringLiteral("required"),
                           QCoreApplication::translate("pavt::RequestValidator",
                                                       "Enter the amount to charge."));
        const Currency *currency = nullptr;
        if (checkCurrency(context.currency, &currency) || !currency)
            return problem(
                field, QStringLiteral("currency"),
                QCoreApplication::translate("pavt::RequestValidator", "Choose a currency first."));
        auto amount = parseAmount(text, *currency, context.locale);
        if (!amount)
            return problem(field, amount.error().code, amount.error().message);
        return std::nullopt;
    }
    case Field::CardNumber:
        return cardNumberProblem(text);
    case Field::CardExpiry: {
        auto expiry = parseExpiry(text);
        if (!expiry)
            return problem(field, expiry.error().code, expiry.error().message);
        return problem(field, checkExpiry(*expiry, *context.clock));
    }
    case Field::CardCvv:
        return problem(field, checkCvv(text, context.brand));
    default:
        return checkTextField(field, text);
    }
}

namespace {

using AddProblem = std::function<void(std::optional<FieldProblem>)>;

// The customer's fields, amount and currency: what a charge and a link request share, in form
// order up to the card.
void checkCustomerAndAmount(const PaymentRequest &request, const AddProblem &add)
{
    add(checkTextField(Field::FirstName, request.firstName));
    add(checkTextField(Field::LastName, request.lastName));
    add(checkTextField(Field::Email, request.email));
    add(checkTextField(Field::Address, request.address));
    add(checkTextField(Field::City, request.city));
    const Country *country = Countries::find(request.country);
    const QString alpha2 = country ? country->alpha2 : QString();
    add(problem(Field::State, FieldRules::checkState(request.state, alpha2)));
    add(problem(Field::Zip, FieldRules::checkZip(request.zip, alpha2)));
    add(checkCountry(request.country));
    add(checkTextField(Field::IpAddress, request.ipAddress));
    add(checkTextField(Field::PhoneNumber, request.phoneNumber));
    const Currency *currency = nullptr;
    const auto currencyProblem = checkCurrency(request.currency, &currency);
    add(checkAmountMinor(request.amountMinor, currency));
    add(currencyProblem);
}

// The fields after the card, in form order.
void checkTrailingFields(const PaymentRequest &request, const AddProblem &add)
{
    add(checkTextField(Field::RedirectUrl, request.redirectUrl));
    add(checkTextField(Field::WebhookUrl, request.webhookUrl));
    add(checkTextField(Field::OrderId, request.orderId));
    add(checkTextField(Field::TerminalId, request.terminalId));
}

} // namespace

QList<FieldProblem> validateRequest(const PaymentRequest &request, const Clock &clock)
{
    QList<FieldProblem> problems;
    const AddProblem add = [&problems](std::optional<FieldProblem> p) {
        if (p)
            problems.append(std::move(*p));
    };
    checkCustomerAndAmount(request, add);

    const CardBrand brand = withSecretView(request.cardNumber, [&](QStringView digits) {
        add(cardNumberProblem(digits));
        return Cards::detectBrand(digits);
    });
    if (request.expiryMonth == 0 && request.expiryYear == 0)
        add(problem(Field::CardExpiry, QStringLiteral("required"),
                    QCoreApplication::translate("pavt::RequestValidator",
                                                "Enter the card's expiry date, like 12/27.")));
    else
        add(problem(Field::CardExpiry,
                    checkExpiry(Expiry { request.expiryMonth, request.expiryYear }, clock)));
    withSecretView(request.cvv, [&](QStringView cvv) {
        add(problem(Field::CardCvv, checkCvv(cvv, brand)));
        return 0;
    });
    checkTrailingFields(request, add);
    return problems;
}

QList<FieldProblem> validateLinkRequest(const PaymentRequest &request)
{
    QList<FieldProblem> problems;
    const AddProblem add = [&problems](std::optional<FieldProblem> p) {
        if (p)
            problems.append(std::move(*p));
    };
    checkCustomerAndAmount(request, add);
    // Refused, not ignored: a card in a link request means the operator heard it, and the hosted
    // payment is the way of taking a payment without hearing the card.
    if (!request.cardNumber.isEmpty())
        add(problem(Field::CardNumber, QStringLiteral("card_field"),
                    QCoreApplication::translate(
                        "pavt::RequestValidator",
                        "A payment by link must not carry a card number: the cardholder types "
                        "the card on the payment page. A link request with card fields is refused "
                        "before sending.")));
    if (request.expiryMonth != 0 || request.expiryYear != 0)
        add(problem(Field::CardExpiry, QStringLiteral("card_field"),
                    QCoreApplication::translate(
                        "pavt::RequestValidator",
                        "A payment by link must not carry a card expiry date. A link request with "
                        "card fields is refused before sending.")));
    if (!request.cvv.isEmpty())
        add(problem(Field::CardCvv, QStringLiteral("card_field"),
                    QCoreApplication::translate(
                        "pavt::RequestValidator",
                        "A payment by link must not carry a security code (CVV). A link request "
                        "with card fields is refused before sending.")));
    checkTrailingFields(request, add);
    return problems;
}

std::optional<Error> requestRefusal(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    QStringList names;
    for (const FieldProblem &p : problems)
        names << fieldLabel(p.field);
    return Error { QStringLiteral("invalid"),
                   QCoreApplication::translate("pavt::RequestValidator",
                                               "Nothing was sent: these fields need attention: %1.")
                       .arg(names.join(QStringLiteral(", "))) };
}

} // namespace pavt
