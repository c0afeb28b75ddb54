// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/matchresultsmodel.h"

#include "core/matching/matchresult.h"

#include <QColor>

namespace pd::ui {

namespace {
/// A top-level row's internal id; a line's is its parent's row + 1.
constexpr quintptr kTop = 0;
} // namespace

void MatchResultsModel::setResult(const core::MatchResult* result) {
    beginResetModel();
    m_nodes.clear();
    if (result) {
        const core::MatchResult& r = *result;
        int rank = 0;
        for (const auto& c : r.candidates) {
            const core::RegisterVacancy& v = r.vacancy(c.index);
            Node node;
            node.rank = ++rank;
            node.cells = {tr("%1. %2 — %3").arg(rank).arg(v.providerName, v.provisionName),
                          QString::number(c.score), core::formatPounds(c.cost.total()),
                          c.milesHome < 0 ? tr("unknown") : QString::number(c.milesHome, 'f', 1),
                          c.cost.describe()};
            for (const QString& line : r.essentials(c))
                node.lines.push_back({tr("Essential limit met"), tr("✔"), QString(), QString(), line});
            for (const core::ScoreLine& l : r.explain(c))
                node.lines.push_back({core::softCriterionLabel(l.criterion),
                                      l.score < 0 ? tr("n/a") : tr("%1%").arg(qRound(l.score * 100)),
                                      tr("weight %1").arg(l.weight), QString(), l.explanation});
            m_nodes.push_back(std::move(node));
        }
        if (!r.exclusions.empty()) {
            Node excluded;
            excluded.cells = QStringList{tr("Excluded (%1)").arg(r.exclusions.size()), QString(), QString(),
                                         QString(), QString()};
            for (const auto& e : r.exclusions) {
                if (int(excluded.lines.size()) == kShownExclusions) {
                    excluded.lines.push_back({tr("… and %1 more (see placement-desk match)")
                                                  .arg(r.exclusions.size() - size_t(kShownExclusions)),
                                              QString(), QString(), QString(), QString()});
                    break;
                }
                const core::RegisterVacancy& v = r.vacancy(e.index);
                excluded.lines.push_back({tr("%1 — %2").arg(v.providerName, v.provisionName), QString(),
                                          core::formatPounds(e.cost.total()), QString(),
                                          r.reasons(e).join(QLatin1Char(' '))});
            }
            m_nodes.push_back(std::move(excluded));
        }
    }
    endResetModel();
}

int MatchResultsModel::rankOf(const QModelIndex& index) const {
    if (!index.isValid())
        return 0;
    const QModelIndex top = index.parent().isValid() ? index.parent() : index;
    return m_nodes[size_t(top.row())].rank;
}

QModelIndex MatchResultsModel::excludedRow() const {
    if (m_nodes.empty() || m_nodes.back().rank != 0)
        return {};
    return index(int(m_nodes.size()) - 1, 0);
}

QModelIndex MatchResultsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kTop);
}

QModelIndex MatchResultsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int MatchResultsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_nodes.size());
    if (parent.internalId() != kTop || parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.row())].lines.size());
}

int MatchResultsModel::columnCount(const QModelIndex& parent) const {
    Q_UNUSED(parent);
    return ColumnCount;
}

const QStringList* MatchResultsModel::cellsOf(const QModelIndex& index) const {
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == kTop)
        return &m_nodes[size_t(index.row())].cells;
    return &m_nodes[size_t(index.internalId() - 1)].lines[size_t(index.row())];
}

QVariant MatchResultsModel::data(const QModelIndex& index, int role) const {
    const QStringList* cells = cellsOf(index);
    if (!cells)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cells->value(index.column());
    case Qt::ToolTipRole: // the column cuts long explanations
        return cells->value(index.column()).isEmpty() ? QVariant() : QVariant(cells->value(index.column()));
    case Qt::ForegroundRole: {
        const bool exclusion =
            index.internalId() != kTop && m_nodes[size_t(index.internalId() - 1)].rank == 0;
        return exclusion && index.column() == Vacancy ? QVariant(QColor(0x8a, 0x1c, 0x1c)) : QVariant();
    }
    case int(Role::Rank):
        return index.internalId() == kTop ? QVariant(m_nodes[size_t(index.row())].rank) : QVariant();
    }
    return {};
}

QVariant MatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vacancy:
        return tr("Vacancy / criterion");
    case Score:
        return tr("Score");
    case WholeCost:
        return tr("Whole weekly cost");
    case Miles:
        return tr("Miles from home");
    case Why:
        return tr("Why");
    }
    return {};
}

} // namespace pd::ui
