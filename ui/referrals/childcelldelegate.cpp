// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/childcelldelegate.h"

#include "core/domain/skill.h"
#include "core/domain/ssda903codes.h"
#include "ui/models/referralchildrenmodel.h"

#include <QComboBox>
#include <QListWidget>

namespace pd::ui {

namespace {

/// The list a child's needs are ticked in: one checkable row per need, its code as data.
QListWidget* needsList(QWidget* parent) {
    auto* list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("needsList"));
    list->setAccessibleName(ChildCellDelegate::tr("Needs (Space ticks, Enter keeps)"));
    for (core::Skill need : core::all<core::Skill>()) {
        auto* item = new QListWidgetItem(core::label(need), list);
        item->setData(Qt::UserRole, core::code(need));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setCurrentRow(0);
    return list;
}

QComboBox* legalStatusBox(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("legalStatusBox"));
    box->setAccessibleName(ChildCellDelegate::tr("Legal status"));
    box->addItem(ChildCellDelegate::tr("not known yet"), QString());
    QStringList codes = core::ssda903::legalStatusCodes().values();
    codes.sort();
    for (const QString& code : codes)
        box->addItem(ReferralChildrenModel::legalStatusText(code), code);
    return box;
}

} // namespace

QWidget* ChildCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    if (index.column() == ReferralChildrenModel::Needs)
        return needsList(parent);
    if (index.column() == ReferralChildrenModel::LegalStatus)
        return legalStatusBox(parent);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ChildCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto* list = qobject_cast<QListWidget*>(editor)) {
        const QStringList codes = value.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(
                codes.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
        // A code from before the list (typed by hand) is kept as it was rather than lost.
        int at = box->findData(value.toString());
        if (at < 0) {
            box->addItem(value.toString(), value.toString());
            at = box->count() - 1;
        }
        box->setCurrentIndex(at);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ChildCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    if (auto* list = qobject_cast<QListWidget*>(editor)) {
        QStringList codes;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                codes << list->item(i)->data(Qt::UserRole).toString();
        // Codes the list does not know (from an import) stay with the child.
        for (const QString& code : index.data(Qt::EditRole).toStringList())
            if (!core::fromCode<core::Skill>(code))
                codes << code;
        model->setData(index, codes, Qt::EditRole);
    } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData().toString(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void ChildCellDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const {
    auto* list = qobject_cast<QListWidget*>(editor);
    QWidget* viewport = editor->parentWidget();
    if (!list || !viewport) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // The list is taller than a row: it opens over the table, from the cell to the table's right edge.
    const int width = std::max(option.rect.width(), list->sizeHintForColumn(0) + 40);
    const int left = std::max(0, std::min(option.rect.left(), viewport->width() - width));
    editor->setGeometry(left, 0, std::min(width, viewport->width()), viewport->height());
}

} // namespace pd::ui
