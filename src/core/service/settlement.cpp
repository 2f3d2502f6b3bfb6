// SPDX-License-Identifier: MIT
#include "core/service/settlement.h"

#include "core/journal/linkentry.h"
#include "core/payment/currency.h"
#include "core/payment/orderid.h"
#include "core/service/sessionservice.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <map>

namespace pavt {

Q_LOGGING_CATEGORY(lcSettlement, "pavt.settlement", QtWarningMsg)

QString settlementCategoryId(SettlementCategory category)
{
    switch (category) {
    case SettlementCategory::Matched:
        return QStringLiteral("matched");
    case SettlementCategory::GatewayOnly:
        return QStringLiteral("gateway_only");
    case SettlementCategory::JournalOnly:
        return QStringLiteral("journal_only");
    case SettlementCategory::Mismatched:
        return QStringLiteral("mismatched");
    case SettlementCategory::Refunded:
        return QStringLiteral("refunded");
    case SettlementCategory::ChargedBack:
        return QStringLiteral("charged_back");
    case SettlementCategory::Suspicious:
        return QStringLiteral("suspicious");
    }
    return QString();
}

QString settlementChangeId(SettlementChange::Kind kind)
{
    switch (kind) {
    case SettlementChange::Kind::Refunded:
        return QStringLiteral("refunded");
    case SettlementChange::Kind::ChargedBack:
        return QStringLiteral("charged_back");
    case SettlementChange::Kind::Suspicious:
        return QStringLiteral("suspicious");
    }
    return QString();
}

QList<SettlementItem> SettlementReport::itemsOf(SettlementCategory category) const
{
    QList<SettlementItem> out;
    for (const SettlementItem &item : items)
        if (item.category == category)
            out.append(item);
    return out;
}

int SettlementReport::count(SettlementCategory category) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [category](const SettlementItem &i) {
        return i.category == category;
    }));
}

bool SettlementReport::hasSerious() const
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const SettlementItem &i) { return i.serious; });
}

struct Settlement::Known
{
    qint64 id = 0;
    QString transactionId;
    QString orderId;
    QString currency;
    QString operatorName;
    qint64 amountMinor = 0;
    EntryOutcome outcome = EntryOutcome::Pending;
    RefundState refundState = RefundState::None;
    EntryKind kind = EntryKind::KeyedCard;
    bool chargedBack = false;
    bool suspicious = false;
    QDate day; // local day of created_at
    bool used = false; // a gateway transaction matched it
};

struct Settlement::Seen
{
    QString transactionId;
    QString orderId;
    QString currency;
    QString status; // upper case
    qint64 amountMinor = 0;
    QDate day;
    QString refundDate; // as written; empty: none
    QString chargebackDate;
    QString suspiciousDate;
    QDateTime refundAt; // parsed, UTC
    QDateTime chargebackAt;
    QDateTime suspiciousAt;
};

namespace {

enum class State { Approved, Failed, Open };

State gatewayState(const QString &status)
{
    if (status == u"SUCCESS")
        return State::Approved;
    if (status == u"FAILED" || status == u"DECLINED")
        return State::Failed;
    return State::Open;
}

State journalState(EntryOutcome outcome)
{
    switch (outcome) {
    case EntryOutcome::Approved:
        return State::Approved;
    case EntryOutcome::Declined:
    case EntryOutcome::Rejected:
    case EntryOutcome::NotSent:
    case EntryOutcome::Expired:
        return State::Failed;
    case EntryOutcome::Pending:
    case EntryOutcome::NeedsThreeDS:
    case EntryOutcome::ServerError:
    case EntryOutcome::Unknown:
    case EntryOutcome::Unresolved:
    case EntryOutcome::AwaitingPayment:
        return State::Open;
    }
    return State::Open;
}

// Approved, or possibly approved: a keyed charge whose answer is not known. (A link awaiting
// payment, or expired, may rightly have no record: a template link has none until it is paid.)
bool journalExpectsRecord(EntryOutcome outcome, EntryKind kind)
{
    if (outcome == EntryOutcome::Approved)
        return true;
    if (isLink(kind))
        return false;
    return outcome == EntryOutcome::Unknown || outcome == EntryOutcome::ServerError
        || outcome == EntryOutcome::Unresolved || outcome == EntryOutcome::NeedsThreeDS;
}

int minorUnitsOf(const QString &code)
{
    const Currency *currency = Currencies::find(code.trimmed().toUpper());
    return currency && currency->isPayable() ? currency->minorUnits : 2;
}

} // namespace

