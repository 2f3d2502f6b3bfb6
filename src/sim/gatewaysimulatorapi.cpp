// SPDX-License-Identifier: MIT
// The gateway's calls as the simulator answers them: charge, status, refund, the transaction list
// and the 3-D Secure page (see simulatorprivate.h for how the simulator is put together).
#include "sim/gatewaysimulator.h"
#include "sim/simulatorpages.h"
#include "sim/simulatorprivate.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace pavt::sim {

using namespace Qt::StringLiterals;

void GatewaySimulator::handleCharge(const QString &env, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "POST"));
    ++d->chargeRequests;
    if (auto refusal = checkApiRequest(env, request, true))
        return send(std::move(responder), std::move(*refusal));

    const Fault fault = takeFault();
    send(std::move(responder), withFault(fault, [&] { return processCharge(request); }));
}

GatewaySimulator::Reply GatewaySimulator::processCharge(const QHttpServerRequest &request)
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
    auto charge = validator.validate(*fields);
    if (!charge)
        return Reply::invalid(charge.error());
    if (charge->behaviour == CardBehaviour::ServerError)
        return Reply { StatusCode::InternalServerError, HtmlType, pages::internalServerError() };

    TransactionRecord record;
    record.transactionId = newTransactionId();
    record.orderId = std::move(charge->orderId);
    record.amount = charge->amount;
    record.currency = std::move(charge->currency);
    record.firstName = std::move(charge->firstName);
    record.lastName = std::move(charge->lastName);
    record.email = std::move(charge->email);
    record.country = std::move(charge->country);
    record.cardBrand = std::move(charge->cardBrand);
    record.cardFirstSix = std::move(charge->cardFirstSix);
    record.cardLastFour = std::move(charge->cardLastFour);
    record.maskedCardNumber = std::move(charge->maskedCardNumber);
    record.merchantRedirectUrl = std::move(charge->redirectUrl);
    record.created = created;

    QString chargeStatus;
    switch (charge->behaviour) {
    case CardBehaviour::Approve:
    case CardBehaviour::Slow:
    case CardBehaviour::DropConnection:
    case CardBehaviour::ServerError:
        record.status = TransactionStatus::Success;
        record.message = u"Transaction processed successfully."_s;
        chargeStatus = u"SUCCESS"_s;
        break;
    case CardBehaviour::Decline:
        record.status = TransactionStatus::Failed;
        record.message = u"Card declined"_s;
        chargeStatus = u"FAILED"_s;
        break;
    case CardBehaviour::InsufficientFunds:
        record.status = TransactionStatus::Failed;
        record.message = u"Insufficient funds"_s;
        chargeStatus = u"FAILED"_s;
        break;
    case CardBehaviour::ExpiredCard:
        record.status = TransactionStatus::Failed;
        record.message = u"Expired card"_s;
        chargeStatus = u"FAILED"_s;
        break;
    case CardBehaviour::ThreeDSecure:
        record.status = TransactionStatus::Pending;
        record.awaiting = Awaiting::ThreeDSecure;
        record.message = u"3-D Secure authentication is pending."_s;
        chargeStatus = u"REDIRECT"_s;
        break;
    }

    const TransactionRecord &stored = d->store.add(std::move(record));
    QJsonObject body { { u"status"_s, chargeStatus },
                       { u"message"_s,
                         charge->behaviour == CardBehaviour::ThreeDSecure
                             ? u"3-D Secure authentication required: send the cardholder to "
                               "redirect_url."_s
                             : stored.message },
                       { u"data"_s, dataObject(stored) } };
    if (charge->behaviour == CardBehaviour::ThreeDSecure) {
        QUrl redirect = d->baseUrl;
        redirect.setPath(u"/sim/3ds/"_s + stored.transactionId);
        body.insert(u"redirect_url"_s, redirect.toString());
    }
    Reply reply = Reply::json(StatusCode::Ok, body);
    if (charge->behaviour == CardBehaviour::Slow)
        reply.delayMs = d->options.slowCardDelayMs;
    else if (charge->behaviour == CardBehaviour::DropConnection)
        reply.action = Reply::Action::Drop;

    qCDebug(lcSim) << "charge" << stored.transactionId << chargeStatus;
    emit transactionChanged(stored.transactionId);
    return reply;
}

void GatewaySimulator::handleStatus(const QString &env, const QString &transactionId,
                                    const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "GET"));
    if (auto refusal = checkApiRequest(env, request, false))
        return send(std::move(responder), std::move(*refusal));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder),
                    Reply::failed(StatusCode::NotFound, u"Transaction not found."_s));
    send(std::move(responder),
         Reply::json(StatusCode::Ok,
                     QJsonObject { { u"status"_s, statusWord(record->status) },
                                   { u"message"_s, record->message },
                                   { u"data"_s, dataObject(*record) } }));
}

