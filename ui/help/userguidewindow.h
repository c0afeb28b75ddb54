// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace pd::ui {

/// Help › User guide: docs/user-guide.md (built into the program) shown as formatted text, opened at
/// the section for where the user is (F1).
class UserGuideWindow : public QDialog {
    Q_OBJECT
  public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    /// Scrolls to the first section whose heading starts with a word of topic ("Providers" finds
    /// "Provider register"); the top of the guide when none does. Returns the heading shown.
    QString showSection(const QString& topic);
    QTextBrowser* browser() const { return m_browser; }
    /// Shows the guide of from's window (made the first time) at topic's section.
    static UserGuideWindow* open(QWidget* from, const QString& topic);

  private:
    QTextBrowser* m_browser;
};

} // namespace pd::ui
