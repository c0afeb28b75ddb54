// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QStringList>

namespace pd::core {

class Database;

/// A placement episode with this authority at one of a provider's provisions.
struct PlacementAtProvider {
    qint64 placementId = 0;
    QString childRef;
    QString provisionName; ///< empty when the episode is linked by URN only
    QDate start;
    QDate end;
    QString reasonEnd;         ///< SSDA903 REC
    QString reasonPlaceChange; ///< SSDA903 reason for place change
    QString why;               ///< for a disruption: why it counts as one
};

/// SSDA903 reasons for placement change that count as a disruption (docs/user-guide.md):
/// care plan change, allegation, standards concern, approval removed, carer or child requests.
const QStringList& disruptionReasonCodes();

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
