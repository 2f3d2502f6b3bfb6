// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/settlement.h"

#include <QLocale>
#include <QString>

namespace pavt::gui {

struct EndOfDayPdfHeader
{
    QString merchant; // the setting terminal/id (as on receipts)
    QString operatorName; // who made it
    QDateTime madeAt; // local time
    bool demo = false;
};

// The End of day report as a PDF (QPdfWriter and QPainter, A4): the title, the range, the
// merchant, the categories' counts, the totals per day and currency and per operator and kind,
// the two charts (drawn from Qt Charts' views with a light palette: paper is white) and the
// serious rows. False with `error` in words when it cannot be written.
bool saveEndOfDayPdf(const SettlementReport &report, const EndOfDayPdfHeader &header,
                     const QString &path, const QLocale &locale, QString *error);
// The title of the report for a range ("End of day 2025-03-10 to 2025-03-11"); also the PDF's
// document title.
QString endOfDayTitle(QDate from, QDate to);
// An amount of minor units as money of its currency ("GBP 12.50"), or the bare number for a
// currency the terminal does not know.
QString settlementMoney(qint64 minor, const QString &currency, const QLocale &locale);

} // namespace pavt::gui
