// SPDX-License-Identifier: MIT
#include "gui/sessioncontroller.h"

#include "core/service/sessionservice.h"
#include "core/settings/terminalsettings.h"
#include "gui/accountsdialog.h"
#include "gui/auditdialog.h"
#include "gui/chargecoordinator.h"
#include "gui/historycoordinator.h"
#include "gui/historypage.h"
#include "gui/mainwindow.h"
#include "gui/passworddialog.h"
#include "gui/signinpanel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>

namespace pavt::gui {

namespace {

using State = SessionService::State;

} // namespace

SessionController::SessionController(SessionService *session, MainWindow *window,
                                     TerminalSettings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_window(window), m_settings(settings),
      m_panel(new SignInPanel(window)), m_who(new QLabel(window)), m_lockAction(new QAction(this)),
      m_signOutAction(new QAction(this)), m_passwordAction(new QAction(this)),
      m_accountsAction(new QAction(this)), m_auditAction(new QAction(this))
{
    m_window->setLockPanel(m_panel);
    m_who->setObjectName(QStringLiteral("signedInLabel"));
    m_window->statusBar()->insertPermanentWidget(0, m_who);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)); // Ctrl+L: payment link
    connect(m_lockAction, &QAction::triggered, this, &SessionController::lockNow);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &SessionController::signOut);
    m_passwordAction->setObjectName(QStringLiteral("passwordAction"));
    connect(m_passwordAction, &QAction::triggered, this, &SessionController::changePassword);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    connect(m_accountsAction, &QAction::triggered, this, &SessionController::openAccounts);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    connect(m_auditAction, &QAction::triggered, this, &SessionController::openAudit);
    if (QMenu *menu = m_window->terminalMenu()) {
        QAction *before = nullptr;
        for (QAction *a : menu->actions())
            if (a->isSeparator()) {
                before = a;
                break;
            }
        menu->insertSeparator(before);
        menu->insertActions(
            before,
            { m_lockAction, m_signOutAction, m_passwordAction, m_accountsAction, m_auditAction });
    }
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_session->policy().lockAfterMinutes * 60 * 1000);
    connect(&m_idle, &QTimer::timeout, this, &SessionController::idle);
    qApp->installEventFilter(this);

    askPasswordChange = [this] {
        PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn,
                              tr("An administrator set your password. Choose your own now; "
                                 "nobody else will know it."),
                              m_window);
        if (m_session && m_session->account())
            dialog.setAccountName(m_session->account()->name);
        dialog.submit = [this](PasswordDialog &d) -> std::optional<QString> {
            SecretBytes current = d.password();
            SecretBytes next = d.newPassword();
            auto changed = m_session->changePassword(current, next);
            current.clear();
            next.clear();
            if (!changed)
                return changed.error().message;
            return std::nullopt;
        };
        return dialog.exec() == QDialog::Accepted;
    };
    askApproval = [this](const QString &why) -> std::optional<std::pair<QString, SecretBytes>> {
        PasswordDialog dialog(PasswordDialog::Mode::Approve,
                              why + u' '
                                  + tr("A supervisor approves it here with their own name and "
                                       "password."),
                              m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return std::pair<QString, SecretBytes>(dialog.name(), dialog.password());
    };

    connect(m_panel, &SignInPanel::signInRequested, this, &SessionController::signIn);
    connect(m_session, &SessionService::stateChanged, this, &SessionController::apply);
    retranslate();
    apply();
}

