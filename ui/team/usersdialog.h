// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QComboBox;
class QTableWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Users and roles (admin only): who may do what, by operating-system login.
class UsersDialog : public QDialog {
    Q_OBJECT
  public:
    explicit UsersDialog(core::Desk* desk, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Gives the user in a row a role (what the row's role box does).
    bool assign(int row, core::Role role);
    bool addUser(const QString& login, core::Role role);

  private:
    void reload();
    QComboBox* roleBox(core::Role role);

    core::Desk* m_desk;
    QList<core::User> m_users;
    QTableWidget* m_table;
    QLineEdit* m_login;
    QComboBox* m_newRole;
    QLabel* m_message;
};

} // namespace pd::ui
