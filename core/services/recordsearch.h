// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/searchhit.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// The search across everything (Ctrl+K): referrals by reference and the children's names,
/// children by name and identifier, providers by name and URN, households and homes by name and
/// postcode. Every typed word must appear; % and _ match themselves. Reads only.
class RecordSearch {
  public:
    static constexpr int kPerKind = 8;  ///< records of each kind shown
    static constexpr int kShortest = 2; ///< fewer typed characters than this find nothing

    explicit RecordSearch(Database& db) : m_db(db) {}

    /// Up to perKind records of each kind, grouped by kind; nothing (not an error) for text shorter
    /// than kShortest characters.
    Result<SearchResults> find(const QString& text, int perKind = kPerKind) const;

  private:
    Database& m_db;
};

} // namespace pd::core
