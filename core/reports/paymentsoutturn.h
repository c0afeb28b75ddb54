// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/budgetline.h"
#include "core/domain/contractedplacement.h"
#include "core/domain/invoice.h"

namespace pd::core {

/// A budget line's year from payments: spent to date from approved invoices, an estimate apart for the
/// days no approved invoice covers yet, and what the current contracts commit to 31 March.
struct PaymentsOutturn {
    qint64 lineId = 0;
    QString name;
    std::optional<double> budget;
    double paid = 0;      ///< approved invoices, the part of each for days from 1 April to the day
    double estimated = 0; ///< days to date no approved invoice covers, at the contract's fee that day
    double committed = 0; ///< from the day after to 31 March, at the fee of the IPC version in force
    double stopped = 0;   ///< invoiced but never paid: duplicates and rejected invoices
    int placements = 0;

    double spent() const { return paid + estimated; }
    double forecast() const { return paid + estimated + committed; }
    /// Budget minus forecast: negative is an overspend.
    std::optional<double> variance() const {
        return budget ? std::optional<double>(*budget - forecast()) : std::nullopt;
    }
};

/// The lines' outturn for the year ending yearEnd as of asOf (clamped into the year). Each placement
/// counts on its budget line; invoices count on their placement's line.
QList<PaymentsOutturn> paymentsOutturn(const QList<ContractedPlacement>& placements,
                                       const QList<Invoice>& invoices, const QList<BudgetLineAmount>& lines,
                                       const QDate& yearEnd, const QDate& asOf);

} // namespace pd::core
