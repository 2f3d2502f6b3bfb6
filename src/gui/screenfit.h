// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QWidget;

namespace pavt::gui {

// Keeps a top-level window within the available area of its screen, window frame included: no
// larger than that area (down to the window's least size) and placed on it. A place saved on a
// larger or a second monitor, a dialog's default size, 200 % scale on a 1280 x 800 screen.
void fitToAvailableScreen(QWidget *window);
// Does that for every main window, dialog and message box as it is shown (once per application).
void installScreenFitter();
// Moves everything of a dialog's top layout but the widgets given (its buttons, a message) into a
// scroll area, so that a long form fits a small screen; those widgets stay below it, in sight.
void scrollDialogContents(QWidget *dialog, const QList<QWidget *> &keepBelow);

} // namespace pavt::gui
