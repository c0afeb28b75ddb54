// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace pd::ui {

/// Placements by name: the child, where (provider and home, or the SSDA903 placement in words),
/// the type in words, dates, cost, budget line, contract version, why it ended and the next review.
/// The Placements area and the child's page show different columns of it.
class PlacementListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Child,
        ChildRef,
        Where,
        Type,
        From,
        To,
        WeeklyCost,
        BudgetLine,
        Contract,
        EndedBecause,
        NextReview,
        ColumnCount
    };
    enum class Role { PlacementId = Qt::UserRole + 1, ChildId, Sort, Overdue };

    using QAbstractTableModel::QAbstractTableModel;
    /// nextReviews: each current placement's next review due date; today: what "overdue" is judged on.
    void setRows(QList<core::PlacementRecord> rows, QHash<qint64, QDate> nextReviews, const QDate& today);
    const QList<core::PlacementRecord>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QVariant display(const core::PlacementRecord& p, int column) const;
    QVariant sortKey(const core::PlacementRecord& p, int column) const;
    bool overdue(const core::PlacementRecord& p) const;

    QList<core::PlacementRecord> m_rows;
    QHash<qint64, QDate> m_nextReviews;
    QDate m_today;
};

} // namespace pd::ui
