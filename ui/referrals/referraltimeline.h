// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The referral's history: every step with who, when, from, to, the comment and the time
/// the referral spent in the state it left.
class ReferralTimeline : public QTreeWidget {
    Q_OBJECT
  public:
    explicit ReferralTimeline(QWidget* parent = nullptr);
    void showHistory(core::Desk* desk, qint64 referralId);
};

} // namespace pd::ui
