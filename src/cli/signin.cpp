// SPDX-License-Identifier: MIT
// pavt-cli and the operators' accounts: the session on the journal, the sign-in as PAVT_OPERATOR,
// what each command needs, passwords read without echo (never from the command line).
#include "cli/commandline.h"
#include "core/service/sessionservice.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace pavt::cli {

namespace {

// One line from a file descriptor into a wiped buffer (without the line end).
std::optional<SecretBytes> readLine(int fd)
{
#ifdef Q_OS_UNIX
    SecretBytes line;
    char c = 0;
    bool any = false;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0)
            break;
        any = true;
        if (c == '\n')
            break;
        if (c != '\r')
            line.append(c);
        if (line.size() > 4096)
            break;
    }
    c = 0;
    if (!any)
        return std::nullopt;
    return line;
#else
    Q_UNUSED(fd);
    return std::nullopt;
#endif
}

// The login name of the process's user, for single-user mode's operator.
QString loginName(TerminalSettings &settings)
{
    QString name = settings.operatorName().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

} // namespace

std::optional<Action> CommandLine::actionFor(const QStringList &args)
{
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == u"charge")
        return Action::Charge;
    if (command == u"status")
        return Action::LookUpStatus;
    if (command == u"refund")
        return args.contains(u"--batch")
                || std::any_of(args.cbegin(), args.cend(),
                               [](const QString &a) { return a.startsWith(u"--batch="); })
            ? Action::BatchRefund
            : Action::Refund;
    if (command == u"transactions")
        return Action::ListTransactions;
    if (command == u"history")
        return Action::ViewOwnEntries; // scoped further by SessionService::scopeQuery()
    if (command == u"export")
        return Action::ExportCsv;
    if (command == u"reconcile")
        return Action::Reconcile;
    if (command == u"report")
        return Action::Report;
    if (command == u"settle")
        return Action::Settle;
    // Templates are listed to make a link from one.
    if (command == u"link" || command == u"payment-link" || command == u"templates")
        return Action::CreatePaymentLink;
    if (command == u"operators")
        return sub == u"passwd" ? std::nullopt : std::optional<Action>(Action::ManageAccounts);
    if (command == u"audit")
        return sub == u"verify" ? Action::VerifyAudit : Action::ViewAudit;
    return std::nullopt;
}

int CommandLine::refusal(const Error &error)
{
    if (m_json)
        m_out << QJsonDocument(
                     QJsonObject { { QStringLiteral("outcome"), QStringLiteral("refused") },
                                   { QStringLiteral("code"), error.code },
                                   { QStringLiteral("message"), error.message } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_err << "pavt-cli: " << error.message << '\n';
    m_out.flush();
    m_err.flush();
    return ExitUsage;
}

std::optional<SecretBytes> CommandLine::askSecret(const QString &prompt, bool confirm)
{
#ifdef Q_OS_UNIX
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        usageError(tr("No terminal to ask for the password on: %1").arg(prompt));
        return std::nullopt;
    }
    termios saved {};
    const bool canHide = ::tcgetattr(tty, &saved) == 0;
    const auto ask = [&](const QString &text) -> std::optional<SecretBytes> {
        const QByteArray bytes = text.toLocal8Bit() + ' ';
        if (::write(tty, bytes.constData(), size_t(bytes.size())) < 0)
            return std::nullopt;
        if (canHide) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            ::tcsetattr(tty, TCSAFLUSH, &quiet);
        }
        auto line = readLine(tty);
        if (canHide)
            ::tcsetattr(tty, TCSAFLUSH, &saved);
        return line;
    };
    auto first = ask(prompt);
    std::optional<SecretBytes> result = first;
    if (first && confirm) {
        auto second = ask(tr("The same password again:"));
        if (!second || !(*second == *first)) {
            ::close(tty);
            usageError(tr("The two passwords differ."));
            return std::nullopt;
        }
    }
    ::close(tty);
    if (!result)
        usageError(tr("No password was given."));
    return result;
#else
    usageError(tr("No terminal to ask for the password on: %1").arg(prompt));
    return std::nullopt;
#endif
}

