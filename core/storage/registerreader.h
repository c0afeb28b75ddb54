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

/// Reads the register for matching straight through the sqlite3 C API on the same connection
/// (no QVariant per field: DESIGN.md's measured 3.6×), only the columns matching needs.
class RegisterReader {
public:
    explicit RegisterReader(Database& db) : m_db(db) {}

    Result<std::shared_ptr<const RegisterSnapshot>> read(const VacancyFilter& filter) const;
    /// One provision as if it had a vacancy from `from` (for checking an offer with the same rules).
    Result<RegisterSnapshot> provision(qint64 provisionId, const QDate& from) const;
    /// Changes whenever this or another connection commits (data_version + own total changes).
    Result<qint64> changeStamp() const;

private:
    Database& m_db;
};

} // namespace pd::core
