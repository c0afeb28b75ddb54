// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// The placements of the file as the team sees them (who, where, from and to, why it ended, what it
/// costs, which budget pays): what `export placements` prints.
class PlacementBook {
  public:
    explicit PlacementBook(Database& db) : m_db(db) {}

    /// Every placement, by child reference then start date.
    Result<QList<PlacementRecord>> all() const;
    /// Every placement that has not ended, the latest start first (the Placements area).
    Result<QList<PlacementRecord>> current() const;

  private:
    Database& m_db;
};

} // namespace pd::core
