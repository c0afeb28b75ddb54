// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pd::core {

struct IntegrityReport {
    bool ok = false;
    int schemaVersion = 0;
    int latestVersion = 0;
    QString mode;         ///< local or shared
    QStringList problems; ///< integrity_check / foreign_key_check lines, empty when ok
};

} // namespace pd::core
