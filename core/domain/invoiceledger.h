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
    void add(const Invoice& invoice);
    const QList<ContractedPlacement>& placements() const { return m_placements; }

  private:
    static QString key(const QString& a, const QString& b);
    QList<ContractedPlacement> m_placements;
    QHash<QString, QList<qsizetype>> m_placementsByChild; ///< child + URN -> placements
    QList<Invoice> m_invoices;
    QHash<QString, QList<qsizetype>> m_invoicesByChild;  ///< child + URN -> invoices
    QHash<QString, QList<qsizetype>> m_invoicesByNumber; ///< URN + number -> invoices
};

} // namespace pd::core
