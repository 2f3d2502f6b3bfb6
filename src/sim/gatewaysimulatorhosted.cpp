// SPDX-License-Identifier: MIT
// The payments the cardholder completes on the simulator's own pages: the hosted card payment
// (/sim/pay/{id}), the APM payment (/sim/apm/{id}) and payment links from templates
// (/sim/link/{id}), with the API calls that create them and the template list (see
// simulatorprivate.h for how the simulator is put together).
#include "core/base/secretbytes.h"
#include "sim/chargevalidator.h"
#include "sim/gatewaysimulator.h"
#include "sim/simulatorpages.h"
#include "sim/simulatorprivate.h"

#include <QJsonArray>

namespace pavt::sim {

using namespace Qt::StringLiterals;

namespace {

const QString PaidMessage = u"Transaction processed successfully."_s;
const QString ThreeDSecurePendingMessage = u"3-D Secure authentication is pending."_s;

bool allAsciiLetters(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

QString checkoutHeading()
{
    return u"Pay Agency simulator \u2014 card payment"_s;
}

// "already complete" and "waiting for 3-D Secure" pages of a transaction that cannot take a
// card (or a button) any more.
QByteArray completedPage(const TransactionRecord &record, const QUrl &threeDSecurePage)
{
    if (record.awaiting == Awaiting::ThreeDSecure)
        return pages::notPayable(u"Waiting for 3-D Secure"_s,
                                 u"This payment is waiting for its 3-D Secure check."_s,
                                 threeDSecurePage.toString());
    return pages::notPayable(
        u"Payment already complete"_s,
        u"This payment is already complete (its status is %1); nothing more can be paid here."_s
            .arg(statusWord(record.status)));
}

} // namespace

void GatewaySimulator::handleHostedCreate(const QString &env, Channel channel,
                                          const QHttpServerRequest &request,
                                          QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "POST"));
    ++d->paymentCreationRequests;
    if (auto refusal = checkApiRequest(env, request, true))
        return send(std::move(responder), std::move(*refusal));
    const Fault fault = takeFault();
    send(std::move(responder),
         withFault(fault, [&] { return processHostedCreate(channel, request); }));
}

GatewaySimulator::Reply GatewaySimulator::processHostedCreate(Channel channel,
                                                              const QHttpServerRequest &request)
{
    const auto fields = decryptEnvelope(request.body(), *d->cipher);
    if (!fields)
        return Reply::failed(StatusCode::BadRequest, fields.error());

    const QDateTime created = now();
    const TransactionStore &store = d->store;
    const PaymentLinkStore &links = d->links;
    const ChargeValidator validator(created.date(), [&store, &links](const QString &orderId) {
        return store.containsOrderId(orderId) || links.containsOrderId(orderId);
    });
    auto payment = validator.validate(*fields, ChargeValidator::Mode::Hosted);
    if (!payment)
        return Reply::invalid(payment.error());

    TransactionRecord record;
    record.transactionId = newTransactionId();
    record.orderId = std::move(payment->orderId);
    record.amount = payment->amount;
    record.currency = std::move(payment->currency);
    record.firstName = std::move(payment->firstName);
    record.lastName = std::move(payment->lastName);
    record.email = std::move(payment->email);
    record.country = std::move(payment->country);
    record.merchantRedirectUrl = std::move(payment->redirectUrl);
    record.created = created;
    record.channel = channel;
    record.status = TransactionStatus::Pending;
    const bool card = channel == Channel::HostedCard;
    record.awaiting = card ? Awaiting::Card : Awaiting::Apm;
    record.message = card ? u"Waiting for the cardholder to pay on the payment page."_s
                          : u"Waiting for the cardholder to complete the alternative payment."_s;

    const TransactionRecord &stored = d->store.add(std::move(record));
    const QUrl page = pageUrl((card ? u"/sim/pay/"_s : u"/sim/apm/"_s) + stored.transactionId);
    const QJsonObject body {
        { u"status"_s, u"REDIRECT"_s },
        { u"message"_s, u"Redirect the cardholder to redirect_url to complete the payment."_s },
        { u"redirect_url"_s, page.toString() },
        { u"data"_s, dataObject(stored) },
    };
    qCDebug(lcSim) << (card ? "hosted card" : "apm") << stored.transactionId << "created";
    emit transactionChanged(stored.transactionId);
    return Reply::json(StatusCode::Ok, body);
}

