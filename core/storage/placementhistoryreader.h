// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/financialyear.h"
#include "core/domain/ssda903return.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Reads the file's placement histories in the SSDA903 shape (the other way from PlacementHistoryWriter).
class PlacementHistoryReader {
  public:
    explicit PlacementHistoryReader(Database& db) : m_db(db) {}

    /// Every episode open at some time in the year (DECOM on or before its 31 March, DEC empty or
    /// on or after its 1 April), as stored (DEC and REC are not cut at the year end), ordered by
    /// CHILD then DECOM; and those episodes' children. HOME_POST is the episode's, else the child's.
    Result<Ssda903Return> episodesIn(const FinancialYear& year) const;

  private:
    Database& m_db;
};

} // namespace pd::core
