// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/worklist.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// The home view's work items: the section, what, why and by when; overdue ones in bold dark red
/// with "Overdue" in their own words (colour is never the only signal).
class WorkListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Section, What, Why, Due, ColumnCount };
    enum class Role { Record = Qt::UserRole + 1, Id };

    using QAbstractTableModel::QAbstractTableModel;
    void setItems(QList<core::WorkItem> items);
    const QList<core::WorkItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QList<core::WorkItem> m_items;
};

} // namespace pd::ui
