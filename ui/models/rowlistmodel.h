// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace pd::ui {

/// A table model over a list of values, one row each, that a view may add rows to and remove rows
/// from (the form's tables: children, contact, criteria). Subclasses say what the columns show.
template <typename Row> class RowListModel : public QAbstractTableModel {
  public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override {
        if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
            return false;
        beginInsertRows(parent, row, row + count - 1);
        m_rows.insert(row, count, Row{});
        endInsertRows();
        return true;
    }
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override {
        if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
            return false;
        beginRemoveRows(parent, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }
    Qt::ItemFlags flags(const QModelIndex& index) const override {
        return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
    }

  protected:
    bool has(const QModelIndex& index) const {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size();
    }
    /// Tells the views that one cell (or the whole row, when the change reaches other cells) changed.
    void changed(const QModelIndex& index, bool wholeRow = false) {
        emit dataChanged(wholeRow ? index.siblingAtColumn(0) : index,
                         wholeRow ? index.siblingAtColumn(columnCount() - 1) : index);
    }

    QList<Row> m_rows;
};

} // namespace pd::ui
