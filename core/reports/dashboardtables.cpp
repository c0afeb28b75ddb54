// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/dashboardtables.h"

#include "core/domain/ssda903words.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace pd::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pd::core::DashboardTables", text);
}

/// "Foster placement with another carer (U6), private provision (PR4)": words, with the codes.
QString placeInWords(const QString& place, const QString& provider) {
    if (place.isEmpty())
        return {};
    QString out = QStringLiteral("%1 (%2)").arg(ssda903::placeWords(place), place);
    if (!provider.isEmpty())
        out += QStringLiteral(", %1 (%2)").arg(ssda903::placeProviderWords(provider), provider);
    return out;
}

QVariant rounded(double v, int places = 1) {
    const double f = std::pow(10.0, places);
    return std::round(v * f) / f;
}

QVariant money(const std::optional<double>& v) {
    return v ? rounded(*v, 2) : QVariant(QStringLiteral("–"));
}

QString yearLabel(const QDate& yearEnd) {
    return QStringLiteral("%1/%2").arg(yearEnd.year() - 1).arg(yearEnd.year() % 100, 2, 10, QLatin1Char('0'));
}

QString dateText(const QDate& d) {
    return d.isNull() ? QString() : d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

int figureDecimals(const QString& header) {
    return header.contains(QStringLiteral("(£)")) ? 0 : header.contains(QStringLiteral("(%)")) ? 1 : 2;
}

DashboardTable stabilityTable(const IndicatorReport& report) {
    DashboardTable t{tr("Stability and distance"), {}, DrillKind::Children, {}, {}};
    t.table.headers = {tr("Year"),
                       tr("3+ placements (%)"),
                       tr("3+ placements"),
                       tr("Long-term stability (%)"),
                       tr("Long-term stable"),
                       tr("Over 20 miles (%)"),
                       tr("Over 20 miles"),
                       tr("Postcode unknown"),
                       tr("Looked after")};
    for (const StabilityMeasures& s : report.trend) {
        auto nOfN = [](const ChildRatio& r) {
            return QStringLiteral("%1 of %2").arg(r.numerator).arg(r.denominator);
        };
        t.table.rows << QVariantList{yearLabel(s.yearEnd),
                                     rounded(s.threeOrMorePlacements.percent()),
                                     nOfN(s.threeOrMorePlacements),
                                     rounded(s.longTermStability.percent()),
                                     nOfN(s.longTermStability),
                                     rounded(s.distanceOver20Miles.percent()),
                                     nOfN(s.distanceOver20Miles),
                                     s.distanceOver20Miles.unknown,
                                     s.lookedAfter};
        t.rowIds << s.threeOrMorePlacements.denominatorChildren; // everyone measured, with their counts
        t.rowYearEnds << s.yearEnd;
    }
    return t;
}

DashboardTable mixTable(const IndicatorReport& report) {
    const PlacementMix& mix = report.stability.mix;
    DashboardTable t{tr("Placement mix at 31 March"), {}, DrillKind::Children, {}, {}};
    t.table.headers = {tr("Category"), tr("Children"), tr("Share (%)")};
    const int total = mix.total();
    for (PlacementCategory c : kPlacementCategories) {
        const int n = mix.counts[std::size_t(c)];
        t.table.rows << QVariantList{categoryLabel(c), n, rounded(total ? 100.0 * n / total : 0.0)};
        t.rowIds << mix.children[std::size_t(c)];
    }
    return t;
}

DashboardTable ifaTable(const IndicatorReport& report) {
    DashboardTable t{tr("Independent fostering agencies"), {}, DrillKind::Children, {}, {}};
    t.table.headers = {tr("Year"),        tr("Children placed with IFAs"),
                       tr("IFAs used"),   tr("With preferred providers (%)"),
                       tr("Average age"), tr("Unit cost per week (£)")};
    for (const IfaYear& y : report.ifaTable) {
        t.table.rows << QVariantList{
            yearLabel(y.yearEnd),     y.children,       y.ifasUsed, rounded(y.selectListPercent),
            rounded(y.averageAge, 2), money(y.unitCost)};
        t.rowIds << y.childIds;
        t.rowYearEnds << y.yearEnd;
    }
    return t;
}

DashboardTable unitCostTable(const IndicatorReport& report) {
    DashboardTable t{tr("Unit costs by category"), {}, DrillKind::Children, {}, {}};
    t.table.headers = {tr("Category"), tr("Children"), tr("Average weekly cost (£)")};
    for (const UnitCost& u : report.unitCosts) {
        t.table.rows << QVariantList{categoryLabel(u.category), u.children, money(u.weekly)};
        t.rowIds << u.childIds;
    }
    return t;
}

DashboardTable budgetTable(const IndicatorReport& report) {
    DashboardTable t{tr("Budget"), {}, DrillKind::Placements, {}, {}};
    t.table.headers = {tr("Budget line"),
                       tr("Budget (£)"),
                       tr("Spent to %1 (£)").arg(dateText(report.asOf)),
                       tr("Committed to 31 March (£)"),
                       tr("Forecast outturn (£)"),
                       tr("Variance (£)")};
    for (const BudgetOutturn& b : report.budget) {
        t.table.rows << QVariantList{b.name,
                                     money(b.budget),
                                     rounded(b.spent, 2),
                                     rounded(b.committed, 2),
                                     rounded(b.forecast(), 2),
                                     money(b.variance())};
        t.rowIds << b.placementIds;
    }
    return t;
}

DashboardTable paymentsTable(const QList<PaymentsOutturn>& lines, const QDate& asOf) {
    DashboardTable t{tr("Budget from payments"), {}, DrillKind::Placements, {}, {}};
    t.table.headers = {tr("Budget line"),
                       tr("Budget (£)"),
                       tr("Paid to %1 (£)").arg(dateText(asOf)),
                       tr("Estimated: not yet invoiced (£)"),
                       tr("Committed to 31 March (£)"),
                       tr("Forecast outturn (£)"),
                       tr("Variance (£)"),
                       tr("Stopped: duplicates and rejected (£)")};
    for (const PaymentsOutturn& l : lines)
        t.table.rows << QVariantList{l.name,
                                     money(l.budget),
                                     rounded(l.paid, 2),
                                     rounded(l.estimated, 2),
                                     rounded(l.committed, 2),
                                     rounded(l.forecast(), 2),
                                     money(l.variance()),
                                     rounded(l.stopped, 2)};
    return t; // no records behind a row: the invoices are in Tools > Money
}

DashboardTable upliftsTable(const QList<std::pair<QDate, UpliftYear>>& years) {
    DashboardTable t{tr("Fee uplifts"), {}, DrillKind::Placements, {}, {}};
    t.table.headers = {tr("Year"),
                       tr("Requests"),
                       tr("Agreed"),
                       tr("Declined"),
                       tr("Not decided"),
                       tr("Average asked (%)"),
                       tr("Average agreed (%)"),
                       tr("Cost of agreed uplifts in the year (£)")};
    for (const auto& [yearEnd, u] : years)
        t.table.rows << QVariantList{
            yearLabel(yearEnd),
            u.requests,
            u.agreed,
            u.declined,
            u.open,
            u.askedPercent ? rounded(*u.askedPercent) : QVariant(QStringLiteral("–")),
            u.agreedPercent ? rounded(*u.agreedPercent) : QVariant(QStringLiteral("–")),
            rounded(u.cost, 2)};
    return t;
}

DashboardTable funnelTable(const IndicatorReport& report) {
    const ReferralFunnel& f = report.funnel;
    DashboardTable t{tr("Referrals"), {}, DrillKind::Referrals, {}, {}};
    t.table.headers = {tr("Measure"), tr("Value")};
    auto add = [&t](const QString& what, const QVariant& value, const QList<qint64>& ids = {}) {
        t.table.rows << QVariantList{what, value};
        t.rowIds << ids;
    };
    add(tr("Referrals received"), f.referrals, f.referralIds);
    add(tr("Emergencies (%)"), rounded(f.emergencyPercent()));
    add(tr("Placed"), f.placed);
    add(tr("Median days from referral to placement"),
        f.medianDaysToPlacement ? rounded(*f.medianDaysToPlacement) : QVariant(QStringLiteral("–")));
    add(tr("Offers meeting essential criteria per referral"), rounded(f.averageChoice, 2));
    add(tr("Referrals with a choice of 3 or more (%)"), rounded(f.choiceOfThreePercent()));
    add(tr("Placed in-house (%)"), rounded(f.placedInHousePercent()));
    add(tr("Savings on first quotes (£)"), rounded(report.savings.total, 2));
    return t;
}

QList<DashboardTable> dashboardTables(const IndicatorReport& report) {
    return {stabilityTable(report), mixTable(report),    ifaTable(report),
            unitCostTable(report),  budgetTable(report), funnelTable(report)};
}

QList<qint64> childrenBehind(const DashboardData& data, DrillKind kind, const QList<qint64>& ids) {
    if (kind == DrillKind::Children)
        return ids;
    QList<qint64> out;
    if (kind != DrillKind::Placements)
        return out;
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    for (const ChildHistory& c : data.history.children)
        for (const Episode& e : c.episodes)
            if (wanted.contains(e.placementId)) {
                out << c.childId;
                break;
            }
    return out;
}

TableSnapshot drillDown(const DashboardData& data, DrillKind kind, const QList<qint64>& ids,
                        const QDate& yearEnd, const QHash<qint64, QString>& names) {
    TableSnapshot t;
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    if (kind == DrillKind::Referrals) {
        t.headers = {tr("Referral"), tr("Received"), tr("Emergency"), tr("Placed on"),
                     tr("Offers meeting essentials")};
        for (const FunnelReferral& r : data.referrals)
            if (wanted.contains(r.id))
                t.rows << QVariantList{r.reference, dateText(r.received), r.emergency ? tr("Yes") : QString(),
                                       dateText(r.placed), r.offersMeetingEssentials};
        return t;
    }
    if (kind == DrillKind::Placements) {
        t.headers = {tr("Child"), tr("Reference"),       tr("Start"),
                     tr("End"),   tr("Placement"),       tr("Category"),
                     tr("URN"),   tr("Weekly cost (£)"), tr("First quoted (£)")};
        for (const ChildHistory& c : data.history.children)
            for (const Episode& e : c.episodes)
                if (wanted.contains(e.placementId))
                    t.rows << QVariantList{names.value(c.childId),
                                           c.childRef,
                                           dateText(e.start),
                                           dateText(e.end),
                                           placeInWords(e.place, e.placeProvider),
                                           categoryLabel(e.category),
                                           e.urn.str(),
                                           money(e.weeklyCost),
                                           money(e.firstQuotedFee)};
        return t;
    }
    t.headers = {
        tr("Child"),    tr("Reference"), tr("Sex"), tr("Age at 31 March"),    tr("Placement at 31 March"),
        tr("Category"), tr("Since"),     tr("URN"), tr("Placement postcode"), tr("Placements in the year")};
    const FinancialYear year = FinancialYear::ending(yearEnd);
    for (const ChildHistory& c : data.history.children) {
        if (!wanted.contains(c.childId))
            continue;
        const Episode* at = c.coveringEpisode(yearEnd);
        if (!at && !c.episodes.isEmpty())
            at = &c.episodes.last();
        t.rows << QVariantList{names.value(c.childId),
                               c.childRef,
                               c.sex.str(),
                               c.ageOn(yearEnd),
                               at ? placeInWords(at->place, at->placeProvider) : QString(),
                               at ? categoryLabel(at->category) : QString(),
                               at ? dateText(at->start) : QString(),
                               at ? at->urn.str() : QString(),
                               at ? at->placementPostcode.str() : QString(),
                               placementsOverlapping(c, year)};
    }
    return t;
}

} // namespace pd::core
