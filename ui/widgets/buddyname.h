// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace pd::ui {

/// A field made of several widgets (a date, a postcode) is a label's buddy as a whole, but a
/// screen reader asks its line edit for a name: this gives `edit` the words of the label whose
/// buddy is `field` (without the '&' of its Alt+letter), unless it has a name already.
void nameFromBuddyLabel(QWidget* field, QWidget* edit);

} // namespace pd::ui
