// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/batchrefund.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class BatchRefundDialog;
}

namespace pavt::gui {

// "Batch refund…" (history page): a CSV file of refunds, its preview (every row checked against
// the journal by BatchRefund::preview before anything is sent), one confirmation, then the rows
// sent one after the other with a progress bar and Cancel, and the result of every row, which
// can be saved as CSV. A file interrupted before (the terminal closed or crashed) is resumed.
// The decisions are the core's (BatchRefund); the dialog shows them.
class BatchRefundDialog : public QDialog
{
    Q_OBJECT
public:
    // `batch` is not owned and must outlive the dialog.
    explicit BatchRefundDialog(BatchRefund *batch, QWidget *parent = nullptr);
    ~BatchRefundDialog() override;

    // Tests replace these: the file to read, the confirmation, the result file to write.
    std::function<QString()> askFile;
    std::function<bool(const QString &question)> askConfirm;
    std::function<QString()> askResultPath;

    // Reads and checks a file (what "Choose file…" does with the chosen one).
    void load(const QString &path);
    // The one confirmation, then the batch runs (or resumes).
    void start();
    const BatchPreview &preview() const { return m_preview; }
    bool isRunning() const { return m_batch->isRunning(); }

private:
    void showPreview();
    void showRows(const QList<RefundBatchRow> &rows);
    void saveResult();
    void reject() override;
    void updateButtons();

    std::unique_ptr<Ui::BatchRefundDialog> m_ui;
    BatchRefund *m_batch;
    BatchPreview m_preview;
    qint64 m_batchId = 0;
    bool m_done = false;
};

} // namespace pavt::gui