Settlement::Settlement(Journal *journal, GatewayClient *client, SettlementOptions options,
                       QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client), m_options(std::move(options))
{ }

Settlement::~Settlement() = default;

void Settlement::cancel()
{
    m_cancelled = true;
}

void Settlement::run(QDate from, QDate to)
{
    if (m_running) {
        m_result = std::unexpected(
            Error { QStringLiteral("busy"), tr("A settlement is already running.") });
        emit finished();
        return;
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        m_result = std::unexpected(Error {
            QStringLiteral("dates"), tr("Give a valid range of days (from on or before to).") });
        emit finished();
        return;
    }
    m_from = from;
    m_to = to;
    m_running = true;
    m_cancelled = false;
    m_pages = 0;
    m_totalCount = -1;
    m_cursors.clear();
    m_seen.clear();
    m_known.clear();
    fetch(QString());
}

void Settlement::fetch(const QString &cursor)
{
    m_client->transactions(m_from, m_to, cursor, true, this,
                           [this](const GatewayOutcome &outcome) { onPage(outcome); });
}

void Settlement::fail(const QString &message)
{
    m_running = false;
    m_seen.clear();
    m_known.clear();
    qCInfo(lcSettlement) << "settlement failed:" << message;
    m_result = std::unexpected(Error { QStringLiteral("settlement"), message });
    emit finished();
}

void Settlement::onPage(const GatewayOutcome &outcome)
{
    const int page = ++m_pages;
    const QString nothingChanged = tr("Nothing was changed.");
    if (m_cancelled)
        return fail(tr("The settlement was cancelled.") + u' ' + nothingChanged);
    if (outcome.kind != OutcomeKind::Listed)
        return fail(tr("Page %1 of the gateway's transaction list could not be read: %2")
                        .arg(page)
                        .arg(outcome.message)
                    + u' ' + nothingChanged);
    if (!outcome.page.hasMeta)
        return fail(tr("Page %1 of the gateway's transaction list came without its paging "
                       "information (meta), so the list cannot be followed to its end.")
                        .arg(page)
                    + u' ' + nothingChanged);
    if (page == 1)
        m_totalCount = outcome.page.totalCount;
    const qint64 after = qint64(m_seen.size()) + outcome.transactions.size();
    if ((m_totalCount >= 0 && after > m_totalCount)
        || (outcome.page.hasNextPage && outcome.transactions.isEmpty())) {
        return fail(tr("The gateway's transaction list does not end: page %1 goes past the %2 "
                       "transactions it announced.")
                        .arg(page)
                        .arg(std::max<qint64>(m_totalCount, 0))
                    + u' ' + nothingChanged);
    }
    auto readDate = [](const QString &text, QDateTime &out) {
        if (text.isEmpty())
            return true;
        QDateTime when
            = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!when.isValid())
            when = QDateTime::fromString(text, Qt::ISODate);
        if (!when.isValid()) {
            const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
            if (day.isValid())
                when = day.startOfDay(Qt::UTC);
        }
        if (!when.isValid())
            return false;
        if (when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC); // the gateway writes no zone; taken as written
        out = when.toUTC();
        return true;
    };
    for (const TransactionInfo &t : outcome.transactions) {
        Seen s;
        s.transactionId = t.transactionId.trimmed();
        s.orderId = t.orderId.trimmed();
        s.currency = t.currency.trimmed().toUpper();
        s.status = t.status.trimmed().toUpper();
        const auto amount
            = parseListAmount(t.amount, minorUnitsOf(s.currency), m_options.amountUnit);
        if (!amount)
            return fail(
                tr("The gateway's list gives transaction %1 the amount \"%2\", which is not "
                   "a number.")
                    .arg(s.transactionId, t.amount.left(40))
                + u' ' + nothingChanged);
        s.amountMinor = *amount;
        s.day = QDate::fromString(t.transactionDate.left(10), Qt::ISODate);
        if (!s.day.isValid())
            s.day = m_from;
        s.refundDate = t.refunded && t.refundDate.isEmpty() ? t.transactionDate : t.refundDate;
        s.chargebackDate
            = t.chargedBack && t.chargebackDate.isEmpty() ? t.transactionDate : t.chargebackDate;
        s.suspiciousDate = t.suspiciousDate;
        if (!readDate(s.refundDate, s.refundAt) || !readDate(s.chargebackDate, s.chargebackAt)
            || !readDate(s.suspiciousDate, s.suspiciousAt))
            return fail(tr("The gateway's list gives transaction %1 a date that is not a date.")
                            .arg(s.transactionId)
                        + u' ' + nothingChanged);
        m_seen.push_back(std::move(s));
    }
    emit progress(page, qint64(m_seen.size()), m_totalCount);
    if (m_cancelled) // cancelled while this page was shown: no page more is asked for
        return fail(tr("The settlement was cancelled.") + u' ' + nothingChanged);
    if (outcome.page.hasNextPage) {
        const QString cursor = outcome.page.nextCursor;
        if (cursor.isEmpty())
            return fail(
                tr("Page %1 of the gateway's transaction list says more follow but gives no "
                   "cursor for them.")
                    .arg(page)
                + u' ' + nothingChanged);
        if (m_cursors.contains(cursor))
            return fail(tr("The gateway's transaction list gave the same cursor twice (page %1): "
                           "following it would go round in circles.")
                            .arg(page)
                        + u' ' + nothingChanged);
        if (page >= m_options.maxPages)
            return fail(tr("The gateway's transaction list does not end: %1 pages and still more.")
                            .arg(page)
                        + u' ' + nothingChanged);
        m_cursors.insert(cursor);
        return fetch(cursor);
    }
    if (auto loaded = loadJournal(); !loaded)
        return fail(loaded.error().message);
    SettlementReport report = build();
    m_running = false;
    m_seen.clear();
    m_known.clear();
    m_result = std::move(report);
    emit finished();
}

