// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/checkedoffer.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// A referral's offers, each checked against the essential criteria and costed on whole cost. An
/// offer that fails a criterion is marked with ✘ and the reasons in words (its background tinted
/// too: colour is never the only signal), the reasons also its tooltip.
class OffersModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Provider, Home, Fee, Extras, Travel, WholeCost, Start, Essential, Status, ColumnCount };
    enum class Role { OfferId = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;
    void setOffers(QList<core::CheckedOffer> offers);
    const QList<core::CheckedOffer>& offers() const { return m_offers; }
    /// How many offers meet every essential criterion.
    int compliant() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QString text(const core::CheckedOffer& o, int column) const;

    QList<core::CheckedOffer> m_offers;
};

} // namespace pd::ui
