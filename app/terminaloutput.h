// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace pd::app {

/// What the command line prints goes through this device on its way to the terminal: it drops
/// control characters (escape sequences, carriage returns, bells, C1 codes) so a name stored in
/// the database cannot move the cursor, rewrite a line or retitle the window. Tabs and line
/// breaks pass; everything else is written as it came.
class TerminalOutput : public QIODevice {
  public:
    explicit TerminalOutput(QIODevice& target);

  protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

  private:
    QIODevice& m_target;
    bool m_pendingC2 = false; ///< the last chunk ended on the first byte of a two-byte character
};

} // namespace pd::app
