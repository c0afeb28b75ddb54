// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>

class QLineEdit;
class QTextBrowser;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The options paper on screen, with the reason for fewer than three options, print preview and PDF.
class OptionsPaperDialog : public QDialog {
    Q_OBJECT
  public:
    OptionsPaperDialog(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    void setReason(const QString& reason);
    /// Re-renders the paper; false (and the message shown in the view) when it cannot be prepared.
    bool refresh();
    core::Result<qint64> present();
    QTextBrowser* view() const { return m_view; }
    QString html() const { return m_html; }

  private:
    void printPreview();
    void savePdf();

    core::Desk& m_desk;
    qint64 m_referralId;
    QString m_html;
    QLineEdit* m_reason;
    QTextBrowser* m_view;
};

} // namespace pd::ui
