// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;
class QLineEdit;
class QWidget;

namespace pd::ui {

/// The keys of a search box over a list: Down moves into the list (on its first row when none is
/// current), Enter opens the current row, or the only one, as a double-click would.
void wireSearchKeys(QLineEdit* search, QAbstractItemView* list);

/// An area's search box: the line edit marked by wireSearchKeys, else the first whose placeholder
/// starts with "Search"; null when it has none.
QLineEdit* searchBoxOf(QWidget* area);

/// Wires the area's search box to its first list (wireSearchKeys); false when it has none.
bool wireAreaSearch(QWidget* area);

} // namespace pd::ui
