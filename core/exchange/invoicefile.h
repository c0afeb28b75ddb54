// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoice.h"
#include "core/result.h"

#include <QIODevice>

namespace pd::core {

/// Reads a provider's invoice file (docs/formats.md, "Invoices"): columns invoice_number, provider_urn,
/// child_id, period_start, period_end, amount; optional description, extras, weekly_rate. Strict and
/// all-or-nothing: every bad row is listed as "FILE, line N: reason" and no invoice is returned.
/// Nothing is written: InvoiceBook checks and stores what this reads.
Result<QList<Invoice>> readInvoiceFile(QIODevice& file, const QString& fileLabel);

} // namespace pd::core
