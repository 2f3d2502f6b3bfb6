// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/permissions.h"
#include "core/service/settlement.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace pavt {
class SessionService;
}

namespace pavt::gui {

// A read-only table of the page's kind (endofdaytables.cpp).
QTableWidget *newEndOfDayTable(QWidget *parent, const QString &objectName);

// End of day for finance staff (Terminal > End of day, Ctrl+E): a range of days settled against
// the gateway's transaction list (Settlement, in the core) without blocking the window, with a
// progress bar and Cancel while pages load; the categories as tabs with their counts, those with
// serious rows first and marked ⚠; totals per day and currency, per operator and per kind; two
// charts (Qt Charts); "Apply changes…" after a confirmation of the listed changes; export as CSV
// (the core's writer, as pavt-cli settle --csv) and as a PDF report. The session decides who may
// run, apply and export (SessionService::require); the page only hides what it would refuse.
class EndOfDayPage : public QWidget
{
    Q_OBJECT
public:
    explicit EndOfDayPage(QWidget *parent = nullptr);
    ~EndOfDayPage() override;

    // What it settles against (nullptr: nothing can be run, and the page says so). A run under way
    // is dropped.
    void setSources(Journal *journal, GatewayClient *client, const SettlementOptions &options = {});
    // The seat's session (nullptr: no checks, no audit trail).
    void setSession(SessionService *session);
    // For the PDF report: the merchant (the setting terminal/id) and whether this is the demo.
    void setMerchant(const QString &merchant) { m_merchant = merchant; }
    void setDemo(bool demo) { m_demo = demo; }

    void setRange(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    bool isRunning() const { return m_running; }
    // The last run's report (none before a run, after an error or a cancel).
    const std::optional<SettlementReport> &report() const { return m_report; }
    // The state of the last run in words ("Cancelled…", an error, or what was found).
    QString statusText() const;

    QTabWidget *categoryTabs() const { return m_categories; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *pdfButton() const { return m_pdf; }
    QProgressBar *progressBar() const { return m_progress; }

    // Asks the person to confirm the listed changes; tests replace it.
    std::function<bool(const QStringList &changes)> confirmApply;
    // Asks for a file to save to (title, suggested name, filter); empty: cancelled. Tests replace
    // it.
    std::function<QString(const QString &title, const QString &suggested, const QString &filter)>
        askSavePath;

public slots:
    void run();
    void cancel();
    void applyChanges();
    // The file an export goes to, once the role may make reports (refused and audited if not);
    // empty when there is nothing to export, it is refused, or the person cancels.
    QString exportPath(const QString &format, const QString &title, const QString &fileName,
                       const QString &filter);
    void exportCsv();
    void exportPdf();

signals:
    // A run ended: with a report, an error or cancelled (statusText() says which).
    void finished();
    // Something for the window's status bar.
    void status(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onProgress(int pages, qint64 transactions, qint64 totalCount);
    void onFinished();
    void setStatusText(const QString &text, bool problem = false);
    void setWorking(bool working);
    void updateButtons();
    void showReport();
    void fillCategories(); // endofdaytables.cpp
    void fillTotals();
    void fillCharts();
    void retranslate();
    // False when allowed (or no session); else true, with the refusal shown.
    bool refused(Action action, const QJsonObject &details);
    void auditExport(const QString &format, qint64 rows);

    std::unique_ptr<Settlement> m_settlement;
    Journal *m_journal = nullptr;
    QPointer<SessionService> m_session;
    QString m_merchant;
    bool m_demo = false;
    bool m_running = false;
    bool m_cancelRequested = false;
    std::optional<SettlementReport> m_report;

    QLabel *m_fromLabel;
    QDateEdit *m_fromEdit;
    QLabel *m_toLabel;
    QDateEdit *m_toEdit;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTabWidget *m_categories;
    QTabWidget *m_totals;
    QTableWidget *m_perDay;
    QTableWidget *m_perOperator;
    QTableWidget *m_perKind;
    QTabWidget *m_charts;
    QChartView *m_netChart;
    QChartView *m_outcomeChart;
    QPushButton *m_apply;
    QPushButton *m_csv;
    QPushButton *m_pdf;
};

} // namespace pavt::gui
