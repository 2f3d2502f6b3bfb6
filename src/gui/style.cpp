// SPDX-License-Identifier: MIT
#include "gui/style.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace pavt::gui {

namespace {

// Under a style sheet a widget keeps the palette it had when it was polished: it no longer
// follows the application's palette by itself. When the palette changes (the desktop's theme
// went dark, or back), every widget is polished again, parents before children, so that the
// widgets' tones (and with them the sheet's colours) follow as they did without a sheet.
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                repolish(top);
                for (QWidget *child : top->findChildren<QWidget *>())
                    repolish(child);
            }
        }
        return false;
    }
};

} // namespace

QString styleSheet()
{
    static const QString sheet = [] {
        QFile file(QStringLiteral(":/style/pavt.qss"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            qWarning("The style sheet :/style/pavt.qss is not embedded: no state colours.");
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return sheet;
}

void installStyleSheet()
{
    static constexpr char Installed[] = "pavtStyleSheetInstalled";
    if (!qApp || qApp->property(Installed).toBool())
        return;
    qApp->setProperty(Installed, true);
    qApp->setStyleSheet(styleSheet() + QLatin1Char('\n') + qApp->styleSheet());
    qApp->installEventFilter(new PaletteFollower(qApp));
}

QString paletteTone(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() >= 128 ? QStringLiteral("light")
                                                              : QStringLiteral("dark");
}

void repolish(QWidget *widget)
{
    QStyle *style = widget->style();
    style->unpolish(widget);
    style->polish(widget);
    widget->update();
}

} // namespace pavt::gui
