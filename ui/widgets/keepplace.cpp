// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/keepplace.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTimer>

namespace pd::ui {

KeepPlace* KeepPlace::attach(QAbstractItemView* view, QList<int> keyRoles) {
    return new KeepPlace(view, std::move(keyRoles));
}

KeepPlace::KeepPlace(QAbstractItemView* view, QList<int> keyRoles)
    : QObject(view), m_view(view), m_keyRoles(std::move(keyRoles)) {
    QAbstractItemModel* model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &KeepPlace::remember);
    connect(model, &QAbstractItemModel::modelReset, this, &KeepPlace::restore);
}

void KeepPlace::remember() {
    const QModelIndex current = m_view->currentIndex();
    // An area may empty its list while it reads and fill it after: keep what the full list had.
    if (!current.isValid() && m_view->model()->rowCount() == 0)
        return;
    m_key.clear();
    if (current.isValid()) {
        for (int role : std::as_const(m_keyRoles))
            m_key << current.siblingAtColumn(0).data(role);
        m_column = current.column();
    }
    m_scroll = m_view->verticalScrollBar()->value();
}

void KeepPlace::restore() {
    QAbstractItemModel* model = m_view->model();
    if (model->rowCount() == 0)
        return; // still reading: wait for the rows
    if (!m_key.isEmpty()) {
        const QModelIndexList found = model->match(model->index(0, 0), m_keyRoles.first(), m_key.first(), -1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex& candidate : found) {
            bool same = true;
            for (int i = 1; i < m_keyRoles.size() && same; ++i)
                same = candidate.data(m_keyRoles.at(i)) == m_key.at(i);
            if (!same)
                continue;
            const QModelIndex at = candidate.siblingAtColumn(m_column);
            m_view->selectionModel()->setCurrentIndex(
                at, QItemSelectionModel::ClearAndSelect |
                        (m_view->selectionBehavior() == QAbstractItemView::SelectRows
                             ? QItemSelectionModel::Rows
                             : QItemSelectionModel::NoUpdate));
            break;
        }
    }
    m_key.clear();
    // The scroll range is set when the view lays its rows out again, after this signal.
    const int scroll = std::exchange(m_scroll, -1);
    if (scroll >= 0)
        QTimer::singleShot(0, this, [view = m_view, scroll] {
            if (view)
                view->verticalScrollBar()->setValue(scroll);
        });
}

} // namespace pd::ui
