// SPDX-License-Identifier: MIT
// The window with operators' accounts, offscreen, in demo mode: nothing but the sign-in panel until
// someone signs in; the first password change answered in its modal dialog; the idle lock wipes
// the card and hides every page, the same operator unlocks, a wrong password does not, another
// operator takes the seat; the lock by hand and sign-out; what each role sees, in the window and
// the history; the supervisor's approval dialog; the audit dialog's check; the first
// administrator created from the Operators dialog in single-user mode; a broken audit trail
// warns the administrator at start; no password in any file afterwards.
#include "app/terminalapp.h"
#include "core/journal/securitypolicy.h"
#include "core/service/accountservice.h"
#include "core/service/sessionservice.h"
#include "gui/chargepage.h"
#include "gui/historypage.h"
#include "gui/mainwindow.h"
#include "gui/sessioncontroller.h"
#include "gui/signinpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pavt;
using namespace pavt::gui;

namespace {

const QString RootPassword = QStringLiteral("root-gui-password-1");
const QString FirstPassword = QStringLiteral("first-gui-password-2");
QString own(const QString &name)
{
    return name + QStringLiteral("-gui-own-password-3");
}

} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<app::TerminalApp> m_app;

    JournalConfig journal() const
    {
        JournalConfig config;
        config.sqlitePath = m_data.filePath(QStringLiteral("journal.sqlite3"));
        return config;
    }
    MainWindow *window() const { return m_app->window(); }
    SignInPanel *panel() const { return m_app->sessionController()->panel(); }
    QAction *action(const char *name) const
    {
        return m_app->sessionController()->findChild<QAction *>(QLatin1StringView(name));
    }
    QString lastEvent()
    {
        AuditQuery q;
        q.limit = 1;
        auto records = m_app->session()->auditTrail().list(q);
        return records && !records->isEmpty() ? records->first().event : QString();
    }

    // Answers a modal dialog (by its object name) once it is up, from inside its own event loop.
    void whenOpen(const QString &name, std::function<void(QDialog *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer, name] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(w);
                    d && d->isVisible() && d->objectName() == name) {
                    timer->stop();
                    timer->deleteLater();
                    answer(d);
                    return;
                }
        });
        timer->start();
    }

    // Signs `name` in at the window with their own password, whatever ran before (so that a slot
    // also passes alone): signed out first, the first password changed on a seat of its own.
    void signInAs(const QString &name)
    {
        if (m_app->session()->state() != SessionService::State::SignedOut)
            m_app->session()->signOut();
        auto seat = SessionService::open(journal());
        if (!seat)
            qFatal("no seat");
        if (!(*seat)->signIn(name, SecretBytes::fromString(own(name)))) {
            if (!(*seat)->signIn(name, SecretBytes::fromString(FirstPassword))
                || !(*seat)->changePassword(SecretBytes::fromString(FirstPassword),
                                            SecretBytes::fromString(own(name))))
                qFatal("%s cannot sign in", qPrintable(name));
        }
        seat->reset();
        typeIn(name, own(name));
    }

    void typeIn(const QString &name, const QString &password)
    {
        auto *nameEdit = panel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *passwordEdit = panel()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        nameEdit->setText(name);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        panel()->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    }
    QString panelError() const
    {
        return panel()->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
    }
    bool pagesHidden() const
    {
        return window()->isLocked() && panel()->isVisible() && !window()->chargePage()->isVisible();
    }

    std::unique_ptr<app::TerminalApp> startTerminal()
    {
        app::TerminalApp::Options options;
        options.forceDemo = true;
        options.inMemoryCredentials = true;
        auto terminal = std::make_unique<app::TerminalApp>(options);
        QSignalSpy ready(terminal.get(), &app::TerminalApp::ready);
        terminal->start();
        if (!(ready.count() == 1 || ready.wait(5000)))
            qFatal("the terminal did not start");
        return terminal;
    }

