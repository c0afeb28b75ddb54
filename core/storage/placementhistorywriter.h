// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ssda903return.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Writes imported placement histories: each child in a return gets exactly the return's episodes.
class PlacementHistoryWriter {
  public:
    explicit PlacementHistoryWriter(Database& db) : m_db(db) {}

    /// In one transaction: adds or updates the children, replaces their episodes (keeping the
    /// costs, budget line and referral of an episode that starts on the same day at the same
    /// PLACE), and audits each child's history. Nothing is written if anything fails.
    Result<Ssda903ImportSummary> replaceHistories(const Ssda903Return& data);

  private:
    Database& m_db;
};

} // namespace pd::core
