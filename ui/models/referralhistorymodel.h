// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referraltransition.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// A referral's history, oldest first: when, who, what (the event in words), from and to (the
/// states in words), the time spent in the state it left, and the comment (also its tooltip).
class ReferralHistoryModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { When, Who, What, From, To, TimeInState, Comment, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    /// The steps, their comments already in words (providers by name).
    void setTransitions(QList<core::ReferralTransition> transitions);
    const QList<core::ReferralTransition>& transitions() const { return m_steps; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "under a minute", "5 minutes", "3 hours", "4 days".
    static QString duration(qint64 seconds);

  private:
    QList<core::ReferralTransition> m_steps;
};

} // namespace pd::ui
