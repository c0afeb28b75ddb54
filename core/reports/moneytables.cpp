// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/moneytables.h"

#include "core/domain/contractedplacement.h"

#include <QStringList>

namespace pd::core {

namespace {

QVariant money(double v) {
    return QString::number(v, 'f', 2);
}

QVariant money(const std::optional<double>& v) {
    return v ? money(*v) : QVariant();
}

QVariant day(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

TableSnapshot invoicesTable(const QList<Invoice>& invoices) {
    TableSnapshot t;
    t.headers = {QStringLiteral("Invoice"),
                 QStringLiteral("Provider URN"),
                 QStringLiteral("Child"),
                 QStringLiteral("From"),
                 QStringLiteral("To"),
                 QStringLiteral("Amount (£)"),
                 QStringLiteral("Contract pays (£)"),
                 QStringLiteral("Status"),
                 QStringLiteral("Findings")};
    for (const Invoice& i : invoices) {
        QStringList rules;
        for (const InvoiceFinding& f : i.findings)
            rules << label(f.rule);
        t.rows << QVariantList{i.number,
                               i.providerUrn,
                               i.childRef,
                               day(i.periodStart),
                               day(i.periodEnd),
                               money(i.amount),
                               money(i.expected),
                               label(i.status) + (i.duplicateOf ? QStringLiteral(" (duplicate)") : QString()),
                               rules.join(QStringLiteral("; "))};
    }
    return t;
}

QString findingsText(const Invoice& invoice) {
    if (invoice.findings.isEmpty())
        return QStringLiteral("Invoice %1: nothing found; the contract pays %2.")
            .arg(invoice.number, invoice.expected ? pounds(*invoice.expected) : QStringLiteral("-"));
    QString out = QStringLiteral("Invoice %1:\n").arg(invoice.number);
    for (const InvoiceFinding& f : invoice.findings)
        out += QStringLiteral("• %1 — contract %2, invoiced %3. %4\n")
                   .arg(label(f.rule), pounds(f.expected), pounds(f.invoiced), f.detail);
    if (!invoice.decisionNote.isEmpty())
        out += QStringLiteral("%1 by %2: %3\n")
                   .arg(label(invoice.status), invoice.decidedBy, invoice.decisionNote);
    return out;
}

TableSnapshot providerContractsTable(const QList<ProviderContract>& contracts) {
    TableSnapshot t;
    t.headers = {QStringLiteral("Id"),
                 QStringLiteral("Provider"),
                 QStringLiteral("Kind"),
                 QStringLiteral("Starts"),
                 QStringLiteral("Ends"),
                 QStringLiteral("Tier"),
                 QStringLiteral("Band from (£)"),
                 QStringLiteral("Band to (£)"),
                 QStringLiteral("Places"),
                 QStringLiteral("Price a place (£)"),
                 QStringLiteral("Void cost (£)")};
    for (const ProviderContract& c : contracts)
        t.rows << QVariantList{
            c.id,
            c.providerName,
            label(c.kind),
            day(c.startsOn),
            day(c.endsOn),
            c.tier,
            money(c.priceBandLower),
            money(c.priceBandUpper),
            c.kind == ProviderContractKind::Block ? QVariant(c.reservedPlaces) : QVariant(),
            money(c.pricePerPlace),
            c.kind == ProviderContractKind::Block ? money(c.voidCostPerWeek()) : QVariant()};
    return t;
}

TableSnapshot blockWeeksTable(const BlockUtilisation& u) {
    TableSnapshot t;
    t.headers = {QStringLiteral("Week from"),           QStringLiteral("To"),
                 QStringLiteral("Place-days reserved"), QStringLiteral("Used"),
                 QStringLiteral("Utilisation (%)"),     QStringLiteral("Void cost (£)")};
    for (const BlockWeek& w : u.weeks)
        t.rows << QVariantList{day(w.from),
                               day(w.to),
                               w.reservedPlaceDays,
                               w.usedPlaceDays,
                               QString::number(100.0 * w.utilisation(), 'f', 0),
                               money(w.voidCost)};
    return t;
}

} // namespace pd::core
