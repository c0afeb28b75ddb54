// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/invoicecheck.h"

#include <algorithm>

namespace pd::core {

namespace {

constexpr double kPenny = 0.01;
// Sums of pence in binary floating point: a tolerance met to the penny is within it.
constexpr double kRounding = 1e-6;

QString isoDay(const QDate& d) {
    return d.toString(Qt::ISODate);
}

/// The placement whose days overlap the period most (the later one on a tie).
const ContractedPlacement* bestPlacement(const Invoice& invoice,
                                         const QList<const ContractedPlacement*>& placements) {
    const ContractedPlacement* best = nullptr;
    qint64 bestDays = -1;
    for (const ContractedPlacement* p : placements) {
        const qint64 days = p->daysWithin(invoice.periodStart, invoice.periodEnd);
        if (days > bestDays || (days == bestDays && best && p->start > best->start)) {
            best = p;
            bestDays = days;
        }
    }
    return best;
}

QString placementSpan(const ContractedPlacement& p) {
    return p.end.isNull() ? QStringLiteral("from %1").arg(isoDay(p.start))
                          : QStringLiteral("%1 until it ended on %2").arg(isoDay(p.start), isoDay(p.end));
}

void checkAgainstContract(const Invoice& invoice, const ContractedPlacement& p, InvoiceCheck& out) {
    const qint64 days = invoice.days();
    const ContractedPlacement::Amount paid = p.amountFor(invoice.periodStart, invoice.periodEnd);
    out.expected = roundPence(paid.fee + paid.extras);
    const qint64 outside = days - paid.days;
    if (outside > 0)
        out.findings << InvoiceFinding{
            InvoiceRule::OutsidePlacement, *out.expected, invoice.amount,
            QStringLiteral("%1 of the %2 days invoiced are outside placement %3 (%4); the contract pays "
                           "%5 for the days within it.")
                .arg(outside)
                .arg(days)
                .arg(p.placementId)
                .arg(placementSpan(p), pounds(*out.expected))};
    const double feeInvoiced = invoice.amount - invoice.extras;
    if (paid.days > 0) {
        const double contractRate = paid.fee * 7.0 / double(paid.days);
        const bool given = invoice.weeklyRate.has_value();
        const double rate = given ? *invoice.weeklyRate : feeInvoiced * 7.0 / double(days);
        const double allowed = given ? kPenny / 2 : kPenny * 7.0;
        if (rate > contractRate + allowed + kRounding)
            out.findings << InvoiceFinding{
                InvoiceRule::RateAboveContract, roundPence(contractRate), roundPence(rate),
                QStringLiteral("%1 a week %2 is above the contract's %3 a week for these days (IPC "
                               "version %4 on %5).")
                    .arg(pounds(rate),
                         given ? QStringLiteral("charged")
                               : QStringLiteral("(the amount less extras x 7 / days)"),
                         pounds(contractRate))
                    .arg(p.feeOn(invoice.periodEnd)->version)
                    .arg(isoDay(std::min(invoice.periodEnd,
                                         p.end.isNull() ? invoice.periodEnd : p.end.addDays(-1))))};
    }
    if (invoice.extras > paid.extras + kPenny * double(std::max<qint64>(paid.days, 1)) + kRounding)
        out.findings << InvoiceFinding{
            InvoiceRule::ExtrasNotInContract, roundPence(paid.extras), invoice.extras,
            paid.extras <= 0
                ? QStringLiteral("%1 of extras invoiced; the contract pays no extras for these days.")
                      .arg(pounds(invoice.extras))
                : QStringLiteral("%1 of extras invoiced; the contract pays %2 of extras for "
                                 "these days.")
                      .arg(pounds(invoice.extras), pounds(paid.extras))};
    if (invoice.weeklyRate) {
        const double arithmetic = double(days) * *invoice.weeklyRate / 7.0;
        if (std::abs(feeInvoiced - arithmetic) > kPenny * double(days) + kRounding)
            out.findings << InvoiceFinding{
                InvoiceRule::Arithmetic, roundPence(arithmetic), roundPence(feeInvoiced),
                QStringLiteral("%1 days x %2 a week / 7 is %3; the invoice asks %4 (less extras).")
                    .arg(days)
                    .arg(pounds(*invoice.weeklyRate), pounds(arithmetic), pounds(feeInvoiced))};
    }
}

bool sameNumber(const Invoice& a, const Invoice& b) {
    return a.number.compare(b.number, Qt::CaseInsensitive) == 0 &&
           a.providerUrn.compare(b.providerUrn, Qt::CaseInsensitive) == 0;
}

} // namespace

QString invoiceInWords(const Invoice& invoice) {
    return QStringLiteral("%1 (child %2, %3 to %4)")
        .arg(invoice.number, invoice.childRef, isoDay(invoice.periodStart), isoDay(invoice.periodEnd));
}

InvoiceCheck checkInvoice(const Invoice& invoice, const QList<const ContractedPlacement*>& placements,
                          const QList<const Invoice*>& earlier) {
    InvoiceCheck out;
    for (const Invoice* e : earlier)
        if (e->duplicateOf == 0 && sameNumber(*e, invoice)) {
            out.duplicateOf = e->id;
            out.findings << InvoiceFinding{
                InvoiceRule::Duplicate, 0, invoice.amount,
                QStringLiteral("Invoice %1 from %2 is already on file (%3, %4): it is not counted again.")
                    .arg(invoice.number, invoice.providerUrn, invoiceInWords(*e),
                         label(e->status).toLower())};
            break;
        }
    const ContractedPlacement* p = bestPlacement(invoice, placements);
    if (!p) {
        out.findings << InvoiceFinding{
            InvoiceRule::NoPlacement, 0, invoice.amount,
            QStringLiteral("Child %1 has no placement with the provider whose Ofsted URN is %2.")
                .arg(invoice.childRef, invoice.providerUrn)};
        return out;
    }
    out.placementId = p->placementId;
    checkAgainstContract(invoice, *p, out);
    if (out.duplicateOf != 0)
        return out;
    for (const Invoice* e : earlier) {
        if (!e->counts() || e->placementId != p->placementId)
            continue;
        const QDate from = std::max(e->periodStart, invoice.periodStart);
        const QDate to = std::min(e->periodEnd, invoice.periodEnd);
        if (from > to)
            continue;
        const ContractedPlacement::Amount twice = p->amountFor(from, to);
        const double expected =
            roundPence(std::max(0.0, out.expected.value_or(0) - twice.fee - twice.extras));
        out.findings << InvoiceFinding{
            InvoiceRule::OverlapPaid, expected, invoice.amount,
            QStringLiteral("%1 days (%2 to %3) are already on invoice %4 (%5).")
                .arg(from.daysTo(to) + 1)
                .arg(isoDay(from), isoDay(to), e->number, label(e->status).toLower())};
    }
    return out;
}

} // namespace pd::core
