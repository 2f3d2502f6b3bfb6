// SPDX-License-Identifier: MIT
#include "gui/endofdaypage.h"

#include "core/journal/audittrail.h"
#include "core/service/sessionservice.h"
#include "core/service/settlementreport.h"
#include "gui/endofdaycharts.h"
#include "gui/endofdaypdf.h"
#include "gui/style.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pavt::gui {

EndOfDayPage::EndOfDayPage(QWidget *parent)
    : QWidget(parent), m_fromLabel(new QLabel(this)), m_fromEdit(new QDateEdit(this)),
      m_toLabel(new QLabel(this)), m_toEdit(new QDateEdit(this)), m_run(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this)),
      m_status(new QLabel(this)), m_categories(new QTabWidget(this)),
      m_totals(new QTabWidget(this)),
      m_perDay(newEndOfDayTable(this, QStringLiteral("perDayTable"))),
      m_perOperator(newEndOfDayTable(this, QStringLiteral("perOperatorTable"))),
      m_perKind(newEndOfDayTable(this, QStringLiteral("perKindTable"))),
      m_charts(new QTabWidget(this)), m_netChart(new QChartView(this)),
      m_outcomeChart(new QChartView(this)), m_apply(new QPushButton(this)),
      m_csv(new QPushButton(this)), m_pdf(new QPushButton(this))
{
    setObjectName(QStringLiteral("endOfDayPage"));
    m_fromEdit->setObjectName(QStringLiteral("fromDate"));
    m_toEdit->setObjectName(QStringLiteral("toDate"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_progress->setObjectName(QStringLiteral("settlementProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_status->setObjectName(QStringLiteral("settlementStatus"));
    applyStyleSheet(m_status, "endOfDay"); // bold when it reports a problem (pavt.qss)
    m_categories->setObjectName(QStringLiteral("categoryTabs"));
    m_totals->setObjectName(QStringLiteral("totalsTabs"));
    m_charts->setObjectName(QStringLiteral("chartTabs"));
    m_netChart->setObjectName(QStringLiteral("netChart"));
    m_outcomeChart->setObjectName(QStringLiteral("outcomeChart"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_csv->setObjectName(QStringLiteral("csvButton"));
    m_pdf->setObjectName(QStringLiteral("pdfButton"));

    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
    }
    m_fromLabel->setBuddy(m_fromEdit);
    m_toLabel->setBuddy(m_toEdit);
    m_run->setDefault(true);
    setFocusProxy(m_fromEdit); // Ctrl+E lands on the range
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QChartView *view : { m_netChart, m_outcomeChart }) {
        view->setRenderHint(QPainter::Antialiasing);
        // Nothing to do in a chart: the tables hold the same figures, for the keyboard too.
        view->setFocusPolicy(Qt::NoFocus);
        view->viewport()->setFocusPolicy(Qt::NoFocus);
        view->setMinimumHeight(200);
    }
    m_charts->addTab(m_netChart, QString());
    m_charts->addTab(m_outcomeChart, QString());
    m_totals->addTab(m_perDay, QString());
    m_totals->addTab(m_perOperator, QString());
    m_totals->addTab(m_perKind, QString());

    auto *range = new QHBoxLayout;
    range->addWidget(m_fromLabel);
    range->addWidget(m_fromEdit);
    range->addSpacing(8);
    range->addWidget(m_toLabel);
    range->addWidget(m_toEdit);
    range->addSpacing(8);
    range->addWidget(m_run);
    range->addWidget(m_progress, 1);
    range->addWidget(m_cancel);
    range->addStretch();

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_totals);
    lower->addWidget(m_charts);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("endOfDaySplitter"));
    split->addWidget(m_categories);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch();
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_categories);
    setTabOrder(m_categories, m_totals);
    setTabOrder(m_totals, m_perDay);
    setTabOrder(m_perDay, m_charts);
    setTabOrder(m_charts, m_apply);
    setTabOrder(m_apply, m_csv);
    setTabOrder(m_csv, m_pdf);

    connect(m_run, &QPushButton::clicked, this, &EndOfDayPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &EndOfDayPage::cancel);
    connect(m_apply, &QPushButton::clicked, this, &EndOfDayPage::applyChanges);
    connect(m_csv, &QPushButton::clicked, this, &EndOfDayPage::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &EndOfDayPage::exportPdf);
    // Enter runs from anywhere on the page (the range's fields included); Escape cancels a run.
    for (int key : { int(Qt::Key_Return), int(Qt::Key_Enter) }) {
        auto *enter = new QShortcut(QKeySequence(key), this);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            if (!m_running)
                run();
        });
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &EndOfDayPage::cancel);

    confirmApply = [this](const QStringList &changes) {
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("applyChangesDialog"));
        dialog.setWindowTitle(tr("Apply changes to the journal"));
        auto *box = new QVBoxLayout(&dialog);
        auto *intro = new QLabel(tr("The journal learns these %n change(s) from the gateway. "
                                    "Nothing else is changed, and each change is recorded in "
                                    "the audit trail.",
                                    nullptr, int(changes.size())),
                                 &dialog);
        intro->setWordWrap(true);
        box->addWidget(intro);
        auto *list = new QListWidget(&dialog);
        list->setAccessibleName(tr("Changes to apply"));
        list->addItems(changes);
        box->addWidget(list);
        auto *bb = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        QPushButton *ok = bb->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
        bb->button(QDialogButtonBox::Cancel)->setDefault(true); // a deliberate Alt+A applies
        connect(bb, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(bb, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        Q_UNUSED(ok);
        box->addWidget(bb);
        dialog.resize(640, 360);
        return dialog.exec() == QDialog::Accepted;
    };
    askSavePath = [this](const QString &title, const QString &suggested, const QString &filter) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, dir + u'/' + suggested, filter);
    };

    retranslate();
    fillCategories();
    updateButtons();
}

