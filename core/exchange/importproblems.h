// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QStringList>

namespace pd::core {

/// Every bad row of an import, as "FILE, line N: reason" lines: an import reads on past a bad
/// row so the user can mend them all at once, and refuses the whole file if there is any.
class ImportProblems {
  public:
    /// How many lines the message lists (the rest are counted).
    static constexpr int kMaxListed = 200;

    /// heading: the words the message starts with ("The SSDA903 return was not imported"); with
    /// none, the message starts with the first bad line and ends with what was not done.
    explicit ImportProblems(const QString& heading = {}) : m_heading(heading) {}

    void add(const QString& file, int line, const QString& reason);
    bool any() const { return m_count > 0; }
    int count() const { return m_count; }
    /// "FILE, line N: reason Nothing was imported." for one problem without a heading; else the
    /// heading with the count, or the lines and then the count, one line each.
    Error error() const;

  private:
    QString m_heading;
    QStringList m_lines;
    int m_count = 0;
};

} // namespace pd::core
