// SPDX-License-Identifier: MIT
#include "gui/linkmail.h"

#include <QCoreApplication>
#include <QLocale>

namespace pavt::gui {

QString linkMailSubject(const LinkMail &mail)
{
    if (mail.amountText.isEmpty())
        return QCoreApplication::translate("pavt::gui::LinkMail", "Your payment link for order %1")
            .arg(mail.orderId);
    return QCoreApplication::translate("pavt::gui::LinkMail", "Your payment link for order %1 (%2)")
        .arg(mail.orderId, mail.amountText);
}

QString linkMailBody(const LinkMail &mail)
{
    QStringList lines;
    lines << (mail.customerName.trimmed().isEmpty()
                  ? QCoreApplication::translate("pavt::gui::LinkMail", "Hello,")
                  : QCoreApplication::translate("pavt::gui::LinkMail", "Dear %1,")
                        .arg(mail.customerName.trimmed()));
    lines << QString();
    lines << (mail.amountText.isEmpty()
                  ? QCoreApplication::translate(
                        "pavt::gui::LinkMail",
                        "As agreed, you can pay for order %1 securely on this page:")
                        .arg(mail.orderId)
                  : QCoreApplication::translate(
                        "pavt::gui::LinkMail",
                        "As agreed, you can pay %1 for order %2 securely on this page:")
                        .arg(mail.amountText, mail.orderId));
    lines << mail.link;
    lines << QString();
    if (mail.expiresAt.isValid())
        lines << QCoreApplication::translate("pavt::gui::LinkMail",
                                             "Please pay by %1. You type your card details on "
                                             "the payment page only; we never ask for them by "
                                             "e-mail.")
                     .arg(QLocale().toString(mail.expiresAt.toLocalTime(), QLocale::ShortFormat));
    else
        lines << QCoreApplication::translate("pavt::gui::LinkMail",
                                             "You type your card details on the payment page "
                                             "only; we never ask for them by e-mail.");
    lines << QString();
    lines << QCoreApplication::translate("pavt::gui::LinkMail", "Thank you.");
    return lines.join(u'\n');
}

QUrl linkMailUrl(const LinkMail &mail)
{
    // RFC 6068: line breaks in the body are CRLF; everything but unreserved characters encoded.
    const auto encode = [](const QString &text) {
        QString crlf = text;
        crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        crlf.replace(u'\n', QStringLiteral("\r\n"));
        return QUrl::toPercentEncoding(crlf);
    };
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(mail.to.trimmed(), "@");
    url += "?subject=" + encode(linkMailSubject(mail));
    url += "&body=" + encode(linkMailBody(mail));
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace pavt::gui
