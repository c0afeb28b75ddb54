// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/usersdialog.h"

#include "core/services/desk.h"
#include "ui/models/usersmodel.h"
#include "ui/team/roledelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

UsersDialog::UsersDialog(core::Desk* desk, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_model(new UsersModel(this)), m_table(new QTableView(this)),
      m_login(new QLineEdit(this)), m_newRole(roleBox(core::Role::Officer)), m_message(new QLabel(this)) {
    setWindowTitle(tr("Users and roles"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("People sign in with their Windows login. A login that is not listed here can "
                      "only read. Managers decide at panel and give permission to place; above the "
                      "weekly limit a budget holder must approve."),
                   this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(UsersModel::RoleColumn, new RoleDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Users"));
    // The role's list stays open in every row, as a form's field; a choice is stored at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_table->openPersistentEditor(m_model->index(row, UsersModel::RoleColumn));
    });
    // Queued: storing reloads the rows, and with them the list the role was chosen in.
    connect(
        m_model, &UsersModel::roleEdited, this,
        [this](int row) { assign(row, m_model->users().value(row).role); }, Qt::QueuedConnection);
    layout->addWidget(m_table, 1);
    auto* add = new QHBoxLayout;
    m_login->setPlaceholderText(tr("login, e.g. jsmith"));
    auto* addButton = new QPushButton(tr("&Add"), this);
    add->addWidget(new QLabel(tr("New user:"), this));
    add->addWidget(m_login, 1);
    add->addWidget(m_newRole);
    add->addWidget(addButton);
    layout->addLayout(add);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (addUser(m_login->text(), core::Role(m_newRole->currentData().toInt())))
            m_login->clear();
    });
    resize(620, 420);
    reload();
}

QComboBox* UsersDialog::roleBox(core::Role role) {
    auto* box = new QComboBox(this);
    for (core::Role r : core::all<core::Role>())
        box->addItem(core::label(r), int(r));
    box->setCurrentIndex(box->findData(int(role)));
    return box;
}

void UsersDialog::reload() {
    auto users = m_desk->team().all();
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    m_model->setUsers(users.value());
}

bool UsersDialog::assign(int row, core::Role role) {
    m_message->clear();
    const core::User user = m_model->users().value(row);
    auto s = m_desk->team().setRole(user.id, role, user.rowVersion);
    if (!s)
        m_message->setText(s.error().message);
    reload();
    return s.ok();
}

bool UsersDialog::addUser(const QString& login, core::Role role) {
    m_message->clear();
    auto id = m_desk->team().add(login, QString(), role);
    if (!id)
        m_message->setText(id.error().message);
    reload();
    return id.ok();
}

} // namespace pd::ui
