// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QUrl>

namespace pavt::gui {

// What an e-mail to the customer says about a payment link.
struct LinkMail
{
    QString to; // the customer's address
    QString customerName; // "James Dean"; may be empty
    QString amountText; // "GBP 12.50"; may be empty (a template's own amount)
    QString orderId;
    QString link; // the payment page or link
    QDateTime expiresAt; // when the terminal stops following it (null: not said)
};

// The e-mail's subject and body, translated, in the current language.
QString linkMailSubject(const LinkMail &mail);
QString linkMailBody(const LinkMail &mail);

// A mailto: URL (RFC 6068) that opens the operator's mail program with the customer's address,
// the subject and the body filled in: every character that is not unreserved is percent-encoded
// (so "&", "?", "=", "#" and "+" in the link or the name survive), line breaks are %0D%0A.
// Nothing is sent by the terminal: the operator sends it from the mail program.
QUrl linkMailUrl(const LinkMail &mail);

} // namespace pavt::gui
