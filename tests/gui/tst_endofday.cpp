// SPDX-License-Identifier: MIT
// The End of day page, offscreen, against the in-process gateway simulator (loopback) and a
// journal with one entry in every category: the tabs' counts, the serious tab first, Cancel stops
// at the page under way, Apply lists the changes and applies them only after the confirmation (a
// re-run has nothing more), the CSV (the core's writer) and the PDF report, accessible names, and
// a role without report rights neither sees nor runs it.
#include "core/journal/audittrail.h"
#include "core/journal/journal.h"
#include "core/service/accountservice.h"
#include "core/service/sessionservice.h"
#include "core/service/settlementreport.h"
#include "core/settings/terminalsettings.h"
#include "gui/endofdaypage.h"
#include "gui/mainwindow.h"
#include "gui/sessioncontroller.h"
#include "sim/gatewaysimulator.h"
#include "support/journaltestsupport.h"

#include <QAbstractAxis>
#include <QAccessible>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pavt;
using namespace pavt::gui;
using namespace pavt::sim;
using namespace pavt::test;

namespace {
const QByteArray SimSecret = QByteArrayLiteral("PA_TEST_endofday0sim");
const QByteArray SimKey = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
const QDate Day(2025, 3, 10);
const QString AdminPassword = QStringLiteral("eod-admin-password-1");
const QString AnnPassword = QStringLiteral("eod-ann-password-2");
const QString FinPassword = QStringLiteral("eod-fin-password-3");

QDateTime at(QDate day, int h, int m, int s = 0)
{
    return QDateTime(day, QTime(h, m, s), Qt::UTC);
}
} // namespace

