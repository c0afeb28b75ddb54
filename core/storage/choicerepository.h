// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementchoice.h"
#include "core/result.h"

#include <optional>

namespace pd::core {

class Database;

/// The social workers' choices (placement_choices), audited through RecordWriter.
class ChoiceRepository {
  public:
    explicit ChoiceRepository(Database& db) : m_db(db) {}

    /// Stores a choice made now by the connection's user; returns its id.
    Result<qint64> insert(const PlacementChoice& choice);
    /// The referral's latest choice, if any.
    Result<std::optional<PlacementChoice>> latest(qint64 referralId) const;

  private:
    Database& m_db;
};

} // namespace pd::core
