// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/registerrow.h"

namespace pd::core {

bool RegisterCriteria::matches(const RegisterRow& row) const {
    if (kind && row.kind != *kind)
        return false;
    if (frameworkStatus && row.frameworkStatus != *frameworkStatus)
        return false;
    if (rating && row.rating != *rating)
        return false;
    if (!skill.isEmpty() && !row.skills.contains(skill))
        return false;
    if (vacancyNow && row.vacantPlacesNow <= 0)
        return false;
    if (origin) {
        // Unknown locations are left out rather than guessed near.
        if (!row.location || milesBetween(*origin, *row.location) > maxMiles)
            return false;
    }
    if (!text.isEmpty()) {
        const bool hit = row.providerName.contains(text, Qt::CaseInsensitive) ||
                         row.provisionName.contains(text, Qt::CaseInsensitive) ||
                         row.ofstedUrn.contains(text, Qt::CaseInsensitive) ||
                         row.postcode.contains(text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    return true;
}

} // namespace pd::core
