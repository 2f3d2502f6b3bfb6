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
label{display:block;margin-top:.8rem;font-size:.9rem;color:#374151}
input{font-size:1rem;padding:.45rem;width:100%;box-sizing:border-box;border:1px solid #9ca3af;
border-radius:.3rem}
.row{display:flex;gap:1rem}.row>div{flex:1}
.error{color:#b91c1c;font-size:.85rem;margin:.2rem 0 0}
</style></head>
<body><main>
%2
</main></body></html>
)"_s.arg(title.toHtmlEscaped(), body);
}

QString details(const TransactionRecord &record, const QString &amount)
{
    QString html = u"<dl><dt>Amount</dt><dd>%1</dd>"_s.arg(amount.toHtmlEscaped());
    if (!record.maskedCardNumber.isEmpty())
        html += u"<dt>Card</dt><dd>%1 %2</dd>"_s.arg(record.cardBrand.toHtmlEscaped(),
                                                     record.maskedCardNumber.toHtmlEscaped());
    if (!record.orderId.isEmpty())
        html += u"<dt>Order</dt><dd>%1</dd>"_s.arg(record.orderId.toHtmlEscaped());
    html += u"<dt>Transaction</dt><dd>%1</dd></dl>"_s.arg(record.transactionId.toHtmlEscaped());
    return html;
}

const QString &note()
{
    static const QString text = u"<p class=\"note\">This page belongs to the Pay Agency Virtual "
                                "Terminal's gateway simulator. No real card is charged.</p>"_s;
    return text;
}

QString returnLink(const TransactionRecord &record)
{
    if (record.merchantRedirectUrl.isEmpty())
        return {};
    return u"<p><a href=\"%1\">Return to the merchant</a></p>\n"_s.arg(
        record.merchantRedirectUrl.toHtmlEscaped());
}

const QString &title()
{
    static const QString text = u"Pay Agency simulator \u2014 3-D Secure check"_s;
    return text;
}

} // namespace

QByteArray threeDSecureCheck(const TransactionRecord &record, const QString &amount)
{
    const QString id = record.transactionId.toHtmlEscaped();
    const QString body
        = u"<h1>%1</h1>\n"
          "<p>A merchant asks you to confirm this card payment.</p>\n%2\n"
          "<div class=\"buttons\">"
          "<form method=\"post\" action=\"/sim/3ds/%3/approve\">"
          "<button class=\"approve\" type=\"submit\">Approve</button></form>"
          "<form method=\"post\" action=\"/sim/3ds/%3/fail\">"
          "<button class=\"fail\" type=\"submit\">Fail</button></form></div>\n"_s.arg(
              title().toHtmlEscaped(), details(record, amount), id)
        + note();
    return page(title(), body).toUtf8();
}

QByteArray threeDSecureDone(const TransactionRecord &record, const QString &amount)
{
    const bool approved = record.status == TransactionStatus::Success;
    QString body = u"<h1>%1</h1>\n<p><strong>%2</strong></p>\n%3\n"_s.arg(
        title().toHtmlEscaped(),
        approved ? u"Payment approved."_s : u"Payment failed: 3-D Secure authentication failed."_s,
        details(record, amount));
    body += returnLink(record);
    body += u"<p class=\"note\">You can close this window.</p>"_s;
    return page(title(), body).toUtf8();
}

QByteArray threeDSecureNotPending(const TransactionRecord &record, const QString &amount)
{
    const QString body = u"<h1>%1</h1>\n<p>This payment is no longer waiting for 3-D Secure "
                         "(its status is %2).</p>\n%3"_s.arg(
                             title().toHtmlEscaped(), statusWord(record.status).toHtmlEscaped(),
                             details(record, amount));
    return page(title(), body).toUtf8();
}

