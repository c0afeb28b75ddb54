// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/wholecost.h"

#include <QLocale>

namespace pd::core {

QString formatPounds(double pounds) {
    return QStringLiteral("£") + QLocale(QLocale::English, QLocale::UnitedKingdom).toString(pounds, 'f', 2);
}

QString WholeCost::describe() const {
    const QString feeWords =
        blockPlaceFee > 0
            ? QStringLiteral("%1 fee (an empty place in a block contract: its %2 a week is already paid)")
                  .arg(formatPounds(fee), formatPounds(blockPlaceFee))
            : QStringLiteral("%1 fee").arg(formatPounds(fee));
    QString s = QStringLiteral("%1 + %2 extras + %3 school travel%4 + %5 contact travel%6")
                    .arg(feeWords, formatPounds(extras), formatPounds(schoolTravel),
                         schoolUnknown ? QStringLiteral(" (distance unknown)") : QString(),
                         formatPounds(contactTravel),
                         contactUnknown ? QStringLiteral(" (a distance unknown)") : QString());
    return s;
}

WholeCost WholeCost::of(const MatchReferral& r, const std::optional<Coordinates>& at, double fee,
                        double extras, const MatchSettings& settings) {
    WholeCost c;
    c.fee = fee;
    c.extras = extras;
    const double perMile = settings.mileageRatePence / 100.0;
    if (r.keepSchool) {
        if (at && r.school) {
            c.schoolMiles = milesBetween(*at, *r.school);
            c.schoolTravel = 2 * c.schoolMiles * settings.schoolDaysPerWeek * perMile;
        } else {
            c.schoolUnknown = true;
        }
    }
    for (const MatchReferral::ContactLeg& leg : r.contacts) {
        if (leg.sessionsPerWeek <= 0)
            continue;
        if (!at || !leg.at) {
            c.contactUnknown = true;
            continue;
        }
        c.contactTravel += 2 * milesBetween(*at, *leg.at) * leg.sessionsPerWeek * perMile;
    }
    return c;
}

} // namespace pd::core
