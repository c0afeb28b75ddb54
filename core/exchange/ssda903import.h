// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ssda903return.h"
#include "core/result.h"

#include <QIODevice>

namespace pd::core {

class Database;

/// Reads and validates an SSDA903 return (episodes + header files). Every invalid row is
/// reported as "FILE, line N: reason" in one error; labels name the files in those lines.
Result<Ssda903Return> readSsda903(QIODevice& episodes, const QString& episodesLabel, QIODevice& header,
                                  const QString& headerLabel);

/// Imports a return from two files: all or nothing; a second import of the same children
/// replaces their histories.
Result<Ssda903ImportSummary> importSsda903(Database& db, const QString& episodesPath,
                                           const QString& headerPath);

} // namespace pd::core
