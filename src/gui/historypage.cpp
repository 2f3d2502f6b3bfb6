// SPDX-License-Identifier: MIT
#include "gui/historypage.h"

#include "core/journal/historymodel.h"
#include "core/journal/journalreader.h"
#include "core/journal/linkentry.h"
#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "gui/flowlayout.h"
#include "gui/receipt.h"
#include "gui/style.h"
#include "ui_historypage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace pavt::gui {

namespace {

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return !s.isEmpty();
}

} // namespace

HistoryPage::HistoryPage(HistoryModel *model, JournalReader *reader, QDateTime sessionStart,
                         QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryPage>()), m_model(model), m_reader(reader),
      m_sessionStart(std::move(sessionStart))
{
    m_ui->setupUi(this);
    m_ui->scopeCombo->addItem(QString());
    m_ui->scopeCombo->addItem(QString());
    m_ui->outcomeCombo->addItem(QString(), QString());
    for (int i = 0; i < EntryOutcomeCount; ++i)
        m_ui->outcomeCombo->addItem(QString(), entryOutcomeId(EntryOutcome(i)));
    buildLinkControls();
    retranslateCombos();
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-7));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->toDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->filterRow->setStretchFactor(m_ui->searchEdit, 1);
    m_ui->bottomRow->setStretchFactor(m_ui->summaryLabel, 1);
    m_ui->searchEdit->setMinimumWidth(220);
    // At 1280 x 800 (or 200 %) the filter row is tight: its labels keep their whole text, the
    // operator's name keeps room to be read, the combos give way first.
    for (QLabel *label : { m_ui->scopeLabel, m_ui->fromLabel, m_ui->toLabel, m_ui->outcomeLabel,
                           m_ui->operatorLabel }) {
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        label->setContentsMargins(0, 0, 4, 0); // the last letter was cut by the next field
    }
    m_ui->operatorCombo->setMinimumContentsLength(8);
    m_ui->outcomeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->outcomeCombo->setMinimumContentsLength(10);
    // Values wrap between words only ("VT2026…-NTWCNU9PAF" stays whole).
    m_ui->detailText->setWordWrapMode(QTextOption::WordWrap);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setWordWrap(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    fitLayout();
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    m_ui->refundButton->setEnabled(false);
    m_ui->refreshButton->setEnabled(false);

    askRefund = [this](const JournalEntry &entry) {
        return RefundDialog::ask(entry, m_partialRefunds, this);
    };
    askExportPath = [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(
            this, tr("Export charges"),
            dir + QStringLiteral("/charges-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
    };

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &HistoryPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->fromDate->setEnabled(index == 1);
        m_ui->toDate->setEnabled(index == 1);
        applyFilters();
    });
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    m_ui->operatorCombo->addItem(QString());
    connect(m_ui->operatorCombo, &QComboBox::currentTextChanged, debounce,
            qOverload<>(&QTimer::start));
    connect(m_ui->fromDate, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_ui->toDate, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::showDetail);
    connect(m_model, &HistoryModel::totalsChanged, this, &HistoryPage::updateSummary);
    connect(m_model, &HistoryModel::pageLoaded, this, [this] {
        // Size the columns to what the first page holds; the operator may resize them after.
        if (m_model->rowCount() <= m_model->pageSize())
            m_ui->table->resizeColumnsToContents();
        if (!m_ui->table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_ui->table->selectRow(0);
    });
    connect(m_model, &HistoryModel::loadingChanged, this, [this](bool loading) {
        if (m_exportRequest == 0)
            setWorking(loading, tr("Searching…"));
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, [this] {
        if (const JournalEntry *e = selectedEntry()) {
            if (isLink(e->kind))
                emit linkLookupRequested(e->id);
            else
                emit lookupRequested(e->id);
        }
    });
    connect(m_ui->refundButton, &QPushButton::clicked, this, [this] {
        const JournalEntry *e = selectedEntry();
        if (!e || !e->isRefundable())
            return;
        const JournalEntry entry = *e;
        if (const auto asked = askRefund(entry))
            emit refundRequested(entry.id, asked->reason, asked->amountMinor);
    });
    connect(m_ui->receiptButton, &QPushButton::clicked, this, [this] {
        if (const JournalEntry *e = selectedEntry(); e && hasReceipt(*e))
            emit receiptRequested(*e);
    });
    connect(m_ui->batchRefundButton, &QPushButton::clicked, this,
            &HistoryPage::batchRefundRequested);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_exportRequest)
            m_reader->cancel(m_exportRequest);
        else
            m_model->cancelLoading(); // a long search
    });
    connect(m_reader, &JournalReader::exportProgress, this,
            [this](quint64 id, qint64 rows, qint64 total) {
                if (id != m_exportRequest)
                    return;
                m_ui->progressBar->setMaximum(total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
                m_ui->progressBar->setValue(int(qMin<qint64>(rows, INT_MAX)));
            });
    connect(m_reader, &JournalReader::exportFinished, this, [this](quint64 id, qint64 rows) {
        if (id != m_exportRequest)
            return;
        m_exportRequest = 0;
        setWorking(false);
        m_ui->summaryLabel->setText(
            tr("Exported %n charge(s).", nullptr, int(qMin<qint64>(rows, INT_MAX))));
        emit exported(m_exportQuery, rows);
    });
    connect(m_reader, &JournalReader::failed, this, [this](quint64 id, const Error &error) {
        if (id != m_exportRequest)
            return;
        m_exportRequest = 0;
        setWorking(false);
        m_ui->summaryLabel->setText(error.code == u"cancelled"
                                        ? tr("Export cancelled.")
                                        : tr("Export failed: %1").arg(error.message));
    });
    applyFilters();
}

