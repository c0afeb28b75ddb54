// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referralfilterproxy.h"

#include "ui/referrallistmodel.h"

namespace pd::ui {

ReferralFilterProxy::ReferralFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void ReferralFilterProxy::setStateFilter(std::optional<core::ReferralState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

void ReferralFilterProxy::setHideFinished(bool hide)
{
    m_hideFinished = hide;
    invalidateRowsFilter();
}

void ReferralFilterProxy::setUrgencyFilter(Urgency urgency)
{
    m_urgency = urgency;
    invalidateRowsFilter();
}

void ReferralFilterProxy::setOfficerFilter(const QString& officer)
{
    m_officer = officer;
    invalidateRowsFilter();
}

void ReferralFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ReferralFilterProxy::acceptsIgnoringState(int sourceRow) const
{
    const auto* model = static_cast<const ReferralListModel*>(sourceModel());
    const core::ReferralListRow& r = model->rows().at(sourceRow);
    if (m_hideFinished && (r.state == core::ReferralState::Placed || r.state == core::ReferralState::Closed))
        return false;
    if (!m_officer.isEmpty() && r.officer != m_officer)
        return false;
    switch (m_urgency) {
    case Urgency::Any: break;
    case Urgency::Emergency: if (!r.emergency) return false; break;
    case Urgency::Today: if (r.neededBy != QLatin1String("Today")) return false; break;
    case Urgency::WithinFiveDays: if (r.neededBy != QLatin1String("in less than 5 days")) return false; break;
    case Urgency::Later: if (r.neededBy != QLatin1String("in more than 5 days")) return false; break;
    }
    if (m_words.isEmpty())
        return true;
    const QString& text = model->searchText(sourceRow);
    for (const QString& w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

bool ReferralFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (m_state) {
        const auto* model = static_cast<const ReferralListModel*>(sourceModel());
        if (model->rows().at(sourceRow).state != *m_state)
            return false;
    }
    return acceptsIgnoringState(sourceRow);
}

QMap<core::ReferralState, int> ReferralFilterProxy::countsPerState() const
{
    QMap<core::ReferralState, int> counts;
    const auto* model = static_cast<const ReferralListModel*>(sourceModel());
    if (!model)
        return counts;
    for (int i = 0; i < model->rows().size(); ++i)
        if (acceptsIgnoringState(i))
            ++counts[model->rows().at(i).state];
    return counts;
}

} // namespace pd::ui
