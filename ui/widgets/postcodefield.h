// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace pd::ui {

/// A UK postcode, checked as it is typed: text that cannot become a postcode ("hello world") is
/// refused with a sentence under the field at once, an unfinished one when the field is left.
class PostcodeField : public QWidget {
    Q_OBJECT
  public:
    explicit PostcodeField(QWidget* parent = nullptr);

    /// The postcode in its usual form ("RV1 2AB"); the typed text, trimmed, when it is not one.
    QString postcode() const;
    void setPostcode(const QString& postcode);
    /// Why the text is not a postcode (a sentence); empty when it is one or is empty.
    QString problem() const;

    QLineEdit* edit() const { return m_edit; }
    QLabel* messageLabel() const { return m_message; }

  signals:
    void edited();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void showProblem(bool finished);

    QLineEdit* m_edit;
    QLabel* m_message;
};

} // namespace pd::ui
