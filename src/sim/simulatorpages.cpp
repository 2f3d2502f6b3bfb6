// SPDX-License-Identifier: MIT
#include "sim/simulatorpages.h"

#include <QLocale>
#include <QString>

namespace pavt::sim::pages {

namespace {

using namespace Qt::StringLiterals;

QString page(const QString &title, const QString &body)
{
    return uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f4f6;color:#111827;margin:0;padding:2rem}
main{max-width:28rem;margin:0 auto;background:#fff;border-radius:.5rem;padding:1.5rem;
box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.2rem;margin-top:0}
dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#6b7280}dd{margin:0}
.note{font-size:.85rem;color:#6b7280}
.buttons{display:flex;gap:1rem;margin-top:1.5rem}form{margin:0}
button{font-size:1rem;padding:.6rem 1.4rem;border-radius:.4rem;border:1px solid #9ca3af;cursor:pointer}
button.approve{background:#047857;color:#fff;border-color:#047857}
button.fail{background:#b91c1c;color:#fff;border-color:#b91c1c}
</style></head>
<body><main>
%2
</main></body></html>
)"_s.arg(title.toHtmlEscaped(), body);
}

QString amountText(const TransactionRecord &record)
{
    return QLocale::c().toString(record.amount, 'f', QLocale::FloatingPointShortest) + u' '
        + record.currency;
}

QString details(const TransactionRecord &record)
{
    QString html = u"<dl><dt>Amount</dt><dd>%1</dd><dt>Card</dt><dd>%2 %3</dd>"_s.arg(
        amountText(record).toHtmlEscaped(), record.cardBrand.toHtmlEscaped(),
        record.maskedCardNumber.toHtmlEscaped());
    if (!record.orderId.isEmpty())
        html += u"<dt>Order</dt><dd>%1</dd>"_s.arg(record.orderId.toHtmlEscaped());
    html += u"<dt>Transaction</dt><dd>%1</dd></dl>"_s.arg(record.transactionId.toHtmlEscaped());
    return html;
}

const QString &title()
{
    static const QString text = u"Pay Agency simulator \u2014 3-D Secure check"_s;
    return text;
}

} // namespace

QByteArray threeDSecureCheck(const TransactionRecord &record)
{
    const QString id = record.transactionId.toHtmlEscaped();
    const QString body
        = u"<h1>%1</h1>\n"
          "<p>A merchant asks you to confirm this card payment.</p>\n%2\n"
          "<div class=\"buttons\">"
          "<form method=\"post\" action=\"/sim/3ds/%3/approve\">"
          "<button class=\"approve\" type=\"submit\">Approve</button></form>"
          "<form method=\"post\" action=\"/sim/3ds/%3/fail\">"
          "<button class=\"fail\" type=\"submit\">Fail</button></form></div>\n"
          "<p class=\"note\">This page belongs to the Pay Agency Virtual Terminal's gateway "
          "simulator. No real card is charged.</p>"_s.arg(title().toHtmlEscaped(), details(record),
                                                          id);
    return page(title(), body).toUtf8();
}

QByteArray threeDSecureDone(const TransactionRecord &record)
{
    const bool approved = record.status == TransactionStatus::Success;
    QString body = u"<h1>%1</h1>\n<p><strong>%2</strong></p>\n%3\n"_s.arg(
        title().toHtmlEscaped(),
        approved ? u"Payment approved."_s : u"Payment failed: 3-D Secure authentication failed."_s,
        details(record));
    if (!record.merchantRedirectUrl.isEmpty())
        body += u"<p><a href=\"%1\">Return to the merchant</a></p>\n"_s.arg(
            record.merchantRedirectUrl.toHtmlEscaped());
    body += u"<p class=\"note\">You can close this window.</p>"_s;
    return page(title(), body).toUtf8();
}

QByteArray threeDSecureNotPending(const TransactionRecord &record)
{
    const QString body
        = u"<h1>%1</h1>\n<p>This payment is no longer waiting for 3-D Secure "
          "(its status is %2).</p>\n%3"_s.arg(
              title().toHtmlEscaped(), statusWord(record.status).toHtmlEscaped(), details(record));
    return page(title(), body).toUtf8();
}

QByteArray notFound()
{
    return page(
               u"Not found"_s,
               u"<h1>Not found</h1><p>There is no such page or transaction on this simulator.</p>"_s)
        .toUtf8();
}

QByteArray merchantReturn()
{
    return page(
               u"Back at the merchant"_s,
               u"<h1>Back at the merchant</h1><p>This page stands in for the merchant's redirect "
               u"URL in the "
               u"terminal's demo mode. The payment's result is shown in the terminal; this window can be closed.</p>"_s)
        .toUtf8();
}

QByteArray internalServerError()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
        "<body><h1>500 Internal Server Error</h1>\n"
        "<p>The server encountered an internal error and was unable to complete your request."
        "</p>\n<hr><address>Pay Agency simulator</address></body></html>\n");
}

} // namespace pavt::sim::pages
