// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/financialyear.h"
#include "core/domain/geo.h"
#include "core/domain/placementcategory.h"
#include "core/domain/sharedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace pd::core {

/// One SSDA903-style episode (a row of `placements`) with what the measures read.
struct Episode {
    qint64 placementId = 0;
    QDate start; ///< DECOM
    QDate end;   ///< DEC; null while the episode is open
    // Texts as SharedText: the 424,446 episodes at scale 100 share their codes and postcodes.
    SharedText rne;           ///< reason for new episode: S P B T U L
    SharedText legalStatus;   ///< LS
    SharedText place;         ///< PLACE
    SharedText placeProvider; ///< PLACE_PROVIDER
    SharedText urn;
    SharedText placementPostcode;
    PlacementCategory category = PlacementCategory::Other;
    /// Where the child lived (the episode's HOME_POST, else the child's), from the imported postcode
    /// table; unknown stays unknown.
    std::optional<Coordinates> home;
    std::optional<Coordinates> placed;
    std::optional<double> weeklyCost;
    std::optional<double> firstQuotedFee;
    qint64 budgetLineId = 0;
    SharedText providerKey;       ///< who provides it (provider id, else URN): counts IFAs used
    bool selectList = false;      ///< the provider is on the select list (preferred providers)
    bool inHouseProvider = false; ///< the provider is the council's own service
    qint64 referralId = 0;        ///< the referral the placement was made through (0: none)

    /// Whether the episode covers a day: the day an episode ends belongs to the next one.
    bool covers(const QDate& day) const { return start <= day && (end.isNull() || end > day); }
    /// Days of the episode within [from, to] (both inclusive).
    qint64 daysWithin(const QDate& from, const QDate& to) const;
    /// PLACE T0-T4: a temporary placement (holiday, respite, hospital...).
    bool isTemporary() const;
};

/// A child and their episodes in date order.
struct ChildHistory {
    qint64 childId = 0;
    QString childRef;
    SharedText sex;
    QDate dob;
    QList<Episode> episodes;

    /// The episode covering a day, or null.
    const Episode* coveringEpisode(const QDate& day) const;
    /// Whole years of age on a day; -1 when the date of birth is unknown.
    int ageOn(const QDate& day) const;
};

/// Every child's placement history, loaded once and measured in memory.
struct PlacementHistory {
    QList<ChildHistory> children;
};

} // namespace pd::core
