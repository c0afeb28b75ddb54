// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

/// Where files are offered to be saved: the folder used last for that kind of file (remembered
/// between sessions; a kind is a file's extension, "pdf" or "csv", or a name such as "drafts"),
/// else the user's documents folder, never the bare home folder.
class SaveFolder {
  public:
    /// The folder to offer now for a kind of file.
    static QString folder(const QString& kind = {});
    /// Remembers the folder of a file just saved (or a folder chosen) for its kind.
    static void remember(const QString& fileOrFolder, const QString& kind = {});
    /// fileName in the folder of its kind (its extension): what a save dialog starts with.
    static QString suggest(const QString& fileName);
    /// A save dialog opened at suggest(fileName); the path chosen is remembered. Empty on cancel.
    static QString ask(QWidget* parent, const QString& title, const QString& fileName, const QString& filter);
    /// The kind of a file name: its extension in lower case ("report.PDF" gives "pdf").
    static QString kindOf(const QString& fileName);
};

} // namespace pd::ui
