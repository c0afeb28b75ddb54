// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/providercontract.h"

#include <algorithm>
#include <vector>

namespace pd::core {

BlockUtilisation blockUtilisation(const ProviderContract& block, const QList<ProviderStay>& stays,
                                  const QDate& asOf) {
    BlockUtilisation out;
    const QDate last = block.endsOn.isNull() ? asOf : std::min(block.endsOn, asOf);
    if (!block.startsOn.isValid() || last < block.startsOn || block.reservedPlaces <= 0)
        return out;
    const qint64 days = block.startsOn.daysTo(last) + 1;
    // Occupancy a day: +1 on a stay's first day, -1 on the day it ended (that day is the next home's).
    std::vector<int> change(size_t(days) + 1, 0);
    for (const ProviderStay& s : stays) {
        const qint64 from = std::max<qint64>(0, block.startsOn.daysTo(s.start));
        const qint64 to = s.end.isNull() ? days : std::min<qint64>(days, block.startsOn.daysTo(s.end));
        if (from >= to)
            continue;
        ++change[size_t(from)];
        --change[size_t(to)];
    }
    const double voidPerDay = block.voidCostPerWeek() / 7.0;
    int occupied = 0;
    for (qint64 d = 0; d < days; ++d) {
        if (d % 7 == 0)
            out.weeks << BlockWeek{block.startsOn.addDays(d), std::min(last, block.startsOn.addDays(d + 6)),
                                   0, 0, 0};
        occupied += change[size_t(d)];
        const int used = std::min(occupied, block.reservedPlaces);
        BlockWeek& w = out.weeks.last();
        w.reservedPlaceDays += block.reservedPlaces;
        w.usedPlaceDays += used;
        w.voidCost += (block.reservedPlaces - used) * voidPerDay;
        out.placesUsedOn = used;
    }
    for (const BlockWeek& w : out.weeks) {
        out.reservedPlaceDays += w.reservedPlaceDays;
        out.usedPlaceDays += w.usedPlaceDays;
        out.voidCost += w.voidCost;
    }
    return out;
}

} // namespace pd::core
