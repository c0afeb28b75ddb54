// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/worklistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pd::ui {

void WorkListModel::setItems(QList<core::WorkItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int WorkListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const core::WorkItem& w = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Section:
            return w.heading;
        case What:
            return w.what;
        case Why:
            return w.why;
        case Due:
            return w.due.isValid() ? QVariant(w.due.toString(QStringLiteral("ddd d MMM yyyy"))) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2 — %3").arg(w.heading, w.what, w.why);
    case Qt::ForegroundRole: // dark red on the default background: 7.9:1 contrast (WCAG AA)
        return w.overdue ? QVariant(QBrush(QColor(0xa0, 0x10, 0x10))) : QVariant();
    case Qt::FontRole:
        if (w.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case int(Role::Record):
        return int(w.record);
    case int(Role::Id):
        return w.id;
    }
    return {};
}

QVariant WorkListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Section:
        return tr("Section");
    case What:
        return tr("What");
    case Why:
        return tr("Why");
    case Due:
        return tr("By");
    }
    return {};
}

} // namespace pd::ui
