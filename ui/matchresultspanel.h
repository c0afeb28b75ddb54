// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pd::core {
class Database;
class MatchService;
}

namespace pd::ui {

/// Ranked candidates for a referral, each with one explanation line per criterion, and the
/// excluded vacancies with every rule they break.
class MatchResultsPanel : public QWidget {
    Q_OBJECT
public:
    MatchResultsPanel(core::Database& db, qint64 referralId, QWidget* parent = nullptr);
    ~MatchResultsPanel() override;
    void refresh();
    QTreeWidget* tree() const { return m_tree; }

private:
    core::Database& m_db;
    qint64 m_referralId;
    std::unique_ptr<core::MatchService> m_service;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace pd::ui
