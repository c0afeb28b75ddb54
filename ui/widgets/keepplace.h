// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QAbstractItemView;

namespace pd::ui {

/// Keeps a list's current row and scroll position while its model is read again: a colleague's
/// save re-reads the officer's lists every few seconds (ChangeWatch), and they must not jump back
/// to the top. The row is found again by the values of `keyRoles` (e.g. the referral's id), not
/// by its position, so a row added above it does not move the selection to another record. If the
/// row is gone, nothing is selected and the list keeps its scroll position.
class KeepPlace : public QObject {
    Q_OBJECT
  public:
    /// Watches `view`'s model (as it is now: attach after setModel()); owned by the view.
    static KeepPlace* attach(QAbstractItemView* view, QList<int> keyRoles);

  private:
    KeepPlace(QAbstractItemView* view, QList<int> keyRoles);
    void remember();
    void restore();

    QPointer<QAbstractItemView> m_view;
    QList<int> m_keyRoles;
    QVariantList m_key; ///< the current row's key values; empty: no current row
    int m_column = 0;
    int m_scroll = -1; ///< the vertical scroll bar's value; -1: nothing remembered
};

} // namespace pd::ui
