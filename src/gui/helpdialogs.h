// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace pavt::gui {

// One line of the keyboard cheat sheet.
struct ShortcutRow
{
    QString section; // "Everywhere", "Charge form", …
    QString keys; // "Ctrl+H" in the platform's words
    QString what; // "History"
};

// The cheat sheet, read from the window itself: the menus' actions with their shortcuts, the
// fixed keys of the charge form, and every Alt+letter of the pages' labels and buttons (the
// mnemonics of their texts), so that it can never list a key that does not work.
QList<ShortcutRow> shortcutRows(const QList<QAction *> &actions,
                                const QList<std::pair<QString, QWidget *>> &pages);

// The libraries the terminal is built on, with the licence of each, for About.
struct ComponentInfo
{
    QString name;
    QString version; // the one in use where it can be asked, else the one built against
    QString licence;
    QString url;
};
QList<ComponentInfo> thirdPartyComponents();

// Help ▸ Keyboard shortcuts (F1).
void showShortcutSheet(QWidget *parent, const QList<ShortcutRow> &rows);
// Help ▸ User guide: the guide bundled with the program (docs/user-guide.md), offline.
void showUserGuide(QWidget *parent);
// Help ▸ About: version, licence, the libraries and their licences.
void showAbout(QWidget *parent);

} // namespace pavt::gui