Result<void> Settlement::loadJournal()
{
    // A day's margin on both sides: an entry written just before midnight may be the gateway's
    // next day (or the other way round); only the range's own days can be journal-only.
    JournalQuery query;
    query.from = m_from.addDays(-1).startOfDay(m_options.zone).toUTC();
    query.to = m_to.addDays(2).startOfDay(m_options.zone).toUTC();
    query.environment = environmentId(m_client->environment());
    m_known.reserve(size_t(m_seen.size() + m_seen.size() / 4 + 16));
    auto read = m_journal->database().forEach(
        query, 5000, nullptr, [this](const QList<JournalEntry> &entries) {
            for (const JournalEntry &e : entries) {
                Known k;
                k.id = e.id;
                k.transactionId = e.transactionId;
                k.orderId = e.orderId;
                k.currency = e.currency;
                k.operatorName = e.operatorName;
                k.amountMinor = e.amountMinor;
                k.outcome = e.outcome;
                k.refundState = e.refundState;
                k.kind = e.kind;
                k.chargedBack = e.isChargedBack();
                k.suspicious = e.suspiciousAt.isValid();
                k.day = e.createdAt.toTimeZone(m_options.zone).date();
                m_known.push_back(std::move(k));
            }
            return true;
        });
    if (!read)
        return std::unexpected(read.error());
    return {};
}

