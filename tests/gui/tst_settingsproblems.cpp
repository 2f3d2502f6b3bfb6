// SPDX-License-Identifier: MIT
// The window with a setting it cannot use: it says so, opens Settings on that field, charges
// nothing until the setting is fixed, and starts once it is. Offscreen, demo mode.
#include "app/terminalapp.h"
#include "gui/chargepage.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace pavt;
using namespace pavt::gui;

class TestSettingsProblems : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;

    // Answers the settings dialog once it is up. It is modal (exec() runs its own loop), so a
    // timer looks for it and answers it from inside that loop.
    void whenSettingsOpen(std::function<void(SettingsDialog *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<SettingsDialog *>(w); d && d->isVisible()) {
                    timer->stop();
                    timer->deleteLater();
                    answer(d);
                    return;
                }
        });
        timer->start();
    }

private slots:
    void initTestCase()
    {
        qputenv("PAVT_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("PAVT_DATA_DIR", m_data.path().toUtf8());
        // No session bus: no keychain service answers (nor prompts for a password).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pavt-test-bus");
    }

    // First start on a desktop without a Secret Service: plain words, never "Unknown error", and
    // every line of Settings true for that state (nothing saved, no keychain, demo mode).
    void aDesktopWithoutAKeychainServiceSaysSo()
    {
        QFile::remove(m_config.filePath(QStringLiteral("pavt.ini")));
        app::TerminalApp::Options options;
        options.keychainTimeoutMs = 5000;
        app::TerminalApp terminal(options);
        QSignalSpy ready(&terminal, &app::TerminalApp::ready);
        terminal.start();
        QVERIFY(ready.count() == 1 || ready.wait(10000));
        QVERIFY(terminal.isDemo());
        const QString status = terminal.window()->statusBar()->currentMessage();
        QVERIFY2(status.contains(u"No keychain service is running")
                     && status.contains(u"this session only"),
                 qPrintable(status));
        QVERIFY2(!status.contains(u"Unknown error"), qPrintable(status));

        QString keychainLine, environmentLine, secretPlaceholder;
        whenSettingsOpen([&](SettingsDialog *dialog) {
            keychainLine
                = dialog->findChild<QLabel *>(QStringLiteral("keychainStatusValue"))->text();
            environmentLine
                = dialog->findChild<QLabel *>(QStringLiteral("environmentValue"))->text();
            secretPlaceholder = dialog->findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))
                                    ->placeholderText();
            dialog->reject();
        });
        QAction *settings = nullptr;
        for (QAction *a : terminal.window()->findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
                settings = a;
        QVERIFY(settings);
        settings->trigger();
        QTRY_VERIFY(!keychainLine.isEmpty());
        QVERIFY2(keychainLine.contains(u"No keychain service"), qPrintable(keychainLine));
        QVERIFY2(!keychainLine.contains(u"Saved in"), qPrintable(keychainLine));
        QVERIFY2(environmentLine.contains(u"Demo"), qPrintable(environmentLine));
        QVERIFY2(!secretPlaceholder.contains(u"unchanged"), qPrintable(secretPlaceholder));
    }

    void aBadSettingBlocksChargingUntilItIsFixed()
    {
        const QString ini = m_config.filePath(QStringLiteral("pavt.ini"));
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[gateway]\ntimeoutSeconds=abc\n");
        }
        app::TerminalApp::Options options;
        options.forceDemo = true;
        options.inMemoryCredentials = true;
        app::TerminalApp terminal(options);
        QSignalSpy ready(&terminal, &app::TerminalApp::ready);

        // First: Settings opens on the timeout with the problem; the operator closes it.
        QString problem;
        QString focusedField;
        whenSettingsOpen([&](SettingsDialog *dialog) {
            problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
            focusedField = dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString();
            dialog->reject();
        });
        terminal.start();
        QTRY_VERIFY_WITH_TIMEOUT(!problem.isEmpty(), 10000);
        QVERIFY2(problem.contains(u"gateway/timeoutSeconds") && problem.contains(ini)
                     && problem.contains(u"\"abc\"") && problem.contains(u"from 1 to 120"),
                 qPrintable(problem));
        QCOMPARE(focusedField, QStringLiteral("timeoutEdit"));
        QCOMPARE(ready.count(), 0);
        MainWindow *window = terminal.window();
        QTRY_VERIFY(window->statusBar()->currentMessage().contains(u"gateway/timeoutSeconds"));

        // Above the form, whatever the window's size.
        auto *banner = window->findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(u"gateway/timeoutSeconds"), qPrintable(banner->text()));
        // Nothing is charged meanwhile: the window says why.
        window->statusBar()->clearMessage();
        window->charge();
        QVERIFY2(window->statusBar()->currentMessage().contains(u"gateway/timeoutSeconds"),
                 qPrintable(window->statusBar()->currentMessage()));
        QCOMPARE(ready.count(), 0);

        std::pair<int, int> range;
        // Then Settings from the menu: the operator fixes the timeout and saves; the terminal
        // starts (demo mode here) and the file holds the fixed value.
        whenSettingsOpen([&](SettingsDialog *dialog) {
            auto *timeout = dialog->findChild<QSpinBox *>(QStringLiteral("timeoutEdit"));
            range = { timeout->minimum(), timeout->maximum() };
            timeout->setValue(20);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QAction *settings = nullptr;
        for (QAction *a : window->findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
                settings = a;
        QVERIFY(settings);
        settings->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QCOMPARE(range, (std::pair<int, int> { 1, 120 })); // the setting's range, not the form's
        QVERIFY(terminal.isDemo());
        QVERIFY2(!banner->text().contains(u"gateway/timeoutSeconds"), qPrintable(banner->text()));
        QSettings check(ini, QSettings::IniFormat);
        QCOMPARE(check.value(QStringLiteral("gateway/timeoutSeconds")).toString(),
                 QStringLiteral("20"));
    }
};

QTEST_MAIN(TestSettingsProblems)
#include "tst_settingsproblems.moc"
