// SPDX-License-Identifier: MIT
#include "gui/receipt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace pavt::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pavt::gui::Receipt", text);
}
} // namespace

QString receiptHtml(const ChargeResult &result, const ReceiptHeader &header)
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px;color:#555'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const GatewayOutcome &o = result.outcome;
    QString html = QStringLiteral("<html><body style='font-family:DejaVu Sans,Arial,sans-serif'>");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Payment receipt").toHtmlEscaped());
    if (!header.merchant.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(header.merchant.toHtmlEscaped());
    if (header.demo)
        html += QStringLiteral("<p style='color:#a4262c'><b>%1</b></p>")
                    .arg(tr("DEMO: no real payment was made.").toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Date"), QLocale().toString(result.when, QLocale::LongFormat));
    html += row(tr("Amount"), result.amountText);
    html += row(tr("Card"), result.cardText);
    html += row(tr("Card number"), result.maskedCard);
    html += row(tr("Cardholder"), result.customerName);
    html += row(tr("Status"), o.kind == OutcomeKind::Approved ? tr("Approved") : outcomeKindId(o.kind));
    html += row(tr("Transaction"), o.transaction.transactionId);
    html += row(tr("Order"), o.orderId);
    if (!header.operatorName.isEmpty())
        html += row(tr("Operator"), header.operatorName);
    html += QStringLiteral("</table><p style='color:#555;font-size:small'>%1</p></body></html>")
                .arg(tr("Card payment taken by phone through Pay Agency.").toHtmlEscaped());
    return html;
}

bool saveReceiptPdf(const ChargeResult &result, const ReceiptHeader &header, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setCreator(QStringLiteral("PayAgency Virtual Terminal"));
    printer.setDocName(QStringLiteral("Receipt %1").arg(result.outcome.transaction.transactionId));
    QTextDocument doc;
    doc.setHtml(receiptHtml(result, header));
    doc.print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The receipt could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace pavt::gui
