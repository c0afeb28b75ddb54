// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/matching/scorer.h"
#include "core/storage/offerrepository.h"

namespace pd::core {

class Database;

/// An offer checked against the referral's essential criteria (the matching rules) and costed.
struct CheckedOffer {
    Offer offer;
    RegisterVacancy provision;   ///< the provision as the rules read it
    WholeCost cost;
    double milesHome = -1;
    double milesSchool = -1;
    quint32 breaches = 0;
    QStringList reasons;         ///< why it fails an essential criterion
    QList<ScoreLine> explanation;
    int score = 0;
    bool meetsEssential() const { return breaches == 0; }
};

/// Records providers' offers and checks each with the SAME hard rules as matching.
class OfferBook {
public:
    explicit OfferBook(Database& db) : m_db(db) {}

    /// Records an offer (first quoted fee = its fee), checks it and stores meets_essential.
    Result<qint64> record(Offer offer);
    /// Every offer of the referral, checked and costed (stored meets_essential refreshed).
    Result<QList<CheckedOffer>> offers(qint64 referralId, const QDate& today = QDate::currentDate());

private:
    /// cheapest: the cheapest compliant whole cost the cost criterion compares with (< 0: the offer's own).
    Result<CheckedOffer> check(const Offer& offer, const MatchReferral& referral, const MatchSettings& settings,
                               double cheapest = -1);
    Database& m_db;
};

} // namespace pd::core
