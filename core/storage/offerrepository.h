// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/offer.h"
#include "core/domain/provisionchoice.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <optional>

namespace pd::core {

class Database;

/// Reads and writes offers (audited, optimistic concurrency through RecordWriter).
class OfferRepository {
  public:
    explicit OfferRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Offer& offer);
    Result<QList<Offer>> forReferral(qint64 referralId) const;
    Result<Offer> load(qint64 offerId) const;
    /// Saves fee, extras, start date, status, meets_essential and notes (not the first quoted fee).
    Status save(const Offer& offer);
    /// Active provisions with provider, postcode and next vacancy, for picking the one an offer is for.
    Result<QList<ProvisionChoice>> provisionChoices() const;

  private:
    Database& m_db;
};

} // namespace pd::core
