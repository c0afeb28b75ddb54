// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/criteriamodel.h"

#include "core/domain/criterionvocabulary.h"
#include "ui/referrals/criterioncells.h"

namespace pd::ui {

QList<core::Criterion> CriteriaModel::criteria() const {
    QList<core::Criterion> out;
    for (const core::Criterion& c : m_rows)
        if (!c.kind.isEmpty())
            out << c;
    return out;
}

int CriteriaModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const {
    if (!has(index))
        return {};
    const core::Criterion& c = m_rows[index.row()];
    const QString& code = index.column() == Kind ? c.kind : c.value;
    if (role == kCriterionCodeRole || role == Qt::EditRole)
        return code;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::CriterionKind* kind = core::criterionKind(c.kind);
    if (!kind)
        return code;
    return index.column() == Kind ? core::criterionKindWords(*kind)
                                  : core::criterionValueWords(kind->valueType, code);
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!has(index) || (role != kCriterionCodeRole && role != Qt::EditRole))
        return false;
    core::Criterion& c = m_rows[index.row()];
    const QString code = value.toString().trimmed();
    if (index.column() == Kind) {
        const bool newKind = code != c.kind;
        c.kind = code;
        if (newKind) // the old value belongs to the old kind
            c.value.clear();
        changed(index, newKind);
        return true;
    }
    if (index.column() != Value)
        return false;
    c.value = code;
    changed(index);
    return true;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Kind)
        return tr("Kind");
    if (section == Value)
        return tr("Value");
    return {};
}

} // namespace pd::ui
