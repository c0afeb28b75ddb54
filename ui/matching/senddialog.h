// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/recipient.h"
#include "core/domain/sendrecord.h"
#include "core/result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QListWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Sends the anonymised pack to providers all at once: the in-house service and select-list
/// providers offering a suitable type are ticked; one .eml draft each in the chosen folder. The
/// pack is shown as it will go, with what was taken out of its free text highlighted.
class SendDialog : public QDialog {
    Q_OBJECT
  public:
    SendDialog(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    QList<qint64> chosenProviders() const;
    void setFolder(const QString& folder);
    core::Result<QList<core::SendRecord>> send();
    QListWidget* recipients() const { return m_list; }
    /// The anonymised pack with its redactions highlighted, as the officer checks it.
    QTextBrowser* packPreview() const { return m_preview; }
    /// Who the pack and drafts come from, as they will say.
    QLabel* fromLabel() const { return m_from; }

  private:
    core::Desk& m_desk;
    qint64 m_referralId;
    QListWidget* m_list;
    QLineEdit* m_folder;
    QTextBrowser* m_preview;
    QLabel* m_redactions;
    QLabel* m_from = nullptr;
};

} // namespace pd::ui
