// SPDX-License-Identifier: MIT
#include "core/journal/historymodel.h"

#include "core/journal/journalreader.h"
#include "core/journal/linkentry.h"
#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QLocale>

namespace pavt {

namespace {

// Newest first: created_at, then id, both descending.
bool newerThan(const JournalEntry &a, const JournalEntry &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

QString money(qint64 minor, const QString &code)
{
    if (const Currency *c = Currencies::find(code); c && c->isPayable())
        return formatMoney(minor, *c, QLocale());
    return code + u' ' + QString::number(minor);
}

} // namespace

HistoryModel::HistoryModel(JournalReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    connect(reader, &JournalReader::pageReady, this, &HistoryModel::onPage);
    connect(reader, &JournalReader::totalsReady, this, &HistoryModel::onTotals);
    connect(reader, &JournalReader::failed, this, &HistoryModel::onFailed);
    m_totalsTimer.setSingleShot(true);
    m_totalsTimer.setInterval(250);
    connect(&m_totalsTimer, &QTimer::timeout, this, &HistoryModel::requestTotals);
}

HistoryModel::~HistoryModel()
{
    if (m_reader) {
        if (m_pageRequest)
            m_reader->cancel(m_pageRequest);
        if (m_totalsRequest)
            m_reader->cancel(m_totalsRequest);
    }
}

void HistoryModel::cancelLoading()
{
    if (!m_reader)
        return;
    if (m_totalsRequest)
        m_reader->cancel(m_totalsRequest);
    m_totalsRequest = 0;
    if (m_pageRequest) {
        m_reader->cancel(m_pageRequest);
        m_pageRequest = 0;
        emit loadingChanged(false);
    }
}

void HistoryModel::setQuery(const JournalQuery &query)
{
    m_query = query;
    refresh();
}

void HistoryModel::refresh()
{
    const bool wasLoading = isLoading();
    if (m_reader && m_pageRequest)
        m_reader->cancel(m_pageRequest);
    m_pageRequest = 0;
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_cursor = {};
    m_hasMore = true;
    m_error.reset();
    endResetModel();
    if (auto invalid = m_query.validate()) {
        m_hasMore = false;
        m_error = *invalid;
        if (wasLoading)
            emit loadingChanged(false);
        emit loadFailed(*invalid);
        return;
    }
    fetchMore(QModelIndex());
    if (wasLoading && !isLoading())
        emit loadingChanged(false);
    requestTotals();
}

void HistoryModel::requestTotals()
{
    if (!m_reader)
        return;
    if (m_totalsRequest)
        m_reader->cancel(m_totalsRequest);
    m_totalsRequest = m_reader->fetchTotals(m_query);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && m_hasMore && m_pageRequest == 0 && !m_error;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pageRequest = m_reader->fetchPage(m_query, m_cursor, m_pageSize);
    emit loadingChanged(true);
}

void HistoryModel::onPage(quint64 request, const JournalPage &page)
{
    if (request != m_pageRequest)
        return;
    m_pageRequest = 0;
    QList<JournalEntry> fresh;
    fresh.reserve(page.entries.size());
    for (const JournalEntry &e : page.entries)
        if (!m_ids.contains(e.id))
            fresh.append(e);
    // Before the rows go in: a view (or the tester) may call fetchMore() from rowsInserted.
    if (!page.next.isNull())
        m_cursor = page.next;
    m_hasMore = page.hasMore;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (const JournalEntry &e : std::as_const(fresh)) {
            m_ids.insert(e.id);
            m_rows.append(e);
        }
        endInsertRows();
    }
    emit loadingChanged(false);
    emit pageLoaded(int(fresh.size()));
}

void HistoryModel::onTotals(quint64 request, const QList<JournalTotal> &totals)
{
    if (request != m_totalsRequest)
        return;
    m_totalsRequest = 0;
    m_totals = totals;
    emit totalsChanged();
}

void HistoryModel::onFailed(quint64 request, const Error &error)
{
    if (request == m_totalsRequest)
        m_totalsRequest = 0;
    if (request != m_pageRequest)
        return;
    m_pageRequest = 0;
    emit loadingChanged(false);
    if (error.code == u"cancelled")
        return;
    m_error = error;
    emit loadFailed(error);
}

int HistoryModel::rowOfEntry(qint64 id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void HistoryModel::placeEntry(const JournalEntry &entry)
{
    if (m_ids.contains(entry.id) || !m_query.matches(entry))
        return;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&entry](const JournalEntry &row) {
        return newerThan(entry, row);
    });
    const int row = int(it - m_rows.cbegin());
    // Older than every loaded row while more pages exist: a later page brings it.
    if (row == m_rows.size() && (m_hasMore || isLoading()))
        return;
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, entry);
    m_ids.insert(entry.id);
    endInsertRows();
}

