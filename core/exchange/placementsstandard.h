// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace pd::core {

/// One field of the Placements Data Standard v2 (standards/placements-data-standard-v2.json).
struct StandardField {
    const char* entity;
    const char* name;
    const char* type;        ///< Integer, String, Boolean, Date, Categorical
    const char* cardinality; ///< 1..1, 0..1, 1..*
    QStringList options;     ///< for Categorical
};

/// The standard's fields and a strict check of a referral object in its shape.
class PlacementsStandard {
  public:
    static const QList<StandardField>& fields();
    static QStringList entities();
    /// The entities every referral carries (ActualPlacement and QualityAssurance are optional).
    static QStringList referralEntities();
    /// Every problem, one per field ("Risks.riskMissing: 'maybe' is not one of: ..."); empty = valid.
    /// Members that are neither an entity of the standard nor PlacementDeskExtension are reported too.
    static QStringList validate(const QJsonObject& referral);
};

} // namespace pd::core
