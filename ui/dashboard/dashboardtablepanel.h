// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/dashboardtables.h"

#include <QGroupBox>

class QHBoxLayout;
class QPushButton;
class QTableView;

namespace pd::ui {

class TableSnapshotModel;

/// One dashboard table in a titled box, with Export CSV; a click on a row asks for what is behind it.
class DashboardTablePanel : public QGroupBox {
    Q_OBJECT
  public:
    explicit DashboardTablePanel(QWidget* parent = nullptr);

    void setTable(core::DashboardTable table);
    const core::DashboardTable& table() const { return m_table; }
    QTableView* view() const { return m_view; }
    /// Dashboard tables show every row (the page scrolls); a long list scrolls inside itself instead.
    void setScrolling(bool scrolling);
    /// Adds a button beside Export CSV (e.g. "Add budget line…").
    QPushButton* addButton(const QString& text);
    /// Writes the table as CSV (what Export CSV does after asking for a file).
    /// The name the CSV export offers: the title made a clean file name (core::fileNameFor).
    QString suggestedFileName() const;
    bool exportCsv(const QString& path, QString* error) const;

  signals:
    void rowClicked(int row);
    void rowDoubleClicked(int row);

  private:
    void askAndExport();

    core::DashboardTable m_table;
    QTableView* m_view;
    TableSnapshotModel* m_model;
    QHBoxLayout* m_buttons;
    bool m_scrolling = false;
};

} // namespace pd::ui
