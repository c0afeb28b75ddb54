// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/placementlistmodel.h"

#include "core/domain/placementcategory.h"
#include "core/matching/wholecost.h"
#include "core/reports/childtimeline.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pd::ui {

namespace {

QString dayText(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

void PlacementListModel::setRows(QList<core::PlacementRecord> rows, QHash<qint64, QDate> nextReviews,
                                 const QDate& today) {
    beginResetModel();
    m_rows = std::move(rows);
    m_nextReviews = std::move(nextReviews);
    m_today = today;
    endResetModel();
}

int PlacementListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlacementListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool PlacementListModel::overdue(const core::PlacementRecord& p) const {
    const QDate due = m_nextReviews.value(p.id);
    return p.isCurrent() && due.isValid() && due < m_today;
}

QVariant PlacementListModel::display(const core::PlacementRecord& p, int column) const {
    switch (column) {
    case Child:
        return p.childName.trimmed().isEmpty() ? tr("(no name recorded)") : p.childName;
    case ChildRef:
        return p.childRef;
    case Where:
        return core::placementWhere(p);
    case Type:
        return core::categoryLabel(core::categoryFromKey(p.category));
    case From:
        return dayText(p.start);
    case To:
        return p.isCurrent() ? tr("now") : dayText(p.end);
    case WeeklyCost:
        return p.weeklyCost ? core::formatPounds(*p.weeklyCost) : QString();
    case BudgetLine:
        return p.budgetLine;
    case Contract:
        return p.ipcVersion > 0 ? tr("version %1").arg(p.ipcVersion) : tr("none");
    case EndedBecause:
        return core::placementEndWords(p);
    case NextReview: {
        const QDate due = m_nextReviews.value(p.id);
        if (!p.isCurrent() || !due.isValid())
            return QString();
        return overdue(p) ? tr("%1 \u2014 overdue %2 days").arg(dayText(due)).arg(due.daysTo(m_today))
                          : dayText(due);
    }
    }
    return {};
}

QVariant PlacementListModel::sortKey(const core::PlacementRecord& p, int column) const {
    switch (column) {
    case From:
        return p.start;
    case To:
        return p.isCurrent() ? QDate(9999, 12, 31) : p.end;
    case WeeklyCost:
        return p.weeklyCost.value_or(-1);
    case Contract:
        return p.ipcVersion;
    case NextReview:
        return m_nextReviews.value(p.id, QDate(9999, 12, 31));
    default:
        return display(p, column);
    }
}

QVariant PlacementListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::PlacementRecord& p = m_rows[index.row()];
    switch (role) {
    case int(Role::PlacementId):
        return p.id;
    case int(Role::ChildId):
        return p.childId;
    case int(Role::Overdue):
        return overdue(p);
    case int(Role::Sort):
        return sortKey(p, index.column());
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Where && !p.place.isEmpty())
            return tr("%1\nSSDA903 placement %2, provider %3")
                .arg(core::placementWhere(p), p.place, p.placeProvider);
        return display(p, index.column());
    case Qt::ForegroundRole:
        // Overdue is said in words too ("overdue 5 days"): the colour is never the only signal.
        return index.column() == NextReview && overdue(p) ? QVariant(QBrush(QColor(0xa0, 0x10, 0x10)))
                                                          : QVariant();
    case Qt::FontRole:
        if (index.column() == NextReview && overdue(p)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant PlacementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Child:
        return tr("Child");
    case ChildRef:
        return tr("Child ID");
    case Where:
        return tr("Where");
    case Type:
        return tr("Type");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case WeeklyCost:
        return tr("Weekly cost");
    case BudgetLine:
        return tr("Budget line");
    case Contract:
        return tr("Contract");
    case EndedBecause:
        return tr("Ended because");
    case NextReview:
        return tr("Next review");
    }
    return {};
}

} // namespace pd::ui
