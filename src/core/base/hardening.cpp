// SPDX-License-Identifier: MIT
#include "core/base/hardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace pavt {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    struct rlimit none = { 0, 0 };
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    // (Skipped under AddressSanitizer: its leak checker needs to ptrace the process.)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#if defined(Q_OS_WIN)
    // No Windows Error Reporting dialog or dump for this process.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
    return ok;
}

} // namespace pavt
