// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/layer.h"

#include <QtGlobal>

namespace pavt {

// A process on this machine with this id is running (Linux/macOS: kill(pid, 0); Windows:
// OpenProcess). Used to tell an abandoned pending entry from one still in flight.
bool processIsRunning(qint64 pid);

} // namespace pavt
