// SPDX-License-Identifier: MIT
#include "gui/endofdaypdf.h"

#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "gui/endofdaycharts.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace pavt::gui {

namespace {

QString trPdf(const char *text)
{
    return QCoreApplication::translate("pavt::gui::EndOfDayPdf", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *TableStyle = "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                         "style='border-collapse:collapse; border-color:#888'>";

QString totalsTable(const QList<SettlementTotal> &totals, const QString &keyTitle,
                    const QLocale &locale)
{
    QString html = QString::fromLatin1(TableStyle);
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th>"
                           "<th align='right'>%3</th><th align='right'>%4</th>"
                           "<th align='right'>%5</th><th align='right'>%6</th>"
                           "<th align='right'>%7</th></tr>")
                .arg(esc(keyTitle), esc(trPdf("Currency")), esc(trPdf("Approved")),
                     esc(trPdf("Approved amount")), esc(trPdf("Refunds")),
                     esc(trPdf("Chargebacks")), esc(trPdf("Net")));
    for (const SettlementTotal &t : totals)
        html
            += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td>"
                              "<td align='right'>%4</td><td align='right'>%5 (%6)</td>"
                              "<td align='right'>%7 (%8)</td><td align='right'><b>%9</b></td></tr>")
                   .arg(esc(t.key.isEmpty() ? trPdf("(none)") : t.key), esc(t.currency),
                        locale.toString(t.approvedCount),
                        esc(settlementMoney(t.approvedMinor, t.currency, locale)),
                        esc(settlementMoney(t.refundMinor, t.currency, locale)),
                        locale.toString(t.refundCount),
                        esc(settlementMoney(t.chargebackMinor, t.currency, locale)),
                        locale.toString(t.chargebackCount),
                        esc(settlementMoney(t.netMinor(), t.currency, locale)));
    if (totals.isEmpty())
        html += QStringLiteral("<tr><td colspan='7'>%1</td></tr>").arg(esc(trPdf("None.")));
    return html + QStringLiteral("</table>");
}

// Draws a document from the top of a fresh page, over as many pages as it needs.
void drawPaged(QPainter &painter, QPdfWriter &writer, QTextDocument &doc, bool &firstPage)
{
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (!firstPage)
            writer.newPage();
        firstPage = false;
        painter.save();
        const qreal top = qreal(i) * writer.height();
        painter.translate(0, -top);
        doc.drawContents(&painter, QRectF(0, top, writer.width(), writer.height()));
        painter.restore();
    }
}

QPalette paperPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Mid, QColor(0x88, 0x88, 0x88));
    return p;
}

// A chart's view drawn into `target` (never on the screen).
void drawChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    QChartView view(chart); // takes the chart
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(640, 300); // the size its fonts are made for, scaled to the page
    view.show();
    view.render(&painter, target, view.viewport()->rect());
}

} // namespace

