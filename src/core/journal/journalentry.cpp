// SPDX-License-Identifier: MIT
#include "core/journal/journalentry.h"

#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "core/payment/orderid.h"

#include <QCoreApplication>

namespace pavt {

namespace {

bool isDigit(QChar ch)
{
    return ch >= u'0' && ch <= u'9';
}

// A case-folded prefix test (full Unicode folding, like the search box expects).
bool startsWithFolded(const QString &text, const QString &prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

QString entryOutcomeId(EntryOutcome outcome)
{
    switch (outcome) {
    case EntryOutcome::Pending:
        return QStringLiteral("pending");
    case EntryOutcome::Approved:
        return QStringLiteral("approved");
    case EntryOutcome::Declined:
        return QStringLiteral("declined");
    case EntryOutcome::NeedsThreeDS:
        return QStringLiteral("needs_3ds");
    case EntryOutcome::Rejected:
        return QStringLiteral("rejected");
    case EntryOutcome::ServerError:
        return QStringLiteral("server_error");
    case EntryOutcome::NotSent:
        return QStringLiteral("not_sent");
    case EntryOutcome::Unknown:
        return QStringLiteral("unknown");
    case EntryOutcome::Unresolved:
        return QStringLiteral("unresolved");
    case EntryOutcome::AwaitingPayment:
        return QStringLiteral("awaiting_payment");
    case EntryOutcome::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("unknown");
}

std::optional<EntryOutcome> entryOutcomeFromId(QStringView id)
{
    for (int i = 0; i < EntryOutcomeCount; ++i) {
        const auto outcome = EntryOutcome(i);
        if (id == entryOutcomeId(outcome))
            return outcome;
    }
    return std::nullopt;
}

QString entryOutcomeLabel(EntryOutcome outcome)
{
    switch (outcome) {
    case EntryOutcome::Pending:
        return QCoreApplication::translate("pavt::JournalEntry", "Sending");
    case EntryOutcome::Approved:
        return QCoreApplication::translate("pavt::JournalEntry", "Approved");
    case EntryOutcome::Declined:
        return QCoreApplication::translate("pavt::JournalEntry", "Declined");
    case EntryOutcome::NeedsThreeDS:
        return QCoreApplication::translate("pavt::JournalEntry", "Waiting for 3-D Secure");
    case EntryOutcome::Rejected:
        return QCoreApplication::translate("pavt::JournalEntry", "Rejected");
    case EntryOutcome::ServerError:
        return QCoreApplication::translate("pavt::JournalEntry", "Gateway error (checking)");
    case EntryOutcome::NotSent:
        return QCoreApplication::translate("pavt::JournalEntry", "Not sent");
    case EntryOutcome::Unknown:
        return QCoreApplication::translate("pavt::JournalEntry", "Unknown (checking)");
    case EntryOutcome::Unresolved:
        return QCoreApplication::translate("pavt::JournalEntry", "Unresolved: check by hand");
    case EntryOutcome::AwaitingPayment:
        return QCoreApplication::translate("pavt::JournalEntry", "Awaiting payment");
    case EntryOutcome::Expired:
        return QCoreApplication::translate("pavt::JournalEntry", "Link expired (not followed)");
    }
    return {};
}

EntryOutcome entryOutcomeFor(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Approved:
        return EntryOutcome::Approved;
    case OutcomeKind::Declined:
        return EntryOutcome::Declined;
    case OutcomeKind::NeedsThreeDS:
    case OutcomeKind::Pending:
        return EntryOutcome::NeedsThreeDS;
    case OutcomeKind::Rejected:
        return EntryOutcome::Rejected;
    case OutcomeKind::ServerError:
        return EntryOutcome::ServerError;
    case OutcomeKind::NotSent:
        return EntryOutcome::NotSent;
    case OutcomeKind::Unknown:
    case OutcomeKind::Listed: // not an answer to a charge: what became of it is not known
    case OutcomeKind::AwaitingPayment: // never an answer to a charge: looked up like Unknown
        return EntryOutcome::Unknown;
    }
    return EntryOutcome::Unknown;
}

EntryOutcome entryOutcomeFor(OutcomeKind kind, EntryKind entryKind)
{
    if (!isLink(entryKind))
        return entryOutcomeFor(kind);
    switch (kind) {
    case OutcomeKind::AwaitingPayment: // with the page to hand on (classifyResponse())
        return EntryOutcome::AwaitingPayment;
    case OutcomeKind::NeedsThreeDS:
    case OutcomeKind::Pending: // created, but no address came back: looked up like Unknown
        return EntryOutcome::Unknown;
    default:
        return entryOutcomeFor(kind);
    }
}

GatewayOutcome outcomeOfEntry(const JournalEntry &entry)
{
    GatewayOutcome o;
    o.orderId = entry.orderId;
    o.message = entry.message;
    o.httpStatus = entry.httpStatus;
    o.transaction.transactionId = entry.transactionId;
    o.transaction.orderId = entry.orderId;
    o.redirectUrl = QUrl(isLink(entry.kind) ? entry.paymentUrl : entry.threeDSUrl);
    switch (entry.outcome) {
    case EntryOutcome::Approved:
        o.kind = OutcomeKind::Approved;
        break;
    case EntryOutcome::Declined:
        o.kind = OutcomeKind::Declined;
        break;
    case EntryOutcome::NeedsThreeDS:
        o.kind = OutcomeKind::NeedsThreeDS;
        break;
    case EntryOutcome::Rejected:
        o.kind = OutcomeKind::Rejected;
        break;
    case EntryOutcome::ServerError:
        o.kind = OutcomeKind::ServerError;
        break;
    case EntryOutcome::NotSent:
        o.kind = OutcomeKind::NotSent;
        break;
    case EntryOutcome::AwaitingPayment:
        o.kind = OutcomeKind::AwaitingPayment;
        break;
    case EntryOutcome::Pending:
    case EntryOutcome::Unknown:
    case EntryOutcome::Unresolved:
    case EntryOutcome::Expired: // no longer followed: what becomes of it is not known
        o.kind = OutcomeKind::Unknown;
        break;
    }
    return o;
}

bool needsReconciliation(EntryOutcome outcome)
{
    return outcome == EntryOutcome::Unknown || outcome == EntryOutcome::ServerError
        || outcome == EntryOutcome::NeedsThreeDS;
}

bool mayHaveCharged(EntryOutcome outcome)
{
    switch (outcome) {
    case EntryOutcome::Pending:
    case EntryOutcome::Approved:
    case EntryOutcome::NeedsThreeDS:
    case EntryOutcome::ServerError:
    case EntryOutcome::Unknown:
    case EntryOutcome::Unresolved:
    case EntryOutcome::AwaitingPayment: // the cardholder may pay at any moment
    case EntryOutcome::Expired: // not followed any more, but the gateway's page may still be paid
        return true;
    case EntryOutcome::Declined:
    case EntryOutcome::Rejected:
    case EntryOutcome::NotSent:
        return false;
    }
    return true;
}

bool isFinal(EntryOutcome outcome)
{
    return outcome == EntryOutcome::Approved || outcome == EntryOutcome::Declined
        || outcome == EntryOutcome::Rejected || outcome == EntryOutcome::NotSent;
}

bool isOpenLink(EntryOutcome outcome)
{
    return outcome == EntryOutcome::AwaitingPayment || outcome == EntryOutcome::Unknown
        || outcome == EntryOutcome::ServerError;
}

QString refundStateId(RefundState state)
{
    switch (state) {
    case RefundState::None:
        return QStringLiteral("none");
    case RefundState::Requested:
        return QStringLiteral("requested");
    case RefundState::Refunded:
        return QStringLiteral("refunded");
    case RefundState::Failed:
        return QStringLiteral("failed");
    case RefundState::PartlyRefunded:
        return QStringLiteral("partly_refunded");
    }
    return QStringLiteral("none");
}

std::optional<RefundState> refundStateFromId(QStringView id)
{
    for (RefundState s : { RefundState::None, RefundState::Requested, RefundState::Refunded,
                           RefundState::Failed, RefundState::PartlyRefunded })
        if (id == refundStateId(s))
            return s;
    return std::nullopt;
}

QString formatEntryMoney(qint64 minor, const QString &currency)
{
    if (const Currency *known = Currencies::find(currency))
        return formatMoney(minor, *known);
    return currency + u' ' + QString::fromLatin1(majorUnitsDecimal(minor, 2));
}

void JournalEntry::settleRefund(bool done, const QDateTime &at)
{
    if (done) {
        refundedMinor = std::min(amountMinor, refundedMinor + refundPendingMinor);
        refundState
            = refundedMinor >= amountMinor ? RefundState::Refunded : RefundState::PartlyRefunded;
        refundedAt = at;
    } else {
        refundState = refundedMinor > 0 ? RefundState::PartlyRefunded : RefundState::Failed;
    }
    refundPendingMinor = 0;
}

void JournalEntry::markRefundedInFull(const QDateTime &at)
{
    refundState = RefundState::Refunded;
    refundedMinor = amountMinor;
    refundPendingMinor = 0;
    refundedAt = at;
}

QString JournalEntry::maskedCard() const
{
    if (cardFirstSix.isEmpty() && cardLastFour.isEmpty())
        return {};
    return cardFirstSix + QChar(0x2026) + cardLastFour;
}

JournalEntry pendingEntryFor(const PaymentRequest &request, const QString &orderId,
                             const QString &operatorName, const QString &environment)
{
    JournalEntry entry;
    entry.operatorName = operatorName.left(100);
    entry.environment = environment;
    entry.orderId = orderId;
    entry.amountMinor = request.amountMinor;
    entry.currency = request.currency.trimmed().toUpper().left(3);
    {
        // The only place the full number is seen: a temporary copy, wiped before returning.
        QString digits = request.cardNumber.toString();
        const QString normal = Cards::normalise(digits);
        entry.cardBrand = Cards::brandId(Cards::detectBrand(normal));
        entry.cardFirstSix = Cards::firstSix(normal);
        entry.cardLastFour = Cards::lastFour(normal);
        QString wiped = normal;
        wipe(wiped);
        wipe(digits);
    }
    entry.firstName = sanitizeJournalText(request.firstName.trimmed(), 100);
    entry.lastName = sanitizeJournalText(request.lastName.trimmed(), 100);
    entry.email = sanitizeJournalText(request.email.trimmed(), 254);
    entry.country = sanitizeJournalText(request.country.trimmed(), 60);
    entry.phone = phoneForJournal(request.phoneNumber);
    entry.address = sanitizeJournalText(request.address.trimmed(), 255);
    entry.city = sanitizeJournalText(request.city.trimmed(), 100);
    entry.state = sanitizeJournalText(request.state.trimmed(), 100);
    entry.zip = sanitizeJournalText(request.zip.trimmed(), 32);
    entry.outcome = EntryOutcome::Pending;
    return entry;
}

namespace {

// Characters that may stand between the digit groups of a card number as people and systems
// write them: spaces of every kind (control characters count as spaces here), dashes, dots,
// slashes.
bool isJoiner(QChar ch)
{
    const char16_t u = ch.unicode();
    return ch.isSpace() || ch.category() == QChar::Other_Control || u == u'-' || u == u'.'
        || u == u'/' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

// The length of the terminal's own order id (isTerminalOrderId) standing as a word of its own at
// `from`, or 0. Its 14 digits are a time, not a card: it is kept whole. Not when a digit follows it
// (directly, or after up to three joiners) and its suffix ends in digits: those digits might run on
// into a card number, and the text is masked as usual.
qsizetype terminalOrderIdAt(const QString &text, qsizetype from)
{
    const qsizetype n = text.size();
    const qsizetype end = from + TerminalOrderIdLength;
    if (end > n || (from > 0 && text.at(from - 1).isLetterOrNumber())
        || !isTerminalOrderId(QStringView(text).mid(from, TerminalOrderIdLength)))
        return 0;
    if (end == n)
        return TerminalOrderIdLength;
    if (text.at(end).isLetterOrNumber())
        return 0;
    if (isDigit(text.at(end - 1))) {
        qsizetype k = end;
        while (k < n && k - end < 3 && isJoiner(text.at(k)))
            ++k;
        if (k < n && isDigit(text.at(k)))
            return 0;
    }
    return TerminalOrderIdLength;
}

} // namespace

QString phoneForJournal(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    // A card number keyed into the phone field must not be kept: 12-19 digits passing Luhn are
    // dropped (a real phone number that happens to pass is not remembered either).
    const bool couldBeCard = digits.size() >= 12 && digits.size() <= 19 && Cards::luhnValid(digits);
    wipe(digits);
    if (couldBeCard)
        return {};
    QString kept = phone.trimmed().left(32);
    for (QChar &c : kept)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return kept;
}

QString sanitizeJournalText(const QString &text, int limit)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), limit));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && out.size() < limit;) {
        const QChar ch = text.at(i);
        if (ch == u'V') {
            if (const qsizetype id = terminalOrderIdAt(text, i); id > 0) {
                out.append(QStringView(text).mid(i, id));
                i += id;
                continue;
            }
        }
        if (isDigit(ch)) {
            // A run of digits, with up to three joiners between groups ("4111 1111",
            // "4111-\t1111").
            qsizetype j = i;
            int digits = 0;
            qsizetype end = i;
            while (j < n) {
                if (isDigit(text.at(j))) {
                    ++digits;
                    end = ++j;
                    continue;
                }
                qsizetype k = j;
                while (k < n && k - j < 3 && isJoiner(text.at(k)))
                    ++k;
                if (k > j && k < n && isDigit(text.at(k)))
                    j = k;
                else
                    break;
            }
            if (digits >= 12) {
                out.append(QStringLiteral("[card number removed]"));
            } else {
                for (qsizetype c = i; c < end; ++c) {
                    const QChar d = text.at(c);
                    out.append(d.category() == QChar::Other_Control ? QChar(u' ') : d);
                }
            }
            i = end;
            continue;
        }
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator
            || ch == QChar::ParagraphSeparator)
            out.append(u' ');
        else
            out.append(ch);
        ++i;
    }
    return out.left(limit);
}

