// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/referralfilterproxy.h"

#include "core/domain/referralprogress.h"
#include "ui/models/referrallistmodel.h"

#include <algorithm>

namespace pd::ui {

ReferralFilterProxy::ReferralFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::UserRole);
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        m_passesFilled = 0;
        m_narrowing = false;
    });
}

void ReferralFilterProxy::filterChanged() {
    m_narrowing = false;
    m_passesFilled = 0;
    invalidate();
}

void ReferralFilterProxy::setStateFilter(std::optional<core::ReferralState> state) {
    m_state = state;
    invalidate();
}

void ReferralFilterProxy::setHideFinished(bool hide) {
    m_hideFinished = hide;
    filterChanged();
}

void ReferralFilterProxy::setUrgencyFilter(Urgency urgency) {
    m_urgency = urgency;
    filterChanged();
}

void ReferralFilterProxy::setOfficerFilter(const QString& officer) {
    m_officer = officer;
    filterChanged();
}

void ReferralFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Every old word inside a new one: a row that failed the old search fails the new one.
    bool narrowing = sourceModel() && m_passesFilled == sourceModel()->rowCount() && !m_words.isEmpty();
    for (const QString& old : std::as_const(m_words))
        narrowing = narrowing && std::any_of(words.begin(), words.end(),
                                             [&old](const QString& w) { return w.contains(old); });
    m_words = words;
    if (narrowing)
        m_previousPasses = m_passes;
    filterChanged();
    m_narrowing = narrowing;
}

bool ReferralFilterProxy::acceptsIgnoringState(int sourceRow) const {
    const auto* model = static_cast<const ReferralListModel*>(sourceModel());
    if (m_narrowing && !m_previousPasses.value(sourceRow))
        return false;
    const core::ReferralListRow& r = model->rows().at(sourceRow);
    if (m_hideFinished && core::isDecided(r.state))
        return false;
    if (!m_officer.isEmpty() && r.officer != m_officer)
        return false;
    switch (m_urgency) {
    case Urgency::Any:
        break;
    case Urgency::Emergency:
        if (!r.emergency)
            return false;
        break;
    case Urgency::Today:
        if (core::urgencyOf(r.neededBy) != core::Urgency::Today)
            return false;
        break;
    case Urgency::WithinFiveDays:
        if (core::urgencyOf(r.neededBy) != core::Urgency::WithinFiveDays)
            return false;
        break;
    case Urgency::Later:
        if (core::urgencyOf(r.neededBy) != core::Urgency::Later)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString& text = model->searchText(sourceRow);
    for (const QString& w : m_words)
        if (!text.contains(w))
            return false;
    return true;
}

bool ReferralFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = static_cast<const ReferralListModel*>(sourceModel());
    const bool passes = acceptsIgnoringState(sourceRow);
    if (m_passes.size() != model->rows().size()) {
        m_passes = QList<bool>(model->rows().size(), false);
        m_passesFilled = 0;
    }
    // Qt filters rows in order after an invalidation; only an unbroken run is trusted for counts.
    if (sourceRow == m_passesFilled) {
        m_passes[sourceRow] = passes;
        ++m_passesFilled;
    }
    return passes && (!m_state || model->rows().at(sourceRow).state == *m_state);
}

bool ReferralFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const auto* model = static_cast<const ReferralListModel*>(sourceModel());
    const core::ReferralListRow& a = model->rows().at(left.row());
    const core::ReferralListRow& b = model->rows().at(right.row());
    switch (left.column()) {
    case ReferralListModel::Received:
        return model->receivedKey(left.row()) < model->receivedKey(right.row());
    case ReferralListModel::NeededBy:
        return a.neededByDate < b.neededByDate;
    case ReferralListModel::State:
        return int(a.state) < int(b.state);
    case ReferralListModel::Reference:
        return a.reference < b.reference;
    case ReferralListModel::Children:
        return QString::localeAwareCompare(a.children, b.children) < 0;
    case ReferralListModel::Officer:
        return a.officer < b.officer;
    case ReferralListModel::SocialWorker:
        return QString::localeAwareCompare(a.socialWorker, b.socialWorker) < 0;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

QMap<core::ReferralState, int> ReferralFilterProxy::countsPerState() const {
    QMap<core::ReferralState, int> counts;
    const auto* model = static_cast<const ReferralListModel*>(sourceModel());
    if (!model)
        return counts;
    const bool cached = m_passesFilled == model->rows().size() && m_passes.size() == model->rows().size();
    for (int i = 0; i < model->rows().size(); ++i)
        if (cached ? m_passes[i] : acceptsIgnoringState(i))
            ++counts[model->rows().at(i).state];
    return counts;
}

} // namespace pd::ui
