// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pd::core {

/// What a strict read of a JSON file finds before Qt's parser (which keeps the last of two equal
/// keys and says nothing): the line each key is on, and the first duplicated key or control
/// character in a string. A syntax error ends the scan quietly (the parser reports it).
struct JsonScan {
    /// Line (1-based) of every key, by path: "PlacementAvailability.siblingCount",
    /// "PlacementDeskExtension.children[0].dateOfBirth"; in a top-level array "[1].Risks...".
    QHash<QString, int> lines;
    int problemLine = 0;
    QString problem; ///< empty when none

    static JsonScan of(const QByteArray& json);

    /// The line of path, or of its nearest enclosing key that has one; 0 when none is known.
    int lineOf(QString path) const;
};

} // namespace pd::core
