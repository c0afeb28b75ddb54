// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/criteriondelegate.h"

#include "core/domain/criterionvocabulary.h"
#include "ui/referrals/criterioncells.h"

#include <QComboBox>
#include <QDoubleSpinBox>

namespace pd::ui {

namespace {

const core::CriterionKind* kindOfRow(const QModelIndex& index) {
    return core::criterionKind(index.siblingAtColumn(0).data(kCriterionCodeRole).toString());
}

} // namespace

QWidget* CriterionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    Q_UNUSED(option);
    if (index.column() == 0) {
        auto* kinds = new QComboBox(parent);
        kinds->setAccessibleName(tr("Kind of criterion"));
        for (const core::CriterionKind& k : core::criterionKinds())
            kinds->addItem(core::criterionKindWords(k), QString::fromLatin1(k.name));
        return kinds;
    }
    const core::CriterionKind* kind = kindOfRow(index);
    if (!kind || kind->valueType == core::CriterionValueType::None)
        return nullptr; // a yes/no kind has no value to edit
    if (kind->valueType == core::CriterionValueType::Miles ||
        kind->valueType == core::CriterionValueType::Pounds) {
        auto* number = new QDoubleSpinBox(parent);
        const bool miles = kind->valueType == core::CriterionValueType::Miles;
        number->setRange(1, miles ? 500 : 100000);
        number->setDecimals(0);
        number->setPrefix(miles ? QString() : QStringLiteral("\u00a3"));
        number->setSuffix(miles ? tr(" miles") : tr(" a week"));
        number->setAccessibleName(miles ? tr("Miles from home at most") : tr("Whole weekly cost at most"));
        return number;
    }
    auto* values = new QComboBox(parent);
    values->setAccessibleName(core::criterionKindWords(*kind));
    for (const QString& code : core::criterionValueChoices(kind->valueType))
        values->addItem(core::criterionValueWords(kind->valueType, code), code);
    return values;
}

void CriterionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QString value = index.data(kCriterionCodeRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        int at = combo->findData(value);
        if (at < 0) // religions and languages are matched whatever their case
            at = combo->findData(value, Qt::UserRole, Qt::MatchFixedString);
        combo->setCurrentIndex(std::max(0, at));
    } else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor)) {
        number->setValue(value.toDouble());
    }
}

void CriterionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    // The model derives the words and clears a value that belonged to the old kind.
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData().toString(), kCriterionCodeRole);
    else if (auto* number = qobject_cast<QDoubleSpinBox*>(editor))
        model->setData(index, QString::number(number->value()), kCriterionCodeRole);
}

} // namespace pd::ui
