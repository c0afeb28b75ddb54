// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>

namespace pd::core {

class Database;

/// The team's settings (key/value rows of `settings`); every change audited.
class SettingsRepository {
  public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<QHash<QString, QString>> all() const;
    /// Writes the values that differ from what is stored, in one transaction.
    Status setValues(const QHash<QString, QString>& values);

  private:
    Database& m_db;
};

} // namespace pd::core
