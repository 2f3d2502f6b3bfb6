// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"
#include "core/journal/layer.h"
#include "core/payment/paymentlink.h"

#include <optional>

namespace pavt {

// "card", "hosted", "apm", "template": the JSON, CSV and command-line spelling of an entry's kind.
QString entryKindId(EntryKind kind);
std::optional<EntryKind> entryKindFromId(QStringView id);
// A short translated label for people ("Card details", "Hosted card page", ...).
QString entryKindLabel(EntryKind kind);

// The kinds that are payments by link (every kind but KeyedCard).
QList<EntryKind> linkKinds();
// The journal's open payments by link of `environment` (isOpenLink()): what the LinkFollower
// follows and pavt-cli reconcile looks at.
JournalQuery openLinksQuery(const QString &environment);

// Who a template link is for: the link request itself carries no customer, the journal does.
struct LinkCustomer
{
    QString firstName;
    QString lastName;
    QString email;
    QString country;
};

// The entry journalled before a hosted card or APM payment is created: the customer, amount and
// currency of the request, no card data (the request has none: validateLinkRequest()).
JournalEntry pendingLinkEntryFor(const PaymentRequest &request, EntryKind kind,
                                 const QString &orderId, const QString &operatorName,
                                 const QString &environment, const QDateTime &expiresAt);
// The same for a payment link from a template; amount 0 and no currency when the template's own
// amount is used (filled in when the gateway reports the payment).
JournalEntry pendingTemplateEntryFor(const PaymentLinkRequest &request,
                                     const LinkCustomer &customer, const QString &orderId,
                                     const QString &operatorName, const QString &environment,
                                     const QDateTime &expiresAt);

// The card of a link payment as the gateway reports it ("411111******1111", "Visa"), into the
// entry's brand, first six and last four, as a keyed card's are kept: only digits the gateway
// shows, never more than six at the front and four at the end. Nothing when it reports no card.
void applyReportedCard(JournalEntry &entry, const QString &maskedCard, const QString &cardType);

// The end of a template link's expiry date (the last millisecond of that day, local time), UTC.
QDateTime endOfDay(QDate day);

} // namespace pavt
