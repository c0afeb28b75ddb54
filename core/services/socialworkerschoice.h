// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementchoice.h"
#include "core/result.h"

#include <optional>

namespace pd::core {

class Database;

/// The social worker's choice: one of the options presented, with the child's and the family's
/// views of it. A step of its own (the social worker's role) before the manager's permission to place.
class SocialWorkersChoice {
  public:
    explicit SocialWorkersChoice(Database& db) : m_db(db) {}

    /// Records the choice of an open offer that meets every essential criterion (workflow
    /// recordChoice by this connection's user, a social worker), in one transaction. A later
    /// choice replaces an earlier one.
    Result<qint64> record(const PlacementChoice& choice);
    /// The referral's current choice, if one is recorded.
    Result<std::optional<PlacementChoice>> current(qint64 referralId) const;

  private:
    Database& m_db;
};

} // namespace pd::core
