// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pd::core {
class Desk;
class MatchService;
} // namespace pd::core

namespace pd::ui {

/// Ranked candidates for a referral, each with one explanation line per criterion, and the
/// excluded vacancies with every rule they break.
class MatchResultsPanel : public QWidget {
    Q_OBJECT
  public:
    MatchResultsPanel(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    ~MatchResultsPanel() override;
    void refresh();
    QTreeWidget* tree() const { return m_tree; }

  private:
    core::Desk& m_desk;
    qint64 m_referralId;
    core::MatchService& m_service;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace pd::ui
