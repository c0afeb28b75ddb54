// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/isodate.h"

namespace pd::core {

qint64 julianDayFromIso(const char* t, int n) {
    if (n < 10 || t[4] != '-' || t[7] != '-')
        return 0;
    auto digits = [t](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    // Fliegel & Van Flandern: the same day numbers as QDate::toJulianDay().
    const int a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365LL * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

} // namespace pd::core
