// SPDX-License-Identifier: MIT
// TerminalApp: the End of day page, on the journal and gateway client that connectGateway() set
// up, with the seat's session.
#include "app/terminalapp.h"
#include "core/service/sessionservice.h"
#include "core/settings/terminalsettings.h"
#include "gui/endofdaypage.h"
#include "gui/mainwindow.h"

namespace pavt::app {

void TerminalApp::connectEndOfDay()
{
    if (!m_endOfDay) {
        m_endOfDay = new gui::EndOfDayPage;
        m_window->setEndOfDayWidget(m_endOfDay); // the window's stack owns it
        connect(m_endOfDay, &gui::EndOfDayPage::status, m_window.get(),
                [this](const QString &message) { m_window->showStatus(message); });
    }
    m_endOfDay->setSession(m_session.get());
    m_endOfDay->setMerchant(m_settings->terminalId());
    m_endOfDay->setDemo(m_demo);
    // Only a journal that is open with its service (the charges' own) is settled against.
    if (m_journal && m_client && m_service) {
        SettlementOptions options;
        options.amountUnit = m_client->config().wire.amountUnit;
        m_endOfDay->setSources(m_journal.get(), m_client.get(), options);
    } else {
        m_endOfDay->setSources(nullptr, nullptr);
    }
}

} // namespace pavt::app