SessionController::~SessionController()
{
    qApp->removeEventFilter(this);
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

void SessionController::retranslate()
{
    m_lockAction->setText(tr("Loc&k"));
    m_signOutAction->setText(tr("Sign o&ut"));
    m_passwordAction->setText(tr("Change pass&word…"));
    m_accountsAction->setText(tr("&Operators…"));
    m_auditAction->setText(tr("&Audit trail…"));
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_session && m_session->state() == State::SignedIn)
            m_idle.start();
        break;
    case QEvent::LanguageChange:
        if (watched == m_window)
            retranslate();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::setLockAfterMs(int ms)
{
    m_lockAfterOverrideMs = ms;
    m_idle.setInterval(ms > 0 ? ms : m_session->policy().lockAfterMinutes * 60 * 1000);
    if (m_idle.isActive())
        m_idle.start();
}

void SessionController::setHistoryPage(HistoryPage *page)
{
    m_history = page;
    if (!page)
        return;
    page->scope = [this](const JournalQuery &query) -> Result<JournalQuery> {
        if (!m_session)
            return query;
        // Behind the lock the page refreshes by itself; that is nobody's search.
        const State state = m_session->state();
        if (state != State::SingleUser && state != State::SignedIn)
            return fail(QStringLiteral("locked"),
                        tr("The terminal is locked: sign in to see the charges."));
        return m_session->scopeQuery(query);
    };
    page->mayExport = [this](const JournalQuery &query) -> std::optional<QString> {
        if (!m_session)
            return std::nullopt;
        if (auto refused = m_session->require(
                Action::ExportCsv, { { QStringLiteral("operator"), query.operatorName } }))
            return refused->message;
        return std::nullopt;
    };
    connect(page, &HistoryPage::exported, this, [this](const JournalQuery &query, qint64 rows) {
        if (m_session)
            m_session->audit(QString::fromLatin1(AuditEvent::CsvExported),
                             { { QStringLiteral("rows"), rows },
                               { QStringLiteral("from"), query.from.toString(Qt::ISODate) },
                               { QStringLiteral("to"), query.to.toString(Qt::ISODate) },
                               { QStringLiteral("operator"), query.operatorName },
                               { QStringLiteral("name"), query.name },
                               { QStringLiteral("last4"), query.lastFour },
                               { QStringLiteral("outcomes"), query.outcomes.size() } });
    });
    apply();
}

void SessionController::setHistoryCoordinator(HistoryCoordinator *coordinator)
{
    m_coordinator = coordinator;
    if (!coordinator)
        return;
    coordinator->setSession(m_session);
    coordinator->askApproval = [this](const QString &why) { return askApproval(why); };
}

void SessionController::apply()
{
    if (!m_session)
        return;
    const State state = m_session->state();
    const bool single = state == State::SingleUser;
    const bool in = state == State::SignedIn;
    const bool locked = !single && !in;
    if (locked && !m_window->isLocked())
        closeDialogs();
    m_window->setLocked(locked);
    const auto account = m_session->account();
    if (state == State::SignedOut)
        m_panel->showSignIn();
    else if (locked && account)
        m_panel->showLocked(account->name, account->describe());

    WindowPermissions permissions;
    if (!single) {
        permissions.charge = m_session->may(Action::Charge);
        permissions.history = m_session->may(Action::ViewOwnEntries);
        permissions.settings = m_session->may(Action::ChangeSettings);
        permissions.receipt = m_session->may(Action::PrintReceipt);
        permissions.endOfDay = m_session->may(Action::Report);
        permissions.refund = m_session->may(Action::Refund);
    }
    m_window->setPermissions(permissions);
    m_window->setOperatorName(single ? m_settings.operatorName()
                                     : (account ? account->name : QString()));
    if (m_history) {
        if (single)
            m_history->setPermissions(true, true, true, true, true);
        else
            m_history->setPermissions(
                m_session->may(Action::Refund), m_session->may(Action::LookUpStatus),
                m_session->may(Action::ExportCsv), m_session->may(Action::ViewAllEntries),
                m_session->may(Action::PrintReceipt));
        if (!single && m_session->may(Action::ViewAllEntries)) {
            QStringList names;
            if (auto all = m_session->accounts().list())
                for (const Account &a : std::as_const(*all))
                    names << a.name;
            m_history->setOperators(names);
        }
    }
    for (QAction *a : { m_lockAction, m_signOutAction, m_passwordAction }) {
        a->setVisible(!single);
        a->setEnabled(in);
    }
    m_signOutAction->setEnabled(account.has_value());
    m_accountsAction->setVisible(single || m_session->may(Action::ManageAccounts));
    m_auditAction->setVisible(single || m_session->may(Action::ViewAudit));
    m_accountsAction->setEnabled(!locked);
    m_auditAction->setEnabled(!locked);
    m_who->setVisible(in);
    m_who->setText(in ? tr("Signed in: %1").arg(m_session->describe()) : QString());
    if (in) {
        if (m_lockAfterOverrideMs == 0) // the policy as read at this sign-in
            m_idle.setInterval(m_session->policy().lockAfterMinutes * 60 * 1000);
        m_idle.start();
    } else {
        m_idle.stop();
    }
    if (in && account && account->name != m_lastAccount) {
        // Another person: nothing of the one before stays on the screen.
        if (!m_lastAccount.isEmpty())
            m_window->newCharge();
        m_lastAccount = account->name;
    }
    if (single || in) {
        emit unlocked();
        warnAboutAudit();
    }
}

void SessionController::signIn(const QString &name, const SecretBytes &password)
{
    if (!m_session)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto signedIn = m_session->signIn(name, password);
    QApplication::restoreOverrideCursor();
    if (!signedIn) {
        m_panel->showError(signedIn.error().message);
        return;
    }
    if (m_session->state() == State::MustChangePassword) {
        if (!askPasswordChange || !askPasswordChange()) {
            m_session->signOut(QStringLiteral("password_not_changed"));
            m_panel->showError(tr("Choose your own password to go on."));
        }
    }
}

void SessionController::idle()
{
    if (!m_session || m_session->state() != State::SignedIn)
        return;
    if (m_window->coordinator()->isBusy()) {
        m_idle.start(); // a charge is waiting for its answer: lock after it
        return;
    }
    m_session->lock(QStringLiteral("idle"));
}

void SessionController::lockNow()
{
    if (m_session)
        m_session->lock(QStringLiteral("by_hand"));
}

void SessionController::signOut()
{
    if (m_session)
        m_session->signOut(QStringLiteral("by_hand"));
}

void SessionController::closeDialogs()
{
    // What was open behind the lock goes: a confirmation, a refund's reason, Settings...
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible())
            dialog->reject();
}

