// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// A dialog that records one thing about a placement (a review, a meeting, an ending, a contract
/// change) as labelled fields in one form. OK calls save(); a refusal is shown in the dialog under
/// the fields, in words, and everything typed stays so the officer can correct it.
class RecordDialog : public QDialog {
    Q_OBJECT
  public:
    RecordDialog(core::Desk& desk, qint64 placementId, const QString& title, const QString& okText,
                 QWidget* parent);
    /// The refusal shown ("" when none).
    QString errorText() const;
    QDialogButtonBox* buttons() const { return m_buttons; }

  protected:
    /// Writes the record through its service; the error's sentence is shown when it is refused.
    virtual core::Status save() = 0;
    /// A date typed or picked as dd/mm/yyyy, today by default, never after today.
    QDateEdit* addDateField(const QString& label);
    QFormLayout* form() const { return m_form; }
    core::Desk& desk() const { return m_desk; }
    qint64 placementId() const { return m_placementId; }
    /// Adds the error line and the buttons; call once every field is in the form.
    void finish();

  private:
    void tryToSave();

    core::Desk& m_desk;
    qint64 m_placementId;
    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace pd::ui
