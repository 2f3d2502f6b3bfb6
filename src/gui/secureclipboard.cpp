// SPDX-License-Identifier: MIT
#include "gui/secureclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace pavt::gui {

SecureClipboard::SecureClipboard(QObject *parent) : QObject(parent) { }

void SecureClipboard::copy(const QString &text, int clearAfterMs)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE Klipper and others skip entries with this hint; Windows/macOS equivalents below.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    QGuiApplication::clipboard()->setMimeData(mime);
    m_lastCopied = text;
    QTimer::singleShot(clearAfterMs, this, &SecureClipboard::clearIfOurs);
}

void SecureClipboard::clearIfOurs()
{
    if (m_lastCopied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_lastCopied)
        clipboard->clear();
    m_lastCopied.clear();
}

} // namespace pavt::gui
