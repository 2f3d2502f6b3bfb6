// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QColor;
class QFont;
class QPalette;
class QPixmap;
class QWidget;

namespace pavt::gui {

// The terminal's one style sheet (resources/style/pavt.qss, embedded as :/style/pavt.qss).
QString styleSheet();
// One section of it ("/* @section NAME */" lines start them; the parts of a name are joined);
// empty for a name the sheet does not have.
QString styleSheetSection(const QString &name);
// The names of the sheet's sections, in the order they first appear.
QStringList styleSheetSections();
// Puts a section of the style sheet on `scope`, for it and its children: each widget that a rule
// addresses is a scope, or inside one, set by its own constructor (the banner and the environment
// marker: "window"; "resultPanel"; the charge form, "chargePage", and its action bar, "actionBar";
// "testCards"; the settings dialog's problem line, "settings"; the end of day's
// status line, "endOfDay"). Not on the application: an application-wide sheet puts every widget
// of every window under Qt's style-sheet style, which cost 50 ms of a 130 ms start (bench_gui);
// and only the section, so that each widget is matched against its own few rules.
void applyStyleSheet(QWidget *scope, const char *section);
// Under a style sheet a widget keeps the palette it was polished with; this makes every widget
// follow a change of the application's palette (a theme gone dark) again. Once per application;
// MainWindow calls it.
void followPaletteChanges();
// "light" or "dark": which of the sheet's colour sets suits a palette ("dark" for dark and
// high-contrast themes, whose window is dark). Widgets keep it in their "tone" property.
QString paletteTone(const QPalette &palette);
// Applies the sheet's rules to the widget again after a property they select on has changed.
void repolish(QWidget *widget);

// What the eye reads first (the amount and currency, an outcome's title, the primary action):
// the widget's own font, from the theme, made larger and bold. One factor for all of them.
QFont prominentFont(const QFont &base);
// A one-colour SVG (resources/icons/outcome-*.svg) drawn in a colour, for a device pixel ratio:
// the outcome icons take the colour the sheet gives the result panel's state.
QPixmap tintedIcon(const QString &resource, const QColor &colour, int size, qreal dpr);

} // namespace pavt::gui
