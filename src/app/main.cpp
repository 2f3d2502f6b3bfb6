// SPDX-License-Identifier: MIT
// pavt: the terminal's window. Wiring only; see TerminalApp.
#include "app/terminalapp.h"
#include "core/base/hardening.h"
#include "core/base/translations.h"
#include "core/base/version.h"
#include "core/settings/terminalsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    pavt::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayAgency"));
    QApplication::setApplicationName(QStringLiteral("Virtual Terminal"));
    QApplication::setApplicationDisplayName(QStringLiteral("PayAgency Virtual Terminal"));
    QApplication::setApplicationVersion(QStringLiteral(PAVT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("agency.pay.VirtualTerminal"));
    // The language of the settings (else the system's) from the start, --help included.
    pavt::Translations::install(pavt::TerminalSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pavt::app", "Keyed card payments through the Pay Agency gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("pavt::app", "Run against the built-in gateway simulator."));
    parser.addOption(demo);
    parser.process(app);

    pavt::app::TerminalApp::Options options;
    options.forceDemo = parser.isSet(demo);
    pavt::app::TerminalApp terminal(options);
    if (qEnvironmentVariableIsSet("PAVT_REPORT_READY")) {
        // For the start-up benchmark: one line once the charge form can be used, after it painted.
        QObject::connect(&terminal, &pavt::app::TerminalApp::ready, &app, [] {
            QTimer::singleShot(0, [] {
                std::fputs("ready\n", stdout);
                std::fflush(stdout);
            });
        });
    }
    terminal.start();
    return app.exec();
}
