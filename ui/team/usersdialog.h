// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QComboBox;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class UsersModel;

/// Users and roles (admin only): who may do what, by operating-system login.
class UsersDialog : public QDialog {
    Q_OBJECT
  public:
    explicit UsersDialog(core::Desk* desk, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    UsersModel* model() const { return m_model; }
    /// Gives the user in a row a role (what the row's role box does).
    bool assign(int row, core::Role role);
    bool addUser(const QString& login, core::Role role);

  private:
    void reload();
    QComboBox* roleBox(core::Role role);

    core::Desk* m_desk;
    UsersModel* m_model;
    QTableView* m_table;
    QLineEdit* m_login;
    QComboBox* m_newRole;
    QLabel* m_message;
};

} // namespace pd::ui
