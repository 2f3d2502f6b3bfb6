// SPDX-License-Identifier: MIT
#include "gui/endofdaycharts.h"

#include "core/payment/currency.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>
#include <map>

namespace pavt::gui {

namespace {

QString trCharts(const char *text)
{
    return QCoreApplication::translate("pavt::gui::EndOfDayCharts", text);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Bar colours that read on a light and on a dark background alike (an Okabe-Ito set, which also
// stays apart for the common colour blindnesses).
QColor seriesColour(int index, bool dark)
{
    static const QColor light[]
        = { QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
            QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00) };
    static const QColor onDark[]
        = { QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x33, 0xc4, 0x9a),
            QColor(0xe0, 0x9d, 0xc4), QColor(0x9f, 0xd4, 0xf5), QColor(0xf0, 0xe4, 0x42) };
    const int n = int(std::size(light));
    return dark ? onDark[index % n] : light[index % n];
}

double majorUnits(qint64 minor, const QString &code)
{
    const Currency *currency = Currencies::find(code);
    const int places = currency && currency->isPayable() ? currency->minorUnits : 2;
    return double(minor) / std::pow(10.0, places);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

} // namespace

QString settlementCategoryLabel(SettlementCategory category)
{
    switch (category) {
    case SettlementCategory::Matched:
        return trCharts("Matched");
    case SettlementCategory::GatewayOnly:
        return trCharts("Gateway only");
    case SettlementCategory::JournalOnly:
        return trCharts("Journal only");
    case SettlementCategory::Mismatched:
        return trCharts("Mismatched");
    case SettlementCategory::Refunded:
        return trCharts("Refunded");
    case SettlementCategory::ChargedBack:
        return trCharts("Charged back");
    case SettlementCategory::Suspicious:
        return trCharts("Suspicious");
    }
    return QString();
}

QChart *netPerDayChart(const SettlementReport &report, const QPalette &palette)
{
    QChart *chart = newChart(trCharts("Daily net per currency"));
    QStringList days;
    for (QDate d = report.from; d.isValid() && d <= report.to && days.size() < 400;
         d = d.addDays(1))
        days << d.toString(Qt::ISODate);
    std::map<QString, QHash<QString, double>> perCurrency; // currency -> day -> net
    for (const SettlementTotal &t : report.perDay) {
        perCurrency[t.currency][t.key] += majorUnits(t.netMinor(), t.currency);
        if (!days.contains(t.key))
            days << t.key;
    }
    days.sort();
    auto *series = new QBarSeries;
    for (const auto &[currency, byDay] : perCurrency) {
        auto *set = new QBarSet(currency);
        for (const QString &day : std::as_const(days))
            set->append(byDay.value(day));
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &day : std::as_const(days))
        labels << (days.size() > 1 ? day.mid(5) : day); // "03-10" for many days
    x->append(labels);
    x->setTitleText(trCharts("Day"));
    auto *y = new QValueAxis;
    y->setTitleText(trCharts("Net (major units)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (perCurrency.empty())
        y->setRange(0, 1);
    else
        y->applyNiceNumbers();
    chart->legend()->setVisible(!perCurrency.empty());
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyChartPalette(chart, palette);
    return chart;
}

QChart *outcomesChart(const SettlementReport &report, const QPalette &palette)
{
    QChart *chart = newChart(trCharts("Outcomes"));
    auto *set = new QBarSet(trCharts("Transactions"));
    QStringList labels;
    // Bottom to top in a horizontal bar chart: reversed, so that the serious ones are on top.
    const QList<SettlementCategory> order = report.categoriesSeriousFirst();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const QString name = settlementCategoryLabel(*it);
        labels << (report.hasSerious(*it) ? trCharts("⚠ %1").arg(name) : name);
        set->append(report.count(*it));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    int most = 1;
    for (SettlementCategory c : order)
        most = std::max(most, report.count(c));
    x->setRange(0, most + std::max(1, most / 5)); // room for the labels at the bars' ends
    x->setTickCount(std::min(most + 2, 6));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    applyChartPalette(chart, palette);
    return chart;
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(140);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
    int index = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets()) {
                set->setColor(seriesColour(index++, dark));
                set->setBorderColor(base);
                set->setLabelColor(text);
            }
}

} // namespace pavt::gui
