// SPDX-License-Identifier: MIT
#include "gui/refunddialog.h"

#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "ui_refunddialog.h"

namespace pavt::gui {

RefundDialog::RefundDialog(const JournalEntry &entry, bool partialRefunds, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RefundDialog>()), m_entry(entry),
      m_partial(partialRefunds)
{
    m_ui->setupUi(this);
    const Currency *c = Currencies::find(entry.currency);
    const QString charged = c ? formatMoney(entry.amountMinor, *c, locale()) : entry.currency;
    const QString left = c ? formatMoney(entry.refundableMinor(), *c, locale()) : entry.currency;
    if (partialRefunds) {
        m_ui->chargeLabel->setText(
            tr("Refund to %1 %2 (card …%3, transaction %4): %5 was charged, %6 is left to "
               "refund.")
                .arg(entry.firstName, entry.lastName, entry.cardLastFour, entry.transactionId,
                     charged, left));
        m_ui->amountEdit->setText(c ? formatAmount(entry.refundableMinor(), *c, locale())
                                    : QString());
        m_ui->amountLabel->setText(tr("&Amount (%1)").arg(entry.currency));
    } else {
        m_ui->chargeLabel->setText(tr("Refund %1 to %2 %3 (card …%4, transaction %5) in full?")
                                       .arg(charged, entry.firstName, entry.lastName,
                                            entry.cardLastFour, entry.transactionId));
        m_ui->amountLabel->hide();
        m_ui->amountEdit->hide();
    }
    m_ui->problemLabel->hide();
    m_ui->reasonEdit->setFocus();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &RefundDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::setAmountText(const QString &text)
{
    m_ui->amountEdit->setText(text);
}

void RefundDialog::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

Result<RefundAnswer> RefundDialog::answer() const
{
    RefundAnswer a;
    a.reason = m_ui->reasonEdit->text().trimmed();
    if (m_partial) {
        const Currency *c = Currencies::find(m_entry.currency);
        if (!c)
            return fail(QStringLiteral("currency"),
                        tr("The charge's currency %1 is not known.").arg(m_entry.currency));
        auto amount = parseAmount(m_ui->amountEdit->text(), *c, locale());
        if (!amount)
            return std::unexpected(amount.error());
        // All that is left is asked for as such (0), so that a whole refund stays whole.
        a.amountMinor = *amount == m_entry.refundableMinor() ? 0 : *amount;
    }
    if (a.reason.isEmpty())
        return fail(QStringLiteral("reason"), tr("Give a reason for the refund."));
    return a;
}

void RefundDialog::accept()
{
    const auto result = answer();
    if (!result) {
        m_ui->problemLabel->setText(result.error().message);
        m_ui->problemLabel->show();
        return;
    }
    QDialog::accept();
}

std::optional<RefundAnswer> RefundDialog::ask(const JournalEntry &entry, bool partialRefunds,
                                              QWidget *parent)
{
    RefundDialog dialog(entry, partialRefunds, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    auto result = dialog.answer();
    return result ? std::optional<RefundAnswer>(*result) : std::nullopt;
}

} // namespace pavt::gui
