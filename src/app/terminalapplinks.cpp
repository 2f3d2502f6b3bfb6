// SPDX-License-Identifier: MIT
// TerminalApp: payments by link, on the journal and gateway client that connectGateway() set up.
#include "app/terminalapp.h"
#include "core/journal/linkfollower.h"
#include "core/service/linkservice.h"
#include "core/service/sessionservice.h"
#include "gui/historycoordinator.h"
#include "gui/historypage.h"
#include "gui/mainwindow.h"

namespace pavt::app {

void TerminalApp::disconnectLinks()
{
    if (m_window)
        m_window->setLinkService(nullptr, nullptr);
    m_history->setLinkFollower(nullptr);
    if (m_linkFollower)
        m_linkFollower->stop();
    m_linkService.reset();
    m_linkFollower.reset();
}

void TerminalApp::connectLinks()
{
    disconnectLinks();
    if (!m_client || !m_journal)
        return;
    // The reconciler's patience (its policy) for the links too: one backoff for both.
    m_linkFollower = std::make_unique<LinkFollower>(m_journal.get(), m_client.get(),
                                                    m_options.reconcilerPolicy);
    m_linkService = std::make_unique<LinkService>(m_journal.get(), m_client.get());
    m_linkService->setOperatorName(m_settings->operatorName());
    if (m_session)
        m_linkService->setSession(m_session.get()); // the role may make links; audited
    m_linkService->setExpiry(std::chrono::hours(m_settings->linkExpiryHours()));
    m_linkService->setFollower(m_linkFollower.get());
    m_window->setLinkService(m_linkService.get(), m_linkFollower.get());
    m_history->setLinkFollower(m_linkFollower.get());
    if (m_historyPage)
        connect(m_window.get(), &gui::MainWindow::showEntryRequested, m_historyPage,
                &gui::HistoryPage::selectEntry, Qt::UniqueConnection);
    // A link paid while the terminal was closed is found now.
    m_linkFollower->start();
}

} // namespace pavt::app
