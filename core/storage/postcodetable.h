// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/geo.h"
#include "core/result.h"

#include <memory>

namespace pd::core {

class Database;

/// Writes the postcode table in bulk (an import of millions of rows): one prepared upsert
/// reused for every row, inside the caller's transaction. Reads go through PostcodeDirectory.
class PostcodeTable {
  public:
    explicit PostcodeTable(Database& db);
    ~PostcodeTable();
    Q_DISABLE_COPY_MOVE(PostcodeTable)

    /// Adds or replaces one postcode (already normalised).
    Status put(const QString& postcode, const Coordinates& where);
    Result<qint64> count() const;

  private:
    struct Bulk;
    Database& m_db;
    std::unique_ptr<Bulk> m_bulk;
};

} // namespace pd::core
