// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

/// One decision, one dialog: what is decided (the title and an intro), one labelled box for the
/// reason or comment, and a button named for the decision. A required reason left empty is refused
/// in the dialog, so it is never asked twice.
class ReasonDialog : public QDialog {
    Q_OBJECT
  public:
    /// label: the field's words ("Why the referral is put on hold"); required: it may not be empty.
    ReasonDialog(const QString& title, const QString& intro, const QString& label, bool required,
                 const QString& okText, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& text);
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* okButton() const { return m_ok; }
    /// What OK does: accepts, or says why not; returns whether it accepted.
    bool tryAccept();

  private:
    bool m_required;
    QString m_label;
    QPlainTextEdit* m_reason;
    QLabel* m_message;
    QPushButton* m_ok;
};

} // namespace pd::ui
