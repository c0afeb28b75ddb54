// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementatprovider.h"
#include "core/result.h"

#include <QDate>
#include <QStringList>

namespace pd::core {

class Database;

/// What the authority's own placement history says about a provider; derived from the
/// placements table, never typed in (docs/user-guide.md, "Provider register").
class ProviderHistory {
  public:
    explicit ProviderHistory(Database& db) : m_db(db) {}

    /// Episodes open on the day (started on or before it and not ended before it).
    Result<QList<PlacementAtProvider>> currentPlacements(qint64 providerId, const QDate& day) const;
    /// Ended episodes that were disruptions, newest first.
    Result<QList<PlacementAtProvider>> disruptions(qint64 providerId) const;

  private:
    Result<QList<PlacementAtProvider>> episodes(qint64 providerId, const QString& condition,
                                                const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
