// SPDX-License-Identifier: MIT
#include "core/service/permissions.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace pavt {

namespace {

constexpr unsigned Op = unsigned(Role::Operator);
constexpr unsigned Sup = unsigned(Role::Supervisor);
constexpr unsigned Fin = unsigned(Role::Finance);
constexpr unsigned Adm = unsigned(Role::Administrator);

struct Permission
{
    Action action;
    const char *id;
    unsigned roles; // the roles that allow it
};

// The table: who may do what. An administrator manages; charging needs a charging role as well.
constexpr std::array<Permission, ActionCount> Table { {
    { Action::Charge, "charge", Op | Sup },
    { Action::CreatePaymentLink, "create_payment_link", Op | Sup },
    { Action::ViewOwnEntries, "view_own_entries", Op | Sup | Fin },
    { Action::PrintReceipt, "print_receipt", Op | Sup },
    { Action::ViewAllEntries, "view_all_entries", Sup | Fin },
    { Action::LookUpStatus, "look_up_status", Sup },
    { Action::ListTransactions, "list_transactions", Sup | Fin },
    { Action::Refund, "refund", Sup | Fin },
    { Action::ApproveRefund, "approve_refund", Sup },
    { Action::Reconcile, "reconcile", Sup },
    { Action::ExportCsv, "export_csv", Fin },
    { Action::Report, "report", Fin },
    { Action::Settle, "settle", Fin },
    { Action::ManageAccounts, "manage_accounts", Adm },
    { Action::ChangeSettings, "change_settings", Adm },
    { Action::ChangeCredentials, "change_credentials", Adm },
    { Action::ViewAudit, "view_audit", Adm },
    { Action::VerifyAudit, "verify_audit", Adm },
    { Action::BatchRefund, "batch_refund", Sup | Fin },
} };

static_assert(
    [] {
        for (int i = 0; i < ActionCount; ++i)
            if (int(Table[size_t(i)].action) != i)
                return false;
        return true;
    }(),
    "the table lists every action once, in the enum's order");

const Permission &permission(Action action)
{
    return Table[size_t(action)];
}

} // namespace

QString actionId(Action action)
{
    return QString::fromLatin1(permission(action).id);
}

bool roleAllows(Role role, Action action)
{
    return (permission(action).roles & unsigned(role)) != 0;
}

bool rolesAllow(Roles roles, Action action)
{
    return (permission(action).roles & roles.bits) != 0;
}

QString rolesAllowing(Action action)
{
    return rolesLabel(Roles::fromBits(permission(action).roles));
}

QString refusalMessage(Action action)
{
    const QString roles = rolesAllowing(action);
    switch (action) {
    case Action::Charge:
        return QCoreApplication::translate(
                   "pavt::Permissions", "Your account may not charge cards (roles that may: %1).")
            .arg(roles);
    case Action::CreatePaymentLink:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not create payment links (roles that may: %1).")
            .arg(roles);
    case Action::ViewOwnEntries:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not look at the journal's entries (roles that may: %1).")
            .arg(roles);
    case Action::PrintReceipt:
        return QCoreApplication::translate(
                   "pavt::Permissions", "Your account may not print receipts (roles that may: %1).")
            .arg(roles);
    case Action::ViewAllEntries:
        return QCoreApplication::translate("pavt::Permissions",
                                           "Your account may see only its own entries of today; "
                                           "other entries need one of these roles: %1.")
            .arg(roles);
    case Action::LookUpStatus:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not look up a charge's status (roles that may: %1).")
            .arg(roles);
    case Action::ListTransactions:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not list the gateway's transactions (roles that may: %1).")
            .arg(roles);
    case Action::Refund:
        return QCoreApplication::translate(
                   "pavt::Permissions", "Your account may not refund charges (roles that may: %1).")
            .arg(roles);
    case Action::ApproveRefund:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "This account may not approve refunds (roles that may: %1).")
            .arg(roles);
    case Action::Reconcile:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not reconcile the journal (roles that may: %1).")
            .arg(roles);
    case Action::ExportCsv:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not export the journal (roles that may: %1).")
            .arg(roles);
    case Action::Report:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not make the end-of-day report (roles that may: %1).")
            .arg(roles);
    case Action::Settle:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not settle the day against the gateway (roles that may: %1).")
            .arg(roles);
    case Action::ManageAccounts:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not manage the operators' accounts (roles that may: %1).")
            .arg(roles);
    case Action::ChangeSettings:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not change settings (roles that may: %1).")
            .arg(roles);
    case Action::ChangeCredentials:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not change the merchant's keys (roles that may: %1).")
            .arg(roles);
    case Action::ViewAudit:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not read the audit trail (roles that may: %1).")
            .arg(roles);
    case Action::VerifyAudit:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not verify the audit trail (roles that may: %1).")
            .arg(roles);
    case Action::BatchRefund:
        return QCoreApplication::translate(
                   "pavt::Permissions",
                   "Your account may not refund charges from a file (roles that may: %1).")
            .arg(roles);
    }
    return {};
}

RefundLimit RefundLimits::forRoles(Roles roles) const
{
    RefundLimit out;
    if (roles.has(Role::Supervisor)) {
        out.perRefund = std::max(out.perRefund, supervisor.perRefund);
        out.perDay = std::max(out.perDay, supervisor.perDay);
    }
    if (roles.has(Role::Finance)) {
        out.perRefund = std::max(out.perRefund, finance.perRefund);
        out.perDay = std::max(out.perDay, finance.perDay);
    }
    return out;
}

} // namespace pavt
