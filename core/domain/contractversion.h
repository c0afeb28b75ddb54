// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pd::core {

/// An outcome agreed for the child in the contract: its wording, how it is measured and how often it
/// is looked at (0: at every review).
struct ContractOutcome {
    qint64 id = 0;
    QString wording;
    QString measure;
    int reviewMonths = 0;
};

/// One version of a placement's Individual Placement Contract (IPC). Version 1 is made by permission
/// to place; each change makes the next version and the earlier ones are kept as they were.
struct ContractVersion {
    qint64 id = 0;
    qint64 placementId = 0;
    int version = 0;
    QDate effectiveFrom; ///< the day this version applies from
    QDate start;         ///< the placement's start as contracted
    double weeklyFee = 0;
    double extras = 0; ///< agreed extras a week
    QString extrasNote;
    int noticeDays = 28;
    qint64 provisionId = 0;
    QString providerName;
    QString provisionName;
    QString changeNote; ///< why this version was made
    QDateTime madeAt;
    QString madeBy;
    QList<ContractOutcome> outcomes;

    double weeklyTotal() const { return weeklyFee + extras; }
};

/// A change to a contract: a new fee or extras from a date, outcomes added; what is not given stays.
struct ContractChange {
    QDate effectiveFrom;
    std::optional<double> weeklyFee;
    std::optional<double> extras;
    QString extrasNote;
    QList<ContractOutcome> addOutcomes;
    QString changeNote; ///< required: why (an accepted uplift, a new outcome agreed at review)
};

} // namespace pd::core
