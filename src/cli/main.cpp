// SPDX-License-Identifier: MIT
// pavt-cli: the terminal's core from a shell. Wiring only; the work is in CommandLine.
#include "cli/commandline.h"
#include "core/base/hardening.h"
#include "core/base/translations.h"
#include "core/base/version.h"
#include "core/settings/terminalsettings.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    pavt::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayAgency"));
    QCoreApplication::setApplicationName(QStringLiteral("Virtual Terminal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAVT_VERSION));
    // The terminal's language setting (else the system's, e.g. LANGUAGE=en): help and messages.
    pavt::Translations::install(pavt::TerminalSettings().language());
    pavt::cli::CommandLine command;
    return command.run(QCoreApplication::arguments());
}
