// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/paymentsoutturn.h"

#include "core/domain/financialyear.h"

#include <QHash>
#include <algorithm>

namespace pd::core {

namespace {

using Span = std::pair<QDate, QDate>; // both days included

/// What the contract pays for the days of [from, to] no span covers.
double uncovered(const ContractedPlacement& p, const QDate& from, const QDate& to, QList<Span> spans) {
    std::sort(spans.begin(), spans.end());
    double out = 0;
    QDate next = from;
    for (const Span& s : spans) {
        if (s.second < next)
            continue;
        if (s.first > to)
            break;
        if (s.first > next) {
            const ContractedPlacement::Amount a = p.amountFor(next, std::min(to, s.first.addDays(-1)));
            out += a.fee + a.extras;
        }
        next = std::max(next, s.second.addDays(1));
        if (next > to)
            return out;
    }
    if (next <= to) {
        const ContractedPlacement::Amount a = p.amountFor(next, to);
        out += a.fee + a.extras;
    }
    return out;
}

} // namespace

QList<PaymentsOutturn> paymentsOutturn(const QList<ContractedPlacement>& placements,
                                       const QList<Invoice>& invoices, const QList<BudgetLineAmount>& lines,
                                       const QDate& yearEnd, const QDate& asOf) {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    const QDate today = std::clamp(asOf, year.start.addDays(-1), year.end);
    QList<PaymentsOutturn> out;
    QHash<qint64, qsizetype> lineIndex;
    for (const BudgetLineAmount& l : lines) {
        lineIndex.insert(l.lineId, out.size());
        PaymentsOutturn o;
        o.lineId = l.lineId;
        o.name = l.name;
        o.budget = l.amount;
        out << o;
    }
    QHash<qint64, const ContractedPlacement*> byId;
    for (const ContractedPlacement& p : placements)
        byId.insert(p.placementId, &p);
    QHash<qint64, QList<Span>> paidSpans;
    for (const Invoice& i : invoices) {
        const ContractedPlacement* p = byId.value(i.placementId);
        const auto line = p ? lineIndex.constFind(p->budgetLineId) : lineIndex.cend();
        if (line == lineIndex.cend())
            continue;
        PaymentsOutturn& o = out[*line];
        if (!i.counts()) {
            o.stopped += i.periodEnd >= year.start && i.periodStart <= year.end ? i.amount : 0;
            continue;
        }
        if (i.status != InvoiceStatus::Approved)
            continue;
        const QDate from = std::max(i.periodStart, year.start);
        const QDate to = std::min(i.periodEnd, today);
        if (from > to)
            continue;
        o.paid += i.amount * double(from.daysTo(to) + 1) / double(i.days());
        paidSpans[i.placementId] << Span{from, to};
    }
    for (const ContractedPlacement& p : placements) {
        const auto line = lineIndex.constFind(p.budgetLineId);
        if (line == lineIndex.cend())
            continue;
        if (p.daysWithin(year.start, year.end) == 0)
            continue;
        PaymentsOutturn& o = out[*line];
        ++o.placements;
        if (today >= year.start)
            o.estimated += uncovered(p, year.start, today, paidSpans.value(p.placementId));
        const ContractedPlacement::Amount ahead = p.amountFor(today.addDays(1), year.end);
        o.committed += ahead.fee + ahead.extras;
    }
    return out;
}

} // namespace pd::core
