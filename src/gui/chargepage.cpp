// SPDX-License-Identifier: MIT
// Over 600 lines: one widget's whole behaviour (binding, grouping as typed, moving on, pickers,
// the card's clipboard guard, columns that follow the width); split it along those lines when
// it grows further.
#include "gui/chargepage.h"

#include "core/base/secretbytes.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "gui/linkoptions.h"
#include "gui/style.h"
#include "ui_chargepage.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace pavt::gui {

void wipeLineEdit(QLineEdit *edit)
{
    QString text = edit->text(); // shares the line edit's buffer
    edit->setText(QString()); // the line edit lets go (and drops its undo history)
    wipe(text); // last reference: overwritten in place
}

namespace {

QString pickerText(const QString &code, const QString &name)
{
    return code + QStringLiteral(" — ") + name;
}

// "DE — Germany" -> "DE" for the rules; anything else as typed.
QString pickerValue(const QString &text)
{
    const qsizetype dash = text.indexOf(QStringLiteral(" — "));
    return dash > 0 ? text.left(dash).trimmed() : text.trimmed();
}

} // namespace

ChargePage::ChargePage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ChargePage>())
{
    m_ui->setupUi(this);
    // Field messages, fields in error and the Charge button take their colours from pavt.qss, by
    // the palette's tone; the action bar has the sheet of its own, as the window may place it
    // outside the page.
    applyStyleSheet(this, "chargePage");
    applyStyleSheet(m_ui->actionBar, "actionBar");
    m_ui->actionBar->setAttribute(Qt::WA_StyledBackground); // its line on top
    applyTone();
    // What the operator reads back to the customer: the amount and its currency, larger.
    for (QLineEdit *prominent : { m_ui->currencyEdit, m_ui->amountEdit })
        prominent->setFont(prominentFont(prominent->font()));
    // Never so narrow that a usual amount or the currency's code is cut: where both columns
    // cannot keep these widths, the form goes to one column.
    const QFontMetrics big(m_ui->amountEdit->font());
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 8;
    m_ui->amountEdit->setMinimumWidth(big.horizontalAdvance(QStringLiteral("0,000.00")) + frame);
    m_ui->currencyEdit->setMinimumWidth(big.horizontalAdvance(QStringLiteral("GBP —")) + frame);
    bind(Field::Currency, m_ui->currencyEdit, m_ui->currencyError);
    bind(Field::Amount, m_ui->amountEdit, m_ui->amountError);
    bind(Field::CardNumber, m_ui->cardNumberEdit, m_ui->cardNumberError);
    bind(Field::CardExpiry, m_ui->expiryEdit, m_ui->expiryError);
    bind(Field::CardCvv, m_ui->cvvEdit, m_ui->cvvError);
    bind(Field::FirstName, m_ui->firstNameEdit, m_ui->firstNameError);
    bind(Field::LastName, m_ui->lastNameEdit, m_ui->lastNameError);
    bind(Field::Email, m_ui->emailEdit, m_ui->emailError);
    bind(Field::PhoneNumber, m_ui->phoneEdit, m_ui->phoneError);
    bind(Field::Address, m_ui->addressEdit, m_ui->addressError);
    bind(Field::City, m_ui->cityEdit, m_ui->cityError);
    bind(Field::State, m_ui->stateEdit, m_ui->stateError);
    bind(Field::Zip, m_ui->zipEdit, m_ui->zipError);
    bind(Field::Country, m_ui->countryEdit, m_ui->countryError);
    bind(Field::OrderId, m_ui->orderIdEdit, m_ui->orderIdError);
    bind(Field::TerminalId, m_ui->terminalIdEdit, m_ui->terminalIdError);
    bind(Field::IpAddress, m_ui->ipEdit, m_ui->ipError);
    bind(Field::RedirectUrl, m_ui->redirectUrlEdit, m_ui->redirectUrlError);
    bind(Field::WebhookUrl, m_ui->webhookUrlEdit, m_ui->webhookUrlError);

    m_ui->cvvEdit->setMaxLength(4);
    m_ui->expiryEdit->setMaxLength(7);
    m_ui->amountEdit->setMaxLength(32);
    m_ui->orderIdEdit->setMaxLength(64);
    m_ui->amountEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setUpPicker(m_ui->currencyEdit, true);
    setUpPicker(m_ui->countryEdit, false);

    connect(&m_controller, &ChargeFormController::problemChanged, this, &ChargePage::showProblem);
    connect(&m_controller, &ChargeFormController::brandChanged, this, &ChargePage::updateBrand);
    connect(&m_controller, &ChargeFormController::chargeableChanged, this,
            &ChargePage::updateChargeButton);
    connect(m_ui->chargeButton, &QPushButton::clicked, this, [this] {
        m_showAll = true;
        for (Field f : m_edits.keys())
            showProblem(f);
        if (!m_busy && m_controller.canCharge())
            emit chargeRequested();
    });
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ChargePage::clearRequested);
    buildModeChoice();
    updateBrand(CardBrand::Unknown);
    updateChargeButton();
}

