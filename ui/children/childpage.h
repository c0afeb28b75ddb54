// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/childrecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class ChildTimelineModel;
class PlacementListModel;

/// The child's page: who the child is and where they live now, the timeline of their time in care
/// (placements, contracts, reviews, meetings, endings, referrals), every placement, the referrals
/// that name them and their contacts — with the placement's decisions in one place: the contract,
/// record a review, record a pre-disruption meeting, end the placement.
class ChildPage : public QWidget {
    Q_OBJECT
  public:
    ChildPage(core::Desk& desk, qint64 childId, QWidget* parent = nullptr);

    qint64 childId() const { return m_childId; }
    /// Re-reads the child's record (after a change here or elsewhere).
    void refresh();
    const core::ChildRecord& record() const { return m_record; }
    ChildTimelineModel* timeline() const { return m_timeline; }
    PlacementListModel* placements() const { return m_placements; }
    QTableView* placementsView() const { return m_placementsView; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* heading() const { return m_heading; }
    QLabel* now() const { return m_now; }
    QLabel* status() const { return m_status; }
    QPushButton* contractButton() const { return m_contract; }
    QPushButton* reviewButton() const { return m_review; }
    QPushButton* meetingButton() const { return m_meeting; }
    QPushButton* endButton() const { return m_end; }
    /// The placement the buttons act on: the one chosen on the Placements tab, else the current one.
    qint64 placementId() const;

  signals:
    /// A referral of the child was opened (double-click on the Referrals tab or the timeline).
    void referralActivated(qint64 referralId);
    /// Something was recorded here (other screens re-read).
    void changed();

  private:
    void buildActions();
    void showRecord();
    void updateActions();
    void afterChange(const QString& what);
    QString contactsHtml() const;

    core::Desk& m_desk;
    qint64 m_childId;
    core::ChildRecord m_record;
    QLabel* m_heading;
    QLabel* m_now;
    QLabel* m_status;
    QTabWidget* m_tabs;
    ChildTimelineModel* m_timeline;
    PlacementListModel* m_placements;
    QTableView* m_placementsView;
    QTableView* m_referralsView;
    QLabel* m_contacts;
    QPushButton* m_contract = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_meeting = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace pd::ui
