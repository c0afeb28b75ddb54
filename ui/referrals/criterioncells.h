// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/qnamespace.h>

namespace pd::ui {

/// A criteria table's cells (Kind, Value) show the team's words ("Carer skilled in: …",
/// "Emotional and behavioural difficulties", "25 miles") and keep the vocabulary's code under
/// kCriterionCodeRole (ui/models/criteriamodel.h): what is stored is the code, never the words.
inline constexpr int kCriterionCodeRole = Qt::UserRole + 7;

} // namespace pd::ui