QWidget *ChargePage::actionBar() const
{
    return m_ui->actionBar;
}

void ChargePage::followWidthOf(QWidget *viewport)
{
    if (m_viewport)
        m_viewport->removeEventFilter(this);
    m_viewport = viewport;
    if (viewport) {
        viewport->installEventFilter(this);
        fitColumns(viewport->width());
    }
}

bool ChargePage::isSingleColumn() const
{
    return m_ui->columns->direction() == QBoxLayout::TopToBottom;
}

void ChargePage::fitColumns(int width)
{
    // Side by side only where both columns get their least width (and a little to spare).
    const QMargins margins = m_ui->pageLayout->contentsMargins();
    const int both = m_ui->column0->minimumSize().width() + m_ui->column1->minimumSize().width()
        + m_ui->columns->spacing() + margins.left() + margins.right();
    const auto direction = width < both ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_ui->columns->direction() == direction)
        return;
    m_ui->columns->setDirection(direction);
    // The scroll area sized the form for the old direction while it was being resized: once the
    // new layout has settled, the form gets the height it now needs (and the scroll bar with it).
    QTimer::singleShot(0, this, [this] {
        if (!m_viewport)
            return;
        auto *scroll = qobject_cast<QScrollArea *>(m_viewport->parentWidget());
        QWidget *form = scroll ? scroll->widget() : nullptr;
        if (!form || !form->layout())
            return;
        form->layout()->activate();
        const int width = m_viewport->width();
        const int least = form->hasHeightForWidth() ? form->heightForWidth(width)
                                                    : form->minimumSizeHint().height();
        form->resize(width, std::max(m_viewport->height(), least));
    });
}

void ChargePage::applyTone()
{
    const QString tone = paletteTone(palette());
    for (QWidget *w : { static_cast<QWidget *>(this), m_ui->actionBar }) {
        if (w->property("tone").toString() == tone)
            continue;
        w->setProperty("tone", tone);
        if (w == m_ui->actionBar) {
            repolish(w);
            repolish(m_ui->chargeButton);
        }
    }
}

void ChargePage::buildModeChoice()
{
    // Above the form: how the payment is taken. Built here, not in the form, so that the form
    // stays the keyed card's.
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("paymentModeBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_cardMode = new QRadioButton(bar);
    m_cardMode->setObjectName(QStringLiteral("cardModeButton"));
    m_linkModeButton = new QRadioButton(bar);
    m_linkModeButton->setObjectName(QStringLiteral("linkModeButton"));
    auto *group = new QButtonGroup(bar);
    group->addButton(m_cardMode);
    group->addButton(m_linkModeButton);
    m_cardMode->setChecked(true);
    row->addWidget(m_cardMode);
    row->addWidget(m_linkModeButton);
    row->addStretch(1);
    m_ui->pageLayout->insertWidget(0, bar);
    connect(m_linkModeButton, &QRadioButton::toggled, this,
            [this](bool checked) { setLinkMode(checked); });

    m_linkOptions = new LinkOptions(this);
    m_linkOptions->hide();
    m_ui->column0->insertWidget(m_ui->column0->indexOf(m_ui->cardGroup) + 1, m_linkOptions);
    connect(m_linkOptions, &LinkOptions::methodChanged, this, [this] {
        applyFormMode();
        updateChargeButton();
    });
    connect(m_linkOptions->templateCombo(), &QComboBox::currentIndexChanged, this,
            &ChargePage::updateChargeButton);
    retranslateModes();
}

void ChargePage::retranslateModes()
{
    m_cardMode->setText(tr("Card details"));
    m_cardMode->setToolTip(tr("Key the customer's card (Ctrl+K)"));
    m_linkModeButton->setText(tr("Payment link"));
    m_linkModeButton->setToolTip(tr("Send the customer a link to pay on the gateway's page "
                                    "(Ctrl+L)"));
}

void ChargePage::setLinkMode(bool link)
{
    if (m_busy)
        return;
    if (link != m_linkModeButton->isChecked())
        (link ? m_linkModeButton : m_cardMode)->setChecked(true);
    if (link == m_linkMode)
        return;
    m_linkMode = link;
    if (link)
        clearCard(); // the operator never types a card for a link
    applyFormMode();
    updateChargeButton();
    emit linkModeChanged(link);
}

void ChargePage::applyFormMode()
{
    const bool isTemplate = m_linkMode && m_linkOptions->method() == LinkMethod::Template;
    m_controller.setMode(!m_linkMode      ? FormMode::Card
                             : isTemplate ? FormMode::Template
                                          : FormMode::Hosted);
    m_ui->cardGroup->setVisible(!m_linkMode);
    for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv })
        m_edits.value(f)->setEnabled(!m_linkMode);
    m_linkOptions->setVisible(m_linkMode);
    // A template link carries no billing address: the gateway's page asks for what it needs.
    m_ui->billingaddressGroup->setVisible(!isTemplate);
    for (Field f : m_edits.keys())
        showProblem(f);
}

