// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/dashboarddata.h"
#include "core/reports/budgetoutturn.h"
#include "core/reports/costmeasures.h"
#include "core/reports/referralfunnel.h"
#include "core/reports/stabilitymeasures.h"

#include <QJsonObject>

namespace pd::core {

/// The nine measures of DESIGN.md for one year, with five-year trends for the charts.
struct IndicatorReport {
    QDate yearEnd;
    QDate asOf;                     ///< the day "spent to date" runs to
    StabilityMeasures stability;    ///< measures 1-4
    QList<StabilityMeasures> trend; ///< measures 1-4 for the last years, oldest first
    QList<IfaYear> ifaTable;        ///< measure 5, oldest first
    QList<UnitCost> unitCosts;      ///< measure 6
    QList<BudgetOutturn> budget;    ///< measure 7
    ReferralFunnel funnel;          ///< measure 8
    Savings savings;                ///< measure 9
};

/// Computes every measure for the year ending yearEnd (a 31 March); pure, no database.
IndicatorReport buildIndicatorReport(const DashboardData& data, const QDate& yearEnd, const QDate& asOf,
                                     int trendYears = 5);

/// The `indicators --json` object (keys documented in docs/cli.md).
QJsonObject indicatorJson(const IndicatorReport& report);
/// The readable form of the same figures.
QString indicatorText(const IndicatorReport& report);

} // namespace pd::core