class TestEndOfDay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_journals = 0;

    struct Rig
    {
        JournalConfig config;
        std::unique_ptr<GatewaySimulator> sim;
        QNetworkAccessManager nam;
        std::unique_ptr<GatewayClient> client;
        std::unique_ptr<Journal> journal;
        std::unique_ptr<SessionService> session;
        std::unique_ptr<EndOfDayPage> page;
        qint64 refunded = 0;
    };

    std::unique_ptr<Rig> rig()
    {
        auto r = std::make_unique<Rig>();
        SimulatorOptions options;
        options.secretKey = SimSecret;
        options.encryptionKey = SimKey;
        options.listPageSize = 3; // many pages from a few transactions
        r->sim = std::make_unique<GatewaySimulator>(options);
        if (!r->sim->start())
            qFatal("simulator: %s", qPrintable(r->sim->errorString()));
        r->nam.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = r->sim->baseUrl();
        r->client = std::make_unique<GatewayClient>(
            &r->nam, Credentials { SecretBytes(SimSecret), SecretBytes(SimKey) }, gc);
        r->config.sqlitePath
            = m_dir.filePath(QStringLiteral("journal-%1.sqlite3").arg(++m_journals));
        auto journal = Journal::open(r->config);
        if (!journal)
            qFatal("journal: %s", qPrintable(journal.error().message));
        r->journal = std::move(*journal);
        auto session = SessionService::open(r->config);
        if (!session)
            qFatal("session: %s", qPrintable(session.error().message));
        r->session = std::move(*session);
        r->page = std::make_unique<EndOfDayPage>();
        SettlementOptions so;
        so.zone = QTimeZone::utc();
        r->page->setSources(r->journal.get(), r->client.get(), so);
        r->page->setSession(r->session.get());
        r->page->setMerchant(QStringLiteral("Shop 42"));
        r->page->setRange(Day, Day.addDays(1));
        r->page->askSavePath
            = [](const QString &, const QString &, const QString &) { return QString(); };
        r->page->confirmApply = [](const QStringList &) { return false; };
        return r;
    }

    static qint64 both(Rig &r, const QString &txid, const QString &orderId, const QDateTime &when,
                       qint64 journalAmount = 1250, double gatewayAmount = 1250)
    {
        JournalEntry e = sampleEntry(orderId, "4111111111111111", journalAmount);
        e.createdAt = when;
        e.updatedAt = when;
        e.transactionId = txid;
        e.outcome = EntryOutcome::Approved;
        e.operatorName = QStringLiteral("alice");
        if (!r.journal->database().insertBatch({ e }))
            qFatal("insert");
        gatewayRecord(r, txid, orderId, when.addSecs(1), gatewayAmount);
        auto found = r.journal->entryByTransactionId(txid);
        return found && *found ? (*found)->id : 0;
    }

    static void gatewayRecord(Rig &r, const QString &txid, const QString &orderId,
                              const QDateTime &when, double amount = 1250)
    {
        TransactionRecord t;
        t.transactionId = txid;
        t.orderId = orderId;
        t.amount = amount;
        t.currency = QStringLiteral("GBP");
        t.firstName = QStringLiteral("Ada");
        t.lastName = QStringLiteral("Lovelace");
        t.status = TransactionStatus::Success;
        t.created = when;
        if (!r.sim->addTransaction(t))
            qFatal("sim: %s taken", qPrintable(txid));
    }

    // One entry in every category (and a matched one besides the three the gateway marks).
    static void scenario(Rig &r)
    {
        both(r, QStringLiteral("PAMATCHED00001"), QStringLiteral("VT20250310100000-ABCDEFGHJK"),
             at(Day, 10, 0));
        gatewayRecord(r, QStringLiteral("PAOWNLOST00001"),
                      QStringLiteral("VT20250310120500-ABCDEFGHJN"), at(Day, 12, 5));
        both(r, QStringLiteral("PAFORGOTTEN001"), QStringLiteral("VT20250310130000-ABCDEFGHJP"),
             at(Day, 13, 0));
        r.sim->forgetTransaction(QStringLiteral("PAFORGOTTEN001"));
        both(r, QStringLiteral("PAMISMATCH0001"), QStringLiteral("VT20250310140000-ABCDEFGHJQ"),
             at(Day, 14, 0), 1250, 1251);
        r.refunded = both(r, QStringLiteral("PAREFUNDED0001"),
                          QStringLiteral("VT20250310150000-ABCDEFGHJR"), at(Day, 15, 0));
        r.sim->markRefunded(QStringLiteral("PAREFUNDED0001"), at(Day, 18, 0));
        both(r, QStringLiteral("PACHARGEBACK01"), QStringLiteral("VT20250310160000-ABCDEFGHJS"),
             at(Day, 16, 0), 3000, 3000);
        r.sim->markChargedBack(QStringLiteral("PACHARGEBACK01"), at(Day.addDays(1), 9, 0));
        both(r, QStringLiteral("PASUSPICIOUS01"), QStringLiteral("VT20250310170000-ABCDEFGHJT"),
             at(Day, 17, 0));
        r.sim->markSuspicious(QStringLiteral("PASUSPICIOUS01"), at(Day, 17, 30));
    }

    static void runAndWait(EndOfDayPage &page)
    {
        QSignalSpy done(&page, &EndOfDayPage::finished);
        page.run();
        if (done.isEmpty() && !done.wait(30000))
            qFatal("the settlement did not finish");
    }

    static int tabOf(const QTabWidget *tabs, SettlementCategory category)
    {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == settlementCategoryId(category))
                return i;
        return -1;
    }

    QStringList auditEvents(Rig &r)
    {
        AuditQuery q;
        q.limit = 100;
        QStringList out;
        if (auto records = r.session->auditTrail().list(q))
            for (const AuditRecord &a : std::as_const(*records))
                out << a.event;
        return out;
    }

    // Every focusable control must have an accessible name (as tst_windowbehaviour checks the
    // window's).
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList out;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root)
                || w->inherits("QScrollBar")
                || (w->inherits("QAbstractScrollArea") && !w->inherits("QTextEdit")
                    && !w->inherits("QAbstractItemView")))
                continue;
            if (qobject_cast<QLineEdit *>(w) && w->parentWidget()
                && w->parentWidget()->inherits("QAbstractSpinBox"))
                continue; // the spin box's own editor: the spin box carries the name
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                out << QStringLiteral("%1 (%2 in %3)")
                           .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                QString::fromLatin1(w->parentWidget()->metaObject()->className()));
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tabsCountEveryCategoryWithTheSeriousFirst()
    {
        auto r = rig();
        scenario(*r);
        runAndWait(*r->page);
        QVERIFY2(r->page->report(), qPrintable(r->page->statusText()));
        const QTabWidget *tabs = r->page->categoryTabs();
        QCOMPARE(tabs->count(), SettlementCategoryCount);
        const QList<std::pair<SettlementCategory, int>> expected {
            { SettlementCategory::Matched, 4 },     { SettlementCategory::GatewayOnly, 1 },
            { SettlementCategory::JournalOnly, 1 }, { SettlementCategory::Mismatched, 1 },
            { SettlementCategory::Refunded, 1 },    { SettlementCategory::ChargedBack, 1 },
            { SettlementCategory::Suspicious, 1 },
        };
        for (const auto &[category, count] : expected) {
            const int i = tabOf(tabs, category);
            QVERIFY(i >= 0);
            QVERIFY2(tabs->tabText(i).contains(QStringLiteral("(%1").arg(count)),
                     qPrintable(tabs->tabText(i)));
            QCOMPARE(qobject_cast<QTableWidget *>(tabs->widget(i))->rowCount(), count);
        }
        // The serious ones first, marked in words and with an icon, not by colour alone.
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(tabs->tabText(i).contains(u"serious"), qPrintable(tabs->tabText(i)));
            QVERIFY(!tabs->tabIcon(i).isNull());
        }
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(tabs->widget(0)->objectName(),
                 settlementCategoryId(SettlementCategory::Mismatched));
        for (int i = 3; i < tabs->count(); ++i) {
            QVERIFY2(!tabs->tabText(i).contains(u"serious"), qPrintable(tabs->tabText(i)));
            QVERIFY(tabs->tabIcon(i).isNull());
        }
        auto *mismatched = qobject_cast<QTableWidget *>(tabs->widget(0));
        QCOMPARE(mismatched->item(0, 0)->text(), QStringLiteral("⚠ PAMISMATCH0001"));
        QVERIFY(mismatched->item(0, 7)->text().contains(u"1251"));
        QCOMPARE(mismatched->item(0, 5)->text(), QStringLiteral("approved")); // the journal's
        QCOMPARE(mismatched->item(0, 6)->text(), QStringLiteral("SUCCESS")); // the gateway's
        // Totals: two days (the chargeback's date is the next day; the transactions all on the
        // first), one operator, one kind.
        auto *perDay = r->page->findChild<QTableWidget *>(QStringLiteral("perDayTable"));
        QCOMPARE(perDay->rowCount(), 1);
        QCOMPARE(perDay->item(0, 0)->text(), Day.toString(Qt::ISODate));
        QCOMPARE(perDay->item(0, 2)->text(), QStringLiteral("6"));
        QCOMPARE(r->page->findChild<QTableWidget *>(QStringLiteral("perOperatorTable"))->rowCount(),
                 1);
        QVERIFY(auditEvents(*r).contains(QString::fromLatin1(AuditEvent::SettlementMade)));
        QVERIFY(r->page->applyButton()->isEnabled());
        QVERIFY(r->page->csvButton()->isEnabled() && r->page->pdfButton()->isEnabled());
    }

    void cancelStopsAtThePageUnderWay()
    {
        auto r = rig();
        SeedOptions seed;
        seed.count = 30; // ten pages of three
        seed.from = Day;
        seed.to = Day;
        QCOMPARE(r->sim->seedTransactions(seed).size(), 30);
        r->page->setRange(Day, Day);
        // Cancel as soon as the first page has been read.
        int pagesSeen = 0;
        connect(r->page->progressBar(), &QProgressBar::valueChanged, r->page.get(), [&](int value) {
            if (value > 0 && pagesSeen++ == 0)
                r->page->cancelButton()->click();
        });
        QSignalSpy done(r->page.get(), &EndOfDayPage::finished);
        r->page->run();
        QVERIFY(r->page->isRunning());
        QVERIFY(!r->page->cancelButton()->isHidden());
        QVERIFY(done.wait(30000));
        QCOMPARE(pagesSeen, 1); // no page after the one shown when Cancel was pressed
        QVERIFY(r->page->progressBar()->format().startsWith(u"Page 1:"));
        QVERIFY2(r->page->statusText().contains(u"Cancelled"), qPrintable(r->page->statusText()));
        QVERIFY(!r->page->report());
        QVERIFY(!r->page->applyButton()->isEnabled());
        QVERIFY(!r->page->csvButton()->isEnabled());
        QVERIFY(r->page->cancelButton()->isHidden());
        // It runs again to the end afterwards.
        disconnect(r->page->progressBar(), nullptr, r->page.get(), nullptr);
        runAndWait(*r->page);
        QVERIFY(r->page->report());
        QCOMPARE(r->page->report()->gatewayTransactions, 30);
    }

    void applyListsTheChangesThenAppliesAfterConfirmation()
    {
        auto r = rig();
        scenario(*r);
        runAndWait(*r->page);
        QVERIFY(r->page->report());
        QStringList listed;
        r->page->confirmApply = [&listed](const QStringList &changes) {
            listed = changes;
            return false; // the person says no
        };
        r->page->applyButton()->click();
        QCOMPARE(listed.size(), 3);
        QVERIFY(listed.join(u'\n').contains(u"PAREFUNDED0001"));
        QCOMPARE(r->journal->entry(r->refunded)->value().refundState, RefundState::None);
        // Yes this time: applied, then the same range again, with nothing more to apply.
        r->page->confirmApply = [](const QStringList &) { return true; };
        QSignalSpy done(r->page.get(), &EndOfDayPage::finished);
        r->page->applyButton()->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(r->journal->entry(r->refunded)->value().refundState, RefundState::Refunded);
        QVERIFY(r->page->report());
        QCOMPARE(r->page->report()->changes.size(), 0);
        QVERIFY(!r->page->applyButton()->isEnabled());
        QVERIFY(auditEvents(*r).contains(QString::fromLatin1(AuditEvent::SettlementApplied)));
    }

    void exportsTheCsvAndThePdfReport()
    {
        auto r = rig();
        scenario(*r);
        runAndWait(*r->page);
        QVERIFY(r->page->report());
        const QString csvPath = m_dir.filePath(QStringLiteral("settlement.csv"));
        const QString pdfPath = m_dir.filePath(QStringLiteral("end-of-day.pdf"));
        r->page->askSavePath = [&](const QString &, const QString &suggested, const QString &) {
            return suggested.endsWith(u".csv") ? csvPath : pdfPath;
        };
        r->page->csvButton()->click();
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), r->page->report()->items.size() + 1);
        QCOMPARE(QString::fromUtf8(lines.first()).trimmed(), settlementCsvHeader().join(u','));
        r->page->pdfButton()->click();
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 4000);
        // The range is named in the document's title (the PDF's metadata: UTF-8 in XMP, or
        // UTF-16 in the information dictionary).
        const QString range = QStringLiteral("2025-03-10 to 2025-03-11");
        QByteArray utf16;
        for (QChar c : range)
            utf16 += QByteArray { '\0', char(c.unicode()) };
        QVERIFY(bytes.contains(range.toUtf8()) || bytes.contains(utf16));
        const QStringList events = auditEvents(*r);
        QCOMPARE(events.count(QString::fromLatin1(AuditEvent::ReportExported)), 2);
    }

    void everyControlHasAnAccessibleName()
    {
        auto r = rig();
        scenario(*r);
        r->page->resize(1000, 700);
        r->page->show();
        QVERIFY(QTest::qWaitForWindowExposed(r->page.get()));
        runAndWait(*r->page);
        const QStringList missing = unnamedControls(r->page.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    // The charts take the page's palette: a dark theme gets a dark chart with light text.
    void chartsFollowThePalette()
    {
        auto r = rig();
        scenario(*r);
        runAndWait(*r->page);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        r->page->setPalette(dark);
        for (const char *name : { "netChart", "outcomeChart" }) {
            auto *view = r->page->findChild<QChartView *>(QLatin1StringView(name));
            QVERIFY(view && view->chart());
            QCOMPARE(view->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
            QCOMPARE(view->chart()->titleBrush().color(), dark.color(QPalette::Text));
            for (QAbstractAxis *axis : view->chart()->axes())
                QCOMPARE(axis->labelsColor(), dark.color(QPalette::Text));
        }
    }

    // The core decides: an operator may not make the report, so the window hides it and the page
    // refuses to run; finance may.
    void aRoleWithoutReportRightsCannotOpenIt()
    {
        auto r = rig();
        scenario(*r);
        {
            AccountService accounts(*r->session);
            QVERIFY(accounts.createFirstAdministrator(QStringLiteral("root"),
                                                      QStringLiteral("Root"), Role::Administrator,
                                                      SecretBytes::fromString(AdminPassword)));
            QVERIFY(
                r->session->signIn(QStringLiteral("root"), SecretBytes::fromString(AdminPassword)));
            QVERIFY(accounts.create(QStringLiteral("ann"), QStringLiteral("Ann"), Role::Operator,
                                    SecretBytes::fromString(AnnPassword)));
            QVERIFY(accounts.create(QStringLiteral("fin"), QStringLiteral("Fin"), Role::Finance,
                                    SecretBytes::fromString(FinPassword)));
            r->session->signOut();
        }
        // Their first passwords changed on a seat of their own (no dialog in this window).
        for (const auto &[name, password] : { std::pair { QStringLiteral("ann"), AnnPassword },
                                              std::pair { QStringLiteral("fin"), FinPassword } }) {
            auto seat = SessionService::open(r->config);
            QVERIFY(seat);
            QVERIFY((*seat)->signIn(name, SecretBytes::fromString(password)));
            QVERIFY((*seat)->changePassword(SecretBytes::fromString(password),
                                            SecretBytes::fromString(password + u'!')));
        }
        const auto signIn = [&](const QString &name, const QString &password) {
            QVERIFY(r->session->signIn(name, SecretBytes::fromString(password + u'!')));
        };
        TerminalSettings settings(m_dir.filePath(QStringLiteral("pavt.ini")));
        MainWindow window(settings);
        SessionController controller(r->session.get(), &window, settings);
        EndOfDayPage *page = r->page.release();
        window.setEndOfDayWidget(page); // the window owns it now
        window.show();
        signIn(QStringLiteral("ann"), AnnPassword);
        QCOMPARE(r->session->state(), SessionService::State::SignedIn);
        QVERIFY(!window.endOfDayAction()->isVisible());
        const auto sheetHasEndOfDay = [&window] {
            for (const ShortcutRow &row : window.shortcutSheet())
                if (row.what == u"End of day")
                    return true;
            return false;
        };
        QVERIFY(!sheetHasEndOfDay()); // F1 lists only what this account may use
        window.showEndOfDay();
        // (The stack holds the page in a scroll area: the current page is the one that holds it.)
        QVERIFY(!window.findChild<QStackedWidget *>()->currentWidget()->isAncestorOf(page));
        // Asked directly, the page is refused by the core, and says so.
        QSignalSpy done(page, &EndOfDayPage::finished);
        page->run();
        QVERIFY(!page->isRunning());
        QVERIFY(done.isEmpty());
        QVERIFY(!page->report());
        QVERIFY2(page->statusText().contains(u"may not"), qPrintable(page->statusText()));
        QVERIFY(!page->runButton()->isEnabled());
        QVERIFY(!page->applyButton()->isVisible());
        QVERIFY(auditEvents(*r).contains(QString::fromLatin1(AuditEvent::ActionRefused)));
        // Finance: Terminal > End of day (Ctrl+E) opens it, and it runs.
        r->session->signOut();
        signIn(QStringLiteral("fin"), FinPassword);
        QVERIFY(window.endOfDayAction()->isVisible());
        QVERIFY(sheetHasEndOfDay());
        QCOMPARE(window.endOfDayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        window.endOfDayAction()->trigger();
        QVERIFY(window.findChild<QStackedWidget *>()->currentWidget()->isAncestorOf(page));
        runAndWait(*page);
        QVERIFY(page->report());
        QVERIFY(page->applyButton()->isVisible());
    }
};

QTEST_MAIN(TestEndOfDay)
#include "tst_endofday.moc"