SettlementReport Settlement::build()
{
    SettlementReport report;
    report.from = m_from;
    report.to = m_to;
    report.pages = m_pages;
    report.gatewayTransactions = qint64(m_seen.size());

    QHash<QString, qsizetype> byTransaction;
    QHash<QString, qsizetype> byOrder;
    byTransaction.reserve(qsizetype(m_known.size()));
    byOrder.reserve(qsizetype(m_known.size()));
    for (size_t i = 0; i < m_known.size(); ++i) {
        if (!m_known[i].transactionId.isEmpty())
            byTransaction.insert(m_known[i].transactionId, qsizetype(i));
        if (!m_known[i].orderId.isEmpty())
            byOrder.insert(m_known[i].orderId, qsizetype(i));
    }

    QList<SettlementItem> items[SettlementCategoryCount];
    std::map<std::pair<QString, QString>, SettlementTotal> perDay, perOperator, perKind;
    auto add = [](std::map<std::pair<QString, QString>, SettlementTotal> &totals,
                  const QString &key, const Seen &s) {
        SettlementTotal &t = totals[{ key, s.currency }];
        t.key = key;
        t.currency = s.currency;
        if (s.status == u"SUCCESS") {
            ++t.approvedCount;
            t.approvedMinor += s.amountMinor;
        }
        if (!s.refundDate.isEmpty()) {
            ++t.refundCount;
            t.refundMinor += s.amountMinor;
        }
        if (!s.chargebackDate.isEmpty()) {
            ++t.chargebackCount;
            t.chargebackMinor += s.amountMinor;
        }
    };

    for (const Seen &s : m_seen) {
        Known *k = nullptr;
        if (auto it = byTransaction.constFind(s.transactionId);
            !s.transactionId.isEmpty() && it != byTransaction.cend())
            k = &m_known[size_t(*it)];
        else if (auto o = byOrder.constFind(s.orderId); !s.orderId.isEmpty() && o != byOrder.cend())
            k = &m_known[size_t(*o)];

        SettlementItem item;
        item.transactionId = s.transactionId;
        item.orderId = s.orderId;
        item.day = s.day;
        item.amountMinor = s.amountMinor;
        item.currency = s.currency;
        item.status = s.status;
        add(perDay, s.day.toString(Qt::ISODate), s);

        if (!k) {
            item.category = SettlementCategory::GatewayOnly;
            item.serious = isTerminalOrderId(s.orderId);
            if (item.serious)
                item.detail = tr("The order id is of this terminal's own format, but the journal "
                                 "has no such entry.");
            items[int(item.category)].append(item);
        } else {
            k->used = true;
            item.entryId = k->id;
            item.journalStatus = entryOutcomeId(k->outcome);
            add(perOperator, k->operatorName, s);
            add(perKind, entryKindId(k->kind), s);
            QStringList differences;
            if (k->currency.compare(s.currency, Qt::CaseInsensitive) != 0)
                differences << tr("currency: journal %1, gateway %2").arg(k->currency, s.currency);
            else if (k->amountMinor != s.amountMinor)
                differences << tr("amount: journal %1, gateway %2 (minor units)")
                                   .arg(k->amountMinor)
                                   .arg(s.amountMinor);
            if (journalState(k->outcome) != gatewayState(s.status))
                differences << tr("status: journal %1, gateway %2")
                                   .arg(entryOutcomeId(k->outcome), s.status);
            if (k->refundState == RefundState::Refunded && s.refundDate.isEmpty())
                differences << tr("the journal has it refunded, the gateway does not");
            if (!k->transactionId.isEmpty() && !s.transactionId.isEmpty()
                && k->transactionId != s.transactionId)
                differences << tr("transaction id: journal %1, gateway %2")
                                   .arg(k->transactionId, s.transactionId);
            item.category = differences.isEmpty() ? SettlementCategory::Matched
                                                  : SettlementCategory::Mismatched;
            item.serious = !differences.isEmpty();
            item.detail = differences.join(QStringLiteral("; "));
            items[int(item.category)].append(item);
        }

        auto listed = [&](SettlementCategory category, const QString &date, const QDateTime &at,
                          SettlementChange::Kind kind, bool known) {
            SettlementItem extra = item;
            extra.category = category;
            extra.serious = false;
            extra.detail.clear();
            extra.date = date;
            items[int(category)].append(extra);
            if (!k || known)
                return;
            SettlementChange change;
            change.kind = kind;
            change.entryId = k->id;
            change.transactionId = s.transactionId;
            change.at = at;
            switch (kind) {
            case SettlementChange::Kind::Refunded:
                change.description = tr("entry %1 (%2): refunded at the gateway on %3")
                                         .arg(k->id)
                                         .arg(s.transactionId, date);
                break;
            case SettlementChange::Kind::ChargedBack:
                change.description
                    = tr("entry %1 (%2): charged back on %3").arg(k->id).arg(s.transactionId, date);
                break;
            case SettlementChange::Kind::Suspicious:
                change.description = tr("entry %1 (%2): flagged as suspicious on %3")
                                         .arg(k->id)
                                         .arg(s.transactionId, date);
                break;
            }
            report.changes.append(change);
        };
        if (!s.refundDate.isEmpty())
            listed(SettlementCategory::Refunded, s.refundDate, s.refundAt,
                   SettlementChange::Kind::Refunded, k && k->refundState == RefundState::Refunded);
        if (!s.chargebackDate.isEmpty())
            listed(SettlementCategory::ChargedBack, s.chargebackDate, s.chargebackAt,
                   SettlementChange::Kind::ChargedBack, k && k->chargedBack);
        if (!s.suspiciousDate.isEmpty())
            listed(SettlementCategory::Suspicious, s.suspiciousDate, s.suspiciousAt,
                   SettlementChange::Kind::Suspicious, k && k->suspicious);
    }

    for (const Known &k : m_known) {
        if (k.used || k.day < m_from || k.day > m_to || !journalExpectsRecord(k.outcome, k.kind))
            continue;
        SettlementItem item;
        item.category = SettlementCategory::JournalOnly;
        item.transactionId = k.transactionId;
        item.orderId = k.orderId;
        item.entryId = k.id;
        item.day = k.day;
        item.amountMinor = k.amountMinor;
        item.currency = k.currency;
        item.status = entryOutcomeId(k.outcome);
        item.journalStatus = item.status;
        item.serious = true;
        item.detail = tr("The journal has it as %1, the gateway has no record of it.")
                          .arg(entryOutcomeLabel(k.outcome));
        items[int(item.category)].append(item);
    }

    for (SettlementCategory category : SettlementDisplayOrder)
        report.items += items[int(category)];
    for (auto &[key, total] : perDay)
        report.perDay.append(total);
    for (auto &[key, total] : perOperator)
        report.perOperator.append(total);
    for (auto &[key, total] : perKind)
        report.perKind.append(total);
    return report;
}

