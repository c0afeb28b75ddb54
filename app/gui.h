// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace pd::app {

/// Opens the database named by --db, else the last one, else a demo database in the user's
/// application data folder (created on first run), shows the main window and runs the loop.
/// --screenshot FILE [--tab N] grabs the window to a PNG and quits (for docs and checks).
int runGui(QApplication& app);

} // namespace pd::app
