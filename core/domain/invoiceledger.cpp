// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/invoiceledger.h"

namespace pd::core {

QString InvoiceLedger::childKey(const QString& childRef, const QString& urn) {
    return childRef + u'\n' + urn;
}

QString InvoiceLedger::numberKey(const QString& urn, const QString& number) {
    return urn + u'\n' + number.toUpper();
}

InvoiceLedger::InvoiceLedger(QList<ContractedPlacement> placements) : m_placements(std::move(placements)) {
    for (qsizetype i = 0; i < m_placements.size(); ++i)
        m_placementsByChild[childKey(m_placements[i].childRef, m_placements[i].providerUrn)] << i;
}

InvoiceCheck InvoiceLedger::check(const Invoice& invoice) const {
    QList<const ContractedPlacement*> placements;
    for (qsizetype i : m_placementsByChild.value(childKey(invoice.childRef, invoice.providerUrn)))
        placements << &m_placements[i];
    QList<const Invoice*> earlier;
    // The same number first, so a duplicate names the invoice it repeats.
    for (qsizetype i : m_invoicesByNumber.value(numberKey(invoice.providerUrn, invoice.number)))
        earlier << &m_invoices[i];
    for (qsizetype i : m_invoicesByChild.value(childKey(invoice.childRef, invoice.providerUrn)))
        if (!earlier.contains(&m_invoices[i]))
            earlier << &m_invoices[i];
    return checkInvoice(invoice, placements, earlier);
}

void InvoiceLedger::add(Invoice invoice) {
    const qsizetype i = m_invoices.size();
    m_invoicesByChild[childKey(invoice.childRef, invoice.providerUrn)] << i;
    m_invoicesByNumber[numberKey(invoice.providerUrn, invoice.number)] << i;
    m_invoices << std::move(invoice);
}

} // namespace pd::core
