// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayoutcome.h"
#include "core/journal/journalentry.h"

#include <QJsonObject>
#include <QString>

// What pavt-cli prints (docs/cli.md, "Output") and the status it exits with: no streams, no
// options, so that every command prints the same shapes.

namespace pavt::cli {

// Exit statuses of pavt-cli (docs/cli.md and `pavt-cli --help`).
enum ExitCode {
    ExitOk = 0, // approved / command done
    ExitUsage = 1, // usage or validation error: nothing sent
    ExitDeclined = 2,
    ExitThreeDS = 3, // awaiting the cardholder (3-D Secure, a payment link): the URL is printed
    ExitUnknown = 4, // outcome unknown: look it up, do not charge again
    ExitRejected = 5, // rejected (4xx) or server error (5xx)
    ExitNotSent = 6, // could not reach the gateway: nothing sent
};

int exitCodeFor(const GatewayOutcome &outcome);

// The --json object of an outcome (the keys of docs/cli.md).
QJsonObject outcomeJson(const GatewayOutcome &outcome);
// One transaction of `transactions --json`.
QJsonObject transactionJson(const TransactionInfo &transaction);
// One entry of `history --json` and `reconcile --json`: masked card data only.
QJsonObject entryJson(const JournalEntry &entry);
// One tab-separated line of `history` and `reconcile`.
QString entryLine(const JournalEntry &entry);
// "GBP 12.50" (formatted for a payable currency), else the code and the minor units.
QString moneyText(qint64 minor, const QString &currency);
// The gateway's message as a sentence of its own: ends with a full stop.
QString sentence(const QString &text);
// The sentence printed without --json for the outcome of `command` (charge, status, refund...),
// with the transaction and order ids when there are any; field errors on indented lines.
QString outcomeText(const GatewayOutcome &outcome, const QString &command);

} // namespace pavt::cli