ChargePage::~ChargePage()
{
    for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv })
        wipeLineEdit(m_edits.value(f));
}

void ChargePage::bind(Field field, QLineEdit *edit, QLabel *error)
{
    m_edits.insert(field, edit);
    m_errors.insert(field, error);
    m_fieldOf.insert(edit, field);
    edit->installEventFilter(this);
    error->setVisible(false);
    error->setProperty("fieldError", true);
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { onEdited(field, text); });
    if (field == Field::CardNumber || field == Field::CardCvv) {
        // The card number and CVV must never reach a clipboard: no drag-out, no context menu, no
        // copy or cut keys, and no selection (on X11 a selection is itself a clipboard).
        edit->setDragEnabled(false);
        edit->setContextMenuPolicy(Qt::NoContextMenu);
        connect(edit, &QLineEdit::selectionChanged, edit, [edit] {
            if (edit->hasSelectedText())
                edit->deselect();
        });
    }
}

void ChargePage::setUpPicker(QLineEdit *edit, bool currency)
{
    auto *model = new QStandardItemModel(this);
    auto *completer = new QCompleter(model, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    edit->setCompleter(completer);
    connect(edit, &QLineEdit::textEdited, this, [model, currency, completer](const QString &text) {
        model->clear();
        const QString query = pickerValue(text);
        if (query.isEmpty())
            return;
        if (currency) {
            for (const Currency *c : Currencies::search(query, 12))
                model->appendRow(new QStandardItem(pickerText(c->code, c->name)));
        } else {
            for (const Country *c : Countries::search(query, 12))
                model->appendRow(new QStandardItem(pickerText(c->alpha2, c->name)));
        }
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this, edit](const QString &text) { onEdited(m_fieldOf.value(edit), text); });
}

void ChargePage::setFieldText(Field field, const QString &text)
{
    QLineEdit *e = m_edits.value(field);
    if (!e)
        return;
    if (m_linkMode
        && (field == Field::CardNumber || field == Field::CardExpiry || field == Field::CardCvv))
        return; // no card in link mode, not even from a caller
    QString shown = text;
    if (field == Field::Currency) {
        if (const Currency *c = Currencies::find(text))
            shown = pickerText(c->code, c->name);
    } else if (field == Field::Country) {
        if (const Country *c = Countries::find(text))
            shown = pickerText(c->alpha2, c->name);
    }
    e->setText(shown);
    if (!e->hasFocus())
        e->setCursorPosition(0); // a long picker text shows its start ("GBP — Pound …")
    onEdited(field, shown);
}

void ChargePage::onEdited(Field field, const QString &text)
{
    QLineEdit *e = m_edits.value(field);
    m_gatewayProblems.remove(field);
    QString value = text;
    if (field == Field::CardNumber) {
        // Group as typed, keeping the cursor after the same number of digits.
        const int cursor = e->cursorPosition();
        int digitsBefore = 0;
        for (int i = 0; i < cursor && i < text.size(); ++i)
            digitsBefore += text.at(i).isDigit() ? 1 : 0;
        QString grouped = ChargeFormController::groupCardNumber(text);
        if (grouped != text) {
            QString old = e->text();
            e->setText(grouped);
            wipe(old);
            int pos = 0;
            for (int seen = 0; pos < grouped.size() && seen < digitsBefore; ++pos)
                seen += grouped.at(pos).isDigit() ? 1 : 0;
            e->setCursorPosition(pos);
        }
        value = grouped;
    } else if (field == Field::CardExpiry) {
        const QString formatted = ChargeFormController::formatExpiry(text);
        if (formatted != text) {
            e->setText(formatted);
            e->setCursorPosition(int(formatted.size()));
        }
        value = formatted;
    } else if (field == Field::Currency || field == Field::Country) {
        value = pickerValue(text);
    }
    m_controller.setText(field, value);
    showProblem(field);
    updateChargeButton();
    moveFocusOnIfComplete(field);
}

void ChargePage::moveFocusOnIfComplete(Field field)
{
    if (field != Field::CardNumber && field != Field::CardExpiry && field != Field::CardCvv)
        return;
    QLineEdit *e = m_edits.value(field);
    if (!e->hasFocus() || e->cursorPosition() != e->text().size())
        return;
    if (m_controller.isComplete(field)) {
        focusNextChild();
        // The operator who presses Tab after a complete field out of habit must not skip the
        // field the cursor just moved to: the first key there, if it is Tab, is swallowed.
        m_autoAdvancedTo = qobject_cast<QLineEdit *>(focusWidget());
    }
}

void ChargePage::showProblem(Field field)
{
    QLabel *label = m_errors.value(field);
    QLineEdit *e = m_edits.value(field);
    if (!label || !e)
        return;
    std::optional<FieldProblem> p = m_controller.problem(field);
    if (!p && m_gatewayProblems.contains(field))
        p = m_gatewayProblems.value(field);
    const bool typing = e->hasFocus() && !m_showAll;
    const bool show = p
        && (m_gatewayProblems.contains(field) || m_showAll || m_touched.contains(field)
            || (!e->text().isEmpty() && ChargeFormController::showWhileTyping(*p)))
        && !(typing && !ChargeFormController::showWhileTyping(*p) && !m_touched.contains(field));
    // A sign as well as a colour: the message must not depend on telling colours apart.
    const QString message = show ? QStringLiteral("⚠ ") + p->message : QString();
    if (label->text() != message || label->isVisible() != show) {
        label->setText(message);
        label->setVisible(show);
        e->setProperty("invalid", show);
        repolish(e);
        e->setAccessibleDescription(show ? p->message : QString());
        if (show && e->hasFocus()) {
            QAccessibleEvent event(e, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
        }
    }
}

void ChargePage::updateBrand(CardBrand brand)
{
    const QString id = Cards::brandId(brand);
    const QIcon icon(QStringLiteral(":/brands/%1.svg").arg(id));
    m_ui->brandLabel->setPixmap(icon.pixmap(QSize(48, 30)));
    m_ui->brandLabel->setToolTip(Cards::brandName(brand));
    m_ui->brandLabel->setAccessibleName(brand == CardBrand::Unknown
                                            ? tr("Card brand not known yet")
                                            : tr("Card brand: %1").arg(Cards::brandName(brand)));
    m_ui->cvvEdit->setPlaceholderText(Cards::cvvLength(brand) == 4 ? QStringLiteral("1234")
                                                                   : QStringLiteral("123"));
    m_ui->cvvEdit->setMaxLength(Cards::cvvLength(brand));
    m_ui->cardNumberEdit->setMaxLength(Cards::maxLength(brand) + 6);
}

void ChargePage::updateChargeButton()
{
    const QString linkProblem = m_linkMode ? m_linkOptions->problem() : QString();
    const bool ok = m_controller.canCharge() && !m_busy && linkProblem.isEmpty();
    m_ui->chargeButton->setEnabled(ok);
    QString reason = m_busy
        ? (m_linkMode ? tr("The payment link is being created…") : tr("A charge is in progress…"))
        : m_controller.blockedReason();
    if (reason.isEmpty())
        reason = linkProblem;
    m_ui->blockedLabel->setText(reason);
    m_ui->chargeButton->setText(m_linkMode ? tr("Create link (Enter)") : tr("Charge (Enter)"));
    m_ui->chargeButton->setToolTip(
        ok ? (m_linkMode ? tr("Create the payment link (Enter)") : tr("Charge the card (Enter)"))
           : reason);
    m_ui->chargeButton->setAccessibleDescription(ok ? QString() : reason);
}

void ChargePage::showGatewayProblems(const QList<FieldProblem> &problems)
{
    m_gatewayProblems.clear();
    QLineEdit *first = nullptr;
    for (const FieldProblem &p : problems) {
        m_gatewayProblems.insert(p.field, p);
        if (!first)
            first = m_edits.value(p.field);
    }
    for (Field f : m_edits.keys())
        showProblem(f);
    if (first)
        first->setFocus();
}

void ChargePage::clearCard()
{
    for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv }) {
        wipeLineEdit(m_edits.value(f));
        m_touched.remove(f);
    }
    m_controller.clearCard();
    m_showAll = false;
    for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv })
        showProblem(f);
    updateChargeButton();
}