HistoryPage::~HistoryPage()
{
    if (m_exportRequest)
        m_reader->cancel(m_exportRequest);
}

JournalQuery HistoryPage::currentQuery() const
{
    JournalQuery q;
    if (m_ui->scopeCombo->currentIndex() == 0) {
        q.from = m_sessionStart.toUTC();
    } else {
        q.from = m_ui->fromDate->date().startOfDay().toUTC();
        q.to = m_ui->toDate->date().addDays(1).startOfDay().toUTC();
    }
    if (const auto outcome = entryOutcomeFromId(m_ui->outcomeCombo->currentData().toString()))
        q.outcomes = { *outcome };
    const QString kind = m_kindCombo->currentData().toString();
    if (kind == u"links")
        q.kinds = linkKinds();
    else if (const auto one = entryKindFromId(kind))
        q.kinds = { *one };
    q.operatorName = m_ui->operatorCombo->currentText().trimmed();
    const QString text = m_ui->searchEdit->text().trimmed();
    if (text.isEmpty())
        return q;
    if (text.size() == 4 && allDigits(text))
        q.lastFour = text;
    else if (text.contains(QLatin1Char('@')))
        q.email = text;
    else if (text.startsWith(QStringLiteral("PA"), Qt::CaseSensitive) && text.size() > 4)
        q.transactionId = text;
    else if (text.startsWith(QStringLiteral("VT")) && text.contains(QLatin1Char('-')))
        q.orderId = text;
    else
        q.name = text;
    return q;
}

void HistoryPage::applyFilters()
{
    JournalQuery q = currentQuery();
    if (auto error = q.validate()) {
        m_ui->summaryLabel->setText(error->message);
        return;
    }
    if (scope) {
        auto scoped = scope(q);
        if (!scoped) {
            JournalQuery nothing; // an empty table, not the last result of someone else
            nothing.from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
            nothing.to = nothing.from;
            m_model->setQuery(nothing);
            m_ui->summaryLabel->setText(scoped.error().message);
            return;
        }
        q = *scoped;
    }
    m_model->setQuery(q);
}

void HistoryPage::setPermissions(bool refund, bool lookUp, bool exportCsv, bool everyOperator,
                                 bool receipt)
{
    m_canRefund = refund;
    m_canLookUp = lookUp;
    m_canPrintReceipt = receipt;
    m_ui->receiptButton->setVisible(receipt);
    m_ui->refundButton->setVisible(refund);
    m_ui->batchRefundButton->setVisible(refund);
    m_ui->refreshButton->setVisible(lookUp);
    m_ui->exportButton->setVisible(exportCsv);
    m_ui->operatorLabel->setVisible(everyOperator);
    m_ui->operatorCombo->setVisible(everyOperator);
    if (!everyOperator)
        m_ui->operatorCombo->setCurrentText(QString());
    showDetail();
    applyFilters();
}

