// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

/// Where files are offered to be saved: the folder used last (remembered between sessions), else
/// the user's documents folder, never the bare home folder.
class SaveFolder {
  public:
    /// The folder to offer now.
    static QString folder();
    /// Remembers the folder of a file just saved (or a folder chosen).
    static void remember(const QString& fileOrFolder);
    /// fileName in folder(): what a save dialog starts with.
    static QString suggest(const QString& fileName);
    /// A save dialog opened at suggest(fileName); the path chosen is remembered. Empty on cancel.
    static QString ask(QWidget* parent, const QString& title, const QString& fileName, const QString& filter);
};

} // namespace pd::ui
