// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/invoiceledger.h"

namespace pd::core {

QString InvoiceLedger::key(const QString& a, const QString& b) {
    return a.toUpper() + u'\n' + b.toUpper();
}

InvoiceLedger::InvoiceLedger(QList<ContractedPlacement> placements) : m_placements(std::move(placements)) {
    for (qsizetype i = 0; i < m_placements.size(); ++i)
        m_placementsByChild[key(m_placements[i].childRef, m_placements[i].providerUrn)] << i;
}

InvoiceCheck InvoiceLedger::check(const Invoice& invoice) const {
    QList<const ContractedPlacement*> placements;
    for (qsizetype i : m_placementsByChild.value(key(invoice.childRef, invoice.providerUrn)))
        placements << &m_placements[i];
    QList<const Invoice*> earlier;
    // The same number first, so a duplicate names the invoice it repeats.
    for (qsizetype i : m_invoicesByNumber.value(key(invoice.providerUrn, invoice.number)))
        earlier << &m_invoices[i];
    for (qsizetype i : m_invoicesByChild.value(key(invoice.childRef, invoice.providerUrn)))
        if (!earlier.contains(&m_invoices[i]))
            earlier << &m_invoices[i];
    return checkInvoice(invoice, placements, earlier);
}

void InvoiceLedger::add(const Invoice& invoice) {
    const qsizetype i = m_invoices.size();
    m_invoices << invoice;
    m_invoicesByChild[key(invoice.childRef, invoice.providerUrn)] << i;
    m_invoicesByNumber[key(invoice.providerUrn, invoice.number)] << i;
}

} // namespace pd::core
