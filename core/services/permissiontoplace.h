// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>

namespace pd::core {

class Database;

/// SSDA903 codes and mix category for a placement with a provision of this type and provider kind.
struct PlacementCodes {
    QString place;         ///< PLACE, e.g. U4
    QString placeProvider; ///< PR1 (own authority) or PR4 (private)
    QString category;      ///< dashboard mix category
    static PlacementCodes of(const QString& placementType, const QString& providerKind);
};

/// The manager's permission to place the social worker's choice. In one transaction: creates the
/// placement for every child of the referral, ends each child's previous current placement (REC X1,
/// a planned move), uses up the vacancy, sets the budget line from the placement's category,
/// accepts the chosen offer and declines the others.
class PermissionToPlace {
  public:
    explicit PermissionToPlace(Database& db) : m_db(db) {}

    /// offerId: the social worker's recorded choice (SocialWorkersChoice). agreedWeeklyFee: the fee
    /// agreed after negotiation (the first quoted fee is kept on the offer). Records the permission
    /// (workflow approvePlacement, by this connection's user, a manager); above the budget holder's
    /// limit, name the budget holder who approved (budgetHolderLimit()).
    Result<QList<qint64>> place(qint64 referralId, qint64 offerId, double agreedWeeklyFee, const QDate& start,
                                const QString& budgetHolderApprovedBy = {});

    /// The whole weekly cost above which a budget holder must approve (a team setting).
    Result<double> budgetHolderLimit() const;

  private:
    Status endPrevious(qint64 childId, const QDate& start);
    Database& m_db;
};

} // namespace pd::core
