// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/registervacancy.h"

#include <array>

namespace pd::core {

namespace {
const std::array<const char*, 12> kSkills = {"asd",
                                             "pmld",
                                             "ebd",
                                             "learning_disability",
                                             "mental_health",
                                             "uasc",
                                             "parent_and_baby",
                                             "sexualised_behaviour",
                                             "sibling_groups",
                                             "staying_put",
                                             "therapeutic",
                                             "disability"};
}

QString placementTypeCode(PlacementType type) {
    return code(type);
}

bool placementTypeFromCode(const QString& text, PlacementType* type) {
    const auto parsed = placementTypeFromCode(text.toLower());
    if (parsed)
        *type = *parsed;
    return parsed.has_value();
}

FrameworkStatus frameworkStatusOrSpot(const QString& code) {
    return frameworkStatusFromCode(code).value_or(FrameworkStatus::Spot);
}

QString frameworkStatusLabel(FrameworkStatus status) {
    switch (status) {
    case FrameworkStatus::InHouse:
        return QStringLiteral("in-house");
    case FrameworkStatus::SelectList:
        return QStringLiteral("select list");
    case FrameworkStatus::RegionalFramework:
        return QStringLiteral("regional framework");
    case FrameworkStatus::Spot:
        return QStringLiteral("spot purchase");
    case FrameworkStatus::Suspended:
        return QStringLiteral("suspended");
    case FrameworkStatus::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

OfstedRating ofstedRatingOrNone(const QString& code) {
    return ofstedRatingFromCode(code).value_or(OfstedRating::None);
}

QString ofstedRatingLabel(OfstedRating rating) {
    switch (rating) {
    case OfstedRating::Outstanding:
        return QStringLiteral("Outstanding");
    case OfstedRating::Good:
        return QStringLiteral("Good");
    case OfstedRating::RequiresImprovement:
        return QStringLiteral("Requires improvement");
    case OfstedRating::Inadequate:
        return QStringLiteral("Inadequate");
    case OfstedRating::NotYetInspected:
        return QStringLiteral("Not yet inspected");
    case OfstedRating::None:
        return QStringLiteral("no rating recorded");
    }
    return {};
}

quint32 skillBit(const QString& code) {
    const QString c = code.trimmed();
    for (size_t i = 0; i < kSkills.size(); ++i)
        if (c == QLatin1String(kSkills[i]))
            return 1u << i;
    return 0;
}

quint32 skillMask(const QString& commaSeparated) {
    quint32 mask = 0;
    for (const QString& part : commaSeparated.split(u',', Qt::SkipEmptyParts))
        mask |= skillBit(part);
    return mask;
}

QStringList skillCodes(quint32 mask) {
    QStringList out;
    for (size_t i = 0; i < kSkills.size(); ++i)
        if (mask & (1u << i))
            out << QString::fromLatin1(kSkills[i]);
    return out;
}

} // namespace pd::core
