// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

#include <QMap>
#include <QSortFilterProxyModel>
#include <optional>

namespace pd::ui {

/// Filters the referral list by state, urgency, officer and a search typed by the user.
class ReferralFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    enum class Urgency { Any, Emergency, Today, WithinFiveDays, Later };

    explicit ReferralFilterProxy(QObject* parent = nullptr);

    void setStateFilter(std::optional<core::ReferralState> state);
    /// Open referrals only (neither placed nor closed).
    void setHideFinished(bool hide);
    void setUrgencyFilter(Urgency urgency);
    void setOfficerFilter(const QString& officer);
    /// Words that must all appear in the reference, children, officer, social worker or state.
    void setSearchText(const QString& text);
    /// Referrals per state among those passing every filter except the state filter.
    QMap<core::ReferralState, int> countsPerState() const;

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Compares the rows' values directly: sorting 50,000 rows through QVariants is what costs.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

  private:
    bool acceptsIgnoringState(int sourceRow) const;
    void filterChanged();
    /// Per source row: passes every filter but the state one (filled while Qt filters, so the
    /// counts per state need no second pass over the text).
    mutable QList<bool> m_passes;
    mutable int m_passesFilled = 0;
    /// While the user only adds letters, rows that failed before cannot pass: skip them.
    QList<bool> m_previousPasses;
    bool m_narrowing = false;
    std::optional<core::ReferralState> m_state;
    bool m_hideFinished = false;
    Urgency m_urgency = Urgency::Any;
    QString m_officer;
    QStringList m_words;
};

} // namespace pd::ui
