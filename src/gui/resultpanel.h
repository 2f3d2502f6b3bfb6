// SPDX-License-Identifier: MIT
#pragma once

#include "gui/chargesummary.h"

#include <QColor>
#include <QFrame>

#include <memory>

namespace Ui {
class ResultPanel;
}

namespace pavt::gui {

class SecureClipboard;

// The result of a charge, in words an operator can act on. An unknown outcome explains that the
// charge may have gone through and is being looked up; it never offers to try again.
class ResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ResultPanel(SecureClipboard *clipboard, QWidget *parent = nullptr);
    ~ResultPanel() override;

    void showResult(const ChargeSummary &result);
    const ChargeSummary &result() const { return m_result; }
    QString titleText() const;
    QString detailText() const;
    // The colour of the outcome's icon (pavt.qss, by state and the palette's tone).
    QColor stateColour() const;

signals:
    void chargeAgainRequested();
    void receiptRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    std::unique_ptr<Ui::ResultPanel> m_ui;
    SecureClipboard *m_clipboard;
    ChargeSummary m_result;
};

} // namespace pavt::gui
