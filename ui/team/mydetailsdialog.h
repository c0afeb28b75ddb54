// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace pd::ui {

/// Tools › My details: the job title, telephone and e-mail that packs and e-mail drafts give
/// providers to answer. The name is the one the users table holds for the signed-in user.
class MyDetailsDialog : public QDialog {
    Q_OBJECT
  public:
    MyDetailsDialog(const QString& name, QWidget* parent = nullptr);
    QLineEdit* jobTitle() const { return m_jobTitle; }
    QLineEdit* phone() const { return m_phone; }
    QLineEdit* email() const { return m_email; }
    QLabel* problem() const { return m_problem; }

  public slots:
    /// Saves and closes; refuses (the dialog stays, the sentence shown) an e-mail that is not one.
    void accept() override;

  private:
    QLineEdit* m_jobTitle;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLabel* m_problem;
};

} // namespace pd::ui
