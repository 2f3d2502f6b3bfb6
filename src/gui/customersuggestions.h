// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/journalentry.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace pavt {
class JournalReader;
}

namespace pavt::gui {

class ChargePage;

// Repeat customers in a few keys: typing in E-mail, Last name or Phone offers the previous
// customers whose value starts with what was typed (most recent first, with the city and the
// last order's date), one journal look-up per pause in typing, on the reader's thread. Choosing
// one (Down and Enter, or Enter for the first) fills name, e-mail, phone, address, city, state,
// zip and country, never any card data, and moves on to the first field still empty.
class CustomerSuggestions : public QObject
{
    Q_OBJECT
public:
    static constexpr int PauseMs = 180; // a pause in typing
    static constexpr int Shown = 8; // suggestions at most

    explicit CustomerSuggestions(ChargePage *page, QObject *parent = nullptr);

    // The journal to look in; nullptr turns the suggestions off (no journal, or the setting).
    void setReader(JournalReader *reader);
    bool isActive() const { return m_reader != nullptr; }
    QCompleter *completer(Field field) const;
    // The suggestions last offered for a field (for tests).
    QList<CustomerSuggestion> offered(Field field) const { return m_offered.value(field); }

signals:
    // After a customer was chosen and the form filled.
    void filled(const pavt::CustomerSuggestion &customer);

private:
    struct Lane
    {
        Field field;
        CustomerField by;
        QLineEdit *edit = nullptr;
        QCompleter *completer = nullptr;
        QStandardItemModel *model = nullptr;
        QTimer pause;
        quint64 request = 0;
        QString asked;
    };
    void lookUp(Lane &lane);
    void show(Lane &lane, const QList<CustomerSuggestion> &customers);
    void choose(const CustomerSuggestion &customer);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ChargePage *m_page;
    JournalReader *m_reader = nullptr;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    QHash<Field, QList<CustomerSuggestion>> m_offered;
    bool m_filling = false;
};

} // namespace pavt::gui