void GatewaySimulator::handleTemplates(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "GET"));
    if (auto refusal = checkApiRequest(d->environment, request, false))
        return send(std::move(responder), std::move(*refusal));
    // Templates exist in the live environment only.
    QJsonArray items;
    if (d->environment == "live"_L1) {
        for (const SimPaymentTemplate &t : liveTemplateTable())
            items.append(templateObject(t, d->baseUrl));
    }
    send(std::move(responder),
         Reply::json(StatusCode::Ok,
                     QJsonObject { { u"message"_s, u"Payment templates retrieved successfully."_s },
                                   { u"data"_s, items } }));
}

void GatewaySimulator::handleCreateLink(const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "POST"));
    ++d->paymentCreationRequests;
    if (auto refusal = checkApiRequest(d->environment, request, true))
        return send(std::move(responder), std::move(*refusal));
    const Fault fault = takeFault();
    send(std::move(responder), withFault(fault, [&] { return processCreateLink(request); }));
}

GatewaySimulator::Reply GatewaySimulator::processCreateLink(const QHttpServerRequest &request)
{
    // Plain with ?Skip-Encryption=true (TypeScript, Python), or an encrypted envelope (Java).
    const auto body = readApiBody(request, *d->cipher);
    if (!body)
        return Reply::failed(StatusCode::BadRequest, body.error());
    const QJsonObject &fields = *body;
    FieldErrors errors;
    const auto present = [&fields](QLatin1StringView name) {
        const QJsonValue value = fields.value(name);
        return !value.isUndefined() && !value.isNull()
            && !(value.isString() && value.toString().isEmpty());
    };
    const auto optionalString = [&](QLatin1StringView name) {
        if (!present(name))
            return QString();
        const QJsonValue value = fields.value(name);
        if (!value.isString()) {
            errors[QString(name)].append(
                u"The %1 must be a string."_s.arg(ChargeValidator::displayName(name)));
            return QString();
        }
        return value.toString();
    };

    const SimPaymentTemplate *found = nullptr;
    const QJsonValue templateValue = fields.value("payment_template_id"_L1);
    if (!present("payment_template_id"_L1))
        errors[u"payment_template_id"_s].append(u"The payment template id field is required."_s);
    else if (!templateValue.isString())
        errors[u"payment_template_id"_s].append(u"The payment template id must be a string."_s);
    else if (d->environment == "live"_L1)
        found = findLiveTemplate(templateValue.toString());
    if (!found && templateValue.isString() && !templateValue.toString().isEmpty())
        errors[u"payment_template_id"_s].append(u"The selected payment template id is invalid."_s);

    double amount = 0;
    if (present("amount"_L1)) {
        const QJsonValue value = fields.value("amount"_L1);
        if (!value.isDouble())
            errors[u"amount"_s].append(u"The amount must be a number."_s);
        else if (!(value.toDouble() > 0))
            errors[u"amount"_s].append(u"The amount must be greater than 0."_s);
        else
            amount = value.toDouble();
    }
    const QString currency = optionalString("currency"_L1);
    if (!currency.isNull() && (currency.size() != 3 || !allAsciiLetters(currency)))
        errors[u"currency"_s].append(u"The currency must be a 3-letter ISO 4217 code."_s);

    const QDate today = now().date();
    QDate expiry;
    const QString expiryText = optionalString("expiry_date"_L1);
    if (!expiryText.isNull()) {
        expiry = expiryText.size() == 10 ? QDate::fromString(expiryText, Qt::ISODate) : QDate();
        if (!expiry.isValid())
            errors[u"expiry_date"_s].append(
                u"The expiry date must be a date of the form YYYY-MM-DD."_s);
        else if (expiry < today)
            errors[u"expiry_date"_s].append(
                u"The expiry date must be a date after or equal to today."_s);
    }
    const QString terminalId = optionalString("terminal_id"_L1);
    const QString orderId = optionalString("order_id"_L1);
    if (!orderId.isNull()) {
        if (orderId.size() > 255)
            errors[u"order_id"_s].append(
                u"The order id must not be greater than 255 characters."_s);
        else if (d->store.containsOrderId(orderId) || d->links.containsOrderId(orderId))
            errors[u"order_id"_s].append(u"The order id has already been taken."_s);
    }
    if (!errors.isEmpty())
        return Reply::invalid(errors);

    PaymentLinkRecord link;
    link.linkId = newLinkId();
    link.paymentTemplateId = found->paymentTemplateId;
    link.templateName = found->templateName;
    link.amount = amount > 0 ? amount : found->amount;
    link.currency = currency.isNull() ? found->currency : currency.toUpper();
    link.expiryDate = expiry;
    link.terminalId = terminalId;
    link.orderId = orderId;
    link.merchantRedirectUrl = pageUrl(u"/sim/return"_s).toString();
    link.created = now();
    const PaymentLinkRecord &stored = d->links.add(std::move(link));
    qCDebug(lcSim) << "payment link" << stored.linkId << "created";
    return Reply::json(
        StatusCode::Ok,
        QJsonObject { { u"message"_s, u"Payment link created successfully."_s },
                      { u"data"_s, pageUrl(u"/sim/link/"_s + stored.linkId).toString() } });
}

