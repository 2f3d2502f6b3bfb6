// SPDX-License-Identifier: MIT
#include "gui/receipt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace pavt::gui {

namespace { } // namespace

QString receiptHtml(const ChargeSummary &result, const ReceiptHeader &header)
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='padding-right:16px;color:#555'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const GatewayOutcome &o = result.outcome;
    QString html = QStringLiteral("<html><body style='font-family:DejaVu Sans,Arial,sans-serif'>");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(QCoreApplication::translate("pavt::gui::Receipt", "Payment receipt")
                         .toHtmlEscaped());
    if (!header.merchant.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(header.merchant.toHtmlEscaped());
    if (header.demo)
        html += QStringLiteral("<p style='color:#a4262c'><b>%1</b></p>")
                    .arg(QCoreApplication::translate("pavt::gui::Receipt",
                                                     "DEMO: no real payment was made.")
                             .toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Date"),
                QLocale().toString(result.when, QLocale::LongFormat));
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Amount"), result.amountText);
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Card"), result.cardText);
    html
        += row(QCoreApplication::translate("pavt::gui::Receipt", "Card number"), result.maskedCard);
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Cardholder"),
                result.customerName);
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Status"),
                o.kind == OutcomeKind::Approved
                    ? QCoreApplication::translate("pavt::gui::Receipt", "Approved")
                    : outcomeKindId(o.kind));
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Transaction"),
                o.transaction.transactionId);
    html += row(QCoreApplication::translate("pavt::gui::Receipt", "Order"), o.orderId);
    if (!header.operatorName.isEmpty())
        html += row(QCoreApplication::translate("pavt::gui::Receipt", "Operator"),
                    header.operatorName);
    html += QStringLiteral("</table><p style='color:#555;font-size:small'>%1</p></body></html>")
                .arg(QCoreApplication::translate("pavt::gui::Receipt",
                                                 "Card payment taken by phone through Pay Agency.")
                         .toHtmlEscaped());
    return html;
}

bool saveReceiptPdf(const ChargeSummary &result, const ReceiptHeader &header, const QString &path,
                    QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setCreator(QStringLiteral("PayAgency Virtual Terminal"));
    printer.setDocName(QCoreApplication::translate("pavt::gui::Receipt", "Receipt %1")
                           .arg(result.outcome.transaction.transactionId));
    QTextDocument doc;
    doc.setHtml(receiptHtml(result, header));
    doc.print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QCoreApplication::translate("pavt::gui::Receipt",
                                                 "The receipt could not be written to %1.")
                         .arg(path);
        return false;
    }
    return true;
}

} // namespace pavt::gui
