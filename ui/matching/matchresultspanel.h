// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace pd::core {
class Desk;
class MatchResult;
class MatchService;
} // namespace pd::core

namespace pd::ui {

class MatchResultsModel;

/// Ranked candidates for a referral, each with its essential limits met and one explanation line
/// per criterion (the full text as a tooltip and in the detail pane of the selected candidate),
/// and the excluded vacancies with every rule they break. An offer can be recorded for the
/// selected candidate's home.
class MatchResultsPanel : public QWidget {
    Q_OBJECT
  public:
    MatchResultsPanel(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    ~MatchResultsPanel() override;
    void refresh();
    QTreeView* tree() const { return m_tree; }
    MatchResultsModel* model() const { return m_model; }
    QTextBrowser* detail() const { return m_detail; }
    QPushButton* recordOfferButton() const { return m_recordOffer; }
    /// The rank (1…) of the candidate the current row belongs to; 0 for none (or an exclusion).
    int selectedCandidate() const;

  signals:
    /// Record an offer for this home, at its usual weekly fee and extras.
    void offerRequested(qint64 provisionId, double weeklyFee, double extras);

  private:
    void showSelected();

    core::Desk& m_desk;
    qint64 m_referralId;
    core::MatchService& m_service;
    std::shared_ptr<const core::MatchResult> m_result;
    QLabel* m_summary;
    MatchResultsModel* m_model;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    QPushButton* m_recordOffer;
};

} // namespace pd::ui