GatewaySimulator::Reply GatewaySimulator::applyCard(TransactionRecord &record,
                                                    const ValidatedCard &card)
{
    record.cardBrand = card.cardBrand;
    record.cardFirstSix = card.cardFirstSix;
    record.cardLastFour = card.cardLastFour;
    record.maskedCardNumber = card.maskedCardNumber;
    record.awaiting = Awaiting::Nothing;
    Reply reply;
    switch (card.behaviour) {
    case CardBehaviour::Approve:
    case CardBehaviour::Slow:
    case CardBehaviour::DropConnection:
    case CardBehaviour::ServerError: // handled by the caller: nothing is recorded
        record.status = TransactionStatus::Success;
        record.message = PaidMessage;
        break;
    case CardBehaviour::Decline:
        record.status = TransactionStatus::Failed;
        record.message = u"Card declined"_s;
        break;
    case CardBehaviour::InsufficientFunds:
        record.status = TransactionStatus::Failed;
        record.message = u"Insufficient funds"_s;
        break;
    case CardBehaviour::ExpiredCard:
        record.status = TransactionStatus::Failed;
        record.message = u"Expired card"_s;
        break;
    case CardBehaviour::ThreeDSecure:
        record.status = TransactionStatus::Pending;
        record.awaiting = Awaiting::ThreeDSecure;
        record.message = ThreeDSecurePendingMessage;
        break;
    }
    if (card.behaviour == CardBehaviour::ThreeDSecure) {
        reply = Reply::seeOther(pageUrl(u"/sim/3ds/"_s + record.transactionId).toEncoded());
    } else {
        reply = Reply::page(
            StatusCode::Ok,
            pages::paymentResult(record, displayAmount(record.amount, record.currency)));
        if (card.behaviour == CardBehaviour::Slow)
            reply.delayMs = d->options.slowCardDelayMs;
        else if (card.behaviour == CardBehaviour::DropConnection)
            reply.action = Reply::Action::Drop;
    }
    qCDebug(lcSim) << "card on page" << record.transactionId << statusWord(record.status);
    emit transactionChanged(record.transactionId);
    return reply;
}

namespace {

// The card typed into a checkout form; the form's copies are wiped.
std::expected<ValidatedCard, FieldErrors> readCardForm(const QHttpServerRequest &request,
                                                       const ChargeValidator &validator)
{
    QHash<QString, QString> form = readFormBody(request.body());
    QString number = form.value(u"card_number"_s);
    QString expiry = form.value(u"card_expiry"_s);
    QString cvv = form.value(u"card_cvv"_s);
    for (auto it = form.begin(); it != form.end(); ++it)
        wipe(it.value());
    return validator.validateCardEntry(number, expiry, cvv);
}

} // namespace

void GatewaySimulator::handleCheckoutPage(const QString &transactionId,
                                          const QHttpServerRequest &request,
                                          QHttpServerResponder &&responder)
{
    const bool post = request.method() == Method::Post;
    if (!post && request.method() != Method::Get)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    TransactionRecord *record = d->store.find(transactionId);
    if (!record || record->channel != Channel::HostedCard)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (record->awaiting != Awaiting::Card)
        return send(std::move(responder),
                    Reply::page(StatusCode::Conflict,
                                completedPage(*record, pageUrl(u"/sim/3ds/"_s + transactionId))));
    const QString amount = displayAmount(record->amount, record->currency);
    const QString action = u"/sim/pay/"_s + transactionId;
    if (!post)
        return send(std::move(responder),
                    Reply::page(StatusCode::Ok,
                                pages::checkoutForm(checkoutHeading(), amount, record->orderId,
                                                    transactionId, action)));
    if (request.body().size() > MaxRequestBody)
        return send(std::move(responder),
                    Reply::page(StatusCode::PayloadTooLarge, pages::notFound()));
    const ChargeValidator validator(now().date(), {});
    const auto card = readCardForm(request, validator);
    if (!card)
        return send(std::move(responder),
                    Reply::page(StatusCode::UnprocessableEntity,
                                pages::checkoutForm(checkoutHeading(), amount, record->orderId,
                                                    transactionId, action, card.error())));
    if (card->behaviour == CardBehaviour::ServerError) // nothing recorded: the page can be retried
        return send(
            std::move(responder),
            Reply { StatusCode::InternalServerError, HtmlType, pages::internalServerError() });
    send(std::move(responder), applyCard(*record, *card));
}

