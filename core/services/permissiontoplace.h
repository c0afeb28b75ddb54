// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractversion.h"
#include "core/domain/placementrecord.h"
#include "core/domain/referral.h"
#include "core/result.h"

#include <QDate>
#include <optional>

namespace pd::core {

class Database;
struct CheckedOffer;

/// SSDA903 codes and mix category for a placement with a provision of this type and provider kind.
struct PlacementCodes {
    QString place;         ///< PLACE, e.g. U4
    QString placeProvider; ///< PR1 (own authority) or PR4 (private)
    QString category;      ///< dashboard mix category
    static PlacementCodes of(const QString& placementType, const QString& providerKind);
};

/// The SSDA903 codes of the episode a placement starts, from the one it follows: S when the child
/// was not looked after (a new period of care), B when the legal status changes with the move,
/// else P; the legal status carries over when the referral gives none, the category of need always.
struct NewEpisode {
    QString rne;
    QString legalStatus;
    QString cin;
    static NewEpisode after(const std::optional<PlacementRecord>& previous, const QString& legalStatus);
};

/// The manager's permission to place the social worker's choice. In one transaction: creates the
/// placement for every child of the referral, ends each child's previous current placement (REC X1,
/// a planned move), uses up the vacancy, sets the budget line from the placement's category,
/// accepts the chosen offer and declines the others, and makes version 1 of each placement's
/// Individual Placement Contract (the agreed fee, the offer's extras, the start, the provision and the
/// referral's expected outcomes, each reviewed at every review).
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

    /// Version 1 of a placement's contract, from the chosen offer at the agreed fee.
    static ContractVersion firstContract(qint64 placementId, const CheckedOffer& chosen,
                                         double agreedWeeklyFee, const QDate& start,
                                         const QStringList& expectedOutcomes);

  private:
    /// A child new to the file (a referral typed in, not imported) becomes a looked-after child
    /// record when placed, linked to the referral; `referral` is read again with its new version.
    Status recordNewChildren(Referral& referral);
    /// Ends the child's current placement(s) on the start day; the latest of them, if any.
    Result<std::optional<PlacementRecord>> endPrevious(qint64 childId, const QDate& start);
    Database& m_db;
};

} // namespace pd::core
