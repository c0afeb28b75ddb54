// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

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
    Result<QList<qint64>> importFile(const QString& path);
    Result<QList<qint64>> importJson(const QByteArray& json, const QString& source);
    /// The referral in the standard's shape (with PlacementDeskExtension).
    Result<QJsonObject> exportReferral(qint64 id) const;

  private:
    Database& m_db;
};

} // namespace pd::core
