// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/referralhistorymodel.h"

#include "core/workflow/referralworkflow.h"

namespace pd::ui {

namespace {

QString stateLabel(const QString& name) {
    return core::labelOfCode<core::ReferralState>(name);
}

QString eventLabel(const QString& name) {
    if (const auto e = core::fromCode<core::ReferralEvent>(name))
        return core::label(*e);
    if (name == QLatin1String("create"))
        return ReferralHistoryModel::tr("Created");
    if (name == QLatin1String("openFollowUp"))
        return ReferralHistoryModel::tr("Opened as a follow-up");
    return name;
}

} // namespace

QString ReferralHistoryModel::duration(qint64 seconds) {
    if (seconds < 60)
        return tr("under a minute");
    if (seconds < 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

void ReferralHistoryModel::setTransitions(QList<core::ReferralTransition> transitions) {
    beginResetModel();
    m_steps = std::move(transitions);
    endResetModel();
}

int ReferralHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ReferralHistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralHistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const core::ReferralTransition& t = m_steps[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Comment && !t.comment.isEmpty())
        return t.comment;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return t.at.isValid() ? t.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
    case Who:
        return t.who;
    case What:
        return eventLabel(t.event);
    case From:
        return stateLabel(t.fromState);
    case To:
        return stateLabel(t.toState);
    case TimeInState: {
        const QDateTime previous = index.row() > 0 ? m_steps[index.row() - 1].at : QDateTime();
        return previous.isValid() && t.at.isValid() ? duration(previous.secsTo(t.at)) : QString();
    }
    case Comment:
        return t.comment;
    }
    return {};
}

QVariant ReferralHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case TimeInState:
        return tr("Time in the earlier state");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace pd::ui