void GatewaySimulator::setRefundFault(const Fault &fault)
{
    d->refundFault = fault.count == 0 ? Fault {} : fault;
}

void GatewaySimulator::handleRefund(const QString &env, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    if (request.method() != Method::Post)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "POST"));
    ++d->refundRequests;
    if (auto refusal = checkApiRequest(env, request, true))
        return send(std::move(responder), std::move(*refusal));
    Fault fault = d->refundFault;
    if (d->refundFault.count > 0 && --d->refundFault.count == 0)
        d->refundFault = Fault {};
    send(std::move(responder), withFault(fault, [&] { return processRefund(request); }));
}

GatewaySimulator::Reply GatewaySimulator::processRefund(const QHttpServerRequest &request)
{
    // Plain with or without ?Skip-Encryption=true (the Python SDK leaves the query out); without
    // it an encrypted {"payload"} envelope is accepted too.
    const auto body = readApiBody(request, *d->cipher);
    if (!body)
        return Reply::failed(StatusCode::BadRequest, body.error());
    const QJsonObject &fields = *body;
    FieldErrors errors;
    const QJsonValue id = fields.value("transaction_id"_L1);
    const QJsonValue reason = fields.value("reason"_L1);
    const QJsonValue amountValue = fields.value("amount"_L1);
    if (!id.isString() || id.toString().trimmed().isEmpty())
        errors[u"transaction_id"_s].append(id.isUndefined() || id.isNull() || id.isString()
                                               ? u"The transaction id field is required."_s
                                               : u"The transaction id must be a string."_s);
    if (!reason.isString() || reason.toString().trimmed().isEmpty())
        errors[u"reason"_s].append(reason.isUndefined() || reason.isNull() || reason.isString()
                                       ? u"The reason field is required."_s
                                       : u"The reason must be a string."_s);
    // The Java SDK's optional "amount" for a partial refund: a string, in the unit the charge's
    // amount was sent in (the simulator compares it with the amount as the charge sent it).
    double amount = 0;
    const bool partial = !amountValue.isUndefined() && !amountValue.isNull();
    if (partial) {
        bool ok = false;
        const QString text = amountValue.toString().trimmed();
        amount = amountValue.isString() ? QLocale::c().toDouble(text, &ok) : 0;
        if (!amountValue.isString())
            errors[u"amount"_s].append(u"The amount must be a string."_s);
        else if (!ok || !std::isfinite(amount) || amount <= 0)
            errors[u"amount"_s].append(u"The amount must be a number above zero."_s);
    }
    if (!errors.isEmpty())
        return Reply::invalid(errors);

    const QString transactionId = id.toString();
    TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return Reply::failed(StatusCode::NotFound, u"Transaction not found."_s);
    if (record->status != TransactionStatus::Success) {
        const QString message = u"Only successful transactions can be refunded."_s;
        return Reply::invalid({ { u"transaction_id"_s, { message } } }, message);
    }
    if (record->refunded) {
        const QString message = u"This transaction is already refunded."_s;
        return Reply::invalid({ { u"transaction_id"_s, { message } } }, message);
    }
    const double left = record->amount - record->refundedAmount;
    constexpr double Tolerance = 1e-9;
    if (partial && amount > left + Tolerance) {
        const QString message = u"The refund amount is more than is left of the transaction."_s;
        return Reply::invalid({ { u"amount"_s, { message } } }, message);
    }
    record->refundedAmount = partial ? record->refundedAmount + amount : record->amount;
    if (record->refundedAmount >= record->amount - Tolerance) {
        record->refundedAmount = record->amount;
        record->refunded = true;
    }
    record->refundDate = now();
    record->refundReason = reason.toString();
    emit transactionChanged(transactionId);
    return Reply::json(StatusCode::Ok,
                       QJsonObject { { u"status"_s, u"SUCCESS"_s },
                                     { u"message"_s, u"Refund processed successfully."_s },
                                     { u"data"_s, dataObject(*record) } });
}

