// SPDX-License-Identifier: MIT
#pragma once

namespace pavt {

// Keeps card data out of crash dumps: no core files, and on Linux the process is not dumpable
// (no ptrace attach by other processes of the same user either). Call first thing in main().
// Returns false if the platform refused (the program still runs).
bool disableCoreDumps();

} // namespace pavt
