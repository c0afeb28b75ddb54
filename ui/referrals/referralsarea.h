// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referrallistrow.h"
#include "ui/area.h"
#include "ui/widgets/backgroundread.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class ReferralFilterProxy;
class ReferralListModel;
class ReferralWindow;

/// The Referrals tab: the list (filters, search as you type, counts per state) and the
/// referral windows opened from it.
class ReferralsArea : public Area {
    Q_OBJECT
  public:
    explicit ReferralsArea(QWidget* parent = nullptr);
    void setDesk(core::Desk* desk) override;
    void refresh() override;

    /// Opens (or raises) the referral's window; 0 opens a new referral.
    ReferralWindow* openReferral(qint64 referralId);
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* stateCombo() const { return m_state; }
    ReferralFilterProxy* proxy() const { return m_proxy; }
    QLabel* countsLabel() const { return m_counts; }
    /// The database changed: each open referral window looks whether its referral did.
    void noticeChange();

  signals:
    /// A referral window asked for a child's page (children.id).
    void childActivated(qint64 childId);
    /// A referral window saved or moved its referral on (what the other screens show changed).
    void savedHere();

  private:
    void showRows(core::Result<QList<core::ReferralListRow>>& rows);
    void updateCounts();
    void updateOfficers();

    ReferralListModel* m_model;
    ReferralFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_state;
    QComboBox* m_urgency;
    QComboBox* m_officer;
    QCheckBox* m_openOnly;
    QPushButton* m_newReferral;
    QPushButton* m_users;
    QLabel* m_counts;
    QLabel* m_message;
    QHash<qint64, QPointer<ReferralWindow>> m_windows;
    BackgroundRead<QList<core::ReferralListRow>> m_read{this};
};

} // namespace pd::ui
