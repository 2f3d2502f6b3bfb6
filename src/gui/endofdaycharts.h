// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/settlement.h"

#include <QPalette>

class QChart;
class QChartView;
class QWidget;

namespace pavt::gui {

// The End of day page's two charts (Qt Charts): the daily net per currency (bars, in major units)
// and the outcomes (how many transactions each category holds). The colours follow a palette, so
// the charts stay readable in a dark theme; the PDF report draws them with a light one.
QChart *netPerDayChart(const SettlementReport &report, const QPalette &palette);
QChart *outcomesChart(const SettlementReport &report, const QPalette &palette);
// Takes the palette's colours for background, text, axes and grid (after a theme change).
void applyChartPalette(QChart *chart, const QPalette &palette);
// The translated name of a category ("Gateway only").
QString settlementCategoryLabel(SettlementCategory category);

} // namespace pavt::gui
