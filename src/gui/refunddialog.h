// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RefundDialog;
}

namespace pavt::gui {

// What the person asked for: a reason, and with partial refunds an amount (0: all that is left).
struct RefundAnswer
{
    QString reason;
    qint64 amountMinor = 0;
};

// The history page's question before a refund: the reason, and with partial refunds on
// (gateway/partialRefunds) the amount, which starts as all that is left of the charge. The amount
// is read by parseAmount() in the window's locale; whether that much may be refunded is the
// service's decision (ChargeService::refund).
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const JournalEntry &entry, bool partialRefunds, QWidget *parent = nullptr);
    ~RefundDialog() override;

    // The answer when the form is complete; else the problem, also shown in the dialog.
    Result<RefundAnswer> answer() const;
    void setAmountText(const QString &text);
    void setReason(const QString &reason);

    // Runs the dialog; nullopt when the person cancelled.
    static std::optional<RefundAnswer> ask(const JournalEntry &entry, bool partialRefunds,
                                           QWidget *parent);

private:
    void accept() override;
    std::unique_ptr<Ui::RefundDialog> m_ui;
    JournalEntry m_entry;
    bool m_partial;
};

} // namespace pavt::gui
