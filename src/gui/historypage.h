// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"
#include "gui/refunddialog.h"

#include <QColor>
#include <QDateTime>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace Ui {
class HistoryPage;
}

namespace pavt {
class HistoryModel;
class JournalReader;
} // namespace pavt

namespace pavt::gui {

// The journal for finance staff: this session's charges by default or the whole journal, filters,
// a detail pane, status look-ups, refunds with a reason, CSV export with progress and cancel,
// and a summary (count and total per currency and outcome) of what is shown.
class HistoryPage : public QWidget
{
    Q_OBJECT
    // The colour of the detail pane's labels; the style sheet sets it (pavt.qss).
    Q_PROPERTY(QColor detailLabelColour READ detailLabelColour WRITE setDetailLabelColour)
public:
    HistoryPage(HistoryModel *model, JournalReader *reader, QDateTime sessionStart,
                QWidget *parent = nullptr);
    ~HistoryPage() override;

    // The query the filters describe.
    JournalQuery currentQuery() const;
    HistoryModel *model() const { return m_model; }
    // The detail pane's labels (its values are in the text colour): a third of the way from the
    // palette's text colour to its base, so muted on light, dark and high-contrast themes alike
    // (#555555 on the Fusion light palette); or the colour set.
    QColor detailLabelColour() const;
    void setDetailLabelColour(const QColor &colour);
    // Asks the operator for a reason, and with partial refunds for the amount (RefundDialog);
    // tests replace it.
    std::function<std::optional<RefundAnswer>(const JournalEntry &entry)> askRefund;
    // gateway/partialRefunds: the refund asks for an amount (default: all that is left).
    void setPartialRefunds(bool on) { m_partialRefunds = on; }
    bool partialRefunds() const { return m_partialRefunds; }
    // Asks for a file name for the export; tests replace it.
    std::function<QString()> askExportPath;
    QComboBox *kindCombo() const { return m_kindCombo; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QPushButton *emailLinkButton() const { return m_emailLink; }
    // Selects the entry's row when it is loaded (the notice's "Show in history").
    void selectEntry(qint64 entryId);
    // With operators' accounts (SessionController): the search this person may make
    // (SessionService::scopeQuery), and whether they may export it; the refusal is shown.
    std::function<Result<JournalQuery>(const JournalQuery &query)> scope;
    std::function<std::optional<QString>(const JournalQuery &query)> mayExport;
    // Which buttons the role allows; the operator filter only for those who see every entry.
    void setPermissions(bool refund, bool lookUp, bool exportCsv, bool everyOperator, bool receipt);
    // The names the operator filter offers.
    void setOperators(const QStringList &names);

public slots:
    void applyFilters();
    void exportCsv();

signals:
    // amountMinor 0: all that is left of the charge.
    void refundRequested(qint64 entryId, const QString &reason, qint64 amountMinor);
    // "Batch refund…": refunds from a CSV file (BatchRefundDialog).
    void batchRefundRequested();
    void lookupRequested(qint64 entryId);
    // "Receipt…" of an approved charge (with its refunds so far).
    void receiptRequested(const pavt::JournalEntry &entry);
    // The same for a payment by link (followed by the LinkFollower, not the reconciler).
    void linkLookupRequested(qint64 entryId);
    // An open payment link again: to the clipboard, or to the customer by e-mail.
    void copyLinkRequested(const pavt::JournalEntry &entry);
    void emailLinkRequested(const pavt::JournalEntry &entry);
    // An export was written: what was asked for and how many rows (for the audit trail).
    void exported(const pavt::JournalQuery &query, qint64 rows);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showDetail();
    void updateSummary();
    void retranslateCombos();
    void setWorking(bool working, const QString &what = {});
    void buildLinkControls(); // the kind filter and the link buttons
    void fitLayout(); // filters that wrap, the main columns first (historypage.cpp)
    void retranslateLinkControls();
    const JournalEntry *selectedEntry() const;

    std::unique_ptr<Ui::HistoryPage> m_ui;
    HistoryModel *m_model;
    JournalReader *m_reader;
    QDateTime m_sessionStart;
    quint64 m_exportRequest = 0;
    JournalQuery m_exportQuery;
    bool m_canRefund = true;
    bool m_partialRefunds = false;
    bool m_canLookUp = true;
    bool m_canPrintReceipt = true;
    QColor m_detailLabelColour; // invalid: from the palette (detailLabelColour())
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_kindLabel = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_emailLink = nullptr;
};

} // namespace pavt::gui
