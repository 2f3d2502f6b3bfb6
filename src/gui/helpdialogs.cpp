// SPDX-License-Identifier: MIT
#include "gui/helpdialogs.h"

#include "core/gateway/payloadcipher.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtCharts/qtchartsversion.h>
#include <QtGlobal>
#include <qrencode.h>

namespace pavt::gui {

namespace {

// "Card &number:" -> "Card number"
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QString sqliteVersion()
{
    // The SQLite library QtSql was built with, asked from a throw-away in-memory connection.
    const QString name = QStringLiteral("pavt-about-sqlite");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

QList<ShortcutRow> shortcutRows(const QList<QAction *> &actions,
                                const QList<std::pair<QString, QWidget *>> &pages)
{
    QList<ShortcutRow> rows;
    const QString everywhere = QCoreApplication::translate("pavt::gui::Help", "Everywhere");
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            if (const QString text = keysText(k); !text.isEmpty()) // a standard key this
                keys << text; // platform leaves unbound ("Preferences" on X11) is empty
        if (keys.isEmpty())
            continue;
        rows.append({ everywhere, keys.join(QCoreApplication::translate("pavt::gui::Help", " or ")),
                      plainText(action->text()) });
    }
    for (const auto &[section, page] : pages) {
        QSet<QString> seen;
        const auto add = [&](const QString &text, const QWidget *target) {
            const QKeySequence keys = QKeySequence::mnemonic(text);
            if (keys.isEmpty() || !target || !target->isVisibleTo(page) || seen.contains(text))
                return;
            seen.insert(text);
            rows.append({ section, keysText(keys), plainText(text) });
        };
        for (const QLabel *label : page->findChildren<QLabel *>())
            add(label->text(), label->buddy());
        for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
            add(button->text(), button);
    }
    return rows;
}

QList<ComponentInfo> thirdPartyComponents()
{
    // What the program links, and under which licence: keep it in step with README "Dependencies".
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
          QStringLiteral("https://www.qt.io/licensing/") },
        // The End of day page's charts. Not LGPL like the rest of Qt: GPL-3.0 (or commercial).
        { QStringLiteral("Qt Charts"), QStringLiteral(QTCHARTS_VERSION_STR),
          QStringLiteral("GPL-3.0-only"),
          QStringLiteral("https://doc.qt.io/qt-6/qtcharts-index.html") },
        { QStringLiteral("OpenSSL"), PayloadCipher::libraryVersion(), QStringLiteral("Apache-2.0"),
          QStringLiteral("https://www.openssl.org/source/license.html") },
        { QStringLiteral("QtKeychain"), QStringLiteral(PAVT_QTKEYCHAIN_VERSION),
          QStringLiteral("BSD-3-Clause"),
          QStringLiteral("https://github.com/frankosterfeld/qtkeychain") },
        { QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("Public domain"),
          QStringLiteral("https://www.sqlite.org/copyright.html") },
        { QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString()),
          QStringLiteral("LGPL-2.1-or-later"),
          QStringLiteral("https://fukuchi.org/works/qrencode/") },
    };
}

void showShortcutSheet(QWidget *parent, const QList<ShortcutRow> &rows)
{
    QString html = QStringLiteral("<html><body>");
    QString section;
    for (const ShortcutRow &row : rows) {
        if (row.section != section) {
            if (!section.isEmpty())
                html += QStringLiteral("</table>");
            section = row.section;
            html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>")
                        .arg(section.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(row.keys.toHtmlEscaped(), row.what.toHtmlEscaped());
    }
    if (!section.isEmpty())
        html += QStringLiteral("</table>");
    html += QStringLiteral("</body></html>");

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("shortcutSheet"));
    dialog.setWindowTitle(QCoreApplication::translate("pavt::gui::Help", "Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("shortcutText"));
    browser->setAccessibleName(
        QCoreApplication::translate("pavt::gui::Help", "Keyboard shortcuts"));
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The rest of Help from the keyboard: the menu's title has no Alt+letter of its own (every
    // letter of "Help" is a field's on the charge form), F1 is the way in.
    QPushButton *guide = buttons->addButton(
        QCoreApplication::translate("pavt::gui::Help", "&User guide…"), QDialogButtonBox::HelpRole);
    QObject::connect(guide, &QPushButton::clicked, &dialog, [&dialog] { showUserGuide(&dialog); });
    QPushButton *about = buttons->addButton(
        QCoreApplication::translate("pavt::gui::Help", "&About…"), QDialogButtonBox::HelpRole);
    QObject::connect(about, &QPushButton::clicked, &dialog, [&dialog] { showAbout(&dialog); });
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);
    dialog.resize(520, 620);
    dialog.exec();
}

void showUserGuide(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("userGuide"));
    dialog.setWindowTitle(QCoreApplication::translate("pavt::gui::Help", "User guide"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("userGuideText"));
    browser->setAccessibleName(QCoreApplication::translate("pavt::gui::Help", "User guide"));
    browser->setOpenExternalLinks(true);
    // The guide and its pictures are built into the program (resource :/docs).
    browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")),
                       QTextDocument::MarkdownResource);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, 760);
    dialog.exec();
}

void showAbout(QWidget *parent)
{
    QString components;
    for (const ComponentInfo &c : thirdPartyComponents())
        components += QStringLiteral("<tr><td><a href='%4'>%1</a></td><td>%2</td><td>%3</td></tr>")
                          .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(),
                               c.licence.toHtmlEscaped(), c.url.toHtmlEscaped());
    const QString text
        = QStringLiteral("<h3>%1 %2</h3><p>%3</p><p>%4</p><p>%5</p>"
                         "<table cellspacing='0' cellpadding='3'><tr><th align='left'>%6</th>"
                         "<th align='left'>%7</th><th align='left'>%8</th></tr>%9</table>")
              .arg(QGuiApplication::applicationDisplayName().toHtmlEscaped(),
                   QCoreApplication::applicationVersion().toHtmlEscaped(),
                   QCoreApplication::translate(
                       "pavt::gui::Help",
                       "Card payments taken by phone, through the Pay Agency gateway.")
                       .toHtmlEscaped(),
                   QCoreApplication::translate("pavt::gui::Help",
                                               "Licence: MIT. Running on %1 (%2).")
                       .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
                       .toHtmlEscaped(),
                   QCoreApplication::translate(
                       "pavt::gui::Help", "Built with these libraries, each under its own licence:")
                       .toHtmlEscaped(),
                   QCoreApplication::translate("pavt::gui::Help", "Library").toHtmlEscaped(),
                   QCoreApplication::translate("pavt::gui::Help", "Version").toHtmlEscaped(),
                   QCoreApplication::translate("pavt::gui::Help", "Licence").toHtmlEscaped(),
                   components);
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(QCoreApplication::translate("pavt::gui::Help", "About %1")
                           .arg(QGuiApplication::applicationDisplayName()));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setText(text);
    box.setIconPixmap(QGuiApplication::windowIcon().pixmap(64, 64));
    box.addButton(QMessageBox::Close);
    box.exec();
}

} // namespace pavt::gui
