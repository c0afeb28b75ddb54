// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementrecord.h"
#include "ui/area.h"
#include "ui/widgets/backgroundread.h"

#include <QDate>
#include <QHash>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pd::ui {

class PlacementListModel;

/// The Placements tab: every current placement by name — the child, where, the type in words, since
/// when, the cost, the budget line, the contract version and the next review (overdue said in
/// words). Enter or a double-click opens the child's page.
class PlacementsArea : public Area {
    Q_OBJECT
  public:
    explicit PlacementsArea(QWidget* parent = nullptr);
    void refresh() override;
    QTableView* view() const { return m_view; }
    PlacementListModel* model() const { return m_model; }
    QLineEdit* search() const { return m_search; }

  signals:
    /// The officer asked for the child's page (children.id).
    void childActivated(qint64 childId);

  private:
    /// What the tab shows: the current placements and each one's next review.
    struct Rows {
        QList<core::PlacementRecord> placements;
        QHash<qint64, QDate> nextReviews;
    };
    void showRows(core::Result<Rows>& rows);
    void openCurrent();
    void updateCount();

    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_view;
    PlacementListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    BackgroundRead<Rows> m_read{this};
};

} // namespace pd::ui
