// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

namespace pd::core {

/// One thing a referral lacks, in words an officer can send back to the social worker.
struct MissingItem {
    QString field;   ///< where to fix it, e.g. "children[0].dateOfBirth", "expectedOutcomes"
    QString message; ///< e.g. "the first child's date of birth"
};

/// The rules a referral must meet to move on; the editor shows them as you type.
class ReferralRules {
  public:
    /// Mandatory fields for `submit`.
    static QList<MissingItem> missingForSubmit(const Referral& referral);
    /// Completeness rules for `qualityPass` (includes the submit rules).
    static QList<MissingItem> missingForQualityCheck(const Referral& referral);
    /// "a, b and c"
    static QString listInWords(const QList<MissingItem>& items);
};

} // namespace pd::core
