// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pd::ui {

class TableSnapshotModel;

/// A searchable, sortable read-only list with a row count: the body of a simple area.
class OverviewTable : public QWidget {
    Q_OBJECT
  public:
    explicit OverviewTable(const QString& searchPlaceholder, QWidget* parent = nullptr);

    void setSnapshot(core::TableSnapshot snapshot);
    void showError(const QString& message);
    QTableView* view() const { return m_view; }
    int visibleRows() const;

  private:
    void updateCount();

    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_view;
    TableSnapshotModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace pd::ui
