// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

/// Needs (children) and skills (carers) share one vocabulary (docs/referral-record.md, "Codes").
enum class Skill {
    Asd,
    Pmld,
    Ebd,
    LearningDisability,
    MentalHealth,
    Uasc,
    ParentAndBaby,
    SexualisedBehaviour,
    SiblingGroups,
    StayingPut,
    Therapeutic,
    Disability
};
template <> struct Vocabulary<Skill> {
    static constexpr Term<Skill> terms[] = {
        {Skill::Asd, "asd", "Autism (ASD)"},
        {Skill::Pmld, "pmld", "Profound and multiple learning disabilities"},
        {Skill::Ebd, "ebd", "Emotional and behavioural difficulties"},
        {Skill::LearningDisability, "learning_disability", "Learning disability"},
        {Skill::MentalHealth, "mental_health", "Mental health"},
        {Skill::Uasc, "uasc", "Unaccompanied asylum-seeking children"},
        {Skill::ParentAndBaby, "parent_and_baby", "Parent and baby"},
        {Skill::SexualisedBehaviour, "sexualised_behaviour", "Sexualised behaviour"},
        {Skill::SiblingGroups, "sibling_groups", "Sibling groups"},
        {Skill::StayingPut, "staying_put", "Staying put (18+)"},
        {Skill::Therapeutic, "therapeutic", "Therapeutic"},
        {Skill::Disability, "disability", "Disability"},
    };
};

/// Skills as bits, for matching: one bit per skill in the table's order.
constexpr quint32 skillBit(Skill skill) {
    return 1u << int(skill);
}
/// "asd,ebd" -> the bits of those skills; unknown codes add nothing.
quint32 skillMask(const QString& commaSeparated);
/// The codes of the skills in a mask, in the table's order.
QStringList skillCodes(quint32 mask);

/// "asd, ebd" -> codes; an unknown code is an error naming it.
Result<QStringList> parseSkills(const QString& text);

} // namespace pd::core
