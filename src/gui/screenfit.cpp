// SPDX-License-Identifier: MIT
#include "gui/screenfit.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace pavt::gui {

namespace {

// Dialogs set their own sizes (a guide at 900 x 760, a message box sized in its showEvent), and a
// window's frame is known only once it is shown: each is fitted as it is shown, and once more
// when its own sizing is done.
class ScreenFitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *window = qobject_cast<QWidget *>(watched);
            if (window && window->isWindow()
                && (qobject_cast<QDialog *>(window) || qobject_cast<QMainWindow *>(window))) {
                fitToAvailableScreen(window);
                QTimer::singleShot(0, window, [guard = QPointer<QWidget>(window)] {
                    if (guard)
                        fitToAvailableScreen(guard);
                });
            }
        }
        return false;
    }
};

// A scrolled dialog is sized before its fields are filled (labels, choices): as it is shown, it
// grows to the width its filled form asks for, so that nothing is cut at the right; the
// ScreenFitter's second pass then keeps it on the screen.
class GrowToContents : public QObject
{
public:
    GrowToContents(QWidget *dialog, QScrollArea *scroll) : QObject(dialog), m_scroll(scroll) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *dialog = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show && dialog && m_scroll && m_scroll->widget()) {
            const int bar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
            const int wanted = m_scroll->widget()->sizeHint().width() + bar
                + (dialog->width() - m_scroll->width());
            if (wanted > dialog->width())
                dialog->resize(wanted, dialog->height());
        }
        return false;
    }

private:
    QPointer<QScrollArea> m_scroll;
};

} // namespace

void fitToAvailableScreen(QWidget *window)
{
    const QScreen *onScreen
        = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!onScreen)
        return;
    const QRect available = onScreen->availableGeometry();
    // The frame (title bar, borders) is the window manager's: leave room for a typical one.
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    const int width = std::min(window->width(), available.width() - std::max(frame.width(), 0));
    const int height
        = std::min(window->height(), available.height() - std::max(frame.height(), 30));
    if (width != window->width() || height != window->height())
        window->resize(width, height);
    QRect placed = window->frameGeometry();
    if (!available.contains(placed)) {
        placed.moveLeft(std::clamp(placed.left(), available.left(),
                                   std::max(available.left(), available.right() - placed.width())));
        placed.moveTop(std::clamp(placed.top(), available.top(),
                                  std::max(available.top(), available.bottom() - placed.height())));
        window->move(placed.topLeft());
    }
}

void scrollDialogContents(QWidget *dialog, const QList<QWidget *> &keepBelow)
{
    auto *top = qobject_cast<QBoxLayout *>(dialog->layout());
    if (!top)
        return;
    const QSize natural = dialog->sizeHint(); // the whole form, where the screen has room for it
    auto *contents = new QWidget;
    contents->setObjectName(QStringLiteral("scrolledContents"));
    auto *inner = new QVBoxLayout(contents);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(top->spacing());
    QList<QLayoutItem *> items;
    while (QLayoutItem *item = top->takeAt(0))
        items.append(item);
    QList<QLayoutItem *> kept;
    for (QLayoutItem *item : items) {
        if (item->widget() && keepBelow.contains(item->widget())) {
            kept.append(item);
            continue;
        }
        // Widgets and nested layouts move with their widgets (addItem would not reparent them).
        if (QWidget *w = item->widget()) {
            inner->addWidget(w);
            delete item;
        } else if (QLayout *l = item->layout()) {
            l->setParent(nullptr);
            inner->addLayout(l);
        } else {
            inner->addItem(item);
        }
    }
    auto *scroll = new QScrollArea(dialog);
    scroll->setObjectName(QStringLiteral("contentsScroll"));
    scroll->setWidget(contents);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the form (it scrolls only up and down).
    scroll->setMinimumWidth(contents->minimumSizeHint().width()
                            + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    top->addWidget(scroll, 1);
    for (QLayoutItem *item : kept)
        top->addItem(item);
    dialog->resize(natural.expandedTo(dialog->minimumSizeHint()));
    dialog->installEventFilter(new GrowToContents(dialog, scroll));
    // A focused field comes into view (Tab, a mnemonic, the field a problem points at).
    QObject::connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget *, QWidget *now) {
        if (now && scroll->widget()->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
}

void installScreenFitter()
{
    static constexpr char Installed[] = "pavtScreenFitterInstalled";
    if (!qApp || qApp->property(Installed).toBool())
        return;
    qApp->setProperty(Installed, true);
    qApp->installEventFilter(new ScreenFitter(qApp));
}

} // namespace pavt::gui
