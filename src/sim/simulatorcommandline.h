// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "sim/gatewaysimulator.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pavt::sim {

// The options of the pavt-sim executable. Keys never come from the command line (argv is visible
// to every user of the machine): they come from PAVT_SIM_SECRET_KEY / PAVT_SIM_ENCRYPTION_KEY, from
// --secret-key-file / --encryption-key-file, or are generated and written to a 0600 file given
// by --write-keys.
struct SimulatorCommandLine
{
    enum class Action { Run, ShowHelp, ShowVersion, ListCards };

    Action action = Action::Run;
    SimulatorOptions options;
    SeedOptions seed; // --seed N [--seed-days D]: count 0 when not given
    QString keySource; // one line for stderr saying where the keys came from; never a key
    QString helpText; // for ShowHelp

    static constexpr const char *SecretKeyVariable = "PAVT_SIM_SECRET_KEY";
    static constexpr const char *EncryptionKeyVariable = "PAVT_SIM_ENCRYPTION_KEY";

    // `arguments` starts with the program name, as QCoreApplication::arguments().
    static Result<SimulatorCommandLine> parse(const QStringList &arguments,
                                              const QProcessEnvironment &environment);

    // The table printed by --list-cards.
    static QString testCardTable();
};

} // namespace pavt::sim