std::optional<SecretBytes> CommandLine::readNewPassword(const QString &name)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO)) {
        auto line = readLine(STDIN_FILENO);
        if (!line)
            usageError(tr("The new password for %1 is read from standard input: give it as one "
                          "line.")
                           .arg(name));
        return line;
    }
#endif
    return askSecret(tr("New password for %1:").arg(name), true);
}

std::optional<int> CommandLine::openSession(TerminalSettings &settings, const QStringList &args)
{
    auto config = settings.journalConfig();
    if (!config)
        return usageError(config.error().message);
    config->password = qEnvironmentVariable("PAVT_JOURNAL_PASSWORD");
    auto session = SessionService::open(*config);
    if (!session)
        return usageError(
            tr("The journal, where the operators' accounts are, could not be opened: %1")
                .arg(session.error().message));
    m_session = std::move(*session);
    m_session->setSingleUserName(loginName(settings));
    m_session->setSeat(m_session->seat() + QStringLiteral(" (pavt-cli)"));
    const bool bootstrap = args.value(0) == u"operators" && args.value(1) == u"add";
    if (!m_session->accountsEnabled()) {
        if (args.value(0) == u"operators" && !bootstrap)
            return refusal(Error { QStringLiteral("no_accounts"),
                                   tr("There are no accounts yet. Create the first "
                                      "administrator: pavt-cli operators add NAME --role admin") });
        return std::nullopt; // single-user mode, as before
    }
    const QString name = qEnvironmentVariable("PAVT_OPERATOR").trimmed();
    if (name.isEmpty())
        return refusal(Error { QStringLiteral("signed_out"),
                               tr("Operators sign in: set PAVT_OPERATOR to your account's name "
                                  "(the password from PAVT_OPERATOR_PASSWORD or asked on the "
                                  "terminal).") });
    std::optional<SecretBytes> password;
    QByteArray fromEnvironment = qgetenv("PAVT_OPERATOR_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        password = SecretBytes(fromEnvironment);
        wipe(fromEnvironment);
    } else {
        password = askSecret(tr("Password for %1:").arg(name));
        if (!password)
            return ExitUsage;
    }
    auto signedIn = m_session->signIn(name, *password);
    password->clear();
    if (!signedIn)
        return refusal(signedIn.error());
    if (m_session->state() == SessionService::State::MustChangePassword
        && !(args.value(0) == u"operators" && args.value(1) == u"passwd"))
        return refusal(Error { QStringLiteral("must_change_password"),
                               tr("An administrator set your password: change it first with "
                                  "pavt-cli operators passwd.") });
    if (const auto action = actionFor(args)) {
        QJsonObject details { { QStringLiteral("command"), args.value(0) } };
        if (!args.value(1).isEmpty()
            && (args.value(0) == u"operators" || args.value(0) == u"audit"))
            details.insert(QStringLiteral("subcommand"), args.value(1).left(32));
        if (auto refused = m_session->require(*action, details))
            return refusal(*refused);
    }
    return std::nullopt;
}

std::optional<RefundApproval> CommandLine::approval(const CommandOptions &options,
                                                    const QString &subject, const Error &why)
{
    const QString approver = options.parser.value(options.approver).trimmed();
    if (approver.isEmpty()) {
        refusal(Error { why.code,
                        why.message + u' '
                            + tr("Give the approving supervisor with --approver NAME (the "
                                 "password from PAVT_APPROVER_PASSWORD or asked on the "
                                 "terminal).") });
        return std::nullopt;
    }
    std::optional<SecretBytes> password;
    QByteArray fromEnvironment = qgetenv("PAVT_APPROVER_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        password = SecretBytes(fromEnvironment);
        wipe(fromEnvironment);
    } else {
        password = askSecret(tr("Password of %1, who approves the refund:").arg(approver));
        if (!password)
            return std::nullopt;
    }
    auto approved = m_session->approveRefund(approver, *password, subject, {});
    password->clear();
    if (!approved) {
        refusal(approved.error());
        return std::nullopt;
    }
    return *approved;
}

} // namespace pavt::cli
