// SPDX-License-Identifier: MIT
// pavt-sim: the gateway simulator as a process. Wiring only; see sim/simulatorcommandline.h.
#include "core/base/version.h"
#include "sim/gatewaysimulator.h"
#include "sim/simulatorcommandline.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

#ifdef Q_OS_UNIX
int signalSockets[2] = { -1, -1 };

void onTerminationSignal(int)
{
    const char byte = 1;
    const ssize_t written = ::write(signalSockets[0], &byte, 1);
    (void)written;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Decrypted card data passes through this process: no core dumps.
    const struct rlimit noCore = { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0);
#endif

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pavt-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAVT_VERSION));

    auto commandLine = pavt::sim::SimulatorCommandLine::parse(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (!commandLine) {
        print(stderr, QStringLiteral("pavt-sim: ") + commandLine.error().message + u'\n');
        return 2;
    }
    using Action = pavt::sim::SimulatorCommandLine::Action;
    switch (commandLine->action) {
    case Action::ShowHelp:
        print(stdout, commandLine->helpText);
        return 0;
    case Action::ShowVersion:
        print(stdout, QStringLiteral("pavt-sim " PAVT_VERSION "\n"));
        return 0;
    case Action::ListCards:
        print(stdout, pavt::sim::SimulatorCommandLine::testCardTable());
        return 0;
    case Action::Run:
        break;
    }

    pavt::sim::GatewaySimulator simulator(std::move(commandLine->options));
    if (!simulator.start()) {
        print(stderr, QStringLiteral("pavt-sim: ") + simulator.errorString() + u'\n');
        return 1;
    }

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0) {
        print(stderr, QStringLiteral("pavt-sim: cannot set up signal handling\n"));
        return 1;
    }
    QSocketNotifier signalNotifier(signalSockets[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        const ssize_t got = ::read(signalSockets[1], &byte, 1);
        (void)got;
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif

    if (commandLine->seed.count > 0)
        simulator.seedTransactions(commandLine->seed);
    print(stderr, commandLine->keySource + u'\n');
    print(stdout,
          QStringLiteral("pavt-sim listening on ") + simulator.baseUrl().toString() + u'\n');
    const int status = QCoreApplication::exec();
    print(stderr,
          QStringLiteral("pavt-sim: stopped, %1 transaction(s) served\n")
              .arg(simulator.transactionCount()));
    return status;
}
