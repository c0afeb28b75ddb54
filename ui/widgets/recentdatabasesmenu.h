// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace pd::ui {

/// File › Open recent: the last databases, numbered for Alt+1…8; a file that is not there any
/// more is shown disabled with the reason, and "Remove missing files" clears them.
class RecentDatabasesMenu : public QMenu {
    Q_OBJECT
  public:
    explicit RecentDatabasesMenu(QWidget* parent = nullptr);
    /// Rebuilds the menu from the remembered list (also done each time it opens).
    void rebuild();
    /// rebuild() once the event loop is back: never while one of the menu's own actions is running.
    void rebuildLater();

  signals:
    /// The user chose a database to open (a path or a server address without password).
    void openRequested(const QString& location);
};

} // namespace pd::ui
