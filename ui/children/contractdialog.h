// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// The placement's Individual Placement Contract as it prints (the same document), with its
/// versions; Print to PDF, and Change for a role that may change it.
class ContractDialog : public QDialog {
    Q_OBJECT
  public:
    ContractDialog(core::Desk& desk, qint64 placementId, QWidget* parent = nullptr);

    QTextBrowser* document() const { return m_document; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* printButton() const { return m_print; }
    /// Writes the PDF (what Print to PDF does after asking where); the status line says where.
    bool writePdf(const QString& path);

  signals:
    /// A new version was made.
    void changed();

  private:
    void reload();

    core::Desk& m_desk;
    qint64 m_placementId;
    QTextBrowser* m_document;
    QLabel* m_status;
    QPushButton* m_print;
    QPushButton* m_change;
};

} // namespace pd::ui
