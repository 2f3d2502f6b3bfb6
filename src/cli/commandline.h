// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"
#include "core/journal/journal.h"
#include "core/settings/terminalsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace pavt::cli {

// Exit statuses of pavt-cli (README and `pavt-cli --help`).
enum ExitCode {
    ExitOk = 0, // approved / command done
    ExitUsage = 1, // usage or validation error: nothing sent
    ExitDeclined = 2,
    ExitThreeDS = 3, // needs 3-D Secure: the URL is printed
    ExitUnknown = 4, // outcome unknown: look it up, do not charge again
    ExitRejected = 5, // rejected (4xx) or server error (5xx)
    ExitNotSent = 6, // could not reach the gateway: nothing sent
};

int exitCodeFor(const GatewayOutcome &outcome);

struct CommandOptions;

class CommandLine : public QObject
{
    Q_OBJECT
public:
    CommandLine();
    // Runs one command to its end; returns the exit status.
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    std::optional<Credentials> loadCredentials();
    std::optional<Credentials> checkedCredentials(Credentials credentials);
    GatewayOutcome
    await(const std::function<void(GatewayClient &, QObject *, GatewayClient::Callback)> &call,
          const Credentials &credentials, const GatewayConfig &config);
    void printOutcome(const GatewayOutcome &outcome, const QString &command,
                      const QJsonObject &extra = {});

    // The journal of the settings (SQLite in PAVT_DATA_DIR by default); nullptr after printing why.
    std::unique_ptr<Journal> openJournal(TerminalSettings &settings, bool quiet = false);
    // The journal filters of history and export; nullopt after printing a usage error.
    std::optional<JournalQuery> journalQuery(const CommandOptions &options);
    int runCharge(const CommandOptions &options, TerminalSettings &settings,
                  const GatewayConfig &config);
    int runRefund(const QString &transactionId, const QString &reason, TerminalSettings &settings,
                  const GatewayConfig &config);
    int runHistory(const CommandOptions &options, TerminalSettings &settings);
    int runExport(const CommandOptions &options, TerminalSettings &settings);
    int runReconcile(TerminalSettings &settings, const GatewayConfig &config);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace pavt::cli
