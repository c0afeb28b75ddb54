// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/criteriondelegate.h"

#include "core/domain/criterionvocabulary.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace pd::ui {

namespace {

const core::CriterionKind* kindOfRow(const QModelIndex& index) {
    return core::criterionKind(index.siblingAtColumn(0).data(Qt::EditRole).toString());
}

} // namespace

QWidget* CriterionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    Q_UNUSED(option);
    if (index.column() == 0) {
        auto* kinds = new QComboBox(parent);
        for (const core::CriterionKind& k : core::criterionKinds())
            kinds->addItem(QString::fromUtf8(k.wording).replace(QStringLiteral("%1"), QStringLiteral("…")),
                           QString::fromLatin1(k.name));
        return kinds;
    }
    const core::CriterionKind* kind = kindOfRow(index);
    if (!kind || kind->valueType == core::CriterionValueType::None)
        return nullptr; // a yes/no kind has no value to edit
    if (kind->valueType == core::CriterionValueType::Miles ||
        kind->valueType == core::CriterionValueType::Pounds) {
        auto* number = new QDoubleSpinBox(parent);
        number->setRange(1, kind->valueType == core::CriterionValueType::Miles ? 500 : 100000);
        number->setDecimals(0);
        return number;
    }
    auto* values = new QComboBox(parent);
    values->addItems(core::criterionValueChoices(kind->valueType));
    return values;
}

void CriterionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at =
            index.column() == 0 ? combo->findData(value) : combo->findText(value, Qt::MatchFixedString);
        combo->setCurrentIndex(std::max(0, at));
    } else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor)) {
        number->setValue(value.toDouble());
    }
}

void CriterionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (index.column() == 0) {
            const QString before = index.data(Qt::EditRole).toString();
            model->setData(index, combo->currentData());
            if (before != combo->currentData().toString()) // the old value belongs to the old kind
                model->setData(index.siblingAtColumn(1), QString());
        } else {
            model->setData(index, combo->currentText());
        }
    } else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor)) {
        model->setData(index, QString::number(number->value()));
    }
}

} // namespace pd::ui
