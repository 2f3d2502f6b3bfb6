// SPDX-License-Identifier: MIT
#pragma once

#include "sim/transactionstore.h"

#include <QByteArray>

namespace pavt::sim {

// The simulator's few HTML pages: small, self-contained (inline CSS, no scripts, no external
// resources), every dynamic value HTML-escaped.
namespace pages {

// The cardholder's 3-D Secure check: amount, masked card, Approve / Fail buttons that POST to
// /sim/3ds/{id}/approve and /sim/3ds/{id}/fail.
QByteArray threeDSecureCheck(const TransactionRecord &record);
// After a button: the result, and a link back to the merchant's redirect_url.
QByteArray threeDSecureDone(const TransactionRecord &record);
// The transaction is no longer waiting for 3-D Secure.
QByteArray threeDSecureNotPending(const TransactionRecord &record);
QByteArray notFound();
// The demo's stand-in for a merchant's redirect URL (/sim/return).
QByteArray merchantReturn();
// What the "server error" test card and fault answer with (HTTP 500).
QByteArray internalServerError();

} // namespace pages
} // namespace pavt::sim
