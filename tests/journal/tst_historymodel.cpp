// SPDX-License-Identifier: MIT
// The history view's model: lazy paging from the worker thread, checked by
// QAbstractItemModelTester, live updates, totals. Runs on SQLite (tst_historymodel) and PostgreSQL
// (tst_historymodel_postgresql).
#include "core/journal/historymodel.h"
#include "core/journal/journal.h"
#include "core/journal/journalreader.h"
#include "support/journaltestsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::test;

class TestHistoryModel : public QObject
{
    Q_OBJECT
public:
    explicit TestHistoryModel(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;
    JournalConfig m_config;
    std::unique_ptr<Journal> m_journal;
    const QDateTime m_base
        = QDateTime::fromString(QStringLiteral("2026-02-01T00:00:00Z"), Qt::ISODate).toUTC();

    static constexpr int Entries = 1000;

    // Waits until the model has finished loading (or fails the test).
    static bool settle(HistoryModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = m_backend.freshConfig(m_dir);
        auto journal = Journal::open(m_config);
        PAVT_VERIFY_OK(journal);
        m_journal = std::move(*journal);
        QList<JournalEntry> many;
        for (int i = 0; i < Entries; ++i) {
            JournalEntry e = sampleEntry(QStringLiteral("H-%1").arg(i, 4, 10, QLatin1Char('0')),
                                         i % 2 ? "4111111111111111" : "5555555555554444", 100 + i,
                                         i % 3 ? QStringLiteral("GBP") : QStringLiteral("EUR"));
            e.createdAt = m_base.addSecs(60 * i);
            e.outcome = i % 10 == 0 ? EntryOutcome::Declined : EntryOutcome::Approved;
            e.transactionId = QStringLiteral("PA%1").arg(i);
            many << e;
        }
        PAVT_VERIFY_OK(m_journal->insertBatch(many));
    }

    void cleanupTestCase() { m_journal.reset(); }

    void searchCanBeCancelled()
    {
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        QSignalSpy loading(&model, &HistoryModel::loadingChanged);
        model.setQuery({});
        QVERIFY(model.isLoading());
        model.cancelLoading();
        QVERIFY(!model.isLoading());
        QVERIFY(!loading.isEmpty());
        QCOMPARE(loading.last().first().toBool(), false);
        QTest::qWait(100); // a page that was already on its way is dropped
        QCOMPARE(model.rowCount(), 0);
        model.refresh(); // and a new search works as before
        QVERIFY(settle(model));
        QVERIFY(model.rowCount() > 0);
    }

    void lazyPaging()
    {
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        model.setPageSize(64);
        QSignalSpy pages(&model, &HistoryModel::pageLoaded);
        model.setQuery({});
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 64); // nothing more until the view asks
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 64);
        QVERIFY(model.canFetchMore({}));
        int rounds = 0;
        while (model.canFetchMore({}) && rounds++ < 100) {
            model.fetchMore({});
            QVERIFY(settle(model));
            QCOMPARE(model.rowCount(), std::min(Entries, 64 * (rounds + 1)));
        }
        QCOMPARE(model.rowCount(), Entries);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(pages.size(), (Entries + 63) / 64);
    }

    void underTheTester()
    {
        // The tester fetches eagerly (it calls fetchMore() after every insertion): every page
        // arrives, each exactly once, newest first.
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        model.setPageSize(64);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QVERIFY(
            QTest::qWaitFor([&] { return !model.isLoading() && !model.canFetchMore({}); }, 20000));
        QCOMPARE(model.rowCount(), Entries);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.data(model.index(row, 0), HistoryModel::EntryIdRole).toLongLong();
            if (row > 0)
                QVERIFY(model.entryAt(row - 1).createdAt > model.entryAt(row).createdAt);
        }
        QCOMPARE(ids.size(), Entries);
        QCOMPARE(model.entryAt(0).orderId, QStringLiteral("H-0999"));
        // Live changes under the tester too.
        connect(m_journal.get(), &Journal::entryAdded, &model, &HistoryModel::entryAdded);
        connect(m_journal.get(), &Journal::entryChanged, &model, &HistoryModel::entryChanged);
        auto added = m_journal->recordPending(sampleEntry(QStringLiteral("TESTER-1")));
        PAVT_VERIFY_OK(added);
        QCOMPARE(model.rowCount(), Entries + 1);
        GatewayOutcome declined;
        declined.kind = OutcomeKind::Declined;
        PAVT_VERIFY_OK(m_journal->complete(added->id, declined));
        QCOMPARE(model.data(model.index(0, 0), HistoryModel::OutcomeRole).toString(),
                 QStringLiteral("declined"));
        m_journal->database().execRaw(
            QStringLiteral("DELETE FROM entries WHERE order_id = 'TESTER-1'"));
    }

    void columnsAndRoles()
    {
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JournalQuery one;
        one.orderId = QStringLiteral("H-0003");
        model.setQuery(one);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.data(model.index(0, column), role);
        };
        QCOMPARE(cell(HistoryModel::OrderIdColumn).toString(), QStringLiteral("H-0003"));
        QCOMPARE(cell(HistoryModel::TransactionIdColumn).toString(), QStringLiteral("PA3"));
        QCOMPARE(cell(HistoryModel::OutcomeColumn).toString(),
                 entryOutcomeLabel(EntryOutcome::Approved));
        QCOMPARE(cell(HistoryModel::AmountColumn).toString(), QStringLiteral("EUR 1.03"));
        QCOMPARE(cell(HistoryModel::CardColumn).toString(),
                 QStringLiteral("Visa 411111") + QChar(0x2026) + QStringLiteral("1111"));
        QCOMPARE(cell(HistoryModel::NameColumn).toString(), QStringLiteral("James Dean"));
        QCOMPARE(cell(HistoryModel::OperatorColumn).toString(), QStringLiteral("alice"));
        QCOMPARE(cell(0, HistoryModel::OutcomeRole).toString(), QStringLiteral("approved"));
        QCOMPARE(cell(0, HistoryModel::AmountMinorRole).toLongLong(), 103);
        QCOMPARE(cell(0, HistoryModel::CurrencyRole).toString(), QStringLiteral("EUR"));
        QCOMPARE(cell(0, HistoryModel::CreatedAtRole).toDateTime(), m_base.addSecs(180));
        QCOMPARE(cell(HistoryModel::AmountColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.headerData(HistoryModel::AmountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Amount"));
        QVERIFY(model.roleNames().contains(HistoryModel::EntryIdRole));
        // The summary line of the result.
        QTRY_COMPARE(model.totals().size(), 1);
        QCOMPARE(model.totals().first(),
                 (JournalTotal { QStringLiteral("EUR"), EntryOutcome::Approved, 1, 103 }));
        QVERIFY(model.summary().contains(u"EUR 1.03"));
    }

    void filtersAndTotals()
    {
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        model.setPageSize(500);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &HistoryModel::totalsChanged);
        JournalQuery declined;
        declined.outcomes = { EntryOutcome::Declined };
        model.setQuery(declined);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), Entries / 10);
        QVERIFY(!model.canFetchMore({}));
        QTRY_COMPARE(totals.size(), 1);
        qint64 count = 0;
        for (const JournalTotal &t : model.totals()) {
            QCOMPARE(t.outcome, EntryOutcome::Declined);
            count += t.count;
        }
        QCOMPARE(count, Entries / 10);
        // A second query right after the first: only the second's rows arrive.
        JournalQuery a;
        a.lastFour = QStringLiteral("4444");
        JournalQuery b;
        b.transactionId = QStringLiteral("PA7");
        model.setQuery(a);
        model.setQuery(b);
        QVERIFY(settle(model));
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).orderId, QStringLiteral("H-0007"));
    }

    void invalidQueryIsReported()
    {
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        QSignalSpy failed(&model, &HistoryModel::loadFailed);
        JournalQuery bad;
        bad.lastFour = QStringLiteral("12");
        model.setQuery(bad);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.lastError()->code, QStringLiteral("last_four"));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void liveUpdates()
    {
        JournalReader reader(m_config);
        HistoryModel model(&reader);
        model.setPageSize(20);
        connect(m_journal.get(), &Journal::entryAdded, &model, &HistoryModel::entryAdded);
        connect(m_journal.get(), &Journal::entryChanged, &model, &HistoryModel::entryChanged);
        JournalQuery visa;
        visa.lastFour = QStringLiteral("1111");
        model.setQuery(visa);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 20);

        // A new charge on the card appears on top; one on another card does not.
        auto added = m_journal->recordPending(sampleEntry(QStringLiteral("LIVE-1")));
        PAVT_VERIFY_OK(added);
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.entryAt(0).orderId, QStringLiteral("LIVE-1"));
        QCOMPARE(model.data(model.index(0, 0), HistoryModel::OutcomeRole).toString(),
                 QStringLiteral("pending"));
        PAVT_VERIFY_OK(
            m_journal->recordPending(sampleEntry(QStringLiteral("LIVE-2"), "5555555555554444")));
        QCOMPARE(model.rowCount(), 21);

        // Its outcome arrives: the row changes in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        GatewayOutcome approved;
        approved.kind = OutcomeKind::Approved;
        approved.transaction.transactionId = QStringLiteral("PA-LIVE");
        PAVT_VERIFY_OK(m_journal->complete(added->id, approved));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, HistoryModel::TransactionIdColumn)).toString(),
                 QStringLiteral("PA-LIVE"));

        // An entry older than the loaded rows is left to fetchMore.
        JournalEntry old = sampleEntry(QStringLiteral("OLD-ONE"));
        old.id = 999999;
        old.createdAt = m_base.addDays(-30);
        model.entryAdded(old);
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.rowOfEntry(999999), -1);
        m_journal->database().execRaw(
            QStringLiteral("DELETE FROM entries WHERE order_id LIKE 'LIVE-%'"));
    }
};

PAVT_JOURNAL_TEST_MAIN(TestHistoryModel, "tst_historymodel")

#include "tst_historymodel.moc"
