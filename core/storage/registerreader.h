// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registervacancy.h"
#include "core/domain/vacancyfilter.h"
#include "core/result.h"

#include <QDate>
#include <memory>
#include <optional>

namespace pd::core {

class Database;

/// Reads the register for matching through the Database's read connection (no QVariant per
/// field: DESIGN.md's measured 3.6×), only the columns matching needs, each result from one
/// snapshot. It sees what is committed, not a change still being saved: read before a write.
class RegisterReader {
  public:
    explicit RegisterReader(Database& db) : m_db(db) {}

    Result<std::shared_ptr<const RegisterSnapshot>> read(const VacancyFilter& filter) const;
    /// One provision as if it had a vacancy from `from` (for checking an offer with the same rules).
    Result<RegisterSnapshot> provision(qint64 provisionId, const QDate& from) const;
    /// Changes whenever any connection, this Database's included, commits to the file.
    Result<qint64> changeStamp() const;

  private:
    Database& m_db;
};

} // namespace pd::core
