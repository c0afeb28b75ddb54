// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoice.h"
#include "core/domain/providercontract.h"
#include "core/domain/tablesnapshot.h"

namespace pd::core {

/// The invoices as the Money window lists them: one row per invoice, its findings' rules in the last
/// column (money as plain numbers with two decimals).
TableSnapshot invoicesTable(const QList<Invoice>& invoices);
/// One invoice's findings for people: a line per finding with the contract's and the invoiced figure.
QString findingsText(const Invoice& invoice);
/// The providers' contracts: kind, term, band, and a block's places and price.
TableSnapshot providerContractsTable(const QList<ProviderContract>& contracts);
/// A block contract's weeks: place-days reserved and used, utilisation and void cost.
TableSnapshot blockWeeksTable(const BlockUtilisation& utilisation);

} // namespace pd::core
