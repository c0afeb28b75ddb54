// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"
#include "core/reports/indicatorreport.h"
#include "core/reports/paymentsoutturn.h"
#include "core/reports/upliftyear.h"

#include <utility>

namespace pd::core {

/// What the ids behind a table row are.
enum class DrillKind { Children, Placements, Referrals };

/// One of the dashboard's tables, with the records behind each row (for drill-down).
struct DashboardTable {
    QString title;
    TableSnapshot table;
    DrillKind drill = DrillKind::Children;
    QList<QList<qint64>> rowIds;
    QList<QDate> rowYearEnds; ///< for tables by year: the year each row is about (else empty)
};

/// Places to show a figure with, from its column header: (£) whole pounds, (%) one place, else two.
int figureDecimals(const QString& header);

/// Measures 1-3 for the last years (with the numbers behind each share).
DashboardTable stabilityTable(const IndicatorReport& report);
DashboardTable mixTable(const IndicatorReport& report);
/// As in the commissioning plan: children placed with IFAs, IFAs used, % preferred, average age, unit cost.
DashboardTable ifaTable(const IndicatorReport& report);
DashboardTable unitCostTable(const IndicatorReport& report);
DashboardTable budgetTable(const IndicatorReport& report);
/// Measure 8 by month, with the year's totals and measure 9.
DashboardTable funnelTable(const IndicatorReport& report);
/// The budget lines from payments: paid (approved invoices), estimated for days not yet invoiced,
/// committed to 31 March from the current contracts, forecast and variance, and what was stopped.
DashboardTable paymentsTable(const QList<PaymentsOutturn>& lines, const QDate& asOf);
/// Fee uplifts requested against agreed, a row per year (oldest first), with what the agreed ones cost.
DashboardTable upliftsTable(const QList<std::pair<QDate, UpliftYear>>& years);
/// Every table, in the order the dashboard and the printed report show them.
QList<DashboardTable> dashboardTables(const IndicatorReport& report);

/// The children behind a list of children or of placements (the ids drillDown() is given), whose
/// names the list shows.
QList<qint64> childrenBehind(const DashboardData& data, DrillKind kind, const QList<qint64>& ids);

/// The children, placements or referrals behind a figure, as a list for people: a child by name
/// (from `names`, by child id; blank when none is recorded) and reference.
TableSnapshot drillDown(const DashboardData& data, DrillKind kind, const QList<qint64>& ids,
                        const QDate& yearEnd, const QHash<qint64, QString>& names = {});

} // namespace pd::core
