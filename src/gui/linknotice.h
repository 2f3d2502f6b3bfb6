// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QSystemTrayIcon;

namespace pavt::gui {

// Tells the operator that one of their payment links was paid (or failed, or expired) while they
// were doing something else: a bar at the top of the window that stays until dismissed, the
// status bar, and the desktop's notification area where there is one
// (QSystemTrayIcon::showMessage). The bar keeps the latest news and counts the rest.
class LinkNotice : public QFrame
{
    Q_OBJECT
public:
    explicit LinkNotice(QWidget *parent = nullptr);
    ~LinkNotice() override;

    // Announces a settled link.
    void announce(const JournalEntry &entry);
    QString text() const;
    // The notices announced so far and the last one's entry.
    int count() const { return m_count; }
    const JournalEntry &last() const { return m_last; }
    // Whether the desktop has a notification area (the tray icon exists only then).
    bool hasTray() const { return m_tray != nullptr; }
    // Tests replace the tray's message (title, text).
    std::function<void(const QString &, const QString &)> showTrayMessage;
    // The one sentence of a notice.
    static QString sentence(const JournalEntry &entry);

signals:
    // "Show": the operator wants to see the entry (in the history).
    void showRequested(qint64 entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_label;
    QPushButton *m_show;
    QPushButton *m_close;
    QSystemTrayIcon *m_tray = nullptr;
    JournalEntry m_last;
    int m_count = 0;
    int m_unseen = 0;
};

} // namespace pavt::gui
