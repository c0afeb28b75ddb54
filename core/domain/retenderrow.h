// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace pd::core {

/// One provider's year for the select-list retender: what was asked of it, what it offered and
/// delivered, what it cost against its price band, its Ofsted rating and its uplift requests.
struct RetenderRow {
    qint64 providerId = 0;
    QString provider;
    QString urn;
    QString framework; ///< framework_status code
    QString ofsted;    ///< ofsted_rating code
    int referralsSent = 0;
    int offers = 0;
    int offersMeetingEssential = 0;
    int placements = 0; ///< placements that began in the year
    int endings = 0;    ///< placements that ended in the year
    int disruptions =
        0; ///< of those, ended by disruption (REASON_PLACE_CHANGE CREQB, CREQO, CHILD, STAND, ALLEG)
    std::optional<double> averageFee; ///< the agreed weekly fee (IPC version 1) of the year's placements
    std::optional<double> bandLower;
    std::optional<double> bandUpper;
    int upliftRequests = 0;
    int upliftsAgreed = 0;                     ///< accepted or partly accepted
    std::optional<double> upliftAskedPercent;  ///< average asked (percentage requests)
    std::optional<double> upliftAgreedPercent; ///< average agreed (percentage decisions)

    /// "within", "above" or "below" the band; "" without a fee or a band.
    QString feeAgainstBand() const {
        if (!averageFee || (!bandLower && !bandUpper))
            return {};
        if (bandUpper && *averageFee > *bandUpper)
            return QStringLiteral("above");
        if (bandLower && *averageFee < *bandLower)
            return QStringLiteral("below");
        return QStringLiteral("within");
    }
    bool active() const { return referralsSent + offers + placements + endings + upliftRequests > 0; }
};

} // namespace pd::core
