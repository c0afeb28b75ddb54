// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/childtimeline.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// The child's timeline (core::childTimeline): one row per event, newest first — day, kind, what
/// happened, and the details (also the tooltip, so nothing cut off in the column is lost).
class ChildTimelineModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Day, Kind, What, Detail, ColumnCount };
    enum class Role { PlacementId = Qt::UserRole + 1, ReferralId, KindValue };

    using QAbstractTableModel::QAbstractTableModel;
    void setEvents(QList<core::ChildEvent> events);
    const QList<core::ChildEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QList<core::ChildEvent> m_events;
};

} // namespace pd::ui
