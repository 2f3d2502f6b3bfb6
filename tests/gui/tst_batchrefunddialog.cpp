// SPDX-License-Identifier: MIT
// Offscreen: the refund dialog's amount (partial refunds), the history's and the receipt's
// partial refund, and the "Batch refund…" dialog against the in-process simulator: preview table,
// one confirmation, progress bar, Cancel, the result saved.
#include "core/journal/historymodel.h"
#include "core/journal/journal.h"
#include "core/journal/journalreader.h"
#include "core/service/batchrefund.h"
#include "core/service/chargeservice.h"
#include "gui/batchrefunddialog.h"
#include "gui/receipt.h"
#include "gui/refunddialog.h"
#include "sim/gatewaysimulator.h"
#include "support/journaltestsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::gui;
using namespace pavt::sim;
using namespace pavt::test;

namespace {
const QByteArray SimSecret = QByteArrayLiteral("PA_TEST_batch0dialog0sim");
const QByteArray SimKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
} // namespace

class TestBatchRefundDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<GatewaySimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ChargeService> m_service;
    std::unique_ptr<BatchRefund> m_batch;
    int m_journals = 0;

    JournalEntry approved(const QString &txid, qint64 amount = 1250)
    {
        JournalEntry e = sampleEntry(QStringLiteral("VT-") + txid, "4111111111111111", amount);
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.updatedAt = e.createdAt;
        e.transactionId = txid;
        e.outcome = EntryOutcome::Approved;
        if (auto written = m_journal->database().insertBatch({ e }); !written)
            qFatal("insert: %s", qPrintable(written.error().message));
        TransactionRecord t;
        t.transactionId = txid;
        t.orderId = e.orderId;
        t.amount = double(amount);
        t.currency = QStringLiteral("GBP");
        t.status = TransactionStatus::Success;
        if (!m_sim->addTransaction(t))
            qFatal("sim: %s taken", qPrintable(txid));
        return m_journal->entryByTransactionId(txid)->value();
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(data);
        return f.fileName();
    }
    QPushButton *button(BatchRefundDialog &d, const char *name)
    {
        return d.findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulatorOptions options;
        options.secretKey = SimSecret;
        options.encryptionKey = SimKey;
        m_sim = std::make_unique<GatewaySimulator>(options);
        QVERIFY(m_sim->start());
        m_nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = m_sim->baseUrl();
        gc.partialRefunds = true;
        m_client = std::make_unique<GatewayClient>(
            &m_nam, Credentials { SecretBytes(SimSecret), SecretBytes(SimKey) }, gc);
        JournalConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("journal.sqlite3"));
        auto journal = Journal::open(config);
        QVERIFY(journal);
        m_journal = std::move(*journal);
        m_service = std::make_unique<ChargeService>(m_journal.get(), m_client.get());
        m_batch = std::make_unique<BatchRefund>(m_journal.get(), m_client.get(), m_service.get());
    }

    void refundDialogAsksForTheAmount()
    {
        JournalEntry e = approved(QStringLiteral("PADIALOG00000001"));
        e.refundedMinor = 250;
        e.refundState = RefundState::PartlyRefunded;
        RefundDialog dialog(e, true);
        QLineEdit *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        QVERIFY(amount && !amount->isHidden());
        QCOMPARE(amount->text(), QStringLiteral("10.00")); // all that is left
        dialog.setReason(QStringLiteral("Returned"));
        QCOMPARE(dialog.answer()->amountMinor, 0); // all that is left stays "the rest"
        dialog.setAmountText(QStringLiteral("5.5"));
        QCOMPARE(dialog.answer()->amountMinor, 550);
        dialog.setAmountText(QStringLiteral("5.555"));
        QVERIFY(!dialog.answer());
        dialog.setAmountText(QStringLiteral("5"));
        dialog.setReason(QString());
        QCOMPARE(dialog.answer().error().code, QStringLiteral("reason"));

        RefundDialog whole(e, false);
        QVERIFY(whole.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->isHidden());
        whole.setReason(QStringLiteral("Returned"));
        QCOMPARE(whole.answer()->amountMinor, 0);
    }

    void partialRefundShownInHistoryAndOnTheReceipt()
    {
        JournalEntry e = approved(QStringLiteral("PADIALOG00000002"));
        auto changed = m_journal->update(e.id, [](JournalEntry &entry) -> std::optional<Error> {
            entry.refundedMinor = 500;
            entry.refundState = RefundState::PartlyRefunded;
            return std::nullopt;
        });
        QVERIFY(changed);
        e = *changed;
        JournalReader reader(m_journal->config());
        HistoryModel model(&reader);
        QSignalSpy loaded(&model, &HistoryModel::pageLoaded);
        JournalQuery query;
        query.transactionId = e.transactionId;
        model.setQuery(query);
        QVERIFY(loaded.wait(10000));
        const int row = model.rowOfEntry(e.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, HistoryModel::RefundColumn).data().toString(),
                 QStringLiteral("Partly refunded: GBP 5.00 of GBP 12.50"));
        const QString text = receiptPlainText(summaryOfEntry(e), ReceiptHeader {});
        QVERIFY2(text.contains(QStringLiteral("Partly refunded: GBP 5.00 of GBP 12.50")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("4111111111111111")));
    }

    void batchDialogPreviewsConfirmsAndRuns()
    {
        approved(QStringLiteral("PADIALOG00000011"));
        approved(QStringLiteral("PADIALOG00000012"), 3000);
        const QString file = writeFile(QStringLiteral("dialog.csv"),
                                       "PADIALOG00000011,Returned\n"
                                       "PADIALOG00000012,Part,10.00\n"
                                       "PANOPE0000000099,Unknown\n");
        BatchRefundDialog dialog(m_batch.get());
        int asked = 0;
        dialog.askConfirm = [&](const QString &) { return ++asked == 2; }; // no, then yes
        dialog.load(file);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("table"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("GBP 10.00"));
        QVERIFY(table->item(2, 3)->text().contains(QStringLiteral("no charge")));
        QVERIFY(button(dialog, "startButton")->isEnabled());
        const int before = m_sim->refundRequestCount();
        dialog.start(); // declined: nothing sent
        QCOMPARE(m_sim->refundRequestCount(), before);
        QSignalSpy finished(m_batch.get(), &BatchRefund::finished);
        button(dialog, "startButton")->click();
        QCOMPARE(asked, 2);
        QVERIFY(!button(dialog, "closeButton")->isEnabled()); // while it runs
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_sim->refundRequestCount(), before + 2);
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("refunded")));
        QVERIFY(table->item(2, 3)->text().startsWith(QStringLiteral("rejected")));
        QVERIFY(button(dialog, "saveButton")->isEnabled());
        const QString result = m_dir.filePath(QStringLiteral("dialog-result.csv"));
        dialog.askResultPath = [&] { return result; };
        button(dialog, "saveButton")->click();
        QFile saved(result);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("1,PADIALOG00000011,refunded,"));

        // The same file again: shown as done, nothing to start.
        dialog.load(file);
        QVERIFY(!button(dialog, "startButton")->isEnabled());
    }

    void batchDialogCancels()
    {
        QByteArray csv;
        for (int i = 1; i <= 4; ++i) {
            const QString id = QStringLiteral("PADIALOG0000002%1").arg(i);
            approved(id);
            csv += id.toLatin1() + ",Returned\n";
        }
        Fault slow;
        slow.kind = FaultKind::Delay;
        slow.delayMs = 300;
        m_sim->setRefundFault(slow);
        BatchRefundDialog dialog(m_batch.get());
        dialog.askConfirm = [](const QString &) { return true; };
        dialog.load(writeFile(QStringLiteral("cancel.csv"), csv));
        QSignalSpy finished(m_batch.get(), &BatchRefund::finished);
        const int before = m_sim->refundRequestCount();
        dialog.start();
        QVERIFY(button(dialog, "cancelButton")->isEnabled());
        // Cancel while the first row's refund is at the gateway (its answer held back).
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->refundRequestCount(), before + 1, 10000);
        button(dialog, "cancelButton")->click();
        QVERIFY(finished.wait(20000));
        m_sim->setRefundFault(Fault {});
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(m_sim->refundRequestCount(), before + 1); // the row on its way, no more
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("table"));
        QVERIFY(table->item(3, 3)->text().startsWith(QStringLiteral("cancelled")));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestBatchRefundDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_batchrefunddialog.moc"
