// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/funnelreferral.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace pd::core {

/// Measure 8 for referrals received in one year.
struct ReferralFunnel {
    QDate yearEnd;
    std::array<int, 12> perMonth{}; ///< April first
    int referrals = 0;
    int emergencies = 0;
    int placed = 0;
    int placedInHouse = 0;
    int withChoiceOfThree = 0;
    double averageChoice = 0;
    std::optional<double> medianDaysToPlacement;
    QList<qint64> referralIds;
    double emergencyPercent() const { return referrals ? 100.0 * emergencies / referrals : 0.0; }
    double choiceOfThreePercent() const { return referrals ? 100.0 * withChoiceOfThree / referrals : 0.0; }
    double placedInHousePercent() const { return placed ? 100.0 * placedInHouse / placed : 0.0; }
};

ReferralFunnel measureReferralFunnel(const QList<FunnelReferral>& referrals, const QDate& yearEnd);

} // namespace pd::core
