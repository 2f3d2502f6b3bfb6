// SPDX-License-Identifier: MIT
// The window's smaller promises: LIVE marker, settings and a failing keychain, the inactivity
// timer, the clipboard that clears itself, receipts as PDF, accessible names on every control,
// and the colours and signs of the theme checks (over 600 lines: they share the theme helpers).
#include "core/gateway/credentialstore.h"
#include "core/settings/terminalsettings.h"
#include "gui/chargepage.h"
#include "gui/helpdialogs.h"
#include "gui/mainwindow.h"
#include "gui/receipt.h"
#include "gui/resultpanel.h"
#include "gui/secureclipboard.h"
#include "gui/settingsdialog.h"
#include "gui/style.h"
#include "support/testdata.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

using namespace pavt;
using namespace pavt::gui;

class TestWindowBehaviour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TerminalSettings> m_settings;

    // With PAVT_SCREENSHOT_DIR set, the widget is saved as a PNG (for the guides in docs/).
    static void shot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("PAVT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        widget->adjustSize(); // a dialog that was never shown has no layout yet
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    // A desktop theme for the scope: its palette on the application, as the platform puts it.
    struct Theme
    {
        explicit Theme(const QPalette &palette) { QApplication::setPalette(palette); }
        ~Theme() { QApplication::setPalette(previous); }
        QPalette previous = QApplication::palette();
    };
    // The colour the style sheet gives a field's message on the charge form under a theme.
    static QColor errorColour(const QPalette &palette)
    {
        followPaletteChanges();
        Theme theme(palette);
        ChargePage page;
        QLabel *label = page.errorLabel(Field::Email);
        label->ensurePolished();
        return label->palette().color(label->foregroundRole());
    }
    // The colour the style sheet gives the result panel's title for an outcome under a theme.
    static QColor titleColour(const QPalette &palette, OutcomeKind kind)
    {
        followPaletteChanges();
        Theme theme(palette);
        SecureClipboard clipboard;
        ResultPanel panel(&clipboard);
        ChargeSummary summary;
        summary.outcome.kind = kind;
        panel.showResult(summary);
        auto *title = panel.findChild<QLabel *>(QStringLiteral("titleLabel"));
        title->ensurePolished();
        return title->palette().color(title->foregroundRole());
    }
    static double contrast(const QColor &x, const QColor &y)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF());
        };
        const double a = luminance(x);
        const double b = luminance(y);
        return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
    }

    // Every focusable control must have an accessible name (its own or its label buddy's).
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
            if (qobject_cast<QLineEdit *>(w) && w->parentWidget()
                && w->parentWidget()->inherits("QComboBox"))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                out << QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    // Every test starts from default settings (no idle time, window place or URL of another).
    void init()
    {
        const QString ini = m_dir.filePath(QStringLiteral("pavt.ini"));
        QFile::remove(ini);
        m_settings = std::make_unique<TerminalSettings>(ini);
    }
    void cleanup() { m_settings.reset(); }

    // The style sheet comes in sections, each put on the widgets it addresses (style.h): every
    // section the widgets ask for has rules, and no rule is outside a section (it would reach no
    // widget).
    void styleSheetIsInSections()
    {
        const QStringList names = styleSheetSections();
        for (const char *used : { "window", "resultPanel", "chargePage", "actionBar", "testCards",
                                  "settings", "endOfDay" })
            QVERIFY2(names.contains(QLatin1StringView(used))
                         && styleSheetSection(QLatin1StringView(used)).contains(u'{'),
                     used);
        QVERIFY(styleSheetSection(QStringLiteral("noSuchSection")).isEmpty());
        const QString sheet = styleSheet();
        const qsizetype first = sheet.indexOf(QStringLiteral("/* @section "));
        QVERIFY(first > 0);
        QString outside = sheet.left(first);
        outside.remove(QRegularExpression(QStringLiteral(R"(/\*.*?\*/)"),
                                          QRegularExpression::DotMatchesEverythingOption));
        QVERIFY2(outside.trimmed().isEmpty(), qPrintable(outside));
        qsizetype inSections = 0;
        for (const QString &name : names)
            inSections += styleSheetSection(name).count(u'{');
        QCOMPARE(inSections, sheet.count(u'{'));
    }

    void liveMarker()
    {
        MainWindow window(*m_settings);
        window.setEnvironment(Environment::Live);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner->isVisibleTo(&window));
        QVERIFY(banner->text().contains(QStringLiteral("LIVE")));
        // The style sheet's colours for the mode (pavt.qss), inside the border.
        const auto background = [banner] { return banner->grab().toImage().pixelColor(3, 3); };
        QCOMPARE(background(), QColor(0xa4, 0x26, 0x2c));
        window.setEnvironment(Environment::Test);
        QVERIFY(!banner->isVisibleTo(&window));
        window.setDemoMode(true);
        QVERIFY(banner->isVisibleTo(&window));
        QVERIFY(banner->text().contains(QStringLiteral("DEMO")));
        QCOMPARE(background(), QColor(0xff, 0xf3, 0xc4));
    }

    // With the merchant's keys saved after a demo, the simulator's return page and the
    // documentation IP address that the demo filled in are not sent to the real gateway.
    void leavingTheDemoDropsItsStandIns()
    {
        MainWindow window(*m_settings);
        const QString simReturn = QStringLiteral("http://127.0.0.1:4711/sim/return");
        window.setDemoMode(true);
        window.setDemoDefaults(simReturn);
        QLineEdit *redirect = window.chargePage()->edit(Field::RedirectUrl);
        QLineEdit *ip = window.chargePage()->edit(Field::IpAddress);
        QCOMPARE(redirect->text(), simReturn);
        QCOMPARE(ip->text(), QStringLiteral("203.0.113.7"));
        window.setDemoMode(false);
        QCOMPARE(redirect->text(), QString());
        QCOMPARE(ip->text(), QString());

        // What the operator typed over the stand-ins, and the merchant's own defaults, stay.
        window.setDemoMode(true);
        window.setDemoDefaults(simReturn);
        QCOMPARE(redirect->text(), simReturn);
        redirect->setText(QStringLiteral("https://shop.example/return"));
        m_settings->raw().setValue(QStringLiteral("defaults/customerIp"),
                                   QStringLiteral("198.51.100.20"));
        window.setDemoMode(false);
        QCOMPARE(redirect->text(), QStringLiteral("https://shop.example/return"));
        QCOMPARE(ip->text(), QStringLiteral("198.51.100.20"));
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window(*m_settings);
        window.setDemoMode(true,
                           { { QStringLiteral("4111111111111111"), QStringLiteral("Visa"),
                               QStringLiteral("approves") } });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList missing = unnamedControls(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        MemoryCredentialStore store;
        SettingsDialog dialog(*m_settings, store);
        dialog.show();
        missing = unnamedControls(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void errorMessagesAreAnnouncedThroughTheField()
    {
        MainWindow window(*m_settings);
        window.show();
        QLineEdit *email = window.chargePage()->edit(Field::Email);
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("james@"));
        QVERIFY(!email->accessibleDescription().isEmpty());
        QVERIFY(window.chargePage()
                    ->errorLabel(Field::Email)
                    ->text()
                    .endsWith(email->accessibleDescription()));
        QVERIFY(
            window.chargePage()->errorLabel(Field::Email)->text().startsWith(QStringLiteral("⚠")));
    }

    void cardNumberNeverReachesTheClipboard()
    {
        MainWindow window(*m_settings);
        window.show();
        QLineEdit *card = window.chargePage()->edit(Field::CardNumber);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        card->setFocus();
        QTest::keyClicks(card, QStringLiteral("4111111111111111"));
        QTest::keyClick(card, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(!card->hasSelectedText());
        card->selectAll();
        QVERIFY(!card->hasSelectedText());
        QTest::keyClick(card, Qt::Key_Home, Qt::ShiftModifier);
        QVERIFY(!card->hasSelectedText());
        QTest::keyClick(card, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(card, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        if (QGuiApplication::clipboard()->supportsSelection())
            QVERIFY(!QGuiApplication::clipboard()
                         ->text(QClipboard::Selection)
                         .contains(QStringLiteral("4111")));
        QVERIFY(card->text().remove(QLatin1Char(' '))
                == QStringLiteral("4111111111111111")); // Ctrl+X cut nothing
    }

    void errorColoursFollowTheTheme()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        // Contrast of the message colour against the window: at least 4.5:1 (WCAG AA) on both.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF());
        };
        for (const QPalette &p : { light, dark }) {
            // The style sheet's colour, not the theme's text colour.
            QVERIFY(errorColour(p) != p.color(QPalette::WindowText));
            const double a = luminance(errorColour(p));
            const double b = luminance(p.color(QPalette::Window));
            const double ratio = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
    }

    void resultColoursFollowTheTheme()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        for (OutcomeKind kind :
             { OutcomeKind::Approved, OutcomeKind::Declined, OutcomeKind::NeedsThreeDS,
               OutcomeKind::Pending, OutcomeKind::Rejected, OutcomeKind::ServerError,
               OutcomeKind::NotSent, OutcomeKind::Unknown, OutcomeKind::Listed }) {
            const QByteArray what = outcomeKindId(kind).toLatin1();
            // Light themes: the outcome's colour, readable as large text (the title is bold and
            // 1.5 times the size: 3:1, WCAG AA for large text).
            const QColor onLight = titleColour(light, kind);
            QVERIFY2(onLight != Qt::black, what.constData());
            QVERIFY2(contrast(onLight, light.color(QPalette::Window)) >= 3.0, what.constData());
            // Dark and high-contrast themes: the theme's own text colour.
            QCOMPARE(titleColour(dark, kind), QColor(Qt::white));
        }
        QCOMPARE(titleColour(light, OutcomeKind::Approved), QColor(0x1b, 0x7f, 0x3b));
        QCOMPARE(titleColour(light, OutcomeKind::Declined), QColor(0xa4, 0x26, 0x2c));
    }

    // The result's sign: a shape for each kind of answer, in a state colour that stands out from
    // the window by at least 3:1 (WCAG 1.4.11, non-text) on light and on dark themes; on light
    // themes the title's own colour.
    void resultIconsFollowTheTheme()
    {
        followPaletteChanges();
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        const QList<OutcomeKind> kinds
            = { OutcomeKind::Approved, OutcomeKind::Declined, OutcomeKind::NeedsThreeDS,
                OutcomeKind::Pending,  OutcomeKind::Rejected, OutcomeKind::ServerError,
                OutcomeKind::NotSent,  OutcomeKind::Unknown,  OutcomeKind::Listed };
        for (const QPalette &p : { light, dark }) {
            Theme theme(p);
            QHash<OutcomeKind, QImage> shapes;
            for (OutcomeKind kind : kinds) {
                const QByteArray what = outcomeKindId(kind).toLatin1();
                SecureClipboard clipboard;
                ResultPanel panel(&clipboard);
                ChargeSummary summary;
                summary.outcome.kind = kind;
                panel.showResult(summary);
                const QColor colour = panel.stateColour();
                QVERIFY2(contrast(colour, p.color(QPalette::Window)) >= 3.0, what.constData());
                if (paletteTone(p) == QLatin1String("light"))
                    QCOMPARE(colour, titleColour(light, kind));
                else
                    QVERIFY2(colour != p.color(QPalette::WindowText), what.constData());
                auto *icon = panel.findChild<QLabel *>(QStringLiteral("iconLabel"));
                QVERIFY(icon);
                const QImage image
                    = icon->pixmap().toImage().convertToFormat(QImage::Format_ARGB32);
                QVERIFY2(!image.isNull() && image.width() >= 16, what.constData());
                // Drawn in that colour: every fully opaque pixel is the state colour.
                int opaque = 0;
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor c = image.pixelColor(x, y);
                        if (c.alpha() == 255) {
                            ++opaque;
                            QCOMPARE(c.rgb(), colour.rgb());
                        }
                    }
                QVERIFY2(opaque > image.width() * image.height() / 10, what.constData());
                shapes.insert(kind, image.convertToFormat(QImage::Format_Alpha8));
            }
            // Approved, declined, 3-D Secure, unknown, rejected and not sent: each its own shape.
            const QList<OutcomeKind> distinct
                = { OutcomeKind::Approved, OutcomeKind::Declined, OutcomeKind::NeedsThreeDS,
                    OutcomeKind::Unknown,  OutcomeKind::Rejected, OutcomeKind::NotSent };
            for (OutcomeKind a : distinct)
                for (OutcomeKind b : distinct)
                    if (a != b)
                        QVERIFY2(shapes.value(a) != shapes.value(b),
                                 qPrintable(outcomeKindId(a) + u' ' + outcomeKindId(b)));
        }
    }

    // The primary action: when it can charge, the Charge button is filled, and its text stands
    // out from its fill by at least 4.5:1 on light and on dark themes.
    void chargeButtonIsThePrimaryAction()
    {
        followPaletteChanges();
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::ButtonText, Qt::white);
        for (const QPalette &p : { light, dark }) {
            Theme theme(p);
            ChargePage page;
            auto *button = page.findChild<QPushButton *>(QStringLiteral("chargeButton"));
            QVERIFY(button);
            button->setEnabled(true); // as when every field is valid
            page.resize(900, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const QImage image = button->grab().toImage();
            const QColor fill = image.pixelColor(image.width() / 2, 4);
            QVERIFY2(contrast(fill, p.color(QPalette::Window)) >= 1.5,
                     qPrintable(fill.name())); // filled, not the window's colour
            double best = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    best = std::max(best, contrast(fill, image.pixelColor(x, y)));
            QVERIFY2(best >= 4.5, qPrintable(QString::number(best)));
            // The amount and its currency are larger than the form's other fields.
            QVERIFY(page.edit(Field::Amount)->font().pointSizeF()
                    > page.edit(Field::FirstName)->font().pointSizeF());
            QVERIFY(page.edit(Field::Amount)->font().bold());
            QCOMPARE(page.edit(Field::Currency)->font(), page.edit(Field::Amount)->font());
            // The reason the button is disabled sits right beside it.
            auto *reason = page.findChild<QLabel *>(QStringLiteral("blockedLabel"));
            QVERIFY(reason);
            QCOMPARE(reason->parentWidget(), button->parentWidget());
        }
    }

    void coloursFollowAThemeChange()
    {
        followPaletteChanges();
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::WindowText, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::white);
        Theme theme(light);
        SecureClipboard clipboard;
        ResultPanel panel(&clipboard);
        ChargeSummary summary;
        summary.outcome.kind = OutcomeKind::Approved;
        panel.showResult(summary);
        auto *title = panel.findChild<QLabel *>(QStringLiteral("titleLabel"));
        ChargePage page;
        page.show();
        QLabel *error = page.errorLabel(Field::Email);
        const auto colourOf
            = [](QLabel *label) { return label->palette().color(label->foregroundRole()); };
        QCOMPARE(colourOf(title), QColor(0x1b, 0x7f, 0x3b));
        QCOMPARE(colourOf(error), QColor(0xb0, 0x00, 0x20));
        // The desktop switches to a dark theme while the window is open, and back.
        QApplication::setPalette(dark);
        QCOMPARE(colourOf(title), QColor(Qt::white));
        QCOMPARE(colourOf(error), QColor(0xff, 0x8a, 0x80));
        QApplication::setPalette(light);
        QCOMPARE(colourOf(title), QColor(0x1b, 0x7f, 0x3b));
        QCOMPARE(colourOf(error), QColor(0xb0, 0x00, 0x20));
    }

    void settingsSaveCredentialsToTheStore()
    {
        MemoryCredentialStore store;
        SettingsDialog dialog(*m_settings, store);
        QSignalSpy changed(&dialog, &SettingsDialog::credentialsChanged);
        dialog.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))
            ->setText(QString::fromLatin1(test::TestSecretKey));
        dialog.findChild<QLineEdit *>(QStringLiteral("encryptionKeyEdit"))
            ->setText(QString::fromLatin1(test::TestEncryptionKey));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = store.readBlocking(QString::fromLatin1(CredentialStore::SecretKeyName));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->view(), QByteArrayView(test::TestSecretKey));
        // Secrets never reach the settings file.
        m_settings->sync();
        QFile ini(m_dir.filePath(QStringLiteral("pavt.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(!content.contains(test::TestSecretKey));
        QVERIFY(!content.contains(test::TestEncryptionKey));
    }

    void brokenKeychainIsReportedInWords()
    {
        MemoryCredentialStore store;
        store.setBroken(true);
        SettingsDialog dialog(*m_settings, store);
        QSignalSpy changed(&dialog, &SettingsDialog::credentialsChanged);
        dialog.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))
            ->setText(QString::fromLatin1(test::TestSecretKey));
        dialog.findChild<QLineEdit *>(QStringLiteral("encryptionKeyEdit"))
            ->setText(QString::fromLatin1(test::TestEncryptionKey));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(changed.count(), 1); // still used for this session
        const QString problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        QVERIFY2(problem.contains(QStringLiteral("could not be saved")), qPrintable(problem));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void settingsRejectBadValues()
    {
        MemoryCredentialStore store;
        SettingsDialog dialog(*m_settings, store);
        dialog.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"))
            ->setText(QStringLiteral("sk_live_123"));
        dialog.findChild<QLineEdit *>(QStringLiteral("encryptionKeyEdit"))
            ->setText(QStringLiteral("short"));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("http://gateway.example"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        const QString problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        QVERIFY(problem.contains(QStringLiteral("PA_TEST_")));
        QVERIFY(problem.contains(QStringLiteral("https://")));
        shot(&dialog, "settings-rejected");
        QVERIFY(store.readBlocking(QString::fromLatin1(CredentialStore::SecretKeyName)).has_value()
                == false);
    }

    void inactivityClearsTheCard()
    {
        m_settings->setIdleClearSeconds(10);
        MainWindow window(*m_settings);
        window.show();
        ChargePage *page = window.chargePage();
        page->edit(Field::CardNumber)->setFocus();
        QTest::keyClicks(page->edit(Field::CardNumber), QStringLiteral("4111111111111111"));
        QVERIFY(!page->edit(Field::CardNumber)->text().isEmpty());
        QTest::keyClicks(page->edit(Field::CardExpiry), QStringLiteral("1230"));
        QVERIFY(!page->edit(Field::CardExpiry)->text().isEmpty());
        // What the idle timer calls when it fires (without waiting ten seconds).
        QVERIFY(QMetaObject::invokeMethod(&window, "idleTimeout"));
        QVERIFY(page->edit(Field::CardNumber)->text().isEmpty());
        QVERIFY(page->edit(Field::CardExpiry)->text().isEmpty());
    }

    // A complete card number, expiry or CVV moves the cursor on by itself; an operator who then
    // presses Tab out of habit must not skip the next field (seen: the expiry's digits went into
    // CVV and the first name). Both ways of typing give the same form.
    void tabAfterAnAutomaticAdvanceIsSwallowed_data()
    {
        QTest::addColumn<bool>("tabs");
        QTest::newRow("relying on the advance") << false;
        QTest::newRow("tab after every field") << true;
    }
    void tabAfterAnAutomaticAdvanceIsSwallowed()
    {
        QFETCH(bool, tabs);
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ChargePage *page = window.chargePage();
        page->edit(Field::CardNumber)->setFocus();
        auto type = [&](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            if (tabs)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        };
        type(QStringLiteral("4111111111111111"));
        QCOMPARE(QApplication::focusWidget(), page->edit(Field::CardExpiry));
        type(QStringLiteral("1230"));
        QCOMPARE(QApplication::focusWidget(), page->edit(Field::CardCvv));
        type(QStringLiteral("123"));
        QCOMPARE(QApplication::focusWidget(), page->edit(Field::FirstName));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("James"));
        QCOMPARE(page->edit(Field::CardExpiry)->text(), QStringLiteral("12/30"));
        QCOMPARE(page->controller().text(Field::CardCvv), QStringLiteral("123"));
        QCOMPARE(page->edit(Field::FirstName)->text(), QStringLiteral("James"));
        // A second Tab is the operator's own: it moves on as everywhere else.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->edit(Field::LastName));
        // Shift+Tab right after an advance goes back, as asked.
        page->edit(Field::CardNumber)->clear();
        page->edit(Field::CardNumber)->setFocus();
        QTest::keyClicks(page->edit(Field::CardNumber), QStringLiteral("4111111111111111"));
        QCOMPARE(QApplication::focusWidget(), page->edit(Field::CardExpiry));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), page->edit(Field::CardNumber));
    }

    // The application's display name once: Qt adds it to a title that does not end with it.
    void windowTitleNamesTheTerminalOnce()
    {
        MainWindow window(*m_settings);
        const QString name = QGuiApplication::applicationDisplayName();
        QVERIFY(!name.isEmpty());
        for (const bool demo : { false, true }) {
            window.setDemoMode(demo);
            const QString title = window.windowTitle();
            QVERIFY2(title.endsWith(name), qPrintable(title));
            QCOMPARE(title.count(name), 1);
            QCOMPARE(title.contains(u"DEMO"), demo);
        }
    }

    // Help > Keyboard shortcuts lists what works, read from the window: the menu's keys, the
    // form's Enter and Escape and its Alt+letters; F1 opens it.
    void shortcutSheetListsTheWindowsKeys()
    {
        MainWindow window(*m_settings);
        const QList<ShortcutRow> rows = window.shortcutSheet();
        const auto has = [&](const QKeySequence &keys, const QString &what) {
            const QString text = keys.toString(QKeySequence::NativeText);
            for (const ShortcutRow &row : rows)
                if (row.keys.split(QStringLiteral(" or ")).contains(text) && row.what == what)
                    return true;
            return false;
        };
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("History")));
        QVERIFY(has(QKeySequence::HelpContents, QStringLiteral("Keyboard shortcuts")));
        QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("Settings")));
        QVERIFY(has(QKeySequence(Qt::Key_Escape), QStringLiteral("Clear the form")));
        QVERIFY(has(QKeySequence(Qt::ALT | Qt::Key_N), QStringLiteral("Card number")));
        QVERIFY(has(QKeySequence(Qt::ALT | Qt::Key_A), QStringLiteral("Amount")));
        // No key listed twice within a section (two fields on one Alt+letter would be a bug).
        QSet<QString> seen;
        for (const ShortcutRow &row : rows) {
            const QString key = row.section + u'|' + row.keys;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
        // A menu's Alt+letter must not be a field's too (the key would do neither).
        for (const QAction *menu : window.menuBar()->actions()) {
            const QString keys
                = QKeySequence::mnemonic(menu->text()).toString(QKeySequence::NativeText);
            for (const ShortcutRow &row : rows)
                QVERIFY2(keys.isEmpty() || row.keys != keys,
                         qPrintable(menu->text() + u" / " + row.what));
        }
        // F1 opens the sheet (the timer fires inside the dialog's own event loop).
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool opened = false;
        QTimer closer;
        closer.setSingleShot(true);
        connect(&closer, &QTimer::timeout, [&opened] {
            QWidget *sheet = QApplication::activeModalWidget();
            if (sheet && sheet->objectName() == u"shortcutSheet") {
                opened = true;
                sheet->close();
            }
        });
        closer.start(0);
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(opened);
    }

    // Help > User guide reads the guide built into the program, pictures included; About names
    // the libraries and their licences.
    void userGuideAndAboutAreBuiltIn()
    {
        QFile guide(QStringLiteral(":/docs/user-guide.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        QVERIFY(guide.readAll().contains("# "));
        QVERIFY(QFile::exists(QStringLiteral(":/docs/images/charge-form.png")));
        QStringList names;
        const QList<ComponentInfo> components = thirdPartyComponents();
        for (const ComponentInfo &c : components) {
            QVERIFY2(!c.version.isEmpty() && !c.licence.isEmpty(), qPrintable(c.name));
            names << c.name;
        }
        QVERIFY(names.contains(QStringLiteral("Qt")) && names.contains(QStringLiteral("OpenSSL"))
                && names.contains(QStringLiteral("QtKeychain"))
                && names.contains(QStringLiteral("libqrencode"))
                && names.contains(QStringLiteral("Qt Charts")));
        QVERIFY(components.at(names.indexOf(QStringLiteral("OpenSSL")))
                    .version.startsWith(u"OpenSSL 3"));
    }

    void windowPlaceIsRemembered()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize place(std::min(700, screen.width() - 40), std::min(500, screen.height() - 60));
        {
            MainWindow window(*m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // A size the screen has room for (the offscreen screen is 800 x 600).
            window.resize(place);
            QVERIFY(window.close());
        }
        QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
        QVERIFY(!m_settings->mainWindowState().isEmpty());
        // Under the keys earlier versions wrote, so that an update keeps the operator's place.
        m_settings->sync();
        QSettings ini(m_dir.filePath(QStringLiteral("pavt.ini")), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("ui/geometry")).toByteArray(),
                 m_settings->mainWindowGeometry());
        QCOMPARE(ini.value(QStringLiteral("ui/state")).toByteArray(),
                 m_settings->mainWindowState());
        MainWindow again(*m_settings);
        QCOMPARE(again.size(), place);
    }

    // A place saved on a larger screen is brought back onto this one.
    void aPlaceLargerThanTheScreenIsFitted()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        {
            MainWindow window(*m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(screen.x() + 3000, screen.y(), screen.width() + 600,
                               screen.height() + 400);
            QVERIFY(window.close());
        }
        MainWindow again(*m_settings);
        QVERIFY2(again.width() <= screen.width() && again.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 x %2").arg(again.width()).arg(again.height())));
        QVERIFY(screen.contains(again.frameGeometry().topLeft()));
    }

    void clipboardIsConcealedAndCleared()
    {
        SecureClipboard clipboard;
        clipboard.copy(QStringLiteral("PA123456"), 100);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("PA123456"));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 2000);
        // Something the user copied since is left alone.
        clipboard.copy(QStringLiteral("PA999"), 100);
        QGuiApplication::clipboard()->setText(QStringLiteral("user's own text"));
        QTest::qWait(300);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("user's own text"));
    }

    void receiptPdfHasMaskedCardOnly()
    {
        ChargeSummary result;
        result.outcome.kind = OutcomeKind::Approved;
        result.outcome.orderId = QStringLiteral("VT-1");
        result.outcome.transaction.transactionId = QStringLiteral("PA42");
        result.amountText = QStringLiteral("GBP 12.50");
        result.cardText = QStringLiteral("Visa •••• 1111");
        result.maskedCard = QStringLiteral("411111******1111");
        result.customerName = QStringLiteral("James Dean");
        result.when = QDateTime::currentDateTime();
        const QString html = receiptHtml(
            result, ReceiptHeader { QStringLiteral("Shop"), QStringLiteral("Ann"), true });
        QVERIFY(html.contains(QStringLiteral("411111******1111")));
        QVERIFY(html.contains(QStringLiteral("PA42")));
        QVERIFY(html.contains(QStringLiteral("DEMO")));
        QVERIFY(!html.contains(QStringLiteral("4111111111111111")));
        const QString path = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QString error;
        QVERIFY2(saveReceiptPdf(result, ReceiptHeader {}, path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    // E-mail receipt: a mailto: URL to the customer with a subject and the plain-text receipt;
    // masked card only, and characters that mean something in a URL survive the trip.
    void receiptMailUrlHasTheCustomerAndMaskedCardOnly()
    {
        ChargeSummary result;
        result.outcome.kind = OutcomeKind::Approved;
        result.outcome.orderId = QStringLiteral("VT-1");
        result.outcome.transaction.transactionId = QStringLiteral("PA42");
        result.amountText = QStringLiteral("GBP 12.50");
        result.cardText = QStringLiteral("Visa •••• 1111");
        result.maskedCard = QStringLiteral("411111******1111");
        result.customerName = QStringLiteral("Jo & Ann+Lee");
        result.customerEmail = QStringLiteral("jo.lee@example.com");
        result.when = QDateTime::currentDateTime();
        const QUrl url = receiptMailUrl(
            result, ReceiptHeader { QStringLiteral("Shop = Best"), QStringLiteral("Ann"), false });
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("jo.lee@example.com"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Your payment receipt from Shop = Best (GBP 12.50)"));
        const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY2(body.contains(QStringLiteral("Card number: 411111******1111")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Cardholder: Jo & Ann+Lee")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Transaction: PA42")), qPrintable(body));
        const QString whole = url.toString(QUrl::FullyEncoded);
        QVERIFY(!whole.contains(QStringLiteral("4111111111111111")));
        QVERIFY(!QUrl::fromPercentEncoding(whole.toLatin1()).contains(u"4111111111111111"));
        QVERIFY(!whole.contains(QLatin1Char(' ')));
        // Without an address the operator fills it in the mail program.
        result.customerEmail.clear();
        QVERIFY(receiptMailUrl(result, ReceiptHeader {}).path().isEmpty());
    }
};

QTEST_MAIN(TestWindowBehaviour)
#include "tst_windowbehaviour.moc"
