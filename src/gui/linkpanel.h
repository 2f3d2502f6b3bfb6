// SPDX-License-Identifier: MIT
#pragma once

#include "gui/linkcoordinator.h"
#include "gui/linkmail.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pavt::gui {

class SecureClipboard;

// The result of a payment by link: the link large and selectable, "Copy link", "E-mail to
// customer" (the operator's mail program, through a mailto: URL: the terminal sends nothing),
// "Open in browser", a QR code for a customer at the counter, and the link's state as it is
// followed (awaiting payment, paid, failed, expired), in words an operator can act on.
class LinkPanel : public QFrame
{
    Q_OBJECT
public:
    explicit LinkPanel(SecureClipboard *clipboard, QWidget *parent = nullptr);

    // A fresh creation (or a refusal before sending: summary.notSent).
    void showResult(const LinkSummary &summary);
    // The followed link changed (only the entry shown is taken).
    void entryChanged(const JournalEntry &entry);
    const LinkSummary &result() const { return m_summary; }
    QString titleText() const;
    QString detailText() const;
    QLineEdit *linkEdit() const { return m_link; }
    QLabel *qrLabel() const { return m_qr; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *emailButton() const { return m_email; }
    // The e-mail a click on "E-mail to customer" opens.
    QUrl mailUrl() const;
    // What opening a URL does; tests replace it (default: QDesktopServices::openUrl).
    std::function<bool(const QUrl &)> openUrl;

    // The e-mail of a link entry (the panel's and the history's "E-mail again").
    static LinkMail mailFor(const JournalEntry &entry, const QString &customerName,
                            const QString &amountText);

signals:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SecureClipboard *m_clipboard;
    QLabel *m_title;
    QLabel *m_detail;
    QLineEdit *m_link;
    QLabel *m_qr;
    QPushButton *m_copy;
    QPushButton *m_email;
    QPushButton *m_open;
    QPushButton *m_dismiss;
    LinkSummary m_summary;
};

// How long a copied payment link stays on the clipboard (the panel's and the history's Copy link).
inline constexpr int LinkClipboardMs = 10 * 60 * 1000;

// "GBP 12.50" for an entry (or "" when a template's own amount is not known yet).
QString entryAmountText(const JournalEntry &entry, const QLocale &locale);

} // namespace pavt::gui