void GatewaySimulator::handleApmPage(const QString &transactionId,
                                     const QHttpServerRequest &request,
                                     QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record || record->channel != Channel::Apm)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (record->awaiting != Awaiting::Apm)
        return send(std::move(responder),
                    Reply::page(StatusCode::Conflict, completedPage(*record, {})));
    send(std::move(responder),
         Reply::page(StatusCode::Ok,
                     pages::apmPage(*record, displayAmount(record->amount, record->currency))));
}

void GatewaySimulator::handleApmAction(const QString &transactionId, const QString &action,
                                       const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder)
{
    const bool pay = action == "pay"_L1;
    if (!pay && action != "fail"_L1)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (request.method() != Method::Post)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    TransactionRecord *record = d->store.find(transactionId);
    if (!record || record->channel != Channel::Apm)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (record->awaiting != Awaiting::Apm)
        return send(std::move(responder),
                    Reply::page(StatusCode::Conflict, completedPage(*record, {})));
    record->awaiting = Awaiting::Nothing;
    record->status = pay ? TransactionStatus::Success : TransactionStatus::Failed;
    record->message = pay ? PaidMessage : u"The alternative payment was not completed."_s;
    emit transactionChanged(transactionId);
    send(std::move(responder),
         Reply::page(
             StatusCode::Ok,
             pages::paymentResult(*record, displayAmount(record->amount, record->currency))));
}

void GatewaySimulator::handleLinkPage(const QString &linkId, const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder)
{
    const bool post = request.method() == Method::Post;
    if (!post && request.method() != Method::Get)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    PaymentLinkRecord *link = d->links.find(linkId);
    if (!link)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    // Payable until the end of its expiry day, by the simulator's clock.
    if (link->expiryDate.isValid() && now().date() > link->expiryDate)
        return send(std::move(responder),
                    Reply::page(StatusCode::Gone,
                                pages::notPayable(u"Payment link expired"_s,
                                                  u"This payment link has expired: it could be "
                                                  "paid until the end of %1. Nothing can be paid "
                                                  "here any more."_s.arg(
                                                      link->expiryDate.toString(Qt::ISODate)))));
    if (!link->transactionId.isNull()) {
        const TransactionRecord *paid = d->store.find(link->transactionId);
        if (paid && paid->awaiting == Awaiting::ThreeDSecure)
            return send(
                std::move(responder),
                Reply::page(StatusCode::Conflict,
                            completedPage(*paid, pageUrl(u"/sim/3ds/"_s + paid->transactionId))));
        return send(
            std::move(responder),
            Reply::page(StatusCode::Conflict,
                        pages::notPayable(u"Payment link already used"_s,
                                          u"This payment link has already been used (its "
                                          "payment's status is %1)."_s.arg(
                                              paid ? statusWord(paid->status) : u"unknown"_s))));
    }
    const QString amount = displayAmount(link->amount, link->currency);
    const QString heading = u"Pay Agency simulator \u2014 %1"_s.arg(link->templateName);
    const QString action = u"/sim/link/"_s + linkId;
    if (!post)
        return send(std::move(responder),
                    Reply::page(StatusCode::Ok,
                                pages::checkoutForm(heading, amount, link->orderId, {}, action)));
    if (request.body().size() > MaxRequestBody)
        return send(std::move(responder),
                    Reply::page(StatusCode::PayloadTooLarge, pages::notFound()));
    const ChargeValidator validator(now().date(), {});
    const auto card = readCardForm(request, validator);
    if (!card)
        return send(std::move(responder),
                    Reply::page(StatusCode::UnprocessableEntity,
                                pages::checkoutForm(heading, amount, link->orderId, {}, action,
                                                    card.error())));
    if (card->behaviour == CardBehaviour::ServerError) // nothing created: the link stays open
        return send(
            std::move(responder),
            Reply { StatusCode::InternalServerError, HtmlType, pages::internalServerError() });

    TransactionRecord record;
    record.transactionId = newTransactionId();
    record.orderId = link->orderId;
    record.amount = link->amount;
    record.currency = link->currency;
    record.merchantRedirectUrl = link->merchantRedirectUrl;
    record.created = now();
    record.channel = Channel::PaymentLink;
    record.linkId = link->linkId;
    TransactionRecord &stored = d->store.add(std::move(record));
    link->transactionId = stored.transactionId;
    send(std::move(responder), applyCard(stored, *card));
}

} // namespace pavt::sim
