// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/dashboardreport.h"
#include "core/reports/dashboardtables.h"
#include "ui/area.h"
#include "ui/widgets/backgroundread.h"

#include <array>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QGridLayout;
class QPushButton;

namespace pd::ui {

class DashboardTablePanel;

/// The team manager's Dashboard: the nine measures for a chosen year, charts against targets,
/// tables that export to CSV, a list of what is behind any bar or row, and a PDF report.
class DashboardArea : public Area {
    Q_OBJECT
  public:
    explicit DashboardArea(QWidget* parent = nullptr);
    void refresh() override;

  signals:
    /// A referral behind a figure was double-clicked: the main window opens it.
    void referralActivated(qint64 referralId);
    /// A child of a drill-down list (children or placements) was double-clicked: their page.
    void childActivated(qint64 childId);

  public:
    QDate yearEnd() const { return m_yearEnd; }
    void setYearEnd(const QDate& yearEnd);
    const core::IndicatorReport& report() const { return m_report; }
    const core::DashboardData& data() const { return m_data; }
    QList<DashboardTablePanel*> tablePanels() const;
    DashboardTablePanel* drillDownPanel() const { return m_drill; }
    /// Lists the records behind a figure in the drill-down panel.
    void showBehind(const QString& title, core::DrillKind kind, const QList<qint64>& ids,
                    const QDate& yearEnd);
    /// Lists what is behind a row of one of the tables.
    void showBehindRow(const DashboardTablePanel* panel, int row);
    /// The charts as pictures for the printed report.
    QList<core::ReportChart> reportCharts() const;
    core::Status savePdf(const QString& path) const;
    core::Status setTargets(const core::DashboardTargets& targets);
    /// Sets the budget of the budget table's row for the shown year (audited).
    core::Status setBudgetAmount(int row, double amount);

  private:
    /// A year's histories and the measures worked out from them (off the GUI thread).
    struct Measured {
        core::DashboardData data;
        core::IndicatorReport report;
        QList<core::PaymentsOutturn> payments;
        QList<std::pair<QDate, core::UpliftYear>> uplifts;
    };
    void showMeasured(core::Result<Measured>& measured);
    void buildYears();
    void compute();
    void showReport();
    std::array<QChart*, 7> buildCharts() const;
    void showCharts();
    void showHeadlines();
    void connectBars(QChart* chart, int which);
    void barClicked(int which, int index);
    void editTargets();
    void editBudget(int row);
    void addBudgetLine();
    void exportPdf();
    void print();
    QWidget* card(QLabel** value, const QString& title);

    QWidget* m_page = nullptr; ///< the figures, greyed while they are read
    QComboBox* m_year;
    QPushButton* m_targetsButton = nullptr;
    QPushButton* m_addBudgetLine = nullptr;
    std::array<QLabel*, 3> m_headlines{};
    QLabel* m_summary;
    std::array<QChartView*, 7> m_charts{};
    DashboardTablePanel* m_stability;
    DashboardTablePanel* m_mix;
    DashboardTablePanel* m_ifa;
    DashboardTablePanel* m_costs;
    DashboardTablePanel* m_budget;
    BackgroundRead<Measured> m_read{this};
    DashboardTablePanel* m_funnel;
    DashboardTablePanel* m_payments; ///< budget lines from approved invoices
    DashboardTablePanel* m_uplifts;  ///< fee uplifts requested against agreed, by year
    DashboardTablePanel* m_drill;
    QDate m_drillChosenIn; ///< the year chosen when the drill-down was filled (issue 14, item 8)
    QDate m_yearEnd;
    core::DashboardData m_data;
    core::IndicatorReport m_report;
    core::DashboardTargets m_targets;
};

} // namespace pd::ui