void GatewaySimulator::handleList(const QString &env, const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder), Reply::methodNotAllowed(request.method(), "GET"));
    if (auto refusal = checkApiRequest(env, request, false))
        return send(std::move(responder), std::move(*refusal));

    const QUrlQuery query = request.query();
    FieldErrors errors;
    auto readDate = [&](const QString &name) {
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
        if (text.isEmpty()) {
            errors[name].append(u"The %1 field is required."_s.arg(
                ChargeValidator::displayName(QLatin1StringView(name.toLatin1()))));
            return QDate();
        }
        const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid())
            errors[name].append(u"The %1 must be a date of the form YYYY-MM-DD."_s.arg(
                ChargeValidator::displayName(QLatin1StringView(name.toLatin1()))));
        return date;
    };
    const QDate from = readDate(u"transaction_start_date"_s);
    const QDate to = readDate(u"transaction_end_date"_s);
    if (from.isValid() && to.isValid() && to < from)
        errors[u"transaction_end_date"_s].append(
            u"The transaction end date must be a date after or equal to transaction start date."_s);

    std::optional<quint64> after;
    std::optional<quint64> before;
    const bool hasNext = query.hasQueryItem(u"nextCursor"_s);
    const bool hasPrev = query.hasQueryItem(u"prevCursor"_s);
    if (hasNext && hasPrev) {
        errors[u"prevCursor"_s].append(u"Give either nextCursor or prevCursor, not both."_s);
    } else if (hasNext || hasPrev) {
        const QString name = hasNext ? u"nextCursor"_s : u"prevCursor"_s;
        const auto position = decodeCursor(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!position)
            errors[name].append(u"The cursor is invalid."_s);
        else if (hasNext)
            after = position;
        else
            before = position;
    }
    if (!errors.isEmpty())
        return send(std::move(responder), Reply::invalid(errors));

    const TransactionStore::Page page
        = d->store.page(from, to, after, before, std::max(1, d->options.listPageSize));
    QJsonArray items;
    for (const TransactionRecord *record : page.items)
        items.append(listItem(*record));
    bool more = page.hasNextPage;
    QJsonValue nextCursor = page.hasNextPage ? QJsonValue(encodeCursor(page.nextCursor))
                                             : QJsonValue(QJsonValue::Null);
    switch (d->listFault) {
    case ListFault::None:
    case ListFault::NoMeta:
        break;
    case ListFault::RepeatedCursor:
        more = true;
        nextCursor = encodeCursor(d->store.size() + 1); // the same cursor on every page
        break;
    case ListFault::Endless:
        more = true;
        nextCursor = encodeCursor(d->store.size() + 1 + d->endlessPages++);
        break;
    case ListFault::AmountNotNumber:
        if (!items.isEmpty()) {
            QJsonObject first = items.first().toObject();
            first.insert(u"amount"_s, u"twelve"_s);
            items.replace(0, first);
        }
        break;
    }
    if (d->listFault == ListFault::Endless || d->listFault == ListFault::RepeatedCursor) {
        // The same items again (those of the first page), as a broken gateway might send them.
        const TransactionStore::Page first = d->store.page(from, to, std::nullopt, std::nullopt,
                                                           std::max(1, d->options.listPageSize));
        items = {};
        for (const TransactionRecord *record : first.items)
            items.append(listItem(*record));
    }
    const QJsonObject meta {
        { u"hasNextPage"_s, more },
        { u"hasPreviousPage"_s, page.hasPreviousPage },
        { u"nextCursor"_s, nextCursor },
        { u"prevCursor"_s,
          page.hasPreviousPage ? QJsonValue(encodeCursor(page.prevCursor))
                               : QJsonValue(QJsonValue::Null) },
        { u"totalCount"_s, page.totalCount },
    };
    QJsonObject answer { { u"message"_s, u"Transactions retrieved successfully."_s },
                         { u"data"_s, items } };
    if (d->listFault != ListFault::NoMeta)
        answer.insert(u"meta"_s, meta);
    send(std::move(responder), Reply::json(StatusCode::Ok, answer));
}

void GatewaySimulator::handleThreeDSecurePage(const QString &transactionId,
                                              const QHttpServerRequest &request,
                                              QHttpServerResponder &&responder)
{
    if (request.method() != Method::Get)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    const QString amount = displayAmount(record->amount, record->currency);
    send(std::move(responder),
         Reply::page(StatusCode::Ok,
                     record->awaiting == Awaiting::ThreeDSecure
                         ? pages::threeDSecureCheck(*record, amount)
                         : pages::threeDSecureNotPending(*record, amount)));
}

void GatewaySimulator::handleThreeDSecureAction(const QString &transactionId, const QString &action,
                                                const QHttpServerRequest &request,
                                                QHttpServerResponder &&responder)
{
    const bool approve = action == "approve"_L1;
    if (!approve && action != "fail"_L1)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    if (request.method() != Method::Post)
        return send(std::move(responder),
                    Reply::page(StatusCode::MethodNotAllowed, pages::notFound()));
    const TransactionRecord *record = d->store.find(transactionId);
    if (!record)
        return send(std::move(responder), Reply::page(StatusCode::NotFound, pages::notFound()));
    const QString amount = displayAmount(record->amount, record->currency);
    if (!completeThreeDSecure(transactionId, approve))
        return send(
            std::move(responder),
            Reply::page(StatusCode::Conflict, pages::threeDSecureNotPending(*record, amount)));
    send(std::move(responder),
         Reply::page(StatusCode::Ok,
                     record->channel == Channel::Card ? pages::threeDSecureDone(*record, amount)
                                                      : pages::paymentResult(*record, amount)));
}

} // namespace pavt::sim
