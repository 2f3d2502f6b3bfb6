// SPDX-License-Identifier: MIT
#include "core/journal/processcheck.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace pavt {

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_UNIX)
    if (::kill(pid_t(pid), 0) == 0)
        return true;
    return errno == EPERM; // exists, belongs to someone else
#elif defined(Q_OS_WIN)
    HANDLE process
        = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    Q_UNUSED(pid);
    return true; // cannot tell: the stale-after rule decides
#endif
}

} // namespace pavt
