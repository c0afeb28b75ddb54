// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoicecheck.h"

#include <QHash>

namespace pd::core {

/// The placements and the invoices already on file, indexed so that each invoice is checked against
/// only its child's placements with its provider and the invoices before it (checkInvoice), without
/// a look-up in the database per line.
class InvoiceLedger {
  public:
    explicit InvoiceLedger(QList<ContractedPlacement> placements);

    /// Checks the invoice against the placements and every invoice added so far.
    InvoiceCheck check(const Invoice& invoice) const;
    /// Adds an invoice as stored (its id, placement, duplicate and status), for the checks after it.
    void add(Invoice invoice);
    /// Room for n invoices (a bulk check adds every invoice on file).
    void reserve(qsizetype n) { m_invoices.reserve(n); }
    const QList<ContractedPlacement>& placements() const { return m_placements; }

  private:
    /// Child + URN: both as stored (URNs are upper case on import; a child's reference is exact).
    static QString childKey(const QString& childRef, const QString& urn);
    /// URN + invoice number, the number in any case.
    static QString numberKey(const QString& urn, const QString& number);
    QList<ContractedPlacement> m_placements;
    QHash<QString, QList<qsizetype>> m_placementsByChild; ///< child + URN -> placements
    QList<Invoice> m_invoices;
    QHash<QString, QList<qsizetype>> m_invoicesByChild;  ///< child + URN -> invoices
    QHash<QString, QList<qsizetype>> m_invoicesByNumber; ///< URN + number -> invoices
};

} // namespace pd::core
