// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractedplacement.h"
#include "core/domain/invoice.h"

namespace pd::core {

/// What checking one invoice found: the placement it was checked against (0: none), what the
/// contract pays for the period, the invoice it duplicates (0: none) and every finding.
struct InvoiceCheck {
    qint64 placementId = 0;
    std::optional<double> expected;
    qint64 duplicateOf = 0;
    QList<InvoiceFinding> findings;
};

/// The invoice rules (docs/formats.md, "Invoices"), pure: an invoice against the placements of that
/// child with that provider and the invoices already on file for them (earlier ones, any status).
/// The invoice is checked against the placement whose days overlap its period most.
///   - no placement for the child with the provider;
///   - days of the period outside the placement (before it began, on or after the day it ended);
///   - a weekly rate above the contract's fee in force for the period (each day at the fee of the
///     IPC version in force that day, so an accepted uplift counts from its date): the rate the file
///     gives, else the amount less extras x 7 / days (then a penny a day is allowed);
///   - extras above what the contract pays for the period (none: "not in the contract");
///   - the same invoice number from the provider already on file (a duplicate: never counted twice);
///   - days another counted invoice for the placement already covers;
///   - arithmetic: the amount less extras off days x the rate given / 7 by more than a penny a day.
InvoiceCheck checkInvoice(const Invoice& invoice, const QList<const ContractedPlacement*>& placements,
                          const QList<const Invoice*>& earlier);

/// "INV-0042 (child RV0000042, 2026-04-01 to 2026-04-28)": how a finding names its invoice.
QString invoiceInWords(const Invoice& invoice);

} // namespace pd::core
