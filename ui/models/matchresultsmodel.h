// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QStringList>
#include <vector>

namespace pd::core {
class MatchResult;
}

namespace pd::ui {

/// The result of matching a referral as a tree: one row per ranked candidate ("1. Provider — Home",
/// score, whole weekly cost, miles from home, how the cost is made up), under it a line per
/// essential limit met and per scored criterion; then one "Excluded (n)" row with each excluded
/// vacancy and every rule it breaks. Every cell's whole text is its tooltip.
class MatchResultsModel : public QAbstractItemModel {
    Q_OBJECT
  public:
    enum Column { Vacancy, Score, WholeCost, Miles, Why, ColumnCount };
    enum class Role { Rank = Qt::UserRole + 1 };
    /// Enough to see why; the command line lists them all.
    static constexpr int kShownExclusions = 500;

    using QAbstractItemModel::QAbstractItemModel;
    void setResult(const core::MatchResult* result);
    void clear() { setResult(nullptr); }
    /// The candidate (1…) a row belongs to, itself or one of its lines; 0 for none or an exclusion.
    int rankOf(const QModelIndex& index) const;
    /// The top-level row of the excluded vacancies (invalid when none is excluded).
    QModelIndex excludedRow() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    struct Node {
        QStringList cells;
        int rank = 0; ///< 0 for the excluded group
        std::vector<QStringList> lines;
    };
    const QStringList* cellsOf(const QModelIndex& index) const;

    std::vector<Node> m_nodes;
};

} // namespace pd::ui
