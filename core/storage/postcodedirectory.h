// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/geo.h"
#include "core/result.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace pd::core {

class Database;

/// Coordinates of postcodes from the imported postcode table. Unknown postcodes are unknown
/// (std::nullopt), never guessed.
class PostcodeDirectory {
  public:
    explicit PostcodeDirectory(Database& db) : m_db(db) {}

    Result<std::optional<Coordinates>> find(const QString& postcode) const;
    /// Looks many up at once (keys are normalised postcodes; unknown ones are absent).
    Result<QHash<QString, Coordinates>> findAll(const QStringList& postcodes) const;
    /// Miles between two postcodes, or nullopt when either is unknown.
    Result<std::optional<double>> milesBetween(const QString& from, const QString& to) const;

  private:
    Database& m_db;
};

} // namespace pd::core
