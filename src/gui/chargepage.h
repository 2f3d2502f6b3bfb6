// SPDX-License-Identifier: MIT
#pragma once

#include "gui/chargeformcontroller.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Ui {
class ChargePage;
}

namespace pavt::gui {

class LinkOptions;

// The charge form: fields in groups, live validation next to each field, card brand mark,
// grouping as typed, focus that moves on when card number, expiry and CVV are complete.
// It turns keystrokes into controller calls and shows what the controller says.
class ChargePage : public QWidget
{
    Q_OBJECT
public:
    explicit ChargePage(QWidget *parent = nullptr);
    ~ChargePage() override;

    ChargeFormController &controller() { return m_controller; }
    QLineEdit *edit(Field field) const { return m_edits.value(field); }
    QLabel *errorLabel(Field field) const { return m_errors.value(field); }

    // Sets a field's text as if typed (defaults from settings, tests).
    void setFieldText(Field field, const QString &text);
    // Marks fields the gateway complained about (422): their messages show next to them.
    void showGatewayProblems(const QList<FieldProblem> &problems);

    // Wipes the card fields (and their buffers as far as Qt allows); focus to the card number.
    void clearCard();
    // Clears everything but the defaults given by the caller again.
    void clearAll();
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void focusFirstField();

    // "Card details" (the operator keys the card) or "Payment link" (the card fields go away; the
    // customer and amount stay; LinkOptions says how the cardholder pays).
    void setLinkMode(bool link);
    bool isLinkMode() const { return m_linkMode; }
    LinkOptions *linkOptions() const { return m_linkOptions; }
    QRadioButton *cardModeButton() const { return m_cardMode; }
    QRadioButton *linkModeButton() const { return m_linkModeButton; }

    // The row with Clear, the reason the Charge button is disabled, and Charge. The window may put
    // it outside the scroll area that holds the form, so that it never scrolls out of sight; it
    // stays enabled and disabled with the page.
    QWidget *actionBar() const;
    // The form follows the width of this widget (the viewport of the scroll area around it): two
    // columns where both fit, one under the other where they do not (small screens, 200 %).
    void followWidthOf(QWidget *viewport);
    bool isSingleColumn() const;

signals:
    void chargeRequested();
    void clearRequested();
    void linkModeChanged(bool link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void bind(Field field, QLineEdit *edit, QLabel *error);
    void onEdited(Field field, const QString &text);
    void showProblem(Field field);
    void updateBrand(CardBrand brand);
    void updateChargeButton();
    void moveFocusOnIfComplete(Field field);
    void setUpPicker(QLineEdit *edit, bool currency);
    void fitColumns(int width);
    void applyTone();

    std::unique_ptr<Ui::ChargePage> m_ui;
    ChargeFormController m_controller;
    // The field an automatic advance moved the cursor to, until the next key there.
    QPointer<QLineEdit> m_autoAdvancedTo;
    QHash<Field, QLineEdit *> m_edits;
    QHash<Field, QLabel *> m_errors;
    QHash<QObject *, Field> m_fieldOf;
    QSet<Field> m_touched;
    QHash<Field, FieldProblem> m_gatewayProblems;
    void buildModeChoice();
    void applyFormMode();
    void retranslateModes();

    bool m_busy = false;
    bool m_showAll = false;
    bool m_linkMode = false;
    LinkOptions *m_linkOptions = nullptr;
    QRadioButton *m_cardMode = nullptr;
    QRadioButton *m_linkModeButton = nullptr;
    QPointer<QWidget> m_viewport;
};

// Wipes a line edit's text buffer: takes the last reference to the string and overwrites it.
void wipeLineEdit(QLineEdit *edit);

} // namespace pavt::gui
