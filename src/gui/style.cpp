// SPDX-License-Identifier: MIT
#include "gui/style.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyle>
#include <QSvgRenderer>
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

namespace {

// The sections of the sheet, by name, in the order they first appear.
const QList<std::pair<QString, QString>> &sections()
{
    static const QList<std::pair<QString, QString>> parsed = [] {
        QList<std::pair<QString, QString>> out;
        static const QRegularExpression marker(QStringLiteral(R"(^/\* @section (\w+) \*/$)"));
        qsizetype current = -1;
        for (const QString &line : styleSheet().split(u'\n')) {
            if (const auto m = marker.match(line); m.hasMatch()) {
                const QString name = m.captured(1);
                current = -1;
                for (qsizetype i = 0; i < out.size(); ++i)
                    if (out.at(i).first == name)
                        current = i;
                if (current < 0) {
                    out.append({ name, QString() });
                    current = out.size() - 1;
                }
            } else if (current >= 0) {
                out[current].second += line + u'\n';
            }
        }
        return out;
    }();
    return parsed;
}

} // namespace

QString styleSheetSection(const QString &name)
{
    for (const auto &[section, text] : sections())
        if (section == name)
            return text;
    return {};
}

QStringList styleSheetSections()
{
    QStringList names;
    for (const auto &section : sections())
        names << section.first;
    return names;
}

void applyStyleSheet(QWidget *scope, const char *section)
{
    const QString text = styleSheetSection(QString::fromLatin1(section));
    if (text.isEmpty())
        qWarning("The style sheet :/style/pavt.qss has no section \"%s\".", section);
    scope->setStyleSheet(text);
}

void followPaletteChanges()
{
    static constexpr char Installed[] = "pavtPaletteFollowerInstalled";
    if (!qApp || qApp->property(Installed).toBool())
        return;
    qApp->setProperty(Installed, true);
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

QFont prominentFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.5);
    else
        font.setPixelSize(font.pixelSize() * 3 / 2);
    font.setBold(true);
    return font;
}

QPixmap tintedIcon(const QString &resource, const QColor &colour, int size, qreal dpr)
{
    // Rendered straight from the SVG (no QIcon engine, no cache to fill) when a result is shown,
    // never at start-up.
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(resource);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace pavt::gui
