// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pd::core {

/// A weekly fee and extras from a day on: one version of a placement's contract.
struct FeeStep {
    QDate from;
    double weeklyFee = 0;
    double extras = 0;   ///< agreed extras a week
    int version = 0;     ///< the IPC version (0: no contract, the placement's agreed weekly cost)
    bool uplift = false; ///< the version an accepted fee uplift made
};

/// A placement as its invoices are checked: whose, with which provider, from when to when, and the
/// fee in force on each day (the contract's versions, uplifts included).
struct ContractedPlacement {
    qint64 placementId = 0;
    QString childRef;
    QString providerUrn;
    qint64 providerId = 0;
    qint64 budgetLineId = 0;
    QDate start;
    QDate end;           ///< the day it ended (the child's first day elsewhere); null while current
    QList<FeeStep> fees; ///< by `from`, oldest first; the first applies from the start

    /// Days of the placement within [from, to] (both inclusive); the day it ends belongs to the next.
    qint64 daysWithin(const QDate& from, const QDate& to) const;
    /// The step in force on a day (the first step before it begins).
    const FeeStep* feeOn(const QDate& day) const;
    /// What the contract pays for the placement's days within [from, to]: fees and extras apart,
    /// each day at the weekly figure in force that day / 7.
    struct Amount {
        double fee = 0;
        double extras = 0;
        qint64 days = 0;
    };
    Amount amountFor(const QDate& from, const QDate& to) const;
};

/// Money rounded to the penny.
double roundPence(double pounds);
/// "£1,234.56".
QString pounds(double amount);

} // namespace pd::core
