// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contractedplacement.h"
#include "core/domain/invoice.h"
#include "core/result.h"

namespace pd::core {

class Database;

/// Invoices and their findings (invoices, invoice_findings), written through RecordWriter (audited),
/// and the placements with their contracts' fees that invoices are checked against.
class InvoiceRepository {
  public:
    explicit InvoiceRepository(Database& db) : m_db(db) {}

    /// Stores the invoice with its findings, imported now by the connection's user; returns its id.
    Result<qint64> insert(const Invoice& invoice);
    /// Every invoice with its findings, in the order they were imported.
    Result<QList<Invoice>> all() const;
    Result<Invoice> load(qint64 id) const;
    /// The counted invoices (not duplicates) with this number, from any provider.
    Result<QList<Invoice>> withNumber(const QString& number) const;
    /// Records the officer's decision (optimistic: refused when someone changed it since it was read).
    Status decide(const Invoice& invoice, InvoiceStatus status, const QString& note);
    /// Every placement with its provider's Ofsted URN, its child's reference and the fee steps of
    /// its contract (a placement without one: its agreed weekly cost from its start), read in two
    /// statements however many there are.
    Result<QList<ContractedPlacement>> contractedPlacements() const;

  private:
    Result<QList<Invoice>> select(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
