// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/secretbytes.h"
#include "core/journal/audittrail.h"
#include "core/journal/journalconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QLabel;

namespace pavt {
class SessionService;
class TerminalSettings;
} // namespace pavt

namespace pavt::gui {

class HistoryCoordinator;
class HistoryPage;
class MainWindow;
class SignInPanel;

// The window's side of the operators' sign-in, between SessionService and the widgets: the lock
// panel in front of every page while nobody is signed in or the session is locked; the lock after
// the idle time (security/lockAfterMinutes) and by hand (Ctrl+Shift+L, Terminal → Lock); sign-out;
// the first password change; the Operators… and Audit trail… dialogs; the window and the history
// page showing only what the role allows; a supervisor's approval for a refund above the limit; and
// the audit trail's check at start, which warns administrators. In single-user mode (no accounts)
// the window stays as it always was.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(SessionService *session, MainWindow *window, TerminalSettings &settings,
                      QObject *parent = nullptr);
    ~SessionController() override;

    SessionService *session() const { return m_session; }
    SignInPanel *panel() const { return m_panel; }
    // The history page of the open journal (made again when the journal changes).
    void setHistoryPage(HistoryPage *page);
    void setHistoryCoordinator(HistoryCoordinator *coordinator);
    // The idle time before the window locks: the journal's security policy (lock_after_minutes,
    // read again at every sign-in), unless a test shortens it with this (0: the policy again).
    void setLockAfterMs(int ms);
    int lockAfterMs() const { return m_idle.interval(); }
    // Checks the whole chain on a thread of its own (its own connection to `config`); an
    // administrator is warned of a broken one when signed in.
    void checkAuditTrail(const JournalConfig &config);
    std::optional<AuditVerification> auditCheck() const { return m_auditCheck; }
    // Walks the chain of `config` on a thread of its own; `done` gets the result in this thread.
    void verifyInBackground(const JournalConfig &config,
                            std::function<void(const Result<AuditVerification> &result)> done);

    // Tests replace these: the first password change, a supervisor's approval.
    std::function<bool()> askPasswordChange;
    std::function<std::optional<std::pair<QString, SecretBytes>>(const QString &why)> askApproval;

public slots:
    void lockNow();
    void signOut();
    void openAccounts();
    void openAudit();
    void changePassword();

signals:
    // Signed in (or unlocked), or single-user mode: the window can be used.
    void unlocked();
    void auditChecked(const pavt::AuditVerification &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void signIn(const QString &name, const SecretBytes &password);
    void idle();
    void closeDialogs();
    void warnAboutAudit();
    void retranslate();

    QPointer<SessionService> m_session;
    MainWindow *m_window;
    TerminalSettings &m_settings;
    SignInPanel *m_panel;
    QPointer<HistoryPage> m_history;
    QPointer<HistoryCoordinator> m_coordinator;
    QTimer m_idle;
    int m_lockAfterOverrideMs = 0;
    QLabel *m_who;
    QAction *m_lockAction;
    QAction *m_signOutAction;
    QAction *m_passwordAction;
    QAction *m_accountsAction;
    QAction *m_auditAction;
    QString m_lastAccount; // who was signed in: another name means a fresh window
    std::optional<AuditVerification> m_auditCheck;
    bool m_auditWarned = false;
};

} // namespace pavt::gui