Result<int> Settlement::apply(const SettlementReport &report, SessionService *session)
{
    int changed = 0;
    for (const SettlementChange &change : report.changes) {
        const QString unchanged = QStringLiteral("unchanged");
        auto updated
            = m_journal->update(change.entryId, [&](JournalEntry &e) -> std::optional<Error> {
                  if (e.transactionId != change.transactionId && !e.transactionId.isEmpty())
                      return Error { unchanged, QString() };
                  switch (change.kind) {
                  case SettlementChange::Kind::Refunded:
                      if (e.refundState == RefundState::Refunded)
                          return Error { unchanged, QString() };
                      e.markRefundedInFull(change.at);
                      e.refundMessage = tr("Refunded at the gateway; learnt by the settlement.");
                      break;
                  case SettlementChange::Kind::ChargedBack:
                      if (e.chargebackAt.isValid())
                          return Error { unchanged, QString() };
                      e.chargebackAt = change.at;
                      break;
                  case SettlementChange::Kind::Suspicious:
                      if (e.suspiciousAt.isValid())
                          return Error { unchanged, QString() };
                      e.suspiciousAt = change.at;
                      break;
                  }
                  return std::nullopt;
              });
        if (!updated) {
            if (updated.error().code == unchanged)
                continue;
            return std::unexpected(updated.error());
        }
        ++changed;
        if (session)
            session->audit(QString::fromLatin1(AuditEvent::SettlementApplied),
                           { { QStringLiteral("entry_id"), change.entryId },
                             { QStringLiteral("transaction_id"), change.transactionId },
                             { QStringLiteral("change"), settlementChangeId(change.kind) },
                             { QStringLiteral("at"), change.at.toString(Qt::ISODateWithMs) } });
    }
    return changed;
}

} // namespace pavt
