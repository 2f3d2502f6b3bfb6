// SPDX-License-Identifier: MIT
#pragma once

#include "sim/transactionstore.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace pavt::sim {

// The simulator's few HTML pages: small, self-contained (inline CSS, no scripts, no external
// resources), every dynamic value HTML-escaped.
namespace pages {

// `amount` is the amount as the cardholder reads it ("GBP 30.00", formatAmount()).

// The cardholder's 3-D Secure check: amount, masked card, Approve / Fail buttons that POST to
// /sim/3ds/{id}/approve and /sim/3ds/{id}/fail.
QByteArray threeDSecureCheck(const TransactionRecord &record, const QString &amount);
// After a button: the result, and a link back to the merchant's redirect_url.
QByteArray threeDSecureDone(const TransactionRecord &record, const QString &amount);
// The transaction is no longer waiting for 3-D Secure.
QByteArray threeDSecureNotPending(const TransactionRecord &record, const QString &amount);

// The checkout form of a hosted card payment or a payment link: card number, expiry (MM/YY) and
// CVV, POSTed as a form (card_number, card_expiry, card_cvv) to `action`. `errors` (from a
// refused submission) are shown by their fields. `orderId` and `transactionId` may be empty.
QByteArray checkoutForm(const QString &heading, const QString &amount, const QString &orderId,
                        const QString &transactionId, const QString &action,
                        const QMap<QString, QStringList> &errors = {});
// The APM page: Pay and Fail buttons that POST to /sim/apm/{id}/pay and /sim/apm/{id}/fail.
QByteArray apmPage(const TransactionRecord &record, const QString &amount);
// A checkout or APM payment's final result, with a link back to the merchant's redirect_url.
QByteArray paymentResult(const TransactionRecord &record, const QString &amount);
// A page that says why nothing can be paid here (already paid, expired, waiting for 3-D Secure...);
// `link`, when set, is offered as "Continue" (for instance to the 3-D Secure page).
QByteArray notPayable(const QString &heading, const QString &text, const QString &link = {});
QByteArray notFound();
// The demo's stand-in for a merchant's redirect URL (/sim/return).
QByteArray merchantReturn();
// What the "server error" test card and fault answer with (HTTP 500).
QByteArray internalServerError();

} // namespace pages
} // namespace pavt::sim
