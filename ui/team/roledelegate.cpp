// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/roledelegate.h"

#include "core/domain/user.h"

#include <QComboBox>

namespace pd::ui {

QWidget* RoleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    Q_UNUSED(option);
    auto* box = new QComboBox(parent);
    box->setAccessibleName(tr("Role of %1").arg(index.siblingAtColumn(0).data().toString()));
    for (core::Role r : core::all<core::Role>())
        box->addItem(core::label(r), int(r));
    // Only a choice the user made is stored (not the one setEditorData shows).
    connect(box, &QComboBox::activated, this,
            [this, box] { emit const_cast<RoleDelegate*>(this)->commitData(box); });
    return box;
}

void RoleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* box = qobject_cast<QComboBox*>(editor))
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole).toInt()));
}

void RoleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* box = qobject_cast<QComboBox*>(editor))
        model->setData(index, box->currentData().toInt(), Qt::EditRole);
}

} // namespace pd::ui
