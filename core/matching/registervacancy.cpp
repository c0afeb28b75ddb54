// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/registervacancy.h"

#include <array>

namespace pd::core {

namespace {
const std::array<const char*, 12> kSkills = {"asd", "pmld", "ebd", "learning_disability", "mental_health", "uasc",
                                             "parent_and_baby", "sexualised_behaviour", "sibling_groups",
                                             "staying_put", "therapeutic", "disability"};
}

QString placementTypeCode(PlacementType type)
{
    switch (type) {
    case PlacementType::Foster: return QStringLiteral("foster");
    case PlacementType::Residential: return QStringLiteral("residential");
    case PlacementType::Supported: return QStringLiteral("supported");
    }
    return {};
}

bool placementTypeFromCode(const QString& code, PlacementType* type)
{
    for (PlacementType t : {PlacementType::Foster, PlacementType::Residential, PlacementType::Supported})
        if (code.compare(placementTypeCode(t), Qt::CaseInsensitive) == 0) {
            *type = t;
            return true;
        }
    return false;
}

FrameworkStatus frameworkStatusFromCode(const QString& code)
{
    if (code == QLatin1String("in_house")) return FrameworkStatus::InHouse;
    if (code == QLatin1String("select_list")) return FrameworkStatus::SelectList;
    if (code == QLatin1String("regional_framework")) return FrameworkStatus::RegionalFramework;
    if (code == QLatin1String("suspended")) return FrameworkStatus::Suspended;
    if (code == QLatin1String("excluded")) return FrameworkStatus::Excluded;
    return FrameworkStatus::Spot;
}

QString frameworkStatusLabel(FrameworkStatus status)
{
    switch (status) {
    case FrameworkStatus::InHouse: return QStringLiteral("in-house");
    case FrameworkStatus::SelectList: return QStringLiteral("select list");
    case FrameworkStatus::RegionalFramework: return QStringLiteral("regional framework");
    case FrameworkStatus::Spot: return QStringLiteral("spot purchase");
    case FrameworkStatus::Suspended: return QStringLiteral("suspended");
    case FrameworkStatus::Excluded: return QStringLiteral("excluded");
    }
    return {};
}

OfstedRating ofstedRatingFromCode(const QString& code)
{
    if (code == QLatin1String("outstanding")) return OfstedRating::Outstanding;
    if (code == QLatin1String("good")) return OfstedRating::Good;
    if (code == QLatin1String("requires_improvement")) return OfstedRating::RequiresImprovement;
    if (code == QLatin1String("inadequate")) return OfstedRating::Inadequate;
    if (code == QLatin1String("not_yet_inspected")) return OfstedRating::NotYetInspected;
    return OfstedRating::Unknown;
}

QString ofstedRatingLabel(OfstedRating rating)
{
    switch (rating) {
    case OfstedRating::Outstanding: return QStringLiteral("Outstanding");
    case OfstedRating::Good: return QStringLiteral("Good");
    case OfstedRating::RequiresImprovement: return QStringLiteral("Requires improvement");
    case OfstedRating::Inadequate: return QStringLiteral("Inadequate");
    case OfstedRating::NotYetInspected: return QStringLiteral("Not yet inspected");
    case OfstedRating::Unknown: return QStringLiteral("no rating recorded");
    }
    return {};
}

quint32 skillBit(const QString& code)
{
    const QString c = code.trimmed();
    for (size_t i = 0; i < kSkills.size(); ++i)
        if (c == QLatin1String(kSkills[i]))
            return 1u << i;
    return 0;
}

quint32 skillMask(const QString& commaSeparated)
{
    quint32 mask = 0;
    for (const QString& part : commaSeparated.split(u',', Qt::SkipEmptyParts))
        mask |= skillBit(part);
    return mask;
}

QStringList skillCodes(quint32 mask)
{
    QStringList out;
    for (size_t i = 0; i < kSkills.size(); ++i)
        if (mask & (1u << i))
            out << QString::fromLatin1(kSkills[i]);
    return out;
}

} // namespace pd::core
