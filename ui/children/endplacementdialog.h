// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/placementendings.h"
#include "ui/children/recorddialog.h"

class QComboBox;

namespace pd::ui {

/// End a placement: the day and the reason in the team's words (each shown with the SSDA903 codes it
/// is written as). A move opens the follow-up referral in Draft; ended() says what was done.
class EndPlacementDialog : public RecordDialog {
    Q_OBJECT
  public:
    EndPlacementDialog(core::Desk& desk, qint64 placementId, QWidget* parent = nullptr);

    QDateEdit* endedOn() const { return m_endedOn; }
    QComboBox* reason() const { return m_reason; }
    /// What ending the placement did (after OK succeeded).
    const core::PlacementEnded& ended() const { return m_ended; }

  protected:
    core::Status save() override;

  private:
    QDateEdit* m_endedOn;
    QComboBox* m_reason;
    core::PlacementEnded m_ended;
};

} // namespace pd::ui