bool JournalQuery::isEmpty() const
{
    return *this == JournalQuery {};
}

std::optional<Error> JournalQuery::validate() const
{
    if (!lastFour.isEmpty()) {
        bool ok = lastFour.size() == 4;
        for (QChar ch : lastFour)
            ok = ok && isDigit(ch);
        if (!ok)
            return Error { QStringLiteral("last_four"),
                           QCoreApplication::translate(
                               "pavt::JournalEntry",
                               "The last four digits must be exactly four digits.") };
    }
    if (from.isValid() && to.isValid() && from > to)
        return Error { QStringLiteral("dates"),
                       QCoreApplication::translate(
                           "pavt::JournalEntry", "The first day must not be after the last day.") };
    return std::nullopt;
}

bool JournalQuery::matches(const JournalEntry &e) const
{
    if (from.isValid() && e.createdAt < from)
        return false;
    if (to.isValid() && e.createdAt >= to)
        return false;
    if (!outcomes.isEmpty() && !outcomes.contains(e.outcome))
        return false;
    if (!lastFour.isEmpty() && e.cardLastFour != lastFour)
        return false;
    if (!orderId.isEmpty() && e.orderId != orderId)
        return false;
    if (!transactionId.isEmpty() && e.transactionId != transactionId)
        return false;
    if (!environment.isEmpty() && e.environment != environment)
        return false;
    if (!kinds.isEmpty() && !kinds.contains(e.kind))
        return false;
    if (!operatorName.isEmpty() && e.operatorName != operatorName)
        return false;
    if (!email.trimmed().isEmpty() && !startsWithFolded(e.email, email.trimmed()))
        return false;
    const QString n = name.simplified();
    if (!n.isEmpty()) {
        const qsizetype space = n.indexOf(u' ');
        if (space < 0) {
            if (!startsWithFolded(e.firstName, n) && !startsWithFolded(e.lastName, n))
                return false;
        } else {
            const QString a = n.left(space);
            const QString b = n.mid(space + 1);
            const bool forward
                = startsWithFolded(e.firstName, a) && startsWithFolded(e.lastName, b);
            const bool backward
                = startsWithFolded(e.lastName, a) && startsWithFolded(e.firstName, b);
            if (!forward && !backward)
                return false;
        }
    }
    return true;
}

} // namespace pavt
