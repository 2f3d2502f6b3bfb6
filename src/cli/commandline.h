// SPDX-License-Identifier: MIT
#pragma once

#include "cli/output.h"
#include "core/gateway/gatewayclient.h"
#include "core/journal/journal.h"
#include "core/service/chargeservice.h"
#include "core/service/linkservice.h"
#include "core/service/permissions.h"
#include "core/settings/terminalsettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTextStream>

class QEventLoop;

#include <functional>
#include <memory>
#include <optional>

namespace pavt {
class RefundApproval;
class SessionService;
} // namespace pavt

namespace pavt::cli {

// `pavt-cli --help`: the synopsis, translated as whole paragraphs.
QString helpText();

// Every option pavt-cli knows; commands read the ones they take.
struct CommandOptions
{
    CommandOptions();

    QCommandLineParser parser;
    const QCommandLineOption baseUrl;
    const QCommandLineOption timeout;
    const QCommandLineOption json;
    const QCommandLineOption input;
    const QCommandLineOption reason;
    const QCommandLineOption from;
    const QCommandLineOption to;
    const QCommandLineOption refuseDuplicate;
    const QCommandLineOption outcome;
    const QCommandLineOption last4;
    const QCommandLineOption name;
    const QCommandLineOption email;
    const QCommandLineOption order;
    const QCommandLineOption transaction;
    const QCommandLineOption limit;
    const QCommandLineOption csv;
    // Payments by link (linkcommands.cpp).
    const QCommandLineOption method;
    const QCommandLineOption templateId;
    const QCommandLineOption amount;
    const QCommandLineOption currency;
    const QCommandLineOption expires;
    const QCommandLineOption orderId;
    const QCommandLineOption operatorName;
    const QCommandLineOption role;
    const QCommandLineOption displayName;
    const QCommandLineOption approver;
    const QCommandLineOption head;
    const QCommandLineOption day;
    const QCommandLineOption apply;
    // Batch refunds (batchcommand.cpp).
    const QCommandLineOption batch;
    const QCommandLineOption result;
    const QCommandLineOption yes;
    const QCommandLineOption help;
    const QCommandLineOption version;
};

// Parses the command line and runs one command. The commands live in files of their own
// (chargecommand.cpp, gatewaycommands.cpp, journalcommands.cpp, reconcilecommand.cpp,
// linkcommands.cpp); what they
// share is here (commandline.cpp), what they print in output.cpp.
class CommandLine : public QObject
{
    Q_OBJECT
public:
    CommandLine();
    ~CommandLine() override;
    // Runs one command to its end; returns the exit status.
    int run(const QStringList &arguments);

private:
    // Shared by the commands (commandline.cpp).
    int usageError(const QString &message);
    // From PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else the keychain, and usable; nullopt after
    // printing why.
    std::optional<Credentials> loadCredentials();
    GatewayOutcome
    await(const std::function<void(GatewayClient &, QObject *, GatewayClient::Callback)> &call,
          const Credentials &credentials, const GatewayConfig &config);
    void printOutcome(const GatewayOutcome &outcome, const QString &command,
                      const QJsonObject &extra = {});
    // The journal of the settings (SQLite in PAVT_DATA_DIR by default); nullptr after printing why
    // (as a usage error, or with `quiet` as a line on stderr). `check`: commands that write check
    // a SQLite file before they go on (AtOpen: Journal::healthError() says whether it passed);
    // commands that only read do not (None).
    std::unique_ptr<Journal> openJournal(TerminalSettings &settings,
                                         JournalConfig::HealthCheck check, bool quiet = false);

    // An outcome whose journal write waits for the database (ChargeService::unwrittenOutcomes()):
    // waits up to JournalWaitMs for it, saying so on stderr; false when it is still not written
    // (also said on stderr: the entry stays pending, the next start reconciles it).
    bool awaitJournal(ChargeService &service, const Error &why);
    static constexpr int JournalWaitMs = 5000;

    // chargecommand.cpp
    // The request of charge and link: --input FILE or stdin, at most 1 MiB, parsed.
    Result<PaymentRequest> readRequest(const CommandOptions &options);
    int runCharge(const CommandOptions &options, TerminalSettings &settings,
                  const GatewayConfig &config);
    // gatewaycommands.cpp
    int runStatus(const QString &transactionId, const GatewayConfig &config);
    // --amount N: a partial refund of N minor units (partial refunds on in the settings).
    int runRefund(const CommandOptions &options, const QString &transactionId,
                  const QString &reason, TerminalSettings &settings, const GatewayConfig &config);
    int runTransactions(const CommandOptions &options, const GatewayConfig &config);
    // batchcommand.cpp: refund --batch FILE [--result FILE] [--yes]
    int runRefundBatch(const CommandOptions &options, TerminalSettings &settings,
                       const GatewayConfig &config);
    // Asks "question [y/N]" on the terminal; false without one (after saying so).
    bool confirm(const QString &question);
    // journalcommands.cpp
    // The journal filters of history and export; nullopt after printing a usage error.
    std::optional<JournalQuery> journalQuery(const CommandOptions &options);
    int runHistory(const CommandOptions &options, TerminalSettings &settings);
    int runExport(const CommandOptions &options, TerminalSettings &settings);
    // reconcilecommand.cpp
    int runReconcile(TerminalSettings &settings, const GatewayConfig &config);
    // linkcommands.cpp
    int runLink(const CommandOptions &options, TerminalSettings &settings,
                const GatewayConfig &config);
    int runTemplates(const GatewayConfig &config);
    int runPaymentLink(const CommandOptions &options, TerminalSettings &settings,
                       const GatewayConfig &config);
    // Waits for a link's creation and prints it; the exit status.
    int finishLink(const Result<JournalEntry> &pending, const std::optional<LinkResult> &result,
                   QEventLoop &loop);

    // signin.cpp: the operators' accounts. Opens the session on the journal (single-user mode when
    // there is no account) and, with accounts, signs in as PAVT_OPERATOR with the password from
    // PAVT_OPERATOR_PASSWORD or asked on the terminal; returns an exit status on failure.
    std::optional<int> openSession(TerminalSettings &settings, const QStringList &args);
    // The action a command needs (nullopt: none beyond being signed in).
    static std::optional<Action> actionFor(const QStringList &args);
    // An action the role does not allow: "pavt-cli: <why>" (or {"outcome": "refused"}), exit 1.
    int refusal(const Error &error);
    // A secret from the terminal without echo (twice when `confirm`), or nullopt after printing
    // why (no terminal, the two differ).
    std::optional<SecretBytes> askSecret(const QString &prompt, bool confirm = false);
    // A new password: asked twice on a terminal, else the first line of standard input.
    std::optional<SecretBytes> readNewPassword(const QString &name);
    // A supervisor's approval for a refund above the limit (--approver NAME, the password from
    // PAVT_APPROVER_PASSWORD or the terminal); nullopt after printing why.
    std::optional<RefundApproval> approval(const CommandOptions &options, const QString &subject,
                                           const Error &why);
    // operatorcommands.cpp
    int runOperators(const CommandOptions &options, const QStringList &args);
    int runPolicy(const QStringList &args);
    // auditcommands.cpp
    int runAudit(const CommandOptions &options, const QStringList &args);
    // reportcommand.cpp
    int runReport(const CommandOptions &options, TerminalSettings &settings);
    // settlecommand.cpp
    int runSettle(const CommandOptions &options, TerminalSettings &settings,
                  const GatewayConfig &config);

    std::unique_ptr<SessionService> m_session;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace pavt::cli
