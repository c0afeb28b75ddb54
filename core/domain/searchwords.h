// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pd::core {

/// The LIKE patterns (ESCAPE '\') for what was typed into a search box: one per word, lower case,
/// each matching the word anywhere ("%word%"), with %, _ and \ typed by the user escaped so they
/// match themselves. At most six words; none for blank text.
QStringList searchPatterns(const QString& typed);

} // namespace pd::core