void SessionController::openAccounts()
{
    if (!m_session)
        return;
    if (m_session->accountsEnabled()) {
        if (auto refused = m_session->require(Action::ManageAccounts)) {
            m_window->showStatus(refused->message);
            return;
        }
    }
    AccountsDialog dialog(*m_session, m_window);
    dialog.exec();
    apply();
}

void SessionController::openAudit()
{
    if (!m_session)
        return;
    if (auto refused = m_session->require(Action::ViewAudit)) {
        m_window->showStatus(refused->message);
        return;
    }
    AuditDialog dialog(*m_session, m_window);
    const JournalConfig config = m_session->database().config();
    connect(&dialog, &AuditDialog::verifyRequested, this, [this, &dialog, config] {
        if (auto refused = m_session->require(Action::VerifyAudit)) {
            dialog.showVerification(std::unexpected(*refused));
            return;
        }
        QPointer<AuditDialog> shown(&dialog);
        verifyInBackground(config, [this, shown](const Result<AuditVerification> &result) {
            if (result && m_session)
                m_session->recordVerification(*result);
            if (shown)
                shown->showVerification(result);
        });
    });
    dialog.exec();
}

void SessionController::changePassword()
{
    if (!m_session || !m_session->account())
        return;
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, tr("Choose a new password."), m_window);
    dialog.setAccountName(m_session->account()->name);
    dialog.submit = [this](PasswordDialog &d) -> std::optional<QString> {
        SecretBytes current = d.password();
        SecretBytes next = d.newPassword();
        auto changed = m_session->changePassword(current, next);
        current.clear();
        next.clear();
        if (!changed)
            return changed.error().message;
        return std::nullopt;
    };
    if (dialog.exec() == QDialog::Accepted)
        m_window->showStatus(tr("Your password was changed."));
}

void SessionController::verifyInBackground(
    const JournalConfig &config, std::function<void(const Result<AuditVerification> &result)> done)
{
    // The walk takes seconds over a long trail: a thread of its own, with its own connection.
    auto *thread = QThread::create([this, config, done = std::move(done)] {
        Result<AuditVerification> result = AuditTrail::verifyJournal(config);
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    thread->setParent(this);
    thread->setObjectName(QStringLiteral("pavt-audit-check"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void SessionController::checkAuditTrail(const JournalConfig &config)
{
    verifyInBackground(config, [this](const Result<AuditVerification> &verified) {
        AuditVerification result;
        if (verified) {
            result = *verified;
            if (m_session)
                m_session->recordVerification(result, { { QStringLiteral("at_start"), true } });
        } else {
            result.firstBroken = -1;
            result.problem = verified.error().message;
        }
        m_auditCheck = result;
        emit auditChecked(result);
        warnAboutAudit();
    });
}

void SessionController::warnAboutAudit()
{
    if (!m_session || !m_auditCheck || m_auditCheck->isIntact() || m_auditWarned)
        return;
    const bool admin = m_session->state() == State::SingleUser
        || (m_session->state() == State::SignedIn && m_session->may(Action::VerifyAudit));
    if (!admin)
        return;
    m_auditWarned = true;
    const QString text = m_auditCheck->firstBroken > 0
        ? tr("The audit trail is broken at record %1: %2 Someone changed the journal's database "
             "outside the terminal; keep a copy of it and find out who.")
              .arg(m_auditCheck->firstBroken)
              .arg(m_auditCheck->problem)
        : tr("The audit trail could not be checked: %1").arg(m_auditCheck->problem);
    m_window->showStatus(text, 0);
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Audit trail"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("auditWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pavt::gui
