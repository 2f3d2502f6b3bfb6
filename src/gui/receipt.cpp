// SPDX-License-Identifier: MIT
#include "gui/receipt.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace pavt::gui {

namespace {

struct ReceiptText
{
    QString title;
    QString merchant;
    QString demoNote;
    QList<std::pair<QString, QString>> rows; // label, value
    QString footer;
};

// What a receipt says, once: the HTML (print, PDF) and the e-mail's plain text are two layouts
// of it. Masked card data only.
ReceiptText receiptText(const ChargeSummary &result, const ReceiptHeader &header)
{
    const GatewayOutcome &o = result.outcome;
    ReceiptText t;
    t.title = QCoreApplication::translate("pavt::gui::Receipt", "Payment receipt");
    t.merchant = header.merchant;
    if (header.demo)
        t.demoNote
            = QCoreApplication::translate("pavt::gui::Receipt", "DEMO: no real payment was made.");
    t.rows = {
        { QCoreApplication::translate("pavt::gui::Receipt", "Date"),
          QLocale().toString(result.when, QLocale::LongFormat) },
        { QCoreApplication::translate("pavt::gui::Receipt", "Amount"), result.amountText },
        { QCoreApplication::translate("pavt::gui::Receipt", "Card"), result.cardText },
        { QCoreApplication::translate("pavt::gui::Receipt", "Card number"), result.maskedCard },
        { QCoreApplication::translate("pavt::gui::Receipt", "Cardholder"), result.customerName },
        { QCoreApplication::translate("pavt::gui::Receipt", "Status"),
          o.kind == OutcomeKind::Approved
              ? QCoreApplication::translate("pavt::gui::Receipt", "Approved")
              : outcomeKindId(o.kind) },
        { QCoreApplication::translate("pavt::gui::Receipt", "Transaction"),
          o.transaction.transactionId },
        { QCoreApplication::translate("pavt::gui::Receipt", "Order"), o.orderId },
    };
    if (!result.refundText.isEmpty())
        t.rows.append(
            { QCoreApplication::translate("pavt::gui::Receipt", "Refund"), result.refundText });
    if (!header.operatorName.isEmpty())
        t.rows.append(
            { QCoreApplication::translate("pavt::gui::Receipt", "Operator"), header.operatorName });
    t.footer = QCoreApplication::translate("pavt::gui::Receipt",
                                           "Card payment taken by phone through Pay Agency.");
    return t;
}

} // namespace

ChargeSummary summaryOfEntry(const JournalEntry &entry)
{
    ChargeSummary s;
    s.outcome = outcomeOfEntry(entry);
    s.amountText = formatEntryMoney(entry.amountMinor, entry.currency);
    s.maskedCard = entry.maskedCard();
    s.customerName = entry.firstName + u' ' + entry.lastName;
    s.customerEmail = entry.email;
    s.when = entry.createdAt.toLocalTime();
    const QString refunded = formatEntryMoney(entry.refundedMinor, entry.currency);
    if (entry.refundState == RefundState::Refunded)
        s.refundText = QCoreApplication::translate("pavt::gui::Receipt", "Refunded in full (%1)")
                           .arg(s.amountText);
    else if (entry.refundedMinor > 0)
        s.refundText
            = QCoreApplication::translate("pavt::gui::Receipt", "Partly refunded: %1 of %2")
                  .arg(refunded, s.amountText);
    return s;
}

QString receiptHtml(const ChargeSummary &result, const ReceiptHeader &header)
{
    const ReceiptText t = receiptText(result, header);
    QString html = QStringLiteral("<html><body style='font-family:DejaVu Sans,Arial,sans-serif'>");
    html += QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
    if (!t.merchant.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(t.merchant.toHtmlEscaped());
    if (!t.demoNote.isEmpty())
        html += QStringLiteral("<p style='color:#a4262c'><b>%1</b></p>")
                    .arg(t.demoNote.toHtmlEscaped());
    html += QStringLiteral("<table>");
    for (const auto &[label, value] : t.rows)
        html += QStringLiteral(
                    "<tr><td style='padding-right:16px;color:#555'>%1</td><td><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table><p style='color:#555;font-size:small'>%1</p></body></html>")
                .arg(t.footer.toHtmlEscaped());
    return html;
}

QString receiptPlainText(const ChargeSummary &result, const ReceiptHeader &header)
{
    const ReceiptText t = receiptText(result, header);
    QStringList lines { t.title };
    if (!t.merchant.isEmpty())
        lines << t.merchant;
    if (!t.demoNote.isEmpty())
        lines << t.demoNote;
    lines << QString();
    for (const auto &[label, value] : t.rows)
        lines << label + QStringLiteral(": ") + value;
    lines << QString() << t.footer;
    return lines.join(QLatin1Char('\n'));
}

QUrl receiptMailUrl(const ChargeSummary &result, const ReceiptHeader &header)
{
    // mailto: (RFC 6068) through the desktop's mail program; the terminal sends nothing itself.
    // The address goes in the path as it is (QUrl encodes what must be); subject and body are
    // query items, percent-encoded whole so that "&", "+" and "=" in them survive.
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(result.customerEmail);
    const QString subject = header.merchant.isEmpty()
        ? QCoreApplication::translate("pavt::gui::Receipt", "Your payment receipt (%1)")
              .arg(result.amountText)
        : QCoreApplication::translate("pavt::gui::Receipt", "Your payment receipt from %1 (%2)")
              .arg(header.merchant, result.amountText);
    const auto encode
        = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    url.setQuery(QStringLiteral("subject=%1&body=%2")
                     .arg(encode(subject), encode(receiptPlainText(result, header))),
                 QUrl::StrictMode);
    return url;
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
