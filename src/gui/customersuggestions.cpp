// SPDX-License-Identifier: MIT
#include "gui/customersuggestions.h"

#include "core/journal/journalreader.h"
#include "gui/chargepage.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QStandardItemModel>

#include <algorithm>

namespace pavt::gui {

namespace {

constexpr int CustomerRole = Qt::UserRole + 1; // the row's index into the offered list
constexpr int CompletionRole = Qt::UserRole + 2; // the field's value, matched by the completer

// What has to be typed before a look-up: a letter or two, or the start of a number.
int minimumLength(CustomerField by)
{
    return by == CustomerField::Phone ? 3 : 2;
}

QString valueFor(const CustomerSuggestion &c, CustomerField by)
{
    return by == CustomerField::Email   ? c.email
        : by == CustomerField::LastName ? c.lastName
                                        : c.phone;
}

} // namespace

CustomerSuggestions::CustomerSuggestions(ChargePage *page, QObject *parent)
    : QObject(parent), m_page(page)
{
    const std::pair<Field, CustomerField> fields[] = {
        { Field::Email, CustomerField::Email },
        { Field::LastName, CustomerField::LastName },
        { Field::PhoneNumber, CustomerField::Phone },
    };
    for (const auto &[field, by] : fields) {
        auto lane = std::make_unique<Lane>();
        Lane *l = lane.get();
        l->field = field;
        l->by = by;
        l->edit = page->edit(field);
        l->model = new QStandardItemModel(this);
        l->completer = new QCompleter(l->model, this);
        l->completer->setObjectName(QStringLiteral("customerCompleter"));
        l->completer->setCompletionRole(CompletionRole);
        l->completer->setCaseSensitivity(Qt::CaseInsensitive);
        l->completer->setCompletionMode(QCompleter::PopupCompletion);
        l->completer->setMaxVisibleItems(Shown);
        l->completer->setWidget(l->edit);
        l->completer->popup()->installEventFilter(this);
        l->completer->popup()->setAccessibleName(tr("Previous customers"));
        l->pause.setSingleShot(true);
        l->pause.setInterval(PauseMs);
        connect(&l->pause, &QTimer::timeout, this, [this, l] { lookUp(*l); });
        // Only what the operator types (not a fill by a chosen customer) asks the journal.
        connect(l->edit, &QLineEdit::textEdited, this, [this, l](const QString &text) {
            if (!m_reader || m_filling)
                return;
            // What is offered narrows as the operator types on; nothing left, nothing shown.
            l->completer->setCompletionPrefix(text);
            if (l->completer->popup()->isVisible() && l->completer->completionCount() == 0)
                l->completer->popup()->hide();
            if (text.trimmed().size() >= minimumLength(l->by))
                l->pause.start();
            else
                l->pause.stop();
        });
        connect(l->completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
                [this, l](const QModelIndex &index) {
                    const int row = index.data(CustomerRole).toInt();
                    const QList<CustomerSuggestion> offered = m_offered.value(l->field);
                    if (row >= 0 && row < offered.size())
                        choose(offered.at(row));
                });
        m_lanes.push_back(std::move(lane));
    }
}

void CustomerSuggestions::setReader(JournalReader *reader)
{
    if (m_reader)
        disconnect(m_reader, nullptr, this, nullptr);
    m_reader = reader;
    for (auto &lane : m_lanes) {
        lane->pause.stop();
        lane->request = 0;
        lane->model->clear();
        lane->completer->popup()->hide();
    }
    m_offered.clear();
    if (!reader)
        return;
    connect(reader, &JournalReader::customersReady, this,
            [this](quint64 request, const QList<CustomerSuggestion> &customers, bool) {
                for (auto &lane : m_lanes)
                    if (lane->request == request) {
                        lane->request = 0;
                        show(*lane, customers);
                    }
            });
    connect(reader, &JournalReader::failed, this, [this](quint64 request, const Error &) {
        // A look-up that failed offers nothing; the form works as before.
        for (auto &lane : m_lanes)
            if (lane->request == request)
                lane->request = 0;
    });
}

QCompleter *CustomerSuggestions::completer(Field field) const
{
    for (const auto &lane : m_lanes)
        if (lane->field == field)
            return lane->completer;
    return nullptr;
}

void CustomerSuggestions::lookUp(Lane &lane)
{
    if (!m_reader)
        return;
    const QString text = lane.edit->text().trimmed();
    if (text.size() < minimumLength(lane.by))
        return;
    if (lane.request)
        m_reader->cancel(lane.request); // one look-up per pause: the newest wins
    lane.asked = text;
    lane.request = m_reader->fetchCustomers(lane.by, text, Shown);
}

void CustomerSuggestions::show(Lane &lane, const QList<CustomerSuggestion> &customers)
{
    m_offered.insert(lane.field, customers);
    lane.model->clear();
    const QLocale locale = m_page->locale();
    for (int i = 0; i < customers.size(); ++i) {
        const CustomerSuggestion &c = customers.at(i);
        QStringList parts { QString(c.firstName + u' ' + c.lastName).trimmed() };
        for (const QString &detail : { c.email, c.phone, c.city })
            if (!detail.isEmpty())
                parts << detail;
        parts << tr("last order %1")
                     .arg(
                         locale.toString(c.lastOrderAt.toLocalTime().date(), QLocale::ShortFormat));
        auto *item = new QStandardItem(parts.join(QStringLiteral(" — ")));
        item->setData(i, CustomerRole);
        item->setData(valueFor(c, lane.by), CompletionRole);
        item->setEditable(false);
        lane.model->appendRow(item);
    }
    // Offered only while the field still has the focus and still starts the same way.
    if (customers.isEmpty() || !lane.edit->hasFocus()
        || !lane.edit->text().trimmed().startsWith(lane.asked, Qt::CaseInsensitive)) {
        lane.completer->popup()->hide();
        return;
    }
    lane.completer->setCompletionPrefix(lane.edit->text());
    // Wide enough for the whole line (name, e-mail, phone, city, last order), not the field's.
    QAbstractItemView *popup = lane.completer->popup();
    const int wanted = popup->sizeHintForColumn(0) + 2 * popup->frameWidth() + 24;
    const int screenWidth
        = lane.edit->screen() ? lane.edit->screen()->availableGeometry().width() : wanted;
    QRect below = lane.edit->rect();
    below.setWidth(
        std::clamp(wanted, lane.edit->width(), std::max(lane.edit->width(), screenWidth / 2)));
    lane.completer->complete(below);
}

bool CustomerSuggestions::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the list with nothing highlighted takes the first (most recent) customer; Tab
    // keeps what was typed.
    // While the list is open, Enter and Escape are its own (take / close), not the window's
    // shortcuts (charge / clear the form): claim them before the shortcuts see them.
    if (event->type() == QEvent::ShortcutOverride) {
        const int k = static_cast<QKeyEvent *>(event)->key();
        if (k == Qt::Key_Return || k == Qt::Key_Enter || k == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            for (auto &lane : m_lanes) {
                QAbstractItemView *popup = lane->completer->popup();
                if (watched != popup || !popup->isVisible() || popup->currentIndex().isValid())
                    continue;
                const QModelIndex first = lane->completer->completionModel()->index(0, 0);
                if (!first.isValid())
                    continue;
                popup->hide();
                const int row = first.data(CustomerRole).toInt();
                const QList<CustomerSuggestion> offered = m_offered.value(lane->field);
                if (row >= 0 && row < offered.size())
                    choose(offered.at(row));
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void CustomerSuggestions::choose(const CustomerSuggestion &c)
{
    m_filling = true;
    const std::pair<Field, QString> values[] = {
        { Field::FirstName, c.firstName }, { Field::LastName, c.lastName },
        { Field::Email, c.email },         { Field::PhoneNumber, c.phone },
        { Field::Address, c.address },     { Field::City, c.city },
        { Field::State, c.state },         { Field::Zip, c.zip },
        { Field::Country, c.country },
    };
    for (const auto &[field, value] : values)
        m_page->setFieldText(field, value);
    m_filling = false;
    for (auto &lane : m_lanes) {
        lane->pause.stop();
        lane->completer->popup()->hide();
    }
    // On to what is still missing: usually the amount or the card.
    const QList<FieldProblem> problems = m_page->controller().problems();
    if (!problems.isEmpty())
        if (QLineEdit *next = m_page->edit(problems.first().field))
            next->setFocus();
    emit filled(c);
}

} // namespace pavt::gui
