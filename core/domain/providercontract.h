// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace pd::core {

/// How the authority buys from a provider.
enum class ProviderContractKind { SelectList, RegionalFramework, Spot, Block };

template <> struct Vocabulary<ProviderContractKind> {
    static constexpr Term<ProviderContractKind> terms[] = {
        {ProviderContractKind::SelectList, "select_list", "Select list"},
        {ProviderContractKind::RegionalFramework, "regional_framework", "Regional framework"},
        {ProviderContractKind::Spot, "spot", "Spot purchase"},
        {ProviderContractKind::Block, "block", "Block contract"},
    };
};

/// A contract with a provider: the select list or a framework (tier, price band, term, review), a
/// spot purchase, or a block contract (places reserved and paid for a period whether used or not).
struct ProviderContract {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 providerId = 0;
    QString providerName;
    ProviderContractKind kind = ProviderContractKind::Spot;
    QString reference;
    QString tier;
    std::optional<double> priceBandLower;
    std::optional<double> priceBandUpper;
    QDate startsOn;
    QDate endsOn; ///< the last day of the term; null: open
    QDate reviewOn;
    int reservedPlaces = 0;              ///< block
    std::optional<double> pricePerPlace; ///< block: a place a week
    std::optional<double> voidCost;      ///< block: what an empty place costs a week (else the price)
    QString note;

    bool covers(const QDate& day) const { return startsOn <= day && (endsOn.isNull() || day <= endsOn); }
    /// An empty place's cost a week: the void cost, else the price per place.
    double voidCostPerWeek() const { return voidCost.value_or(pricePerPlace.value_or(0)); }
};

/// A stay at the provider: a placement's first day and the day it ended (null: current).
struct ProviderStay {
    QDate start;
    QDate end;
};

/// One week of a block contract: place-days reserved and used (at most the reserved places a day).
struct BlockWeek {
    QDate from;
    QDate to; ///< inclusive (the last week may be short)
    int reservedPlaceDays = 0;
    int usedPlaceDays = 0;
    double voidCost = 0;

    int voidPlaceDays() const { return reservedPlaceDays - usedPlaceDays; }
    double utilisation() const { return reservedPlaceDays ? double(usedPlaceDays) / reservedPlaceDays : 0; }
};

/// A block contract's use from its start to a day: weeks of seven days from its start, the places used
/// each day (the provider's placements, at most the places reserved), and what the empty places cost.
struct BlockUtilisation {
    QList<BlockWeek> weeks;
    int reservedPlaceDays = 0;
    int usedPlaceDays = 0;
    double voidCost = 0;  ///< to date: empty place-days x the void cost a week / 7
    int placesUsedOn = 0; ///< on the last day counted
    int voidPlaceDays() const { return reservedPlaceDays - usedPlaceDays; }
};

/// Works out the block contract's utilisation from its start to asOf (or its end, if earlier).
BlockUtilisation blockUtilisation(const ProviderContract& block, const QList<ProviderStay>& stays,
                                  const QDate& asOf);

/// A provider's block places on a day, for matching: reserved by its block contracts and used by its
/// current placements.
struct BlockPlaces {
    int reserved = 0;
    int used = 0;
    int empty() const { return std::max(0, reserved - used); }
};

} // namespace pd::core
