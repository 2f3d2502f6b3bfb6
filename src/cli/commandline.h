// SPDX-License-Identifier: MIT
#pragma once

#include "core/gatewayclient.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace pavt::cli {

// Exit statuses of pavt-cli (README and `pavt-cli --help`).
enum ExitCode {
    ExitOk = 0,          // approved / command done
    ExitUsage = 1,       // usage or validation error: nothing sent
    ExitDeclined = 2,
    ExitThreeDS = 3,     // needs 3-D Secure: the URL is printed
    ExitUnknown = 4,     // outcome unknown: look it up, do not charge again
    ExitRejected = 5,    // rejected (4xx) or server error (5xx)
    ExitNotSent = 6,     // could not reach the gateway: nothing sent
};

int exitCodeFor(const GatewayOutcome &outcome);

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
    GatewayOutcome await(const std::function<void(GatewayClient &, QObject *, GatewayClient::Callback)> &call,
                         const Credentials &credentials, const GatewayConfig &config);
    void printOutcome(const GatewayOutcome &outcome, const QString &command);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace pavt::cli
