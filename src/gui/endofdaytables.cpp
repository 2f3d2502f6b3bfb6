// SPDX-License-Identifier: MIT
// The End of day page's tables and charts, filled from the report (endofdaypage.cpp: the rest).
#include "gui/endofdaycharts.h"
#include "gui/endofdaypage.h"
#include "gui/endofdaypdf.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>

namespace pavt::gui {

QTableWidget *newEndOfDayTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false); // Tab leaves the table, arrows move within it
    table->setWordWrap(false);
    return table;
}

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

} // namespace

void EndOfDayPage::fillCategories()
{
    const int current = m_categories->currentIndex();
    while (m_categories->count() > 0) {
        QWidget *w = m_categories->widget(0);
        m_categories->removeTab(0);
        w->deleteLater();
    }
    const SettlementReport empty;
    const SettlementReport &report = m_report ? *m_report : empty;
    const QStringList headers { tr("Transaction id"), tr("Order id"),    tr("Day"),
                                tr("Amount"),         tr("Currency"),    tr("Journal"),
                                tr("Gateway"),        tr("What differs") };
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (SettlementCategory category : report.categoriesSeriousFirst()) {
        const QList<SettlementItem> items = report.itemsOf(category);
        auto *table = newEndOfDayTable(m_categories, settlementCategoryId(category));
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(items.size()));
        for (int row = 0; row < items.size(); ++row) {
            const SettlementItem &item = items.at(row);
            auto *id = cell(item.serious ? tr("⚠ %1").arg(item.transactionId) : item.transactionId);
            if (item.serious) {
                id->setToolTip(tr("Serious: a person must look at this one."));
                QFont bold = id->font();
                bold.setBold(true);
                id->setFont(bold);
            }
            table->setItem(row, 0, id);
            table->setItem(row, 1, cell(item.orderId));
            table->setItem(row, 2, cell(item.day.toString(Qt::ISODate)));
            table->setItem(
                row, 3,
                cell(settlementMoney(item.amountMinor, item.currency, locale()), Qt::AlignRight));
            table->setItem(row, 4, cell(item.currency));
            table->setItem(
                row, 5, cell(item.journalStatus.isEmpty() ? tr("(no entry)") : item.journalStatus));
            table->setItem(row, 6,
                           cell(category == SettlementCategory::JournalOnly ? tr("(no record)")
                                                                            : item.status));
            QString detail = item.detail;
            if (!item.date.isEmpty())
                detail = detail.isEmpty() ? tr("on %1").arg(item.date)
                                          : tr("%1; on %2").arg(detail, item.date);
            auto *differs = cell(detail);
            differs->setToolTip(detail); // the whole text where the column is too narrow
            table->setItem(row, 7, differs);
        }
        table->resizeColumnsToContents();
        const QString name = settlementCategoryLabel(category);
        const bool serious = report.hasSerious(category);
        const QString title = !m_report ? name
            : serious                   ? tr("%1 (%2, serious)").arg(name).arg(items.size())
                                        : tr("%1 (%2)").arg(name).arg(items.size());
        const int index = serious ? m_categories->addTab(table, warning, title)
                                  : m_categories->addTab(table, title);
        m_categories->setTabToolTip(
            index, serious ? tr("Serious rows: a person must look at them.") : QString());
        table->setAccessibleName(
            m_report ? tr("%1: %n transaction(s)", nullptr, int(items.size())).arg(name) : name);
    }
    // A fresh report opens on its first (most serious) tab; otherwise stay where the person was.
    m_categories->setCurrentIndex(m_report ? 0 : std::max(current, 0));
}

void EndOfDayPage::fillTotals()
{
    const auto fill = [this](QTableWidget *table, const QList<SettlementTotal> &totals,
                             const QString &keyTitle) {
        const QStringList headers { keyTitle,       tr("Currency"),
                                    tr("Approved"), tr("Approved amount"),
                                    tr("Refunds"),  tr("Chargebacks"),
                                    tr("Net") };
        table->clear();
        table->setColumnCount(int(headers.size()));
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(int(totals.size()));
        for (int row = 0; row < totals.size(); ++row) {
            const SettlementTotal &t = totals.at(row);
            const QLocale l = locale();
            table->setItem(row, 0, cell(t.key.isEmpty() ? tr("(none)") : t.key));
            table->setItem(row, 1, cell(t.currency));
            table->setItem(row, 2, cell(l.toString(t.approvedCount), Qt::AlignRight));
            table->setItem(row, 3,
                           cell(settlementMoney(t.approvedMinor, t.currency, l), Qt::AlignRight));
            table->setItem(row, 4,
                           cell(tr("%1 (%2)")
                                    .arg(settlementMoney(t.refundMinor, t.currency, l))
                                    .arg(t.refundCount),
                                Qt::AlignRight));
            table->setItem(row, 5,
                           cell(tr("%1 (%2)")
                                    .arg(settlementMoney(t.chargebackMinor, t.currency, l))
                                    .arg(t.chargebackCount),
                                Qt::AlignRight));
            auto *net = cell(settlementMoney(t.netMinor(), t.currency, l), Qt::AlignRight);
            QFont bold = net->font();
            bold.setBold(true);
            net->setFont(bold);
            table->setItem(row, 6, net);
        }
        table->resizeColumnsToContents();
    };
    const SettlementReport empty;
    const SettlementReport &report = m_report ? *m_report : empty;
    fill(m_perDay, report.perDay, tr("Day"));
    fill(m_perOperator, report.perOperator, tr("Operator"));
    fill(m_perKind, report.perKind, tr("Kind"));
}

void EndOfDayPage::fillCharts()
{
    SettlementReport empty;
    empty.from = from();
    empty.to = to();
    const SettlementReport &report = m_report ? *m_report : empty;
    QChart *oldNet = m_netChart->chart();
    QChart *oldOutcomes = m_outcomeChart->chart();
    m_netChart->setChart(netPerDayChart(report, palette()));
    m_outcomeChart->setChart(outcomesChart(report, palette()));
    delete oldNet; // setChart() leaves the old chart to its caller
    delete oldOutcomes;
    m_netChart->setAccessibleName(tr("Chart: daily net per currency"));
    m_outcomeChart->setAccessibleName(tr("Chart: transactions per category"));
}

} // namespace pavt::gui