void HistoryPage::setOperators(const QStringList &names)
{
    const QString current = m_ui->operatorCombo->currentText();
    m_ui->operatorCombo->blockSignals(true);
    m_ui->operatorCombo->clear();
    m_ui->operatorCombo->addItem(QString());
    m_ui->operatorCombo->addItems(names);
    m_ui->operatorCombo->setCurrentText(current);
    m_ui->operatorCombo->blockSignals(false);
}

void HistoryPage::updateSummary()
{
    const QString summary = m_model->summary();
    m_ui->summaryLabel->setText(summary.isEmpty() ? tr("No charges match.") : summary);
}

const JournalEntry *HistoryPage::selectedEntry() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return nullptr;
    return &m_model->entryAt(index.row());
}

void HistoryPage::showDetail()
{
    const JournalEntry *e = selectedEntry();
    m_ui->refundButton->setEnabled(m_canRefund && e && e->isRefundable());
    m_ui->receiptButton->setEnabled(m_canPrintReceipt && e && hasReceipt(*e));
    m_ui->refreshButton->setEnabled(m_canLookUp && e && !e->orderId.isEmpty());
    // An open link can be handed on again; a paid, failed or expired one cannot.
    const bool openLink = e && isLink(e->kind) && e->outcome == EntryOutcome::AwaitingPayment
        && !e->paymentUrl.isEmpty();
    m_copyLink->setVisible(openLink);
    m_emailLink->setVisible(openLink);
    m_emailLink->setEnabled(openLink && !e->email.isEmpty());
    if (!e) {
        m_ui->detailText->clear();
        return;
    }
    const Currency *c = Currencies::find(e->currency);
    const QString labelColour = QStringLiteral("color:%1;").arg(detailLabelColour().name());
    const auto row = [&labelColour](const QString &label, const QString &value) {
        return value.isEmpty()
            ? QString()
            : QStringLiteral("<tr><td style='%1padding-right:8px'>%2</td><td>%3</td></tr>")
                  .arg(labelColour, label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html
        = QStringLiteral("<h3>%1</h3><table>").arg(entryOutcomeLabel(e->outcome).toHtmlEscaped());
    html += row(tr("Amount"),
                c ? formatMoney(e->amountMinor, *c, locale()) : QString::number(e->amountMinor));
    html += row(tr("Taken by"), entryKindLabel(e->kind));
    html += row(tr("Card"),
                e->maskedCard().isEmpty() ? QString()
                                          : Cards::brandName(Cards::brandFromId(e->cardBrand))
                        + QLatin1Char(' ') + e->maskedCard());
    html += row(tr("Cardholder"), e->firstName + QLatin1Char(' ') + e->lastName);
    html += row(tr("Email"), e->email);
    html += row(tr("Country"), e->country);
    html
        += row(tr("Created"), QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat));
    html
        += row(tr("Updated"), QLocale().toString(e->updatedAt.toLocalTime(), QLocale::ShortFormat));
    html += row(tr("Order"), e->orderId);
    html += row(tr("Transaction"), e->transactionId);
    html += row(tr("Gateway message"), e->message);
    html += row(tr("HTTP status"), e->httpStatus ? QString::number(e->httpStatus) : QString());
    html += row(tr("3-D Secure link"), e->threeDSUrl);
    html += row(tr("Payment link"), e->paymentUrl);
    html += row(tr("Followed until"),
                e->expiresAt.isValid()
                    ? QLocale().toString(e->expiresAt.toLocalTime(), QLocale::ShortFormat)
                    : QString());
    html += row(tr("Refund"),
                e->refundState == RefundState::None
                    ? QString()
                    : m_model->index(m_ui->table->currentIndex().row(), HistoryModel::RefundColumn)
                          .data()
                          .toString());
    if (e->refundedMinor > 0 && e->refundState != RefundState::Refunded)
        html += row(tr("Refunded so far"), formatEntryMoney(e->refundedMinor, e->currency));
    html += row(tr("Refund reason"), e->refundReason);
    html += row(tr("Refund message"), e->refundMessage);
    html += row(tr("Operator"), e->operatorName);
    html += row(tr("Environment"), e->environment);
    html += QStringLiteral("</table>");
    m_ui->detailText->setHtml(html);
}

QColor HistoryPage::detailLabelColour() const
{
    if (m_detailLabelColour.isValid())
        return m_detailLabelColour;
    // No style sheet: one on the page would put all of its widgets under Qt's style-sheet style,
    // about 10 ms of the start-up (bench_gui), for one colour.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const auto third = [](int from, int to) { return from + (to - from) / 3; };
    return QColor(third(text.red(), base.red()), third(text.green(), base.green()),
                  third(text.blue(), base.blue()));
}

void HistoryPage::setDetailLabelColour(const QColor &colour)
{
    if (colour == m_detailLabelColour)
        return;
    m_detailLabelColour = colour;
    showDetail();
}

void HistoryPage::exportCsv()
{
    if (m_exportRequest)
        return;
    JournalQuery query = currentQuery();
    if (scope) {
        auto scoped = scope(query);
        if (!scoped) {
            m_ui->summaryLabel->setText(scoped.error().message);
            return;
        }
        query = *scoped;
    }
    if (mayExport) {
        if (const auto refused = mayExport(query)) {
            m_ui->summaryLabel->setText(*refused);
            return;
        }
    }
    const QString path = askExportPath();
    if (path.isEmpty())
        return;
    m_exportQuery = query;
    m_exportRequest = m_reader->exportCsv(query, path);
    setWorking(true, tr("Exporting…"));
}

void HistoryPage::setWorking(bool working, const QString &what)
{
    m_ui->progressBar->setVisible(working);
    m_ui->cancelButton->setVisible(working);
    m_ui->exportButton->setEnabled(!working || m_exportRequest == 0);
    if (working) {
        m_ui->progressBar->setMaximum(0);
        m_ui->progressBar->setFormat(what);
    }
}

void HistoryPage::showEvent(QShowEvent *event)
{
    // Fresh figures every time the page is opened: outcomes change while the operator charges.
    applyFilters();
    QWidget::showEvent(event);
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCombos();
        // The model makes its texts when asked: ask again (headers, cells, summary, detail).
        if (m_model->columnCount() > 0)
            emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        m_ui->table->viewport()->update();
        updateSummary();
        showDetail();
    }
    if (event->type() == QEvent::PaletteChange)
        showDetail(); // the labels' colour follows the theme
    QWidget::changeEvent(event);
}

