// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementdays.h"

namespace pd::core {

QString childInWords(const PlacementRecord& p) {
    return p.childName.isEmpty() ? QStringLiteral("child %1").arg(p.childRef)
                                 : QStringLiteral("child %1 (%2)").arg(p.childRef, p.childName);
}

QString dayOutsidePlacement(const PlacementRecord& p, const QDate& day, const QDate& today,
                            const QString& what) {
    const QString placement = QStringLiteral("placement %1 of %2").arg(p.id).arg(childInWords(p));
    if (!day.isValid())
        return QStringLiteral("Date: give the date of %1 (YYYY-MM-DD).").arg(what);
    const QString iso = day.toString(Qt::ISODate);
    if (day < p.start)
        return QStringLiteral("Date: %1 is before %2 began on %3; give a date on or after %3.")
            .arg(iso, placement, p.start.toString(Qt::ISODate));
    if (p.end.isValid() && day > p.end)
        return QStringLiteral("Date: %1 is after %2 ended on %3.")
            .arg(iso, placement, p.end.toString(Qt::ISODate));
    if (day > today)
        return QStringLiteral("Date: %1 is after today (%2); record %3 once it has happened.")
            .arg(iso, today.toString(Qt::ISODate), what);
    return {};
}

} // namespace pd::core
