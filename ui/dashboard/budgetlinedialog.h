// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pd::ui {

/// A new budget line in one dialog: its name and the placement category it pays for, each a
/// labelled field (not a chain of prompts).
class BudgetLineDialog : public QDialog {
    Q_OBJECT
  public:
    explicit BudgetLineDialog(QWidget* parent = nullptr);

    QString name() const;
    /// The category's stored key (core::categoryKey).
    QString category() const;
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* categoryBox() const { return m_category; }
    /// What OK does: accepts when a name is given, else says so; returns whether it accepted.
    bool tryAccept();

  private:
    QLineEdit* m_name;
    QComboBox* m_category;
    QLabel* m_message;
};

} // namespace pd::ui
