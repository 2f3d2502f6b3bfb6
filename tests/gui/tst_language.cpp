// SPDX-License-Identifier: MIT
// The terminal starts in the language of its settings, and a language chosen in Settings takes
// effect at once: forms, menus, the DEMO banner, the test-card panel and the charge form's
// messages.
#include "app/terminalapp.h"
#include "core/base/translations.h"
#include "gui/chargepage.h"
#include "gui/historypage.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace pavt;
using namespace pavt::gui;

class TestLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<app::TerminalApp> m_app;

    MainWindow *window() const { return m_app->window(); }
    QString bannerText() const
    {
        return window()->findChild<QLabel *>(QStringLiteral("banner"))->text();
    }
    QString chargeButtonText() const
    {
        // The charge page's button, which the window keeps below the form's scroll area.
        return window()
            ->chargePage()
            ->actionBar()
            ->findChild<QPushButton *>(QStringLiteral("chargeButton"))
            ->text();
    }
    QString testCardsText() const
    {
        auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("testCardsDock"));
        auto *browser = dock ? qobject_cast<QTextBrowser *>(dock->widget()) : nullptr;
        return browser ? browser->toPlainText() : QString();
    }
    QString menuTitle() const
    {
        return window()->menuBar()->findChild<QMenu *>(QStringLiteral("terminalMenu"))->title();
    }

private slots:
    void initTestCase()
    {
        qputenv("PAVT_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("PAVT_DATA_DIR", m_data.path().toUtf8());
    }
    // Every test starts a terminal of its own whose settings say German.
    void init()
    {
        {
            QSettings ini(m_config.filePath(QStringLiteral("pavt.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        }
        app::TerminalApp::Options options;
        options.forceDemo = true;
        options.inMemoryCredentials = true;
        m_app = std::make_unique<app::TerminalApp>(options);
        QSignalSpy ready(m_app.get(), &app::TerminalApp::ready);
        m_app->start();
        QVERIFY(ready.count() == 1 || ready.wait(5000));
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }
    void cleanup()
    {
        m_app.reset();
        Translations::install(QStringLiteral("en"));
    }

    void startsInTheLanguageOfTheSettings()
    {
        QCOMPARE(Translations::current(), QStringLiteral("de"));
        QCOMPARE(menuTitle(), QStringLiteral("T&erminal"));
        QCOMPARE(chargeButtonText(), QStringLiteral("Belasten (Eingabe)"));
        QVERIFY2(bannerText().startsWith(QStringLiteral("DEMO — Zahlungen")),
                 qPrintable(bannerText()));
        QVERIFY2(testCardsText().contains(QStringLiteral("abgelehnt: Deckung nicht ausreichend")),
                 qPrintable(testCardsText()));
    }

    // In every language each Alt+letter of the history page, and each letter of the Terminal
    // menu, belongs to one control: two on one letter make the key cycle between them, a trap
    // for an operator working by keyboard. Hidden controls count (a role or an open link shows
    // them next to the others).
    void oneControlPerAltLetterInEveryLanguage()
    {
        const auto letterOf = [](const QString &text) {
            return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).toLower();
        };
        QStringList clashes;
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("de"),
                                         QStringLiteral("fr"), QStringLiteral("es") }) {
            Translations::install(language);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QHash<QString, QString> taken;
            const auto take = [&](const QString &where, const QString &text) {
                const QString letter = letterOf(text);
                if (letter.isEmpty())
                    return;
                const QString key = where + letter;
                if (taken.contains(key))
                    clashes << QStringLiteral("%1 %2 %3: \"%4\" and \"%5\"")
                                   .arg(language, where, letter, taken.value(key), text);
                else
                    taken.insert(key, text);
            };
            QWidget *history = m_app->historyPage();
            QVERIFY(history);
            for (QAbstractButton *b : history->findChildren<QAbstractButton *>())
                take(QStringLiteral("history"), b->text());
            for (QLabel *l : history->findChildren<QLabel *>())
                if (l->buddy())
                    take(QStringLiteral("history"), l->text());
            for (QAction *a : window()->terminalMenu()->actions())
                take(QStringLiteral("menu"), a->text());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    }

    void settingsSwitchAtOnce()
    {
        // Leave the amount and show its problem, so that a message made in German is on screen.
        ChargePage *page = window()->chargePage();
        page->edit(Field::Amount)->setFocus();
        QTest::keyClicks(page->edit(Field::Amount), QStringLiteral("-5"));
        page->edit(Field::CardNumber)->setFocus();
        auto *amountError = page->findChild<QLabel *>(QStringLiteral("amountError"));
        QVERIFY(amountError);
        QTRY_VERIFY(amountError->isVisible());
        const QString germanError = amountError->text();
        QVERIFY2(!germanError.isEmpty() && !germanError.contains(QStringLiteral("amount")),
                 qPrintable(germanError));

        // Settings (Ctrl+,): choose French and save.
        bool chosen = false;
        QTimer::singleShot(100, this, [&chosen] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<SettingsDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageEdit"));
                const int french = language->findData(QStringLiteral("fr"));
                if (french < 0)
                    break;
                QCOMPARE(language->itemText(french), QStringLiteral("Français"));
                language->setCurrentIndex(french);
                chosen = true;
                dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                    ->button(QDialogButtonBox::Save)
                    ->click();
                return;
            }
        });
        QTest::keyClick(window(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(chosen);

        QCOMPARE(Translations::current(), QStringLiteral("fr"));
        QCOMPARE(m_app->settings().language(), QStringLiteral("fr"));
        // Qt posts QEvent::LanguageChange to the windows: it arrives with the next events.
        QTRY_COMPARE(chargeButtonText(), QStringLiteral("Débiter (Entrée)"));
        QCOMPARE(menuTitle(), QStringLiteral("T&erminal"));
        QVERIFY2(bannerText().startsWith(QStringLiteral("DEMO — les paiements")),
                 qPrintable(bannerText()));
        QVERIFY2(testCardsText().contains(QStringLiteral("refusé : provision insuffisante")),
                 qPrintable(testCardsText()));
        QVERIFY2(amountError->text() != germanError && !amountError->text().isEmpty(),
                 qPrintable(amountError->text()));
        QVERIFY(window()->windowTitle().contains(QStringLiteral("DEMO")));

        // Back to the system's language (English under LANGUAGE=en, as the tests run).
        Translations::install(QString());
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        QTRY_COMPARE(chargeButtonText(), QStringLiteral("Charge (Enter)"));
        QVERIFY(bannerText().startsWith(QStringLiteral("DEMO — payments")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
