// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/tablesnapshot.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// A read-only table model over a TableSnapshot.
class TableSnapshotModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(core::TableSnapshot snapshot);
    const core::TableSnapshot& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    core::TableSnapshot m_snapshot;
};

} // namespace pd::ui
