// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace pavt::gui {

// Copies text marked as concealed (password managers' hint, so clipboard histories skip it) and
// clears it again after a delay if the clipboard still holds it.
class SecureClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecureClipboard(QObject *parent = nullptr);
    void copy(const QString &text, int clearAfterMs = 30000);
    // Clears now if the clipboard holds what we put there.
    void clearIfOurs();

private:
    QString m_lastCopied;
};

} // namespace pavt::gui