void HistoryPage::retranslateCombos()
{
    // A kerned pair ("To") is drawn wider than QLabel measures it: the last letter was cut. Room
    // for the whole drawn text plus a little, in every language.
    for (QLabel *label : { m_ui->scopeLabel, m_ui->fromLabel, m_ui->toLabel, m_ui->outcomeLabel,
                           m_ui->operatorLabel, m_kindLabel }) {
        if (!label)
            continue;
        QString plain = label->text();
        plain.remove(u'&');
        const QFontMetrics metrics = label->fontMetrics();
        label->setMinimumWidth(metrics.boundingRect(plain).width() + metrics.averageCharWidth());
    }
    m_ui->scopeCombo->setItemText(0, tr("This session"));
    m_ui->scopeCombo->setItemText(1, tr("Date range"));
    m_ui->outcomeCombo->setItemText(0, tr("Any outcome"));
    for (int i = 0; i < EntryOutcomeCount; ++i)
        m_ui->outcomeCombo->setItemText(i + 1, entryOutcomeLabel(EntryOutcome(i)));
    retranslateLinkControls();
}

void HistoryPage::fitLayout()
{
    // The filters, each label with its field, side by side where they fit and on further lines
    // where they do not (1280 x 800 at 200 %).
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *flow = new FlowLayout(bar, m_ui->historyLayout->spacing());
    flow->setContentsMargins(0, 0, 0, 0);
    QList<QWidget *> filters;
    while (QLayoutItem *item = m_ui->filterRow->takeAt(0)) {
        if (item->widget())
            filters.append(item->widget());
        delete item;
    }
    for (qsizetype i = 0; i < filters.size(); i += 2) {
        auto *pair = new QWidget(bar);
        auto *row = new QHBoxLayout(pair);
        row->setContentsMargins(0, 0, 0, 0);
        for (qsizetype j = i; j < std::min(i + 2, filters.size()); ++j)
            row->addWidget(filters.at(j));
        flow->addWidget(pair);
    }
    m_ui->historyLayout->insertWidget(m_ui->historyLayout->indexOf(m_ui->filterRow), bar);
    // The detail pane's buttons likewise: on as many lines as the pane's width needs, so that
    // they never make the pane wider and take the table's main columns out of sight.
    auto *buttons = new QWidget(m_ui->detailPane);
    buttons->setObjectName(QStringLiteral("detailButtonBar"));
    // Its width in one line is no claim on the pane's width (the widest button is).
    buttons->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *buttonFlow = new FlowLayout(buttons, m_ui->detailButtons->spacing());
    buttonFlow->setContentsMargins(0, 0, 0, 0);
    while (QLayoutItem *item = m_ui->detailButtons->takeAt(0)) {
        if (item->widget())
            buttonFlow->addWidget(item->widget());
        delete item;
    }
    m_ui->detailLayout->insertWidget(m_ui->detailLayout->indexOf(m_ui->detailButtons), buttons);
    // The table takes the height; the filters as many lines as they need (heightForWidth).
    m_ui->historyLayout->setStretchFactor(m_ui->splitter, 1);
    // The columns an operator scans first (when, outcome, amount, card, name, order) come first,
    // so that they are in sight at 1280 x 800 without scrolling sideways; the detail pane shows
    // everything of the selected row. No column grows wider than a long order id.
    QHeaderView *header = m_ui->table->horizontalHeader();
    int to = 0;
    for (int column :
         { HistoryModel::TimeColumn, HistoryModel::OutcomeColumn, HistoryModel::AmountColumn,
           HistoryModel::CardColumn, HistoryModel::NameColumn, HistoryModel::OrderIdColumn })
        header->moveSection(header->visualIndex(column), to++);
    header->setMaximumSectionSize(fontMetrics().averageCharWidth() * 24);
    // A cut value keeps both ends: an order id's distinct tail, a long name's surname.
    m_ui->table->setTextElideMode(Qt::ElideMiddle);
}

