// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

#include <QtCore/qnamespace.h>

class QAbstractItemModel;
class QModelIndex;
class QTableWidget;

namespace pd::ui {

/// A criteria table's cells (Kind, Value) show the team's words ("Carer skilled in: …",
/// "Emotional and behavioural difficulties", "25 miles") and keep the vocabulary's code under
/// kCriterionCodeRole: what is stored is the code, never the words.
inline constexpr int kCriterionCodeRole = Qt::UserRole + 7;

/// Fills row `row` of the table with the criterion (the row must exist).
void setCriterionCells(QTableWidget* table, int row, const core::Criterion& criterion);
/// The criterion of row `row` as its codes.
core::Criterion criterionInCells(const QTableWidget* table, int row);
/// Writes a kind's or a value's code and words into a cell of a criteria model.
void setCriterionCell(QAbstractItemModel* model, const QModelIndex& index, const QString& code);

} // namespace pd::ui
