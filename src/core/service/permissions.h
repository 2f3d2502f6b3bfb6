// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/accounts.h"
#include "core/service/layer.h"

#include <QString>

#include <optional>

namespace pavt {

// Everything a person may be allowed or refused. The one table of who may do what is in
// permissions.cpp; the service enforces it (SessionService::require()), the window and pavt-cli
// only show what it allows.
enum class Action {
    Charge,
    CreatePaymentLink,
    ViewOwnEntries, // the operator's own entries of today
    PrintReceipt,
    ViewAllEntries, // every entry of the journal, every day
    LookUpStatus, // a status look-up at the gateway (an entry, or a transaction id)
    ListTransactions, // the gateway's list of transactions
    Refund,
    ApproveRefund, // a refund of another person above their limit ("four eyes")
    Reconcile,
    ExportCsv,
    Report, // the end-of-day report
    Settle, // the settlement against the gateway's list, and applying what it found
    ManageAccounts,
    ChangeSettings,
    ChangeCredentials,
    ViewAudit,
    VerifyAudit,
    BatchRefund, // refunds of many charges from a file (each row is also a Refund)
};
inline constexpr int ActionCount = int(Action::BatchRefund) + 1;

// "charge", "create_payment_link", ...: the audit trail's and pavt-cli's spelling.
QString actionId(Action action);
// Whether a role allows an action (the table).
bool roleAllows(Role role, Action action);
// Whether any of the roles allows it.
bool rolesAllow(Roles roles, Action action);
// The roles that allow an action, as their translated names ("Supervisor, Finance").
QString rolesAllowing(Action action);
// Why `account` may not do `action`: one whole sentence per action, naming the roles that may.
QString refusalMessage(Action action);

// How much a role may refund on its own, in major units of the refund's currency (the same number
// for every currency): per refund and per day (the refunds this person asked for since midnight).
// A refund above either needs a supervisor's approval on the same seat. From the journal's security
// policy (core/journal/securitypolicy.h: supervisor_per_refund, ..., finance_per_day).
struct RefundLimit
{
    qint64 perRefund = 0; // major units; 0: every refund needs an approval
    qint64 perDay = 0;
    friend bool operator==(const RefundLimit &, const RefundLimit &) = default;
};

struct RefundLimits
{
    RefundLimit supervisor { 500, 2000 };
    RefundLimit finance { 250, 1000 };
    // The most generous limit of the roles that may refund (none: nothing without approval).
    RefundLimit forRoles(Roles roles) const;
    friend bool operator==(const RefundLimits &, const RefundLimits &) = default;
};

// Sign-in and lock rules, from the journal's security policy (max_failed_sign_ins,
// lock_out_minutes, lock_after_minutes).
struct SessionPolicy
{
    int maxFailedSignIns = 10; // wrong passwords in a row that lock the account (PCI DSS 8.3.4)
    int lockOutMinutes = 30; // how long (at least 30)
    int lockAfterMinutes = 10; // idle minutes before the window locks (PCI DSS 8.2.8: at most 15)
    friend bool operator==(const SessionPolicy &, const SessionPolicy &) = default;
};

} // namespace pavt
