// SPDX-License-Identifier: MIT
// The whole terminal on a 1280 x 800 screen, run twice by CTest: at 100 % (tst_smallscreen_100)
// and at 200 % (tst_smallscreen_200: QT_SCALE_FACTOR=2, 640 x 400 logical pixels). The offscreen
// platform is given that screen by tests/gui/screen-1280x800.json. The window and its dialogs fit
// the screen, every field of the charge form can be reached and comes into view when focused,
// Charge and its reason stay in sight, and the history's main columns need no sideways scrolling.
#include "app/terminalapp.h"
#include "core/journal/historymodel.h"
#include "gui/chargepage.h"
#include "gui/helpdialogs.h"
#include "gui/historypage.h"
#include "gui/mainwindow.h"
#include "gui/resultpanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pavt;
using namespace pavt::gui;

class TestSmallScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<app::TerminalApp> m_app;

    MainWindow *window() const { return m_app->window(); }
    ChargePage *page() const { return window()->chargePage(); }
    QRect available() const { return window()->screen()->availableGeometry(); }
    static QString size(const QSize &s)
    {
        return QStringLiteral("%1 x %2").arg(s.width()).arg(s.height());
    }
    QScrollArea *formScroll() const
    {
        for (QWidget *p = page()->parentWidget(); p; p = p->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(p))
                return scroll;
        return nullptr;
    }
    // The widget lies wholly inside the visible part of the scroll area.
    static bool inView(QScrollArea *scroll, QWidget *w)
    {
        const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        if (!scroll->viewport()->rect().contains(r))
            qWarning("%s at %d,%d %dx%d; viewport %dx%d; scrolled %d of %d; form %d high",
                     qPrintable(w->objectName()), r.x(), r.y(), r.width(), r.height(),
                     scroll->viewport()->width(), scroll->viewport()->height(),
                     scroll->verticalScrollBar()->value(), scroll->verticalScrollBar()->maximum(),
                     scroll->widget()->height());
        return scroll->viewport()->rect().contains(r);
    }
    // Opens a modal dialog with `open` and hands it, once it is up, to `check`; then closes it.
    void withDialog(const std::function<void()> &open, const std::function<void(QWidget *)> &check)
    {
        bool seen = false;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer.stop();
            seen = true;
            check(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        timer.start();
        open();
        QVERIFY(seen);
    }
    // A window lies on the screen's available area, frame included, and is not larger than it.
    void verifyFits(QWidget *w, const char *what)
    {
        const QRect frame = w->frameGeometry();
        QVERIFY2(available().contains(frame),
                 qPrintable(QStringLiteral("%1: %2 at %3,%4 on %5")
                                .arg(QLatin1String(what), size(frame.size()))
                                .arg(frame.x())
                                .arg(frame.y())
                                .arg(size(available().size()))));
        const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
        QVERIFY2(
            least.width() <= available().width() && least.height() <= available().height(),
            qPrintable(QStringLiteral("%1: at least %2").arg(QLatin1String(what), size(least))));
    }

private slots:
    void initTestCase()
    {
        qputenv("PAVT_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("PAVT_DATA_DIR", m_data.path().toUtf8());
        app::TerminalApp::Options options;
        options.forceDemo = true;
        options.inMemoryCredentials = true;
        m_app = std::make_unique<app::TerminalApp>(options);
        QSignalSpy ready(m_app.get(), &app::TerminalApp::ready);
        m_app->start();
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        // The screen the CTest entry asked for: 1280 x 800 pixels at the entry's scale.
        const qreal scale = qEnvironmentVariableIntValue("QT_SCALE_FACTOR") == 2 ? 2.0 : 1.0;
        const QRect screen = window()->screen()->geometry();
        QCOMPARE(screen.size(), QSize(qRound(1280 / scale), qRound(800 / scale)));
        qInfo("screen %s logical pixels (scale %g)", qPrintable(size(screen.size())), scale);
    }
    void cleanupTestCase() { m_app.reset(); }
    void init() { window()->newCharge(); }

    void windowFitsTheScreen()
    {
        QTRY_VERIFY(window()->isVisible());
        verifyFits(window(), "main window");
        window()->showHistory();
        QCoreApplication::processEvents();
        const QSize history = window()->minimumSizeHint();
        QVERIFY2(history.width() <= available().width() && history.height() <= available().height(),
                 qPrintable(QStringLiteral("history at least %1").arg(size(history))));
        window()->newCharge();
    }

    // The form needs no sideways scrolling: its columns stack where they do not fit side by side.
    void chargeFormFitsTheWidth()
    {
        QScrollArea *scroll = formScroll();
        QVERIFY(scroll);
        QCoreApplication::processEvents();
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        if (available().width() < 1000)
            QVERIFY(page()->isSingleColumn());
        else
            QVERIFY(!page()->isSingleColumn());
    }

    // Every field can be reached, and is brought into view when it takes the focus, whether by
    // Tab or directly (a mnemonic, the first field with a problem).
    void everyFieldComesIntoView()
    {
        QScrollArea *scroll = formScroll();
        QVERIFY(scroll);
        const QList<Field> fields
            = { Field::Currency,    Field::Amount,      Field::CardNumber, Field::CardExpiry,
                Field::CardCvv,     Field::FirstName,   Field::LastName,   Field::Email,
                Field::PhoneNumber, Field::Address,     Field::City,       Field::State,
                Field::Zip,         Field::Country,     Field::OrderId,    Field::TerminalId,
                Field::IpAddress,   Field::RedirectUrl, Field::WebhookUrl };
        // Directly, from the far end of the form back to its start.
        for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
            QLineEdit *edit = page()->edit(*it);
            QVERIFY(edit && edit->isVisible());
            edit->setFocus(Qt::ShortcutFocusReason);
            QCoreApplication::processEvents();
            QVERIFY2(edit->hasFocus(), qPrintable(edit->objectName()));
            QVERIFY2(inView(scroll, edit), qPrintable(edit->objectName()));
        }
        // With Tab, from the first field to the last.
        page()->edit(Field::Currency)->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        for (Field f : fields) {
            QLineEdit *edit = page()->edit(f);
            QCOMPARE(QApplication::focusWidget(), edit);
            QVERIFY2(inView(scroll, edit), qPrintable(edit->objectName()));
            QTest::keyClick(edit, Qt::Key_Tab);
            QCoreApplication::processEvents();
        }
    }

    // Charge and the reason it is disabled are in sight however far the form is scrolled.
    void chargeButtonStaysInSight()
    {
        QScrollArea *scroll = formScroll();
        page()->edit(Field::WebhookUrl)->setFocus();
        QCoreApplication::processEvents();
        auto *charge = window()->findChild<QPushButton *>(QStringLiteral("chargeButton"));
        auto *reason = window()->findChild<QLabel *>(QStringLiteral("blockedLabel"));
        QVERIFY(charge && reason);
        QVERIFY(charge->isVisible() && reason->isVisible());
        QVERIFY(!reason->text().isEmpty());
        for (QWidget *w : { static_cast<QWidget *>(charge), static_cast<QWidget *>(reason) }) {
            QVERIFY2(!scroll->isAncestorOf(w), "scrolls with the form");
            const QRect r(w->mapTo(window(), QPoint(0, 0)), w->size());
            QVERIFY2(window()->rect().contains(r), qPrintable(w->objectName()));
        }
    }

    // The test cards stay reachable (a dock that can be closed and opened from the menu).
    void testCardsCanBeClosedAndOpened()
    {
        auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("testCardsDock"));
        QVERIFY(dock);
        QAction *toggle = dock->toggleViewAction();
        QVERIFY(window()->terminalMenu()->actions().contains(toggle));
        const bool shown = dock->isVisible();
        toggle->trigger();
        QCOMPARE(dock->isVisible(), !shown);
        toggle->trigger();
        QCOMPARE(dock->isVisible(), shown);
        verifyFits(window(), "main window with the test cards");
    }

    // At 1280 x 800 the history's main columns (time, outcome, amount, card, name, order) are all
    // in sight without scrolling sideways; at 200 % the page still fits the window.
    void historyMainColumnsInSight()
    {
        // A charge with the longest outcome, so that the columns are sized to real rows.
        page()->setFieldText(Field::Amount, QStringLiteral("1234.50"));
        page()->setFieldText(Field::CardNumber, QStringLiteral("4000000000003220"));
        page()->setFieldText(Field::CardExpiry, QStringLiteral("12/30"));
        page()->setFieldText(Field::CardCvv, QStringLiteral("123"));
        page()->setFieldText(Field::FirstName, QStringLiteral("Maximilian"));
        page()->setFieldText(Field::LastName, QStringLiteral("Featherstonehaugh"));
        page()->setFieldText(Field::Email, QStringLiteral("max@example.com"));
        page()->setFieldText(Field::PhoneNumber, QStringLiteral("+44 20 7946 0000"));
        page()->setFieldText(Field::Address, QStringLiteral("10 Downing Street"));
        page()->setFieldText(Field::City, QStringLiteral("London"));
        page()->setFieldText(Field::State, QStringLiteral("Westminster"));
        page()->setFieldText(Field::Zip, QStringLiteral("SW1A 2AA"));
        QVERIFY2(page()->controller().canCharge(),
                 qPrintable(page()->controller().blockedReason()));
        const auto realConfirm = window()->confirm;
        window()->confirm = [](const QString &, const QString &) { return true; };
        window()->charge();
        window()->confirm = realConfirm;
        QTRY_VERIFY_WITH_TIMEOUT(window()->resultPanel()->isVisible() && !page()->isBusy(), 20000);
        // The result above the form does not make it wider than the window either, and it is
        // in sight, its title at least, however far the form had been scrolled.
        QTRY_COMPARE(formScroll()->horizontalScrollBar()->maximum(), 0);
        auto *title = window()->resultPanel()->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QTRY_VERIFY(inView(formScroll(), title));
        window()->showHistory();
        auto *table = m_app->historyPage()->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        if (available().width() >= 1000) {
            int right = 0;
            for (int column : { HistoryModel::TimeColumn, HistoryModel::OutcomeColumn,
                                HistoryModel::AmountColumn, HistoryModel::CardColumn,
                                HistoryModel::NameColumn, HistoryModel::OrderIdColumn })
                if (!table->isColumnHidden(column))
                    right = std::max(
                        right, table->columnViewportPosition(column) + table->columnWidth(column));
            qInfo("main columns end at %d of %d (%d rows)", right, table->viewport()->width(),
                  table->model()->rowCount());
            QVERIFY2(right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("main columns end at %1 of %2")
                                    .arg(right)
                                    .arg(table->viewport()->width())));
        }
        // Every filter is whole in sight: the filters wrap onto more lines, none is cut off.
        auto *bar = m_app->historyPage()->findChild<QWidget *>(QStringLiteral("filterBar"));
        QVERIFY(bar);
        int filters = 0;
        for (QWidget *w : bar->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w)))
                continue;
            ++filters;
            const QRect r(w->mapTo(bar, QPoint(0, 0)), w->size());
            QVERIFY2(bar->rect().contains(r), qPrintable(w->objectName()));
        }
        QVERIFY(filters >= 5);
        verifyFits(window(), "main window on the history");
        window()->newCharge();
    }

    void dialogsFitTheScreen()
    {
        withDialog(
            [this] { window()->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger(); },
            [this](QWidget *w) {
                verifyFits(w, "settings");
                // Its fields scroll, inside the dialog; the buttons stay below them.
                auto *scroll = w->findChild<QScrollArea *>(QStringLiteral("contentsScroll"));
                QVERIFY(scroll && scroll->widget());
                for (QLineEdit *edit : w->findChildren<QLineEdit *>())
                    if (!edit->parentWidget()->inherits("QAbstractSpinBox")
                        && !edit->parentWidget()->inherits("QComboBox"))
                        QVERIFY2(scroll->widget()->isAncestorOf(edit),
                                 qPrintable(edit->objectName()));
                auto *buttons = w->findChild<QDialogButtonBox *>();
                QVERIFY(buttons && !scroll->isAncestorOf(buttons));
                // Where the screen has room for the filled form's width, nothing is cut at the
                // right (the form is sized before its fields are filled).
                QTRY_VERIFY(w->isVisible());
                QCoreApplication::processEvents();
                const int wanted = scroll->widget()->sizeHint().width();
                if (wanted + 80 < available().width())
                    QVERIFY2(scroll->viewport()->width() >= wanted,
                             qPrintable(QStringLiteral("settings form %1 px in %2 px")
                                            .arg(wanted)
                                            .arg(scroll->viewport()->width())));
            });
        withDialog(
            [this] {
                window()->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
            },
            [this](QWidget *w) { verifyFits(w, "keyboard shortcuts"); });
        withDialog([this] { showUserGuide(window()); },
                   [this](QWidget *w) { verifyFits(w, "user guide"); });
        withDialog([this] { showAbout(window()); }, [this](QWidget *w) { verifyFits(w, "about"); });
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
