// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/criterioncells.h"

#include "core/domain/criterionvocabulary.h"

#include <QTableWidget>

namespace pd::ui {

namespace {

const core::CriterionKind* kindAt(const QModelIndex& index) {
    return core::criterionKind(index.siblingAtColumn(0).data(kCriterionCodeRole).toString());
}

/// The words of a cell's code: the kind's for column 0, the value's (of the row's kind) for column 1.
QString wordsFor(const QModelIndex& index, const QString& code) {
    if (index.column() == 0) {
        const core::CriterionKind* kind = core::criterionKind(code);
        return kind ? core::criterionKindWords(*kind) : code;
    }
    const core::CriterionKind* kind = kindAt(index);
    if (!kind)
        return code;
    return core::criterionValueWords(kind->valueType, code);
}

} // namespace

void setCriterionCell(QAbstractItemModel* model, const QModelIndex& index, const QString& code) {
    model->setData(index, code, kCriterionCodeRole);
    model->setData(index, wordsFor(index, code), Qt::DisplayRole);
}

void setCriterionCells(QTableWidget* table, int row, const core::Criterion& criterion) {
    for (int column : {0, 1})
        if (!table->item(row, column))
            table->setItem(row, column, new QTableWidgetItem);
    QAbstractItemModel* model = table->model();
    setCriterionCell(model, model->index(row, 0), criterion.kind);
    setCriterionCell(model, model->index(row, 1), criterion.value);
}

core::Criterion criterionInCells(const QTableWidget* table, int row) {
    const auto code = [table, row](int column) {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->data(kCriterionCodeRole).toString().trimmed() : QString();
    };
    return {code(0), code(1)};
}

} // namespace pd::ui
