// SPDX-License-Identifier: MIT
#include "core/journal/linkentry.h"

#include "core/payment/card.h"

#include <QCoreApplication>

namespace pavt {

QString entryKindId(EntryKind kind)
{
    switch (kind) {
    case EntryKind::KeyedCard:
        return QStringLiteral("card");
    case EntryKind::HostedCard:
        return QStringLiteral("hosted");
    case EntryKind::Apm:
        return QStringLiteral("apm");
    case EntryKind::TemplateLink:
        return QStringLiteral("template");
    }
    return QStringLiteral("card");
}

std::optional<EntryKind> entryKindFromId(QStringView id)
{
    for (int i = 0; i < EntryKindCount; ++i)
        if (id == entryKindId(EntryKind(i)))
            return EntryKind(i);
    return std::nullopt;
}

QString entryKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::KeyedCard:
        return QCoreApplication::translate("pavt::JournalEntry", "Card details");
    case EntryKind::HostedCard:
        return QCoreApplication::translate("pavt::JournalEntry", "Link: card page");
    case EntryKind::Apm:
        return QCoreApplication::translate("pavt::JournalEntry", "Link: other methods");
    case EntryKind::TemplateLink:
        return QCoreApplication::translate("pavt::JournalEntry", "Link: template");
    }
    return {};
}

QList<EntryKind> linkKinds()
{
    QList<EntryKind> kinds;
    for (int i = 0; i < EntryKindCount; ++i)
        if (isLink(EntryKind(i)))
            kinds << EntryKind(i);
    return kinds;
}

JournalQuery openLinksQuery(const QString &environment)
{
    JournalQuery query;
    query.kinds = linkKinds();
    for (int i = 0; i < EntryOutcomeCount; ++i)
        if (isOpenLink(EntryOutcome(i)))
            query.outcomes << EntryOutcome(i);
    query.environment = environment;
    return query;
}

JournalEntry pendingLinkEntryFor(const PaymentRequest &request, EntryKind kind,
                                 const QString &orderId, const QString &operatorName,
                                 const QString &environment, const QDateTime &expiresAt)
{
    JournalEntry entry;
    entry.kind = kind;
    entry.operatorName = operatorName.left(100);
    entry.environment = environment;
    entry.orderId = orderId;
    entry.amountMinor = request.amountMinor;
    entry.currency = request.currency.trimmed().toUpper().left(3);
    entry.firstName = sanitizeJournalText(request.firstName.trimmed(), 100);
    entry.lastName = sanitizeJournalText(request.lastName.trimmed(), 100);
    entry.email = sanitizeJournalText(request.email.trimmed(), 254);
    entry.country = sanitizeJournalText(request.country.trimmed(), 60);
    entry.expiresAt = expiresAt.toUTC();
    entry.outcome = EntryOutcome::Pending;
    return entry;
}

JournalEntry pendingTemplateEntryFor(const PaymentLinkRequest &request,
                                     const LinkCustomer &customer, const QString &orderId,
                                     const QString &operatorName, const QString &environment,
                                     const QDateTime &expiresAt)
{
    JournalEntry entry;
    entry.kind = EntryKind::TemplateLink;
    entry.operatorName = operatorName.left(100);
    entry.environment = environment;
    entry.orderId = orderId;
    entry.amountMinor = request.amountMinor.value_or(0);
    entry.currency = request.amountMinor ? request.currency.trimmed().toUpper().left(3) : QString();
    entry.firstName = sanitizeJournalText(customer.firstName.trimmed(), 100);
    entry.lastName = sanitizeJournalText(customer.lastName.trimmed(), 100);
    entry.email = sanitizeJournalText(customer.email.trimmed(), 254);
    entry.country = sanitizeJournalText(customer.country.trimmed(), 60);
    entry.expiresAt = expiresAt.toUTC();
    entry.outcome = EntryOutcome::Pending;
    return entry;
}

void applyReportedCard(JournalEntry &entry, const QString &maskedCard, const QString &cardType)
{
    const QString masked = maskedCard.trimmed();
    if (masked.size() < 8)
        return;
    // The leading and trailing digits the gateway shows, at most six and four.
    QString first;
    for (QChar ch : masked) {
        if (!ch.isDigit() || first.size() == 6)
            break;
        first += ch;
    }
    QString last;
    for (qsizetype i = masked.size() - 1; i >= 0; --i) {
        const QChar ch = masked.at(i);
        if (!ch.isDigit() || last.size() == 4)
            break;
        last.prepend(ch);
    }
    if (last.size() != 4 || first.size() + last.size() >= masked.size())
        return; // not a masked number: keep nothing rather than too much
    entry.cardFirstSix = first;
    entry.cardLastFour = last;
    CardBrand brand = first.isEmpty() ? CardBrand::Unknown : Cards::detectBrand(first);
    if (brand == CardBrand::Unknown) {
        // "Visa", "MasterCard", "American Express" ...: the brand's name or id, whatever the case.
        const QString type = cardType.simplified();
        for (int i = int(CardBrand::Visa); i <= int(CardBrand::Mir); ++i) {
            const auto candidate = CardBrand(i);
            if (type.compare(Cards::brandName(candidate), Qt::CaseInsensitive) == 0
                || type.compare(Cards::brandId(candidate), Qt::CaseInsensitive) == 0) {
                brand = candidate;
                break;
            }
        }
    }
    entry.cardBrand = Cards::brandId(brand);
}

QDateTime endOfDay(QDate day)
{
    if (!day.isValid())
        return {};
    return day.addDays(1).startOfDay().addMSecs(-1).toUTC();
}

} // namespace pavt
