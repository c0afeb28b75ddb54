// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementhistory.h"

#include "core/domain/ssda903codes.h"

#include <algorithm>

namespace pd::core {

qint64 Episode::daysWithin(const QDate& from, const QDate& to) const {
    const QDate first = std::max(start, from);
    const QDate afterLast = end.isNull() ? to.addDays(1) : std::min(end, to.addDays(1));
    return std::max<qint64>(0, first.daysTo(afterLast));
}

bool Episode::isTemporary() const {
    return ssda903::isTemporaryPlace(place);
}

const Episode* ChildHistory::coveringEpisode(const QDate& day) const {
    for (auto it = episodes.crbegin(); it != episodes.crend(); ++it)
        if (it->covers(day))
            return &*it;
    return nullptr;
}

int ChildHistory::ageOn(const QDate& day) const {
    if (!dob.isValid())
        return -1;
    int years = day.year() - dob.year();
    if (day.month() < dob.month() || (day.month() == dob.month() && day.day() < dob.day()))
        --years;
    return years;
}

} // namespace pd::core
