// SPDX-License-Identifier: MIT
#include "gui/auditdialog.h"

#include "core/service/sessionservice.h"
#include "ui_auditdialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace pavt::gui {

AuditDialog::AuditDialog(SessionService &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    m_ui->messageLabel->setText(
        tr("Who did what, on which seat, newest last (the latest %1 records). Each record carries "
           "a hash over the one before it, so a record changed, removed or moved breaks the chain.")
            .arg(Shown));
    m_ui->table->setColumnCount(6);
    m_ui->table->setHorizontalHeaderLabels(
        { tr("No."), tr("Time"), tr("Seat"), tr("Operator"), tr("Event"), tr("Details") });
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::load()
{
    if (auto refused = m_session.require(Action::ViewAudit)) {
        m_ui->resultLabel->setText(refused->message);
        return;
    }
    AuditQuery query;
    query.limit = Shown;
    auto records = m_session.auditTrail().list(query);
    if (!records) {
        m_ui->resultLabel->setText(records.error().message);
        return;
    }
    m_ui->table->setRowCount(int(records->size()));
    for (int row = 0; row < records->size(); ++row) {
        const AuditRecord &r = records->at(row);
        const QStringList cells { QString::number(r.seq),
                                  QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat),
                                  r.seat,
                                  r.operatorName,
                                  r.event,
                                  r.details };
        for (int column = 0; column < cells.size(); ++column)
            m_ui->table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->table->scrollToBottom();
}

void AuditDialog::verify()
{
    m_ui->verifyButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Checking the whole chain…"));
    emit verifyRequested();
}

void AuditDialog::showVerification(const Result<AuditVerification> &v)
{
    m_ui->verifyButton->setEnabled(true);
    if (!v) {
        m_ui->resultLabel->setText(v.error().message);
        return;
    }
    m_ui->resultLabel->setText(
        v->isIntact()
            ? tr("The chain is intact: %n record(s). Its head is %1:%2; keep it elsewhere to find "
                 "out later whether the trail was rewritten.",
                 nullptr, int(v->records))
                  .arg(v->headSeq)
                  .arg(v->headHash)
            : tr("The chain is broken at record %1: %2").arg(v->firstBroken).arg(v->problem));
    load();
}

} // namespace pavt::gui
