// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/homeprofile.h"

namespace pd::core {

class Database;

/// Providers' profiles of their homes for children (about text and photos). Writes are
/// versioned and audited; a photo's audit row names its size and caption, not its bytes.
class HomeProfileRepository {
  public:
    explicit HomeProfileRepository(Database& db) : m_db(db) {}

    /// The provision's profile with its photos; an empty one (id 0) when none was recorded.
    Result<HomeProfile> find(qint64 provisionId) const;
    /// Inserts (id 0) or updates the about text; sets id and rowVersion.
    Status saveAbout(HomeProfile& profile);
    Result<qint64> addPhoto(qint64 provisionId, const HomePhoto& photo);
    Status removePhoto(qint64 photoId);

  private:
    Database& m_db;
};

} // namespace pd::core
