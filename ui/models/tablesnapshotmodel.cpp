// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/tablesnapshotmodel.h"

namespace pd::ui {

void TableSnapshotModel::setSnapshot(core::TableSnapshot snapshot) {
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int TableSnapshotModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_snapshot.rows.size());
}

int TableSnapshotModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_snapshot.headers.size());
}

QVariant TableSnapshotModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_snapshot.rows.size())
        return {};
    const QVariant& v = m_snapshot.rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole) {
        if (v.typeId() == QMetaType::Double)
            return QString::number(v.toDouble(), 'f', 2);
        return v;
    }
    if (role == Qt::EditRole)
        return v; // sorting uses the raw value
    if (role == Qt::TextAlignmentRole && (v.typeId() == QMetaType::Double ||
                                          v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TableSnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_snapshot.headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pd::ui
