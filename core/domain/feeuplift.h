// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace pd::core {

/// Where a provider's fee-uplift request stands: asked, or decided by a manager.
enum class UpliftStatus { Requested, Accepted, Partial, Declined };

template <> struct Vocabulary<UpliftStatus> {
    static constexpr Term<UpliftStatus> terms[] = {
        {UpliftStatus::Requested, "requested", "Requested"},
        {UpliftStatus::Accepted, "accepted", "Accepted"},
        {UpliftStatus::Partial, "partial", "Partly accepted"},
        {UpliftStatus::Declined, "declined", "Declined"},
    };
};

/// A provider's request to raise its fees from a date (its annual uplift), with its evidence, and the
/// manager's decision. A percentage applies to every placement with the provider current on the date
/// (or the one placement named); a new fee names one placement.
struct FeeUplift {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 providerId = 0;
    QString providerName;
    qint64 placementId = 0; ///< 0: every current placement with the provider
    QDate requestedOn;
    QDate effectiveFrom;
    std::optional<double> percentage; ///< asked: a percentage, or
    std::optional<double> newFee;     ///< asked: a new weekly fee (one placement)
    QString evidence;                 ///< what the provider gives for it (costs, wages, inflation)
    UpliftStatus status = UpliftStatus::Requested;
    std::optional<double> agreedPercentage;
    std::optional<double> agreedFee;
    QString decisionReason;
    QDateTime decidedAt;
    QString decidedBy;
};

/// A manager's decision on a request: accept as asked, accept part (a lower percentage or fee), or
/// decline; always with a reason.
struct UpliftDecision {
    UpliftStatus status = UpliftStatus::Accepted;
    std::optional<double> agreedPercentage; ///< partial: the percentage agreed
    std::optional<double> agreedFee;        ///< partial: the fee agreed
    QString reason;
};

/// One contract an accepted uplift changed.
struct UpliftChange {
    qint64 placementId = 0;
    int version = 0; ///< the IPC version it made
    double oldFee = 0;
    double newFee = 0;
};

} // namespace pd::core
