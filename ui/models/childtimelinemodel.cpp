// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/childtimelinemodel.h"

namespace pd::ui {

void ChildTimelineModel::setEvents(QList<core::ChildEvent> events) {
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int ChildTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int ChildTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildTimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const core::ChildEvent& e = m_events[index.row()];
    switch (role) {
    case int(Role::PlacementId):
        return e.placementId;
    case int(Role::ReferralId):
        return e.referralId;
    case int(Role::KindValue):
        return int(e.kind);
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? e.what : QStringLiteral("%1\n%2").arg(e.what, e.detail);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Day:
            return e.day.toString(QStringLiteral("dd/MM/yyyy"));
        case Kind:
            return core::childEventKindLabel(e.kind);
        case What:
            return e.what;
        case Detail:
            return e.detail;
        }
        return {};
    }
    return {};
}

QVariant ChildTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case What:
        return tr("What happened");
    case Detail:
        return tr("Details");
    }
    return {};
}

} // namespace pd::ui
