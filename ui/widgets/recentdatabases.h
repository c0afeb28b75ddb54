// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pd::ui {

/// The databases opened last (File › Open recent), newest first, kept in the user's settings:
/// files by their full path and servers by their address without a password.
class RecentDatabases {
  public:
    static constexpr int kMost = 8;

    /// The list as remembered (at most kMost, without duplicates or passwords).
    static QStringList entries();
    /// Puts a database just opened first. A server address loses its password first.
    static void add(const QString& location);
    static void remove(const QString& location);
    static void clear();
    /// Whether it can be opened as far as this PC can tell: a server address, or a file that is there.
    static bool available(const QString& location);
    /// How the menu names it: "demo.sqlite — C:\Users\sam\Documents", or the server's address.
    static QString label(const QString& location);
};

} // namespace pd::ui