void ChargePage::clearAll()
{
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        wipeLineEdit(it.value());
    m_controller.clearAll();
    m_touched.clear();
    m_gatewayProblems.clear();
    m_showAll = false;
    for (Field f : m_edits.keys())
        showProblem(f);
    updateChargeButton();
}

void ChargePage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    for (QLineEdit *e : std::as_const(m_edits))
        e->setReadOnly(busy);
    m_ui->clearButton->setEnabled(!busy);
    m_cardMode->setEnabled(!busy);
    m_linkModeButton->setEnabled(!busy);
    m_linkOptions->setEnabled(!busy);
    updateChargeButton();
}

void ChargePage::focusFirstField()
{
    QLineEdit *target = m_ui->amountEdit;
    for (Field f : { Field::Amount, Field::CardNumber, Field::CardExpiry, Field::CardCvv,
                     Field::FirstName }) {
        if (!m_controller.needs(f))
            continue;
        if (m_edits.value(f)->text().isEmpty()) {
            target = m_edits.value(f);
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

bool ChargePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_autoAdvancedTo) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool arrived = watched == m_autoAdvancedTo;
        if (arrived && key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            m_autoAdvancedTo = nullptr;
            event->accept();
            return true; // the cursor is already where that Tab was meant to take it
        }
        if (arrived || !m_autoAdvancedTo->hasFocus())
            m_autoAdvancedTo = nullptr; // any other key: the rule is over
    }
    if (event->type() == QEvent::FocusOut && watched == m_autoAdvancedTo)
        m_autoAdvancedTo = nullptr;
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fitColumns(static_cast<QResizeEvent *>(event)->size().width());
    if (event->type() == QEvent::FocusIn && m_fieldOf.contains(watched)) {
        // However the cursor got there (Tab, moving on by itself, a problem's field, a mnemonic):
        // the field and its message come into view when the form is larger than its window.
        // After the layout has settled (a message shown or hidden as the focus moved).
        for (QWidget *p = parentWidget(); p; p = p->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
                QTimer::singleShot(
                    0, scroll, [scroll, edit = QPointer<QWidget>(static_cast<QWidget *>(watched))] {
                        // The whole field and a little around it (not just
                        // its cursor, which is all ensureWidgetVisible shows).
                        if (!edit || !edit->hasFocus() || !scroll->widget())
                            return;
                        const QPoint centre = edit->mapTo(scroll->widget(), edit->rect().center());
                        scroll->ensureVisible(centre.x(), centre.y(), 0, edit->height() / 2 + 12);
                    });
                break;
            }
        }
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto it = m_fieldOf.constFind(watched);
        if (it != m_fieldOf.constEnd() && (*it == Field::CardNumber || *it == Field::CardCvv)) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)
                || key->matches(QKeySequence::SelectAll)) {
                event->accept();
                return true; // swallowed: nothing is selected or copied
            }
        }
    }
    if (event->type() == QEvent::FocusOut) {
        const auto it = m_fieldOf.constFind(watched);
        if (it != m_fieldOf.constEnd()) {
            auto *edit = static_cast<QLineEdit *>(watched);
            // A picker left with a unique match takes it ("ger" -> DE — Germany).
            if (*it == Field::Country || *it == Field::Currency) {
                const QString value = pickerValue(edit->text());
                if (*it == Field::Country) {
                    const Country *c = Countries::find(value);
                    const auto hits
                        = c ? QList<const Country *> { c } : Countries::search(value, 2);
                    if (!value.isEmpty() && hits.size() == 1)
                        setFieldText(Field::Country, hits.first()->alpha2);
                } else {
                    const Currency *c = Currencies::find(value);
                    const auto hits
                        = c ? QList<const Currency *> { c } : Currencies::search(value, 2);
                    if (!value.isEmpty() && hits.size() == 1)
                        setFieldText(Field::Currency, hits.first()->code);
                }
            }
            if (!edit->text().isEmpty())
                m_touched.insert(*it);
            showProblem(*it);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChargePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateModes();
        // The rules' messages were made in the old language: check every field again.
        m_controller.revalidateAll();
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
            showProblem(it.key());
        updateBrand(m_controller.brand());
        updateChargeButton();
    }
    if (event->type() == QEvent::PaletteChange) {
        const QString tone = paletteTone(palette());
        if (property("tone").toString() != tone) {
            applyTone();
            for (QLabel *label : std::as_const(m_errors))
                repolish(label);
            for (QLineEdit *edit : std::as_const(m_edits))
                repolish(edit);
        }
    }
    if (event->type() == QEvent::EnabledChange && m_ui->actionBar->parentWidget() != this)
        m_ui->actionBar->setEnabled(isEnabled());
    QWidget::changeEvent(event);
}

} // namespace pavt::gui
