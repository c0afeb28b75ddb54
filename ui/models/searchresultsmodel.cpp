// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/searchresultsmodel.h"

#include <QFont>
#include <utility>

namespace pd::ui {

void SearchResultsModel::setResults(core::SearchResults results) {
    beginResetModel();
    m_results = std::move(results);
    m_rows.clear();
    m_shown.clear();
    for (const core::SearchHit& h : std::as_const(m_results.hits))
        ++m_shown[int(h.kind)];
    for (core::SearchKind kind : core::all<core::SearchKind>()) {
        bool headed = false;
        for (int i = 0; i < m_results.hits.size(); ++i) {
            if (m_results.hits.at(i).kind != kind)
                continue;
            if (!std::exchange(headed, true))
                m_rows << Row{kind, -1};
            m_rows << Row{kind, i};
        }
    }
    endResetModel();
}

const core::SearchHit* SearchResultsModel::hit(int row) const {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).hit < 0)
        return nullptr;
    return &m_results.hits.at(m_rows.at(row).hit);
}

int SearchResultsModel::nextHitRow(int row, int step) const {
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step)
        if (hit(r))
            return r;
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const core::SearchHit* found = hit(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (!found) {
            if (index.column() != Name)
                return {};
            const QString heading = core::label(row.kind);
            return m_results.moreOf.contains(row.kind) ? tr("%1 \u2014 the first %2; type more to narrow")
                                                             .arg(heading)
                                                             .arg(m_shown.value(int(row.kind)))
                                                       : heading;
        }
        return index.column() == Name ? found->name : found->detail;
    case Qt::ToolTipRole:
        return found ? QStringLiteral("%1 \u2014 %2").arg(found->name, found->detail) : QVariant();
    case Qt::FontRole:
        if (!found) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case int(Role::Heading):
        return found == nullptr;
    case int(Role::Kind):
        return int(row.kind);
    case int(Role::Id):
        return found ? found->id : 0;
    case int(Role::ProviderId):
        return found ? found->providerId : 0;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    return hit(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                            : Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace pd::ui
