// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/layer.h"
#include "core/payment/requestvalidator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace pavt {

// What became of a call to the gateway, as one type.
enum class OutcomeKind {
    Approved, // charge: SUCCESS; status: SUCCESS; refund: SUCCESS (refunded)
    Declined, // the gateway said FAILED: message says why
    NeedsThreeDS, // charge: REDIRECT: the cardholder must complete 3-D Secure at redirectUrl
    Pending, // status: PENDING (3-D Secure not finished yet)
    Rejected, // HTTP 4xx: 401 bad credentials, 422 validation (fieldErrors), 403 blocked, 404...
    ServerError, // HTTP 5xx
    NotSent, // nothing left this machine (refused, DNS, TLS, bad configuration): safe to try again
    Unknown, // sent, but no usable answer (timeout, dropped connection): look it up, never resend
    Listed, // transaction list: the page came back (transactions, page); says nothing of a payment;
            // payment templates: the list came back (templates)
    AwaitingPayment, // hosted card, APM, payment link: created on the gateway, waiting for the
                     // cardholder at redirectUrl (the payment page or the link). No money has
                     // moved yet; the result is read later (status by transaction id when one
                     // came back, else the transaction list by order id). Never from a charge.
};

// "approved", "declined", "needs_3ds", "pending", "rejected", "server_error", "not_sent",
// "unknown", "listed", "awaiting_payment"
QString outcomeKindId(OutcomeKind kind);

// A transaction as the gateway describes it in "data" or in a list entry.
struct TransactionInfo
{
    QString transactionId;
    QString orderId;
    QString status; // SUCCESS / PENDING / FAILED / REDIRECT as sent
    QString amount; // as the gateway wrote the number ("1250", "12.50"); for display only
    QString currency;
    QString firstName;
    QString lastName;
    QString email;
    QString cardType;
    QString maskedCard;
    QString country;
    QString transactionDate;
    bool refunded = false;
    QString refundDate;
    // How much has been refunded, in the unit of the charge's amount, as written: not in the
    // contract (the project's simulator writes refund.refunded_amount); empty when not given.
    // Without it a partial refund whose answer was lost cannot be told apart from none.
    QString refundedAmount;
    bool chargedBack = false;
    QString chargebackDate;
    QString suspiciousDate; // the list's suspicious_date; empty when not flagged
};

struct PageInfo
{
    bool hasNextPage = false;
    bool hasPreviousPage = false;
    QString nextCursor;
    QString prevCursor;
    qint64 totalCount = -1;
    bool hasMeta = false; // the answer had its "meta" object (a page without it cannot be walked)
};

// One of the merchant's payment templates (live environment only), as the gateway lists it.
struct PaymentTemplate
{
    QString templateId;
    QString templateName;
    QString paymentTemplateId; // what a payment link is made from (PaymentLinkRequest)
    QUrl screenshotUrl; // empty when none or not a usable http(s) URL
    QUrl redirectUrl;
    QUrl webhookUrl;
};

struct GatewayOutcome
{
    OutcomeKind kind = OutcomeKind::Unknown;
    QString message; // the gateway's text, or ours for transport failures; never card data
    int httpStatus = 0; // 0 when no HTTP answer came
    QString orderId; // the order id that was sent with a charge, a hosted payment or a link
    QUrl redirectUrl; // NeedsThreeDS: the 3-D Secure page; AwaitingPayment: the payment page or
                      // the payment link to hand the cardholder
    TransactionInfo transaction;
    QList<FieldProblem> fieldErrors; // 422: the gateway's complaints mapped to the request's fields
    QList<TransactionInfo> transactions; // transaction list
    PageInfo page; // transaction list
    QList<PaymentTemplate> templates; // payment templates

    // Unknown, and server errors whose charge may have been processed, must be looked up.
    bool needsLookup() const
    {
        return kind == OutcomeKind::Unknown || kind == OutcomeKind::ServerError;
    }
    bool isFinal() const
    {
        return kind == OutcomeKind::Approved || kind == OutcomeKind::Declined
            || kind == OutcomeKind::Rejected || kind == OutcomeKind::NotSent;
    }
};

// Which kind of call a response answers: the same HTTP answer means different things.
enum class CallKind {
    Charge,
    Status,
    Refund,
    TransactionList,
    HostedCard, // POST /api/v1/{env}/hosted/card
    Apm, // POST /api/v1/{env}/apm
    PaymentTemplates, // GET /api/v1/payment-templates
    PaymentLink, // POST /api/v1/payment-link
};

// The call creates something on the gateway that a lost answer leaves in doubt (a charge, a hosted
// payment, an APM payment, a payment link): such a call is sent once, never again, and an
// unreadable answer to it is Unknown (to be looked up), not ServerError.
bool createsPayment(CallKind call);

// Classifies an HTTP answer (status and body, possibly empty, HTML or garbage) of a call.
// Never fails: anything unreadable becomes Unknown (createsPayment()) or ServerError/Rejected by
// status.
// - HostedCard, Apm: REDIRECT (or PENDING) with a usable http(s) redirect_url is AwaitingPayment;
//   without one it is Unknown with a message; FAILED is Declined (the gateway refused to create
//   it); SUCCESS is Approved as the gateway says.
// - PaymentLink: {"message", "data": "<url>"} with a usable URL is AwaitingPayment (redirectUrl =
//   the link; no transaction id); status FAILED is Declined; no usable URL is Unknown.
// - PaymentTemplates: {"data": [...]} is Listed with templates.
GatewayOutcome classifyResponse(CallKind call, int httpStatus, QByteArrayView body);

} // namespace pavt
