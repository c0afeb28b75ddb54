// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/user.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// The team's users (login, name, role). The role is the one editable cell: Qt::EditRole takes
/// the role as an int (core::Role), the display reads its words; an edit is announced with
/// roleEdited() for the dialog to store through the team service.
class UsersModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Login, Name, RoleColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(QList<core::User> users);
    const QList<core::User>& users() const { return m_users; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  signals:
    /// The user in `row` was given another role (the value already holds it).
    void roleEdited(int row);

  private:
    QList<core::User> m_users;
};

} // namespace pd::ui
