// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

/// Risks a child already living at a provision may pose (docs/formats.md, provisions); they mirror
/// the referral's "risk to others" entries so matching can compare like with like.
enum class HouseholdRisk { Physical, Sexual, Fire, Animals, Criminal, Other };
template <> struct Vocabulary<HouseholdRisk> {
    static constexpr Term<HouseholdRisk> terms[] = {
        {HouseholdRisk::Physical, "physical", "Physical harm"},
        {HouseholdRisk::Sexual, "sexual", "Sexual harm"},
        {HouseholdRisk::Fire, "fire", "Fire-setting"},
        {HouseholdRisk::Animals, "animals", "Harm to animals"},
        {HouseholdRisk::Criminal, "criminal", "Criminal exploitation of others"},
        {HouseholdRisk::Other, "other", "Other"},
    };
};

/// A child already living at a provision: what the provision editor and files record, and what
/// the who-alongside rules of matching read.
struct HouseholdMember {
    int age = 0;
    QString sex;       ///< M, F or empty when not recorded
    QStringList risks; ///< HouseholdRisk codes

    /// The child is a risk of sexual harm to others.
    bool posesSexualRisk() const {
        return !risks.isEmpty() && risks.contains(QLatin1String(termOf(HouseholdRisk::Sexual).code));
    }
};

/// "9/F; 14/M/physical+fire" <-> members; the one text form used by files and editors.
Result<QList<HouseholdMember>> parseHousehold(const QString& text);
QString formatHousehold(const QList<HouseholdMember>& members);

} // namespace pd::core
