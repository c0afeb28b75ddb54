// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractedplacement.h"
#include "core/domain/invoice.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// What checking every invoice reads, in bulk from one snapshot of the file through the read
/// connection (as the register's reader does): the invoices with the columns the check needs (no
/// findings, description or decision), and every placement with its contract's fee steps. URNs and
/// children's references are shared strings.
struct InvoiceBooks {
    QList<Invoice> invoices; ///< in the order imported
    QList<ContractedPlacement> placements;
};

class InvoiceReader {
  public:
    explicit InvoiceReader(Database& db) : m_db(db) {}

    Result<InvoiceBooks> read() const;

  private:
    Database& m_db;
};

} // namespace pd::core
