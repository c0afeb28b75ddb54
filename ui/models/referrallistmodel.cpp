// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/referrallistmodel.h"

#include "core/domain/referralprogress.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace pd::ui {

namespace {
QString days(int n) {
    return n == 1 ? ReferralListModel::tr("1 day") : ReferralListModel::tr("%1 days").arg(n);
}
} // namespace

void ReferralListModel::setRows(QList<core::ReferralListRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_search.clear();
    m_search.reserve(m_rows.size());
    m_receivedKey.clear();
    m_receivedKey.reserve(m_rows.size());
    for (const core::ReferralListRow& r : m_rows)
        m_receivedKey << (r.receivedAt.isValid() ? r.receivedAt.toMSecsSinceEpoch() : 0);
    for (const core::ReferralListRow& r : m_rows)
        m_search << QStringList{r.reference, r.children, r.officer, r.socialWorker, core::label(r.state)}
                        .join(u'\n')
                        .toLower();
    endResetModel();
}

QString ReferralListModel::urgency(const core::ReferralListRow& row, const QDate& today) {
    QString text;
    if (row.emergency) {
        text = tr("Emergency");
    } else if (row.neededBy.isEmpty()) {
        text = tr("Not given");
    } else {
        text = row.neededBy;
        text[0] = text[0].toUpper();
    }
    // In words, not only in red: a screen reader and a colour-blind officer see it too.
    if (const int late = core::daysOverdue(row.state, row.neededByDate, today); late > 0)
        text = tr("⚠ %1 — overdue: needed %2 ago").arg(text, days(late));
    return text;
}

int ReferralListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::ReferralListRow& r = m_rows[index.row()];
    switch (role) {
    case int(Role::Id):
        return r.id;
    case int(Role::StateValue):
        return int(r.state);
    case int(Role::Emergency):
        return r.emergency;
    case int(Role::SearchText):
        return m_search[index.row()];
    case int(Role::DaysOverdue):
        return core::daysOverdue(r.state, r.neededByDate, m_today);
    case Qt::ForegroundRole:
        if (index.column() == Urgency &&
            (r.emergency || core::daysOverdue(r.state, r.neededByDate, m_today) > 0))
            return QBrush(QColor(0xb0, 0x1e, 0x1e)); // 6.5:1 on white and on the overdue tint
        return {};
    case Qt::BackgroundRole:
        if ((index.column() == Urgency || index.column() == NeededBy) &&
            core::daysOverdue(r.state, r.neededByDate, m_today) > 0)
            return QBrush(QColor(0xfd, 0xec, 0xec));
        return {};
    case Qt::FontRole:
        if (index.column() == Urgency && core::daysOverdue(r.state, r.neededByDate, m_today) > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (const int late = core::daysOverdue(r.state, r.neededByDate, m_today); late > 0)
            return tr("Needed by %1, %2 ago, and still %3.")
                .arg(r.neededByDate.toString(QStringLiteral("dd/MM/yyyy")), days(late),
                     core::label(r.state).toLower());
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return r.reference;
        case Children:
            return r.children;
        case State:
            return core::label(r.state);
        case Urgency:
            return urgency(r, m_today);
        case NeededBy:
            return r.neededByDate.isValid() ? r.neededByDate.toString(QStringLiteral("dd/MM/yyyy"))
                                            : QString();
        case Officer:
            return r.officer;
        case SocialWorker:
            return r.socialWorker;
        case Received:
            return r.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"));
        }
        return {};
    case Qt::UserRole: // sort key
        switch (index.column()) {
        case NeededBy:
            return r.neededByDate;
        case Received:
            return r.receivedAt;
        case State:
            return int(r.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Children:
        return tr("Child(ren)");
    case State:
        return tr("State");
    case Urgency:
        return tr("Needed");
    case NeededBy:
        return tr("Needed by");
    case Officer:
        return tr("Officer");
    case SocialWorker:
        return tr("Social worker");
    case Received:
        return tr("Received");
    }
    return {};
}

} // namespace pd::ui