EndOfDayPage::~EndOfDayPage() = default;

void EndOfDayPage::setSources(Journal *journal, GatewayClient *client,
                              const SettlementOptions &options)
{
    if (m_running) {
        m_running = false;
        setWorking(false);
        setStatusText(tr("The settlement was stopped: the gateway or the journal changed."));
    }
    m_settlement.reset();
    m_journal = journal;
    if (journal && client) {
        m_settlement = std::make_unique<Settlement>(journal, client, options);
        connect(m_settlement.get(), &Settlement::progress, this, &EndOfDayPage::onProgress);
        connect(m_settlement.get(), &Settlement::finished, this, &EndOfDayPage::onFinished);
    }
    updateButtons();
}

void EndOfDayPage::setSession(SessionService *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &SessionService::stateChanged, this, &EndOfDayPage::updateButtons);
    updateButtons();
}

void EndOfDayPage::setRange(QDate from, QDate to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

QDate EndOfDayPage::from() const
{
    return m_fromEdit->date();
}

QDate EndOfDayPage::to() const
{
    return m_toEdit->date();
}

QString EndOfDayPage::statusText() const
{
    return m_status->text();
}

void EndOfDayPage::setStatusText(const QString &text, bool problem)
{
    m_status->setText(problem ? tr("⚠ %1").arg(text) : text);
    m_status->setProperty("problem", problem);
    m_status->setAccessibleName(text);
    style()->unpolish(m_status);
    style()->polish(m_status);
}

bool EndOfDayPage::refused(Action action, const QJsonObject &details)
{
    if (!m_session)
        return false;
    if (auto refusal = m_session->require(action, details)) {
        setStatusText(refusal->message, true);
        emit status(refusal->message);
        return true;
    }
    return false;
}

void EndOfDayPage::run()
{
    if (m_running)
        return;
    if (!m_settlement) {
        setStatusText(tr("No gateway is configured, so there is nothing to settle against: open "
                         "Settings (Ctrl+,)."),
                      true);
        return;
    }
    const QDate from = this->from();
    const QDate to = this->to();
    if (from > to) {
        setStatusText(tr("The first day is after the last: choose a range from an earlier day to "
                         "a later one."),
                      true);
        m_fromEdit->setFocus();
        return;
    }
    if (refused(Action::Report,
                { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                  { QStringLiteral("to"), to.toString(Qt::ISODate) } }))
        return;
    m_report.reset();
    showReport();
    m_cancelRequested = false;
    m_running = true;
    setWorking(true);
    setStatusText(tr("Reading the gateway's transaction list…"));
    m_settlement->run(from, to); // may finish at once (a refusal)
}

void EndOfDayPage::cancel()
{
    if (!m_running || !m_settlement)
        return;
    m_cancelRequested = true;
    m_settlement->cancel(); // no page is asked for after the one under way
    m_cancel->setEnabled(false);
    setStatusText(tr("Cancelling: waiting for the page under way, then stopping…"));
}

void EndOfDayPage::onProgress(int pages, qint64 transactions, qint64 totalCount)
{
    if (totalCount > 0) {
        m_progress->setRange(0, int(std::min<qint64>(totalCount, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(transactions, INT_MAX)));
    }
    m_progress->setFormat(tr("Page %1: %n transaction(s)", nullptr, int(transactions)).arg(pages));
    m_progress->setAccessibleDescription(m_progress->format());
}

void EndOfDayPage::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    setWorking(false);
    const Result<SettlementReport> &result = m_settlement->result();
    if (m_cancelRequested) {
        m_report.reset();
        setStatusText(tr("Cancelled: no more pages were fetched, nothing is shown and nothing was "
                         "changed."));
    } else if (!result) {
        m_report.reset();
        setStatusText(result.error().message, true);
    } else {
        m_report = *result;
        const int serious = int(m_report->seriousItems().size());
        QString text = tr("%n gateway transaction(s) on %1 page(s).", nullptr,
                          int(m_report->gatewayTransactions))
                           .arg(m_report->pages);
        if (serious > 0)
            text += u' '
                + tr("%n serious row(s) to look into (marked ⚠, on the first tabs).", nullptr,
                     serious);
        else
            text += u' ' + tr("Nothing serious.");
        if (!m_report->changes.isEmpty())
            text += u' '
                + tr("%n change(s) for the journal: Apply changes… lists them.", nullptr,
                     int(m_report->changes.size()));
        setStatusText(text, serious > 0);
        if (m_session)
            m_session->audit(QString::fromLatin1(AuditEvent::SettlementMade),
                             { { QStringLiteral("from"), m_report->from.toString(Qt::ISODate) },
                               { QStringLiteral("to"), m_report->to.toString(Qt::ISODate) },
                               { QStringLiteral("transactions"), m_report->gatewayTransactions },
                               { QStringLiteral("changes"), qint64(m_report->changes.size()) },
                               { QStringLiteral("applied"), 0 } });
    }
    showReport();
    emit status(statusText());
    emit finished();
}

void EndOfDayPage::setWorking(bool working)
{
    m_progress->setVisible(working);
    m_cancel->setVisible(working);
    m_cancel->setEnabled(working);
    if (working) {
        m_progress->setRange(0, 0); // busy until the first page says how many
        m_progress->setFormat(tr("Waiting for the first page…"));
        m_cancel->setFocus();
    }
    m_fromEdit->setEnabled(!working);
    m_toEdit->setEnabled(!working);
    updateButtons();
    if (!working && m_run->isEnabled())
        m_run->setFocus();
}

void EndOfDayPage::updateButtons()
{
    const bool have = m_report.has_value() && !m_running;
    const bool mayReport = !m_session || m_session->may(Action::Report);
    const bool maySettle = !m_session || m_session->may(Action::Settle);
    m_run->setEnabled(!m_running && m_settlement && mayReport);
    m_apply->setVisible(maySettle);
    m_apply->setEnabled(have && maySettle && !m_report->changes.isEmpty());
    m_csv->setEnabled(have && mayReport);
    m_pdf->setEnabled(have && mayReport);
}

void EndOfDayPage::showReport()
{
    fillCategories();
    fillTotals();
    fillCharts();
    updateButtons();
}

void EndOfDayPage::applyChanges()
{
    if (!m_report || m_running)
        return;
    if (m_report->changes.isEmpty()) {
        setStatusText(tr("Nothing to apply: the journal already knows what the gateway knows."));
        return;
    }
    const QJsonObject details { { QStringLiteral("from"), m_report->from.toString(Qt::ISODate) },
                                { QStringLiteral("to"), m_report->to.toString(Qt::ISODate) },
                                { QStringLiteral("changes"), qint64(m_report->changes.size()) } };
    if (refused(Action::Settle, details))
        return;
    QStringList descriptions;
    for (const SettlementChange &change : std::as_const(m_report->changes))
        descriptions << change.description;
    if (!confirmApply || !confirmApply(descriptions)) {
        setStatusText(tr("Nothing was applied."));
        return;
    }
    auto applied = m_settlement->apply(*m_report, m_session);
    if (!applied) {
        setStatusText(tr("The changes could not all be applied: %1").arg(applied.error().message),
                      true);
        return;
    }
    if (m_session)
        m_session->audit(QString::fromLatin1(AuditEvent::SettlementMade),
                         { { QStringLiteral("from"), m_report->from.toString(Qt::ISODate) },
                           { QStringLiteral("to"), m_report->to.toString(Qt::ISODate) },
                           { QStringLiteral("transactions"), m_report->gatewayTransactions },
                           { QStringLiteral("changes"), qint64(m_report->changes.size()) },
                           { QStringLiteral("applied"), *applied } });
    emit status(tr("%n journal entries changed.", nullptr, *applied));
    // The page shows what is true now: the same range again (nothing more to apply).
    setRange(m_report->from, m_report->to);
    run();
}

namespace {
// "2025-03-10", or "2025-03-10-2025-03-11" for several days.
QString rangeForFileName(const SettlementReport &report)
{
    const QString from = report.from.toString(Qt::ISODate);
    return report.from == report.to ? from : from + u'-' + report.to.toString(Qt::ISODate);
}
} // namespace

void EndOfDayPage::auditExport(const QString &format, qint64 rows)
{
    if (!m_session || !m_report)
        return;
    m_session->audit(QString::fromLatin1(AuditEvent::ReportExported),
                     { { QStringLiteral("format"), format },
                       { QStringLiteral("from"), m_report->from.toString(Qt::ISODate) },
                       { QStringLiteral("to"), m_report->to.toString(Qt::ISODate) },
                       { QStringLiteral("rows"), rows } });
}

QString EndOfDayPage::exportPath(const QString &format, const QString &title,
                                 const QString &fileName, const QString &filter)
{
    if (!m_report || m_running)
        return {};
    const QJsonObject details { { QStringLiteral("format"), format },
                                { QStringLiteral("from"), m_report->from.toString(Qt::ISODate) },
                                { QStringLiteral("to"), m_report->to.toString(Qt::ISODate) } };
    if (refused(Action::Report, details))
        return {};
    return askSavePath(title, fileName.arg(rangeForFileName(*m_report)), filter);
}

void EndOfDayPage::exportCsv()
{
    const QString path = exportPath(QStringLiteral("csv"), tr("Export the settlement as CSV"),
                                    QStringLiteral("settlement-%1.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = saveSettlementCsv(*m_report, path);
    if (!written) {
        setStatusText(written.error().message, true);
        return;
    }
    auditExport(QStringLiteral("csv"), *written);
    emit status(
        tr("%n row(s) written to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
}

void EndOfDayPage::exportPdf()
{
    const QString path = exportPath(QStringLiteral("pdf"), tr("Save the end-of-day report as PDF"),
                                    QStringLiteral("end-of-day-%1.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    EndOfDayPdfHeader header;
    header.merchant = m_merchant;
    header.operatorName = m_session ? m_session->operatorName() : QString();
    header.madeAt = QDateTime::currentDateTime();
    header.demo = m_demo;
    QString error;
    if (!saveEndOfDayPdf(*m_report, header, path, locale(), &error)) {
        setStatusText(error, true);
        return;
    }
    auditExport(QStringLiteral("pdf"), m_report->seriousItems().size());
    emit status(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void EndOfDayPage::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Settle the days against the gateway's list (Enter)"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop reading the gateway's list (Esc); nothing is changed"));
    m_progress->setAccessibleName(tr("Pages of the gateway's list read"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->tabBar()->setAccessibleName(tr("Categories"));
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->tabBar()->setAccessibleName(tr("Totals"));
    m_totals->setTabText(0, tr("Per day and currency"));
    m_totals->setTabText(1, tr("Per operator"));
    m_totals->setTabText(2, tr("Per kind"));
    m_perDay->setAccessibleName(tr("Totals per day and currency"));
    m_perOperator->setAccessibleName(tr("Totals per operator"));
    m_perKind->setAccessibleName(tr("Totals per kind"));
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->tabBar()->setAccessibleName(tr("Charts"));
    m_charts->setTabText(0, tr("Daily net"));
    m_charts->setTabText(1, tr("Outcomes"));
    m_apply->setText(tr("&Apply changes…"));
    m_csv->setText(tr("Export C&SV…"));
    m_pdf->setText(tr("Export &PDF…"));
    if (m_status->text().isEmpty() && !m_running)
        setStatusText(tr("Choose the days and press Run (Enter): the gateway's list is read and "
                         "matched with the journal."));
}

void EndOfDayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReport();
    } else if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : { m_netChart, m_outcomeChart })
            if (view->chart())
                applyChartPalette(view->chart(), palette());
    }
    QWidget::changeEvent(event);
}

void EndOfDayPage::showEvent(QShowEvent *event)
{
    updateButtons();
    QWidget::showEvent(event);
}

} // namespace pavt::gui