QByteArray checkoutForm(const QString &heading, const QString &amount, const QString &orderId,
                        const QString &transactionId, const QString &action,
                        const QMap<QString, QStringList> &errors)
{
    const auto errorsOf = [&errors](const QString &field) {
        QString html;
        for (const QString &message : errors.value(field))
            html += u"<p class=\"error\">%1</p>"_s.arg(message.toHtmlEscaped());
        return html;
    };
    QString body = u"<h1>%1</h1>\n<dl><dt>Amount</dt><dd>%2</dd>"_s.arg(heading.toHtmlEscaped(),
                                                                        amount.toHtmlEscaped());
    if (!orderId.isEmpty())
        body += u"<dt>Order</dt><dd>%1</dd>"_s.arg(orderId.toHtmlEscaped());
    if (!transactionId.isEmpty())
        body += u"<dt>Transaction</dt><dd>%1</dd>"_s.arg(transactionId.toHtmlEscaped());
    body += u"</dl>\n"_s;
    if (!errors.isEmpty())
        body += u"<p class=\"error\">The card was not accepted: check the fields below.</p>\n"_s;
    body += u"<form method=\"post\" action=\"%1\" autocomplete=\"off\">\n"
            "<label for=\"card_number\">Card number</label>"
            "<input id=\"card_number\" name=\"card_number\" inputmode=\"numeric\" "
            "autocomplete=\"cc-number\" maxlength=\"23\" required>%2\n"
            "<div class=\"row\"><div><label for=\"card_expiry\">Expiry (MM/YY)</label>"
            "<input id=\"card_expiry\" name=\"card_expiry\" placeholder=\"MM/YY\" "
            "autocomplete=\"cc-exp\" maxlength=\"7\" required>%3</div>\n"
            "<div><label for=\"card_cvv\">Security code (CVV)</label>"
            "<input id=\"card_cvv\" name=\"card_cvv\" inputmode=\"numeric\" "
            "autocomplete=\"cc-csc\" maxlength=\"4\" required>%4</div></div>\n"
            "<div class=\"buttons\"><button class=\"approve\" type=\"submit\">Pay %5</button>"
            "</div>\n</form>\n"_s.arg(action.toHtmlEscaped(), errorsOf(u"card_number"_s),
                                      errorsOf(u"card_expiry"_s), errorsOf(u"card_cvv"_s),
                                      amount.toHtmlEscaped());
    body += u"<p class=\"note\">Test cards only: see the simulator's documentation.</p>\n"_s
        + note();
    return page(heading, body).toUtf8();
}

QByteArray apmPage(const TransactionRecord &record, const QString &amount)
{
    const QString heading = u"Pay Agency simulator \u2014 alternative payment"_s;
    const QString id = record.transactionId.toHtmlEscaped();
    const QString body
        = u"<h1>%1</h1>\n<p>Pay with the merchant's alternative payment method.</p>\n%2\n"
          "<div class=\"buttons\">"
          "<form method=\"post\" action=\"/sim/apm/%3/pay\">"
          "<button class=\"approve\" type=\"submit\">Pay</button></form>"
          "<form method=\"post\" action=\"/sim/apm/%3/fail\">"
          "<button class=\"fail\" type=\"submit\">Fail</button></form></div>\n"_s.arg(
              heading.toHtmlEscaped(), details(record, amount), id)
        + note();
    return page(heading, body).toUtf8();
}

QByteArray paymentResult(const TransactionRecord &record, const QString &amount)
{
    const QString heading = u"Pay Agency simulator \u2014 payment"_s;
    const QString outcome = record.status == TransactionStatus::Success
        ? u"Payment approved."_s
        : u"Payment failed: %1"_s.arg(record.message);
    QString body = u"<h1>%1</h1>\n<p><strong>%2</strong></p>\n%3\n"_s.arg(
        heading.toHtmlEscaped(), outcome.toHtmlEscaped(), details(record, amount));
    body += returnLink(record);
    body += u"<p class=\"note\">You can close this window.</p>"_s;
    return page(heading, body).toUtf8();
}

QByteArray notPayable(const QString &heading, const QString &text, const QString &link)
{
    QString body = u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    if (!link.isEmpty())
        body += u"<p><a href=\"%1\">Continue</a></p>\n"_s.arg(link.toHtmlEscaped());
    return page(heading, body + note()).toUtf8();
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