private slots:
    void initTestCase()
    {
        qputenv("PAVT_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("PAVT_DATA_DIR", m_data.path().toUtf8());
        // Accounts made beforehand, as an administrator does with pavt-cli.
        auto session = SessionService::open(journal());
        QVERIFY(session);
        AccountService accounts(**session);
        QVERIFY(accounts.createFirstAdministrator(QStringLiteral("root"), QStringLiteral("Root"),
                                                  Role::Administrator,
                                                  SecretBytes::fromString(RootPassword)));
        QVERIFY((*session)->signIn(QStringLiteral("root"), SecretBytes::fromString(RootPassword)));
        for (const auto &[name, role] :
             QList<std::pair<QString, Role>> { { QStringLiteral("ann"), Role::Operator },
                                               { QStringLiteral("sam"), Role::Supervisor },
                                               { QStringLiteral("fin"), Role::Finance } })
            QVERIFY(accounts.create(name, name.toUpper(), role,
                                    SecretBytes::fromString(FirstPassword)));
        session->reset();
        m_app = startTerminal();
        QVERIFY(m_app->session()->accountsEnabled());
    }

    void nothingButTheSignInUntilSomeoneSignsIn()
    {
        QVERIFY(pagesHidden());
        QVERIFY(panel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().isEmpty());
        // The window's own actions do nothing meanwhile.
        window()->showHistory();
        window()->charge();
        QVERIFY(pagesHidden());
        QCOMPARE(m_app->session()->state(), SessionService::State::SignedOut);
        // A wrong password: the same words for a wrong name, and still locked.
        typeIn(QStringLiteral("ann"), QStringLiteral("not-anns-password"));
        QCOMPARE(panelError(), QStringLiteral("The name or the password is wrong."));
        QVERIFY(pagesHidden());
    }

    void theFirstSignInAsksForOwnPassword()
    {
        // The change-password dialog is modal: answered from a timer inside its loop.
        bool asked = false;
        whenOpen(QStringLiteral("passwordDialog"), [&](QDialog *dialog) {
            asked = true;
            dialog->findChild<QLineEdit *>(QStringLiteral("currentEdit"))->setText(FirstPassword);
            dialog->findChild<QLineEdit *>(QStringLiteral("newEdit"))
                ->setText(own(QStringLiteral("ann")));
            dialog->findChild<QLineEdit *>(QStringLiteral("againEdit"))
                ->setText(own(QStringLiteral("ann")));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        typeIn(QStringLiteral("ann"), FirstPassword);
        QVERIFY(asked);
        QCOMPARE(m_app->session()->state(), SessionService::State::SignedIn);
        QVERIFY(!window()->isLocked());
        QVERIFY(window()->chargePage()->isVisible());
        auto *who = window()->findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QVERIFY2(who->text().contains(u"ann") && who->text().contains(u"Operator"),
                 qPrintable(who->text()));
        // An operator: charges, own history; no settings, no operators, no audit trail.
        QVERIFY(window()->chargePage()->isEnabled());
        QVERIFY(!action("accountsAction")->isVisible());
        QVERIFY(!action("auditAction")->isVisible());
        QVERIFY(action("lockAction")->isVisible() && action("lockAction")->isEnabled());
        QAction *settings = nullptr;
        for (QAction *a : window()->findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
                settings = a;
        QVERIFY(settings && !settings->isEnabled());
        // The same for the others who change it later: sam and fin too.
        for (const QString &name : { QStringLiteral("sam"), QStringLiteral("fin") }) {
            auto session = SessionService::open(journal());
            QVERIFY((*session)->signIn(name, SecretBytes::fromString(FirstPassword)));
            QVERIFY((*session)->changePassword(SecretBytes::fromString(FirstPassword),
                                               SecretBytes::fromString(own(name))));
        }
    }

    void theIdleLockWipesTheCardAndHidesEveryPage()
    {
        QLineEdit *card = window()->chargePage()->edit(Field::CardNumber);
        QTest::keyClicks(card, QStringLiteral("4111111111111111"));
        QVERIFY(!card->text().isEmpty());
        m_app->sessionController()->setLockAfterMs(300);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isLocked(), 5000);
        QVERIFY(pagesHidden());
        QVERIFY(card->text().isEmpty()); // wiped, as after the idle time
        QCOMPARE(m_app->session()->state(), SessionService::State::Locked);
        QCOMPARE(lastEvent(), QString::fromLatin1(AuditEvent::SessionLocked));
        // The same operator's name is filled in; a wrong password does not open it.
        QCOMPARE(panel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("ann"));
        typeIn(QStringLiteral("ann"), QStringLiteral("wrong-password-here"));
        QVERIFY(pagesHidden());
        QVERIFY(!panelError().isEmpty());
        typeIn(QStringLiteral("ann"), own(QStringLiteral("ann")));
        QVERIFY(!window()->isLocked());
        QCOMPARE(lastEvent(), QString::fromLatin1(AuditEvent::SessionUnlocked));
        m_app->sessionController()->setLockAfterMs(0); // the policy's again
    }

    void anOpenDialogClosesWhenTheWindowLocks()
    {
        if (window()->isLocked())
            typeIn(QStringLiteral("ann"), own(QStringLiteral("ann")));
        QVERIFY(!window()->isLocked());
        bool closed = false;
        QTimer::singleShot(0, this, [this, &closed] {
            QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                            QMessageBox::Yes | QMessageBox::Cancel, window());
            QTimer::singleShot(100, m_app->sessionController(), &SessionController::lockNow);
            box.exec();
            closed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(closed, 5000);
        QVERIFY(pagesHidden());
    }

    void anotherOperatorTakesTheSeat()
    {
        QVERIFY(window()->isLocked());
        typeIn(QStringLiteral("sam"), own(QStringLiteral("sam")));
        QVERIFY(!window()->isLocked());
        QCOMPARE(m_app->session()->operatorName(), QStringLiteral("sam"));
        auto records = m_app->session()->auditTrail().list({});
        bool annSignedOut = false;
        for (const AuditRecord &r : *records)
            annSignedOut = annSignedOut
                || (r.event == u"sign_out" && r.operatorName == u"ann"
                    && r.details.contains(u"another_operator_signed_in"));
        QVERIFY(annSignedOut);
        // Ctrl+Shift+L locks by hand (Ctrl+L is the payment link).
        QCOMPARE(action("lockAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        action("lockAction")->trigger();
        QVERIFY(pagesHidden());
        QCOMPARE(lastEvent(), QString::fromLatin1(AuditEvent::SessionLocked));
        typeIn(QStringLiteral("sam"), own(QStringLiteral("sam")));
        // Sign-out: an empty sign-in.
        action("signOutAction")->trigger();
        QVERIFY(pagesHidden());
        QCOMPARE(m_app->session()->state(), SessionService::State::SignedOut);
        QVERIFY(panel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().isEmpty());
    }

    void eachRoleSeesWhatItMayDo()
    {
        // Finance: no charging; history (every operator) and exports.
        signInAs(QStringLiteral("fin"));
        QVERIFY(!window()->isLocked());
        QVERIFY(!window()->chargePage()->isEnabled());
        window()->charge();
        QVERIFY(window()->statusBar()->currentMessage().contains(u"does not charge"));
        // Administrator: operators, audit trail, settings; no charging.
        action("signOutAction")->trigger();
        typeIn(QStringLiteral("root"), RootPassword);
        QVERIFY(!window()->isLocked());
        QVERIFY(action("accountsAction")->isVisible());
        QVERIFY(action("auditAction")->isVisible());
        QVERIFY(!window()->chargePage()->isEnabled());
        action("signOutAction")->trigger();
    }

    void theHistoryShowsWhatTheRoleMaySee()
    {
        HistoryPage *history = m_app->historyPage();
        QVERIFY(history);
        const auto shown = [history](const char *name) {
            return !history->findChild<QWidget *>(QLatin1StringView(name))->isHidden();
        };
        // An operator: own entries of today, no operator filter, no refund, look-up or export.
        signInAs(QStringLiteral("ann"));
        QVERIFY(!window()->isLocked());
        QVERIFY(!shown("operatorCombo"));
        QVERIFY(!shown("refundButton"));
        const auto batchRefund = [this] {
            return window()->findChild<QAction *>(QStringLiteral("batchRefundAction"));
        };
        QVERIFY(batchRefund() && !batchRefund()->isVisible()); // Terminal → Batch refund…
        QVERIFY(!shown("refreshButton"));
        QVERIFY(!shown("exportButton"));
        QVERIFY(shown("receiptButton")); // operators hand receipts to their customers
        // A supervisor: every operator (the filter offers the accounts), refunds and look-ups.
        signInAs(QStringLiteral("sam"));
        QVERIFY(shown("operatorCombo"));
        QVERIFY(shown("refundButton"));
        QVERIFY(batchRefund()->isVisible() && batchRefund()->isEnabled());
        QVERIFY(shown("refreshButton"));
        QVERIFY(!shown("exportButton"));
        auto *combo = history->findChild<QComboBox *>(QStringLiteral("operatorCombo"));
        QVERIFY(combo->findText(QStringLiteral("ann")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("root")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("fin")) >= 0);
        QVERIFY(shown("receiptButton"));
        // Finance: exports too; no receipts (the role matrix: print_receipt is the desk's).
        signInAs(QStringLiteral("fin"));
        QVERIFY(shown("exportButton"));
        QVERIFY(!shown("receiptButton"));
        QVERIFY(shown("operatorCombo"));
        action("signOutAction")->trigger();
    }

    void theApprovalDialogAsksTheSupervisorsNameAndPassword()
    {
        signInAs(QStringLiteral("fin"));
        QVERIFY(!window()->isLocked());
        whenOpen(QStringLiteral("passwordDialog"), [](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("sam"));
            QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("currentEdit")),
                             own(QStringLiteral("sam")));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        auto who = m_app->sessionController()->askApproval(QStringLiteral("Above the limit."));
        QVERIFY(who);
        QCOMPARE(who->first, QStringLiteral("sam"));
        QCOMPARE(who->second.toString(), own(QStringLiteral("sam")));
        // Cancelled: no approval.
        whenOpen(QStringLiteral("passwordDialog"), [](QDialog *d) { d->reject(); });
        QVERIFY(!m_app->sessionController()->askApproval(QStringLiteral("Above the limit.")));
        action("signOutAction")->trigger();
    }

    void theAdministratorVerifiesTheTrailInItsDialog()
    {
        if (m_app->session()->state() != SessionService::State::SignedOut)
            m_app->session()->signOut();
        typeIn(QStringLiteral("root"), RootPassword);
        QVERIFY(!window()->isLocked());
        QString result;
        int rows = 0;
        whenOpen(QStringLiteral("auditDialog"), [&](QDialog *d) {
            rows = d->findChild<QTableWidget *>(QStringLiteral("table"))->rowCount();
            // The check runs on a thread; the dialog stays usable meanwhile.
            auto *button = d->findChild<QPushButton *>(QStringLiteral("verifyButton"));
            button->click();
            QLabel *label = d->findChild<QLabel *>(QStringLiteral("resultLabel"));
            if (QTest::qWaitFor([&] { return label->text().startsWith(u"The chain"); }, 10000))
                result = label->text();
            if (!button->isEnabled())
                result = QStringLiteral("the button stayed disabled");
            d->reject();
        });
        action("auditAction")->trigger();
        QVERIFY(rows > 0);
        QVERIFY2(result.startsWith(u"The chain is intact"), qPrintable(result));
        QCOMPARE(lastEvent(), QString::fromLatin1(AuditEvent::AuditVerified));
        // An operator is refused the dialog (the action is hidden, and the service says no).
        m_app->session()->signOut();
        signInAs(QStringLiteral("ann"));
        QVERIFY(!action("auditAction")->isVisible());
        m_app->sessionController()->openAudit();
        QVERIFY2(window()->statusBar()->currentMessage().contains(u"Administrator"),
                 qPrintable(window()->statusBar()->currentMessage()));
        QCOMPARE(lastEvent(), QString::fromLatin1(AuditEvent::ActionRefused));
        action("signOutAction")->trigger();
    }

    // The security policy from Terminal → Operators… → Security policy…: the administrator's
    // change is saved for every seat and audited; the lock time applies from the next sign-in.
    void theAdministratorSetsTheSecurityPolicy()
    {
        if (m_app->session()->state() != SessionService::State::SignedOut)
            m_app->session()->signOut();
        typeIn(QStringLiteral("root"), RootPassword);
        QVERIFY(!window()->isLocked());
        bool saved = false;
        whenOpen(QStringLiteral("accountsDialog"), [&](QDialog *accounts) {
            whenOpen(QStringLiteral("policyDialog"), [&](QDialog *policy) {
                auto *lock = policy->findChild<QSpinBox *>(QStringLiteral("lock_after_minutes"));
                auto *limit
                    = policy->findChild<QSpinBox *>(QStringLiteral("supervisor_per_refund"));
                if (lock && limit && lock->value() == 10 && limit->value() == 500) {
                    lock->setValue(4);
                    limit->setValue(120);
                    // Out of the rule's range the field does not go.
                    lock->setValue(60);
                    saved = lock->value() == 15;
                    lock->setValue(4);
                }
                policy->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            });
            auto *button = accounts->findChild<QPushButton *>(QStringLiteral("policyButton"));
            QVERIFY(button && button->isVisible());
            button->click();
            accounts->reject();
        });
        action("accountsAction")->trigger();
        QVERIFY(saved);
        auto stored = SecurityPolicyStore(m_app->session()->database()).read();
        QVERIFY(stored);
        QCOMPARE(stored->value(PolicyRule::LockAfterMinutes), 4);
        QCOMPARE(stored->value(PolicyRule::SupervisorPerRefund), 120);
        QCOMPARE(stored->changedBy(PolicyRule::SupervisorPerRefund), QStringLiteral("root"));
        QStringList changes; // audited with the rule and both values
        const auto records = m_app->session()->auditTrail().list({});
        QVERIFY(records);
        for (const AuditRecord &r : *records)
            if (r.event == QLatin1StringView(AuditEvent::PolicyChanged)
                && r.operatorName == u"root")
                changes << r.details;
        QCOMPARE(changes.size(), 2);
        QVERIFY2(changes.last().contains(u"\"rule\":\"supervisor_per_refund\"")
                     && changes.last().contains(u"\"from\":500")
                     && changes.last().contains(u"\"to\":120"),
                 qPrintable(changes.last()));
        // Sam's next sign-in locks after 4 minutes.
        signInAs(QStringLiteral("sam"));
        QCOMPARE(m_app->sessionController()->lockAfterMs(), 4 * 60 * 1000);
        // Back to the defaults.
        AccountService admin(*m_app->session());
        m_app->session()->signOut();
        typeIn(QStringLiteral("root"), RootPassword);
        QVERIFY(admin.setPolicy(QStringLiteral("lock_after_minutes"), 10));
        QVERIFY(admin.setPolicy(QStringLiteral("supervisor_per_refund"), 500));
        action("signOutAction")->trigger();
    }

    void aBrokenAuditTrailWarnsTheAdministratorAtStart()
    {
        m_app.reset();
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            db.setDatabaseName(journal().sqlitePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE seq = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        m_app = startTerminal();
        QSignalSpy checked(m_app->sessionController(), &SessionController::auditChecked);
        QVERIFY(checked.count() == 1 || checked.wait(10000));
        QCOMPARE(m_app->sessionController()->auditCheck()->firstBroken, 2);
        // Not shown to an operator...
        typeIn(QStringLiteral("ann"), own(QStringLiteral("ann")));
        QVERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("auditWarning")));
        action("signOutAction")->trigger();
        // ...but to the administrator.
        typeIn(QStringLiteral("root"), RootPassword);
        auto *warning = window()->findChild<QMessageBox *>(QStringLiteral("auditWarning"));
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(u"record 2"), qPrintable(warning->text()));
        warning->accept();
        action("signOutAction")->trigger();
    }

    void theFirstAdministratorFromTheOperatorsDialog()
    {
        m_app.reset();
        QFile::remove(journal().sqlitePath);
        QFile::remove(journal().sqlitePath + QStringLiteral("-wal"));
        QFile::remove(journal().sqlitePath + QStringLiteral("-shm"));
        m_app = startTerminal();
        // No accounts: the window as it always was.
        QCOMPARE(m_app->session()->state(), SessionService::State::SingleUser);
        QVERIFY(!window()->isLocked());
        QVERIFY(!action("lockAction")->isVisible());
        QVERIFY(action("accountsAction")->isVisible());
        bool created = false;
        whenOpen(QStringLiteral("accountsDialog"), [&](QDialog *accounts) {
            // The list, then the form of the first administrator on top of it.
            whenOpen(QStringLiteral("accountEditDialog"), [&](QDialog *form) {
                form->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
                    ->setText(QStringLiteral("boss"));
                QVERIFY(form->findChild<QCheckBox *>(QStringLiteral("adminBox"))->isChecked());
                form->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(RootPassword);
                form->findChild<QLineEdit *>(QStringLiteral("againEdit"))->setText(RootPassword);
                form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                created = true;
            });
            accounts->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
        });
        action("accountsAction")->trigger();
        QVERIFY(created);
        // Sign-in is on now: the window locks until boss signs in.
        QTRY_VERIFY(pagesHidden());
        typeIn(QStringLiteral("boss"), RootPassword);
        QVERIFY(!window()->isLocked());
        QCOMPARE(m_app->session()->operatorName(), QStringLiteral("boss"));
    }

    void noPasswordInAnyFile()
    {
        m_app.reset();
        QStringList passwords { RootPassword, FirstPassword };
        for (const char *n : { "ann", "sam", "fin" })
            passwords << own(QString::fromLatin1(n));
        int files = 0;
        for (const QString &root : { m_data.path(), m_config.path() }) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                ++files;
                for (const QString &p : std::as_const(passwords))
                    QVERIFY2(!bytes.contains(p.toUtf8()), qPrintable(f.fileName()));
                QVERIFY(!bytes.contains("4111111111111111"));
            }
        }
        QVERIFY(files >= 1);
    }
};

QTEST_MAIN(TestSessionLock)
#include "tst_sessionlock.moc"
