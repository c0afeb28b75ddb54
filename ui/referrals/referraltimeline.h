// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace pd::core {
class Desk;
}

namespace pd::ui {

class ReferralHistoryModel;

/// The referral's history: every step with who, when, from, to, the comment and the time
/// the referral spent in the state it left (ui/models/referralhistorymodel.h).
class ReferralTimeline : public QTreeView {
    Q_OBJECT
  public:
    explicit ReferralTimeline(QWidget* parent = nullptr);
    void showHistory(core::Desk* desk, qint64 referralId);
    ReferralHistoryModel* history() const { return m_model; }

  private:
    ReferralHistoryModel* m_model;
};

} // namespace pd::ui