QString endOfDayTitle(QDate from, QDate to)
{
    return from == to
        ? trPdf("End of day %1").arg(from.toString(Qt::ISODate))
        : trPdf("End of day %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString settlementMoney(qint64 minor, const QString &currency, const QLocale &locale)
{
    if (const Currency *c = Currencies::find(currency); c && c->isPayable())
        return formatMoney(minor, *c, locale);
    return QStringLiteral("%1 %2").arg(currency, locale.toString(minor));
}

bool saveEndOfDayPdf(const SettlementReport &report, const EndOfDayPdfHeader &header,
                     const QString &path, const QLocale &locale, QString *error)
{
    const QString title = endOfDayTitle(report.from, report.to);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PayAgency Virtual Terminal"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = trPdf("The report could not be written to %1.").arg(path);
            return false;
        }
        bool firstPage = true;

        QString html = QStringLiteral("<html><body style='font-family:sans-serif; font-size:9pt'>");
        html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
        html += QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>")
                    .arg(esc(trPdf("Range: %1 to %2")
                                 .arg(report.from.toString(Qt::ISODate),
                                      report.to.toString(Qt::ISODate))),
                         esc(trPdf("Merchant: %1")
                                 .arg(header.merchant.isEmpty() ? trPdf("(not set)")
                                                                : header.merchant)),
                         esc(header.operatorName.isEmpty()
                                 ? trPdf("Made on %1")
                                       .arg(locale.toString(header.madeAt, QLocale::ShortFormat))
                                 : trPdf("Made by %1 on %2")
                                       .arg(header.operatorName,
                                            locale.toString(header.madeAt, QLocale::ShortFormat))),
                         esc(QCoreApplication::translate(
                                 "pavt::gui::EndOfDayPdf",
                                 "%n gateway transaction(s) on %1 page(s) of the gateway's list.",
                                 nullptr, int(report.gatewayTransactions))
                                 .arg(report.pages)));
        if (header.demo)
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(esc(trPdf("DEMO: made against the built-in gateway simulator.")));
        html += QStringLiteral("<h2>%1</h2>").arg(esc(trPdf("Categories")));
        html += QString::fromLatin1(TableStyle);
        for (SettlementCategory c : report.categoriesSeriousFirst())
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                        .arg(esc(settlementCategoryLabel(c)), locale.toString(report.count(c)),
                             report.hasSerious(c) ? esc(trPdf("⚠ serious: look into it"))
                                                  : QString());
        html += QStringLiteral("</table>");
        html += QStringLiteral("<h2>%1</h2>").arg(esc(trPdf("Totals per day and currency")));
        html += totalsTable(report.perDay, trPdf("Day"), locale);
        html += QStringLiteral("<h2>%1</h2>").arg(esc(trPdf("Totals per operator")));
        html += totalsTable(report.perOperator, trPdf("Operator"), locale);
        html += QStringLiteral("<h2>%1</h2>").arg(esc(trPdf("Totals per kind")));
        html += totalsTable(report.perKind, trPdf("Kind"), locale);
        html += QStringLiteral("</body></html>");
        QTextDocument totals;
        totals.setHtml(html);
        drawPaged(painter, writer, totals, firstPage);

        // The charts on a page of their own, one above the other.
        writer.newPage();
        const qreal w = writer.width();
        const qreal h = std::min<qreal>(w * 0.47, writer.height() / 2.0 - 20);
        const QPalette paper = paperPalette();
        drawChart(painter, netPerDayChart(report, paper), QRectF(0, 0, w, h));
        drawChart(painter, outcomesChart(report, paper), QRectF(0, h + 40, w, h));

        QString rows = QStringLiteral("<html><body style='font-family:sans-serif; font-size:8pt'>");
        rows += QStringLiteral("<h2>%1</h2>").arg(esc(trPdf("Serious rows")));
        const QList<SettlementItem> serious = report.seriousItems();
        if (serious.isEmpty()) {
            rows += QStringLiteral("<p>%1</p>").arg(esc(trPdf("Nothing serious was found.")));
        } else {
            rows += QString::fromLatin1(TableStyle);
            rows += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th>"
                                   "<th align='left'>%3</th><th align='left'>%4</th>"
                                   "<th align='right'>%5</th><th align='left'>%6</th></tr>")
                        .arg(esc(trPdf("Category")), esc(trPdf("Transaction id")),
                             esc(trPdf("Order id")), esc(trPdf("Day")), esc(trPdf("Amount")),
                             esc(trPdf("What differs")));
            for (const SettlementItem &item : serious)
                rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                                       "<td align='right'>%5</td><td>%6</td></tr>")
                            .arg(esc(settlementCategoryLabel(item.category)),
                                 esc(item.transactionId), esc(item.orderId),
                                 esc(item.day.toString(Qt::ISODate)),
                                 esc(settlementMoney(item.amountMinor, item.currency, locale)),
                                 esc(item.detail));
            rows += QStringLiteral("</table>");
        }
        rows += QStringLiteral("</body></html>");
        QTextDocument seriousDoc;
        seriousDoc.setHtml(rows);
        drawPaged(painter, writer, seriousDoc, firstPage);
        painter.end();
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = trPdf("The report could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace pavt::gui
