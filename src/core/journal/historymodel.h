// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"
#include "core/journal/layer.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace pavt {

class JournalReader;

// The history view's model: the entries of one JournalQuery, newest first, fetched lazily a page
// at a time from a JournalReader (off the GUI thread): canFetchMore()/fetchMore() as the view
// scrolls. QtCore only (no colours or icons: the view decides those from OutcomeRole).
// Keep it current by connecting Journal::entryAdded/entryChanged (and the reconciler's
// entryUpdated) to entryAdded()/entryChanged().
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        OutcomeColumn,
        KindColumn, // keyed card or which kind of payment link
        AmountColumn,
        CardColumn,
        NameColumn,
        EmailColumn,
        OrderIdColumn,
        TransactionIdColumn,
        OperatorColumn,
        MessageColumn,
        RefundColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64
        OutcomeRole, // outcome id ("approved", ...)
        AmountMinorRole, // qint64
        CurrencyRole,
        CreatedAtRole, // QDateTime, UTC
        RefundStateRole, // refund state id
        KindRole, // entry kind id ("card", "hosted", "apm", "template")
    };

    explicit HistoryModel(JournalReader *reader, QObject *parent = nullptr);
    ~HistoryModel() override;

    // Shows a new query: clears the rows, loads the first page and the totals.
    void setQuery(const JournalQuery &query);
    JournalQuery query() const { return m_query; }
    // Loads the current query again from the start.
    void refresh();
    // Stops a page or totals request in flight (the rows already loaded stay).
    void cancelLoading();
    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 1, 10000); }
    int pageSize() const { return m_pageSize; }

    bool isLoading() const { return m_pageRequest != 0; }
    std::optional<Error> lastError() const { return m_error; }
    // The row's entry (row must be valid).
    const JournalEntry &entryAt(int row) const { return m_rows.at(row); }
    // -1 when the entry is not loaded.
    int rowOfEntry(qint64 id) const;
    // Count and sum per currency and outcome of the whole query (not only the loaded rows); empty
    // until totalsChanged().
    QList<JournalTotal> totals() const { return m_totals; }
    // One line for a status bar: "3 approved GBP 37.50 · 1 declined GBP 12.50 · ...".
    QString summary() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    // A new entry: shown at its place if it matches the query and falls within the loaded rows.
    void entryAdded(const pavt::JournalEntry &entry);
    // A changed entry: its row is updated (or it appears, when it now matches).
    void entryChanged(const pavt::JournalEntry &entry);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const pavt::Error &error);
    // A page arrived (rows appended).
    void pageLoaded(int rows);
    void totalsChanged();

private:
    void onPage(quint64 request, const JournalPage &page);
    void onTotals(quint64 request, const QList<JournalTotal> &totals);
    void onFailed(quint64 request, const Error &error);
    void requestTotals();
    void placeEntry(const JournalEntry &entry);
    QString displayText(const JournalEntry &e, int column) const;

    QPointer<JournalReader> m_reader;
    JournalQuery m_query;
    QList<JournalEntry> m_rows;
    QSet<qint64> m_ids;
    JournalCursor m_cursor;
    bool m_hasMore = false;
    int m_pageSize = 200;
    quint64 m_pageRequest = 0;
    quint64 m_totalsRequest = 0;
    std::optional<Error> m_error;
    QList<JournalTotal> m_totals;
    QTimer m_totalsTimer;
};

} // namespace pavt
