// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/geo.h"

#include <QRegularExpression>
#include <cmath>

namespace pd::core {

double milesBetween(const Coordinates& a, const Coordinates& b) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusMiles * std::asin(std::min(1.0, std::sqrt(h)));
}

QString normalisePostcode(const QString& text) {
    QString compact = text.toUpper();
    // Compiled once: the postcode import calls this millions of times.
    static const QRegularExpression space(QStringLiteral("\\s"));
    compact.remove(space);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$"));
    if (!shape.match(compact).hasMatch())
        return {};
    return compact.left(compact.size() - 3) + u' ' + compact.right(3);
}

} // namespace pd::core
