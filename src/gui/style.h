// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QColor;
class QFont;
class QPalette;
class QPixmap;
class QWidget;

namespace pavt::gui {

// The terminal's one style sheet (resources/style/pavt.qss, embedded as :/style/pavt.qss).
QString styleSheet();
// Puts the style sheet on the application, before any sheet given with -stylesheet (whose rules
// then win). Once per application; MainWindow calls it.
void installStyleSheet();
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
