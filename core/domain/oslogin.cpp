// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/oslogin.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace pd::core {

// The account comes from the operating system, never from the environment: PD_USER, USER,
// USERNAME and LOGNAME can be set by anyone to anything. Tests choose the user through the
// services (Desk::setUserName), not here.
QString operatingSystemLogin() {
#if defined(Q_OS_WIN)
    wchar_t name[256 + 1];
    DWORD size = DWORD(sizeof name / sizeof name[0]);
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1).trimmed().toLower(); // size counts the NUL
    return QStringLiteral("unknown");
#elif defined(Q_OS_UNIX)
    const uid_t uid = geteuid();
    if (const passwd* account = getpwuid(uid); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name).trimmed().toLower();
    return QStringLiteral("uid%1").arg(uid); // an account with no name in the password database
#else
    return QStringLiteral("unknown");
#endif
}

} // namespace pd::core
