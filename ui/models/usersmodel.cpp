// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/usersmodel.h"

namespace pd::ui {

void UsersModel::setUsers(QList<core::User> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const core::User& u = m_users[index.row()];
    if (role == Qt::EditRole && index.column() == RoleColumn)
        return int(u.role);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Login:
        return u.login;
    case Name:
        return u.displayName;
    case RoleColumn:
        return core::label(u.role);
    }
    return {};
}

bool UsersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_users.size() || index.column() != RoleColumn ||
        role != Qt::EditRole)
        return false;
    bool isNumber = false;
    const int given = value.toInt(&isNumber);
    const QList<core::Role> roles = core::all<core::Role>();
    if (!isNumber || !roles.contains(core::Role(given)))
        return false;
    core::User& u = m_users[index.row()];
    if (u.role == core::Role(given))
        return true;
    u.role = core::Role(given);
    emit dataChanged(index, index);
    emit roleEdited(index.row());
    return true;
}

Qt::ItemFlags UsersModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.column() == RoleColumn ? f | Qt::ItemIsEditable : f;
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    }
    return {};
}

} // namespace pd::ui
