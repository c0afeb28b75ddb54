// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The child's "your new home" profile for an offer (0: the accepted, else the chosen one), shown
/// as the child will read it, saved as a PDF to print or share with the child.
class NewHomeDialog : public QDialog {
    Q_OBJECT
  public:
    NewHomeDialog(core::Desk& desk, qint64 referralId, qint64 offerId, QWidget* parent = nullptr);
    /// The profile's HTML ("" when it could not be made: the view says why).
    QString html() const { return m_html; }
    /// Writes the PDF; the error's sentence when it could not.
    QString saveTo(const QString& path);

  private:
    void savePdf();

    core::Desk& m_desk;
    qint64 m_referralId;
    qint64 m_offerId;
    QString m_html;
    QTextBrowser* m_view;
};

} // namespace pd::ui
