// SPDX-License-Identifier: MIT
#include "gui/batchrefunddialog.h"

#include "core/journal/journalentry.h"
#include "ui_batchrefunddialog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace pavt::gui {

namespace {

enum Column { RowColumn, TransactionColumn, AmountColumn, CheckColumn, ColumnCount };

QTableWidgetItem *item(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

BatchRefundDialog::BatchRefundDialog(BatchRefund *batch, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BatchRefundDialog>()), m_batch(batch)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels(
        { tr("Row"), tr("Transaction"), tr("Amount"), tr("Check or outcome") });
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->fileLabel->setText(tr("Choose a CSV file: transaction id, reason and, optionally, the "
                                "amount in the currency's units (12.50)."));
    m_ui->progressBar->hide();
    askFile = [this] {
        return QFileDialog::getOpenFileName(
            this, tr("Batch refund"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv)"));
    };
    askConfirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Batch refund"), question,
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    askResultPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the result"), QString(),
                                            tr("CSV files (*.csv)"));
    };
    connect(m_ui->chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = askFile();
        if (!path.isEmpty())
            load(path);
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &BatchRefundDialog::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_batch, &BatchRefund::cancel);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BatchRefundDialog::saveResult);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BatchRefundDialog::reject);
    connect(m_batch, &BatchRefund::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, std::max(total, 1));
        m_ui->progressBar->setValue(done);
    });
    connect(m_batch, &BatchRefund::rowFinished, this, [this](const RefundBatchRow &row) {
        for (int r = 0; r < m_ui->table->rowCount(); ++r)
            if (m_ui->table->item(r, RowColumn)->text() == QString::number(row.row))
                m_ui->table->setItem(
                    r, CheckColumn,
                    item(batchRowStateId(row.state) + QStringLiteral(": ") + row.message));
    });
    connect(m_batch, &BatchRefund::finished, this, [this](qint64 id, bool cancelled) {
        m_done = true;
        auto rows = m_batch->rows(id);
        if (rows)
            showRows(*rows);
        int refunded = 0;
        if (rows)
            for (const RefundBatchRow &r : std::as_const(*rows))
                refunded += r.state == BatchRowState::Refunded ? 1 : 0;
        m_ui->summaryLabel->setText(
            cancelled ? tr("Cancelled: %n row(s) refunded; the rows not sent were cancelled.",
                           nullptr, refunded)
                      : tr("Done: %n row(s) refunded. Save the result to keep the outcome of "
                           "every row.",
                           nullptr, refunded));
        updateButtons();
    });
    updateButtons();
}

BatchRefundDialog::~BatchRefundDialog() = default;

void BatchRefundDialog::load(const QString &path)
{
    auto preview = m_batch->preview(path);
    m_batchId = 0;
    m_done = false;
    if (!preview) {
        m_preview = {};
        m_ui->table->setRowCount(0);
        m_ui->summaryLabel->setText(preview.error().message);
        updateButtons();
        return;
    }
    m_preview = *preview;
    m_ui->fileLabel->setText(path);
    if (m_preview.earlier) {
        m_batchId = m_preview.earlier->id;
        auto rows = m_batch->rows(m_batchId);
        if (rows)
            showRows(*rows);
        m_done = m_preview.earlier->finished;
        m_ui->summaryLabel->setText(
            m_done ? tr("This file was refunded as batch %1 on %2; nothing is sent again.")
                         .arg(m_batchId)
                         .arg(QLocale().toString(m_preview.earlier->createdAt.toLocalTime(),
                                                 QLocale::ShortFormat))
                   : tr("This file is batch %1, interrupted before it finished. Resume it: a "
                        "row whose refund was on its way is looked up at the gateway, never "
                        "sent again.")
                         .arg(m_batchId));
    } else {
        showPreview();
    }
    updateButtons();
}

