// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/oslogin.h"

#include <QtGlobal>

namespace pd::core {

QString operatingSystemLogin() {
    for (const char* name : {"PD_USER", "USERNAME", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value.toLower();
    }
    return QStringLiteral("unknown");
}

} // namespace pd::core
