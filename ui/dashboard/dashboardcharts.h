// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/indicatorreport.h"

#include <QChart>
#include <optional>

namespace pd::ui {

/// The dashboard's charts, built from an IndicatorReport. Bars carry their index so a click can
/// list the records behind them (QBarSet::clicked).
class DashboardCharts {
  public:
    /// A measure's percentage over the years (bars) against the manager's target (dashed line).
    static QChart* trend(const QString& title, const QList<QDate>& years, const QList<double>& percents,
                         const std::optional<double>& target);
    static QChart* mix(const core::PlacementMix& mix);
    static QChart* unitCosts(const QList<core::UnitCost>& costs);
    /// Budget, spent, committed and forecast outturn per budget line.
    static QChart* budget(const QList<core::BudgetOutturn>& lines);
    static QChart* funnel(const core::ReferralFunnel& funnel);
    /// A fixed-size picture of a chart for the printed report.
    static QImage render(QChart* chart, const QSize& size);
};

} // namespace pd::ui
