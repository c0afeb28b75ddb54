// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/searchhit.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd::ui {

/// What the search across everything found, grouped: a heading row per kind ("Children"), then
/// that kind's records by name with their detail. Headings cannot be chosen.
class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Name, Detail, ColumnCount };
    enum class Role { Heading = Qt::UserRole + 1, Kind, Id, ProviderId };

    using QAbstractTableModel::QAbstractTableModel;
    void setResults(core::SearchResults results);
    const core::SearchResults& results() const { return m_results; }
    /// How many records (not headings) are shown.
    int hitCount() const { return int(m_results.hits.size()); }
    /// The record on a row; null for a heading.
    const core::SearchHit* hit(int row) const;
    /// The first row below (step 1) or above (step -1) `row` that is a record; -1 when there is none.
    int nextHitRow(int row, int step) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

  private:
    struct Row {
        core::SearchKind kind;
        int hit; ///< index in m_results.hits; -1 for the kind's heading
    };
    core::SearchResults m_results;
    QList<Row> m_rows;
    QHash<int, int> m_shown; ///< records shown of each kind (SearchKind as int)
};

} // namespace pd::ui