void BatchRefundDialog::showPreview()
{
    m_ui->table->setRowCount(int(m_preview.rows.size()));
    QHash<QString, qint64> totals;
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const BatchCheck &c = m_preview.rows.at(r);
        const qint64 amount = c.amountMinor > 0 ? c.amountMinor : c.refundableMinor;
        m_ui->table->setItem(r, RowColumn, item(QString::number(c.row)));
        m_ui->table->setItem(r, TransactionColumn, item(c.transactionId));
        m_ui->table->setItem(
            r, AmountColumn,
            item(c.currency.isEmpty() ? QString() : formatEntryMoney(amount, c.currency)));
        m_ui->table->setItem(r, CheckColumn, item(c.ok ? tr("Ready") : c.message));
        if (c.ok)
            totals[c.currency] += amount;
    }
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums << formatEntryMoney(it.value(), it.key());
    sums.sort();
    const int ok = m_preview.okCount();
    m_ui->summaryLabel->setText(
        tr("%n row(s) can be refunded: %1.", nullptr, ok).arg(sums.join(QStringLiteral(", ")))
        + u' '
        + tr("%n row(s) are refused and will not be sent.", nullptr,
             int(m_preview.rows.size()) - ok));
}

void BatchRefundDialog::showRows(const QList<RefundBatchRow> &rows)
{
    m_ui->table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const RefundBatchRow &row = rows.at(r);
        m_ui->table->setItem(r, RowColumn, item(QString::number(row.row)));
        m_ui->table->setItem(r, TransactionColumn, item(row.transactionId));
        m_ui->table->setItem(r, AmountColumn,
                             item(row.amountMinor > 0 && !row.currency.isEmpty()
                                      ? formatEntryMoney(row.amountMinor, row.currency)
                                      : QString()));
        m_ui->table->setItem(r, CheckColumn,
                             item(row.message.isEmpty() ? batchRowStateId(row.state)
                                                        : batchRowStateId(row.state)
                                          + QStringLiteral(": ") + row.message));
    }
}

void BatchRefundDialog::start()
{
    if (m_batch->isRunning() || m_done)
        return;
    if (m_batchId == 0) {
        const int ok = m_preview.okCount();
        if (ok == 0
            || !askConfirm(tr("Refund %n charge(s) now? Each is sent once, one after the "
                              "other.",
                              nullptr, ok)))
            return;
        auto started = m_batch->start(m_preview);
        if (!started) {
            m_ui->summaryLabel->setText(started.error().message);
            return;
        }
        m_batchId = *started;
    } else if (!askConfirm(tr("Resume batch %1?").arg(m_batchId))) {
        return;
    }
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_batch->run(m_batchId);
    updateButtons();
}

void BatchRefundDialog::saveResult()
{
    if (m_batchId == 0)
        return;
    const QString path = askResultPath();
    if (path.isEmpty())
        return;
    auto rows = m_batch->rows(m_batchId);
    QSaveFile file(path);
    if (!rows || !file.open(QIODevice::WriteOnly)) {
        m_ui->summaryLabel->setText(
            rows ? tr("The result file %1 cannot be written: %2").arg(path, file.errorString())
                 : rows.error().message);
        return;
    }
    auto written = BatchRefund::writeResult(*rows, file);
    if (!written || !file.commit())
        m_ui->summaryLabel->setText(
            written ? tr("The result file %1 cannot be written: %2").arg(path, file.errorString())
                    : written.error().message);
    else
        m_ui->summaryLabel->setText(tr("The result was saved in %1.").arg(path));
}

void BatchRefundDialog::reject()
{
    // Closing while rows are being sent cancels the rest; the row on its way finishes first.
    if (m_batch->isRunning()) {
        m_batch->cancel();
        return;
    }
    QDialog::reject();
}

void BatchRefundDialog::updateButtons()
{
    const bool running = m_batch->isRunning();
    m_ui->chooseButton->setEnabled(!running);
    m_ui->startButton->setEnabled(!running && !m_done
                                  && (m_batchId != 0 || m_preview.okCount() > 0));
    m_ui->startButton->setText(m_batchId != 0 && !m_done ? tr("&Resume") : tr("&Refund"));
    m_ui->cancelButton->setEnabled(running);
    m_ui->saveButton->setEnabled(m_done && m_batchId != 0);
    m_ui->closeButton->setEnabled(!running);
}

} // namespace pavt::gui
