// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::core {

/// Local: WAL, for a file on this PC. Shared: rollback journal, for a file on a network drive.
enum class JournalMode { Local, Shared };

inline QString journalModeName(JournalMode mode) {
    return mode == JournalMode::Local ? QStringLiteral("local") : QStringLiteral("shared");
}

} // namespace pd::core
