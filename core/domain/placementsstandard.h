// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

#include <QJsonObject>
#include <QStringList>

namespace pd::core {

/// One field of the Placements Data Standard v2 (standards/placements-data-standard-v2.json), with
/// the words the referral form shows for it and, for a field Referral keeps as it is, its member.
struct StandardField {
    const char* entity;
    const char* name;
    const char* type;                  ///< Integer, String, Boolean, Date, Categorical
    const char* cardinality;           ///< 1..1, 0..1, 1..*
    QStringList options;               ///< for Categorical
    const char* label = nullptr;       ///< for people (context "PlacementsStandard" for translation)
    QString Referral::*text = nullptr; ///< the Referral member of a text or categorical field
    bool Referral::*flag = nullptr;    ///< the Referral member of a yes/no field
};

/// The standard's fields and options — the one list of them, read by the referral's JSON, the
/// import's validation and the referral form — and a strict check of a referral in its shape.
class PlacementsStandard {
  public:
    static const QList<StandardField>& fields();
    /// The field of that name (names are unique across entities), or nullptr.
    static const StandardField* field(QStringView name);
    /// The options of a categorical field, in the standard's order.
    static QStringList options(QStringView name);
    static QStringList entities();
    /// The entities every referral carries (ActualPlacement and QualityAssurance are optional).
    static QStringList referralEntities();
    /// Every problem, one per field ("Risks.riskMissing: 'maybe' is not one of: ..."); empty = valid.
    /// Members that are neither an entity of the standard nor PlacementDeskExtension are reported too.
    static QStringList validate(const QJsonObject& referral);
};

} // namespace pd::core
