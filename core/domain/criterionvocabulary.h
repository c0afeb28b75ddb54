// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

namespace pd::core {

/// What a criterion's value is: nothing (yes/no kinds), a code from a closed list, or a number.
enum class CriterionValueType { None, PlacementType, Skill, Miles, Pounds, Ethnicity, Religion, Language };

/// One kind of the closed criteria vocabulary (docs/referral-record.md, "Codes").
struct CriterionKind {
    const char* name; ///< as files spell it: "carerLanguage"
    CriterionValueType valueType;
    const char* wording; ///< in the team's words; %1 stands for the value's label
};

/// Every kind, in the order forms offer them.
const QList<CriterionKind>& criterionKinds();
const CriterionKind* criterionKind(const QString& name);
/// The values a kind's value may take, for a list to choose from (empty for numbers and yes/no).
QStringList criterionValueChoices(CriterionValueType type);

/// Empty when the criterion is from the vocabulary with a value of its type; otherwise one
/// sentence naming the value and what to use instead (free text is never a criterion).
QString criterionProblem(const Criterion& criterion);
/// Every criterion of the referral outside the vocabulary: "Essential criterion 2: ..." (none: all fine).
QStringList criteriaProblems(const Referral& referral);
/// The value in the vocabulary's spelling ("polish" gives "Polish", "20.0" gives "20"); unchanged when
/// invalid.
Criterion canonicalCriterion(const Criterion& criterion);
/// A value of the type in the team's words, for a list or a table cell: "Emotional and behavioural
/// difficulties", "25 miles", "£900 a week", "Yes" (a yes/no kind); the code itself when unknown.
QString criterionValueWords(CriterionValueType type, const QString& value);
/// A kind in the team's words without its value: "Carer skilled in: …", "Within … miles of home".
QString criterionKindWords(const CriterionKind& kind);

/// The criterion in the team's words, built from its typed value only; a criterion outside the
/// vocabulary gives a fixed sentence, never its own text.
QString criterionWording(const Criterion& criterion);

} // namespace pd::core
