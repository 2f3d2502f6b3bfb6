// SPDX-License-Identifier: MIT
#include "core/payment/paymentlink.h"

#include "core/payment/currency.h"
#include "core/payment/fieldrules.h"
#include "core/payment/money.h"
#include "core/payment/requestvalidator.h"

#include <QCoreApplication>
#include <QStringList>

namespace pavt {

namespace {

// A template id is an opaque reference of the gateway's.
constexpr int MaxTemplateIdLength = 128;

LinkProblem linkProblem(LinkField field, QString code, QString message)
{
    return LinkProblem { field, std::move(code), std::move(message) };
}

} // namespace

QList<LinkProblem> validatePaymentLinkRequest(const PaymentLinkRequest &request, const Clock &clock)
{
    QList<LinkProblem> problems;
    const QString templateId = request.paymentTemplateId.trimmed();
    if (templateId.isEmpty())
        problems.append(linkProblem(
            LinkField::PaymentTemplate, QStringLiteral("required"),
            QCoreApplication::translate("pavt::PaymentLink",
                                        "Choose the payment template the link is made from.")));
    else if (auto error = FieldRules::checkText(templateId, MaxTemplateIdLength))
        problems.append(linkProblem(LinkField::PaymentTemplate, error->code, error->message));

    if (request.amountMinor) {
        const qint64 amount = *request.amountMinor;
        if (amount <= 0)
            problems.append(linkProblem(
                LinkField::Amount,
                amount == 0 ? QStringLiteral("zero") : QStringLiteral("negative"),
                QCoreApplication::translate("pavt::PaymentLink",
                                            "Enter an amount greater than zero, or none for the "
                                            "template's amount.")));
        else if (amount > MaxAmountMinorUnits)
            problems.append(linkProblem(
                LinkField::Amount, QStringLiteral("too_large"),
                QCoreApplication::translate("pavt::RequestValidator",
                                            "The amount is larger than this terminal accepts.")));
    }

    const QString currencyText = request.currency.trimmed();
    if (currencyText.isEmpty()) {
        if (request.amountMinor)
            problems.append(
                linkProblem(LinkField::Currency, QStringLiteral("required"),
                            QCoreApplication::translate("pavt::PaymentLink",
                                                        "Give the currency of the amount.")));
    } else {
        const Currency *currency = Currencies::find(currencyText);
        if (!currency)
            problems.append(
                linkProblem(LinkField::Currency, QStringLiteral("unknown"),
                            QCoreApplication::translate(
                                "pavt::RequestValidator",
                                "This is not an ISO 4217 currency code, like GBP or EUR.")));
        else if (!currency->isPayable())
            problems.append(linkProblem(
                LinkField::Currency, QStringLiteral("not_payable"),
                QCoreApplication::translate("pavt::RequestValidator",
                                            "%1 (%2) cannot be charged: it has no minor unit.")
                    .arg(currency->code, currency->name)));
    }

    // (A QDate is either valid or null: an impossible day cannot be given.)
    if (request.expiryDate.isValid() && request.expiryDate < clock.today())
        problems.append(linkProblem(
            LinkField::ExpiryDate, QStringLiteral("expiry_past"),
            QCoreApplication::translate("pavt::PaymentLink",
                                        "The link's expiry date %1 is in the past: give today or "
                                        "a later day.")
                .arg(request.expiryDate.toString(Qt::ISODate))));

    if (auto error = FieldRules::checkText(request.terminalId, Limits::TerminalId, false))
        problems.append(linkProblem(LinkField::TerminalId, error->code, error->message));
    if (!request.orderId.trimmed().isEmpty()) {
        if (auto error = FieldRules::checkOrderId(request.orderId))
            problems.append(linkProblem(LinkField::OrderId, error->code, error->message));
    }
    return problems;
}

std::optional<Error> paymentLinkRefusal(const QList<LinkProblem> &problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    QStringList messages;
    for (const LinkProblem &p : problems)
        messages << p.message;
    return Error { QStringLiteral("invalid"),
                   QCoreApplication::translate("pavt::PaymentLink",
                                               "Nothing was sent: the payment link needs "
                                               "attention: %1")
                       .arg(messages.join(QLatin1Char(' '))) };
}

} // namespace pavt
