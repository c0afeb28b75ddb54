// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "ui/models/rowlistmodel.h"

namespace pd::ui {

/// Essential or desirable criteria (Kind, Value): each cell shows the team's words ("Carer skilled
/// in: …", "25 miles") and keeps the vocabulary's code under kCriterionCodeRole (and Qt::EditRole);
/// what is stored is the code, never the words. A new kind clears the old kind's value.
class CriteriaModel : public RowListModel<core::Criterion> {
    Q_OBJECT
  public:
    enum Column { Kind, Value, ColumnCount };

    using RowListModel::RowListModel;
    /// The rows that have a kind, in order.
    QList<core::Criterion> criteria() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace pd::ui
