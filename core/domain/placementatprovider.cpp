// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementatprovider.h"

namespace pd::core {

const QStringList& disruptionReasonCodes() {
    static const QStringList codes{QStringLiteral("CARPL"), QStringLiteral("ALLEG"), QStringLiteral("STAND"),
                                   QStringLiteral("APPRR"), QStringLiteral("CREQB"), QStringLiteral("CREQO"),
                                   QStringLiteral("CHILD")};
    return codes;
}

} // namespace pd::core
