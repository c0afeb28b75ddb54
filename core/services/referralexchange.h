// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementmade.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>

namespace pd::core {

class Database;

/// Referrals in and out of Placement Desk in the Placements Data Standard v2 JSON shape
/// (docs/formats.md): one object, or an array of objects, per file.
class ReferralExchange {
  public:
    explicit ReferralExchange(Database& db) : m_db(db) {}

    /// Imports every referral of the file as new Draft referrals, all or nothing: any invalid or
    /// unknown value is reported by field (one line each) and nothing is written. Returns the ids.
    /// The file may come from another authority's Placement Desk: a child whose childId is not a
    /// child of this file with the same date of birth, sex and names becomes a new child of this
    /// file (audited); a reference already used here gets a new one. notes, when given, gets a
    /// sentence for each such change.
    Result<QList<qint64>> importFile(const QString& path, QStringList* notes = nullptr);
    Result<QList<qint64>> importJson(const QByteArray& json, const QString& source,
                                     QStringList* notes = nullptr);
    /// The referral in the standard's shape (with PlacementDeskExtension); a referral placed through
    /// permission to place carries ActualPlacement and QualityAssurance filled from that placement.
    Result<QJsonObject> exportReferral(qint64 id) const;

  private:
    /// Links the referral's children to this file's children, adding the ones it does not hold.
    Status linkChildren(Referral& referral, const QString& source, QHash<qint64, qint64>& added,
                        QStringList* notes);
    /// The placement made through the referral, with the distances and the people of its data entry.
    Result<PlacementMade> placementMade(const Referral& referral) const;
    Database& m_db;
};

} // namespace pd::core
