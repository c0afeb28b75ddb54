// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provisionchoice.h"
#include "core/matching/checkedoffer.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Records providers' offers and checks each with the SAME hard rules as matching.
class OfferBook {
  public:
    explicit OfferBook(Database& db) : m_db(db) {}

    /// Records an offer (first quoted fee = its fee), checks it and stores meets_essential.
    Result<qint64> record(Offer offer);
    /// Every offer of the referral, checked and costed (stored meets_essential refreshed).
    Result<QList<CheckedOffer>> offers(qint64 referralId, const QDate& today = QDate::currentDate());
    /// Checks offers for a referral that are not recorded (nothing is stored): the demo generator
    /// proposes offers this way, so the ones it records meet the rules as the Offers page checks them.
    Result<QList<CheckedOffer>> checkProposed(qint64 referralId, const QList<Offer>& proposed,
                                              const QDate& today);
    /// Active provisions with provider, postcode and next vacancy, for picking the one an offer is for
    /// (ProvisionChoice::distinctLabels names each one differently).
    Result<QList<ProvisionChoice>> provisionChoices() const;

  private:
    struct Context;
    Result<Context> context(qint64 referralId, const QDate& today) const;
    /// cheapest: the cheapest compliant whole cost the cost criterion compares with (< 0: the offer's own).
    Result<CheckedOffer> check(const Offer& offer, const MatchReferral& referral,
                               const MatchSettings& settings, double cheapest = -1);
    Database& m_db;
};

} // namespace pd::core