void HistoryPage::buildLinkControls()
{
    m_kindLabel = new QLabel(this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindLabel->setBuddy(m_kindCombo);
    m_kindLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindCombo->setMinimumContentsLength(10);
    m_kindCombo->addItem(QString(), QString());
    m_kindCombo->addItem(QString(), QStringLiteral("links"));
    for (int i = 0; i < EntryKindCount; ++i)
        m_kindCombo->addItem(QString(), entryKindId(EntryKind(i)));
    const int at = m_ui->filterRow->indexOf(m_ui->outcomeCombo) + 1;
    m_ui->filterRow->insertWidget(at, m_kindLabel);
    m_ui->filterRow->insertWidget(at + 1, m_kindCombo);
    setTabOrder(m_ui->outcomeCombo, m_kindCombo);
    setTabOrder(m_kindCombo, m_ui->searchEdit);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    m_copyLink = new QPushButton(this);
    m_copyLink->setObjectName(QStringLiteral("historyCopyLinkButton"));
    m_emailLink = new QPushButton(this);
    m_emailLink->setObjectName(QStringLiteral("historyEmailLinkButton"));
    m_ui->detailButtons->insertWidget(0, m_copyLink);
    m_ui->detailButtons->insertWidget(1, m_emailLink);
    m_copyLink->hide();
    m_emailLink->hide();
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (const JournalEntry *e = selectedEntry())
            emit copyLinkRequested(*e);
    });
    connect(m_emailLink, &QPushButton::clicked, this, [this] {
        if (const JournalEntry *e = selectedEntry())
            emit emailLinkRequested(*e);
    });
}

void HistoryPage::retranslateLinkControls()
{
    m_kindLabel->setText(tr("&Kind"));
    m_kindCombo->setAccessibleName(tr("Kind of payment filter"));
    m_kindCombo->setItemText(0, tr("Any kind"));
    m_kindCombo->setItemText(1, tr("Payment links (any)"));
    for (int i = 0; i < EntryKindCount; ++i)
        m_kindCombo->setItemText(i + 2, entryKindLabel(EntryKind(i)));
    m_copyLink->setText(tr("&Copy link"));
    m_copyLink->setAccessibleName(tr("Copy the payment link of the selected entry"));
    m_emailLink->setText(tr("E-&mail again…"));
    m_emailLink->setAccessibleName(tr("E-mail the payment link to the customer again"));
}

void HistoryPage::selectEntry(qint64 entryId)
{
    const int row = m_model->rowOfEntry(entryId);
    if (row >= 0)
        m_ui->table->selectRow(row);
}

} // namespace pavt::gui