void HistoryModel::entryAdded(const JournalEntry &entry)
{
    placeEntry(entry);
    m_totalsTimer.start();
}

void HistoryModel::entryChanged(const JournalEntry &entry)
{
    const int row = rowOfEntry(entry.id);
    if (row >= 0) {
        m_rows[row] = entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        placeEntry(entry);
    }
    m_totalsTimer.start();
}

QString HistoryModel::displayText(const JournalEntry &e, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case OutcomeColumn:
        return entryOutcomeLabel(e.outcome);
    case KindColumn:
        return entryKindLabel(e.kind);
    case AmountColumn:
        if (e.amountMinor == 0 && e.currency.isEmpty())
            return tr("Template's amount");
        return money(e.amountMinor, e.currency);
    case CardColumn: {
        const QString brand = Cards::brandName(Cards::brandFromId(e.cardBrand));
        return brand.isEmpty() ? e.maskedCard() : brand + u' ' + e.maskedCard();
    }
    case NameColumn:
        return QString(e.firstName + u' ' + e.lastName).trimmed();
    case EmailColumn:
        return e.email;
    case OrderIdColumn:
        return e.orderId;
    case TransactionIdColumn:
        return e.transactionId;
    case OperatorColumn:
        return e.operatorName;
    case MessageColumn:
        return e.message;
    case RefundColumn:
        switch (e.refundState) {
        case RefundState::None:
            return QString();
        case RefundState::Requested:
            return tr("Refund requested");
        case RefundState::Refunded:
            return e.refundedAt.isValid()
                ? tr("Refunded %1")
                      .arg(e.refundedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : tr("Refunded");
        case RefundState::Failed:
            return tr("Refund failed");
        case RefundState::PartlyRefunded:
            return tr("Partly refunded: %1 of %2")
                .arg(formatEntryMoney(e.refundedMinor, e.currency),
                     formatEntryMoney(e.amountMinor, e.currency));
        }
        return QString();
    case ColumnCount:
        break;
    }
    return QString();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == OutcomeColumn)
            return e.message.isEmpty() ? QVariant() : QVariant(e.message);
        if (index.column() == RefundColumn && !e.refundReason.isEmpty())
            return QString(tr("Reason: %1").arg(e.refundReason)
                           + (e.refundMessage.isEmpty() ? QString() : u'\n' + e.refundMessage));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case EntryIdRole:
        return e.id;
    case OutcomeRole:
        return entryOutcomeId(e.outcome);
    case AmountMinorRole:
        return e.amountMinor;
    case CurrencyRole:
        return e.currency;
    case CreatedAtRole:
        return e.createdAt;
    case RefundStateRole:
        return refundStateId(e.refundState);
    case KindRole:
        return entryKindId(e.kind);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case OutcomeColumn:
        return tr("Outcome");
    case KindColumn:
        return tr("Taken by");
    case AmountColumn:
        return tr("Amount");
    case CardColumn:
        return tr("Card");
    case NameColumn:
        return tr("Cardholder");
    case EmailColumn:
        return tr("E-mail");
    case OrderIdColumn:
        return tr("Order");
    case TransactionIdColumn:
        return tr("Transaction");
    case OperatorColumn:
        return tr("Operator");
    case MessageColumn:
        return tr("Message");
    case RefundColumn:
        return tr("Refund");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(OutcomeRole, "outcome");
    names.insert(AmountMinorRole, "amountMinor");
    names.insert(CurrencyRole, "currency");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(RefundStateRole, "refundState");
    names.insert(KindRole, "kind");
    return names;
}

QString HistoryModel::summary() const
{
    QStringList parts;
    for (const JournalTotal &t : m_totals)
        parts << tr("%1 %2 %3")
                     .arg(t.count)
                     .arg(entryOutcomeLabel(t.outcome), money(t.amountMinor, t.currency));
    return parts.join(QStringLiteral(" · "));
}

} // namespace pavt
