// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/indicatorreport.h"

#include <QJsonArray>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <future>

namespace pd::core {

namespace {

double rounded(double v, int places) {
    const double f = std::pow(10.0, places);
    return std::round(v * f) / f;
}

QJsonValue optional(const std::optional<double>& v, int places = 2) {
    return v ? QJsonValue(rounded(*v, places)) : QJsonValue(QJsonValue::Null);
}

QJsonObject ratioJson(const ChildRatio& r) {
    return {{QStringLiteral("numerator"), r.numerator},
            {QStringLiteral("denominator"), r.denominator},
            {QStringLiteral("percent"), rounded(r.percent(), 1)}};
}

QString ratioText(const ChildRatio& r) {
    return QStringLiteral("%1% (%2 of %3)")
        .arg(QString::number(r.percent(), 'f', 1))
        .arg(r.numerator)
        .arg(r.denominator);
}

QString money(const std::optional<double>& v) {
    if (!v)
        return QStringLiteral("–");
    return (*v < 0 ? QStringLiteral("−£%L1") : QStringLiteral("£%L1")).arg(std::abs(*v), 0, 'f', 0);
}

} // namespace

IndicatorReport buildIndicatorReport(const DashboardData& data, const QDate& yearEnd, const QDate& asOf,
                                     int trendYears) {
    IndicatorReport r;
    r.yearEnd = yearEnd;
    r.asOf = std::min(asOf, yearEnd); // a finished year is all spent
    const QList<QList<PlacementSpan>> spans = placementsOfAll(data.history);
    // The earlier years' measures 1-4 on a second core: they read the same histories and write
    // nothing shared (at scale 100 they are half the report's time).
    auto earlier = std::async(std::launch::async, [&data, &spans, yearEnd, trendYears] {
        QList<StabilityMeasures> years;
        for (int back = trendYears - 1; back >= 1; --back)
            years << measureStability(data.history, yearEnd.addYears(-back), &spans);
        return years;
    });
    r.stability = measureStability(data.history, yearEnd, &spans);
    for (int back = trendYears - 1; back >= 0; --back)
        r.ifaTable << measureIfaYear(data.history, yearEnd.addYears(-back));
    r.unitCosts = measureUnitCosts(data.history, yearEnd);
    r.budget = measureBudget(data.history, data.budgetLines, yearEnd, asOf);
    r.funnel = measureReferralFunnel(data.referrals, yearEnd);
    r.savings = measureSavings(data.history, yearEnd);
    r.trend = earlier.get();
    if (trendYears > 0)
        r.trend << r.stability;
    return r;
}

QJsonObject indicatorJson(const IndicatorReport& report) {
    const StabilityMeasures& s = report.stability;
    QJsonObject distance = ratioJson(s.distanceOver20Miles);
    distance.insert(QStringLiteral("unknown"), s.distanceOver20Miles.unknown);
    QJsonObject mix;
    QJsonObject unitCosts;
    for (PlacementCategory c : kPlacementCategories)
        mix.insert(categoryKey(c), s.mix.counts[std::size_t(c)]);
    for (const UnitCost& u : report.unitCosts)
        unitCosts.insert(categoryKey(u.category),
                         QJsonObject{{QStringLiteral("children"), u.children},
                                     {QStringLiteral("days"), double(u.days)},
                                     {QStringLiteral("weekly"), optional(u.weekly)}});
    QJsonArray ifa;
    for (const IfaYear& y : report.ifaTable)
        ifa.append(QJsonObject{{QStringLiteral("year_ending"), y.yearEnd.toString(Qt::ISODate)},
                               {QStringLiteral("children"), y.children},
                               {QStringLiteral("ifas_used"), y.ifasUsed},
                               {QStringLiteral("select_list_percent"), rounded(y.selectListPercent, 1)},
                               {QStringLiteral("average_age"), rounded(y.averageAge, 2)},
                               {QStringLiteral("unit_cost"), optional(y.unitCost)}});
    QJsonArray budget;
    for (const BudgetOutturn& b : report.budget)
        budget.append(QJsonObject{{QStringLiteral("line"), b.name},
                                  {QStringLiteral("budget"), optional(b.budget)},
                                  {QStringLiteral("spent"), rounded(b.spent, 2)},
                                  {QStringLiteral("committed"), rounded(b.committed, 2)},
                                  {QStringLiteral("forecast_outturn"), rounded(b.forecast(), 2)},
                                  {QStringLiteral("variance"), optional(b.variance())}});
    const ReferralFunnel& f = report.funnel;
    QJsonArray months;
    for (int n : f.perMonth)
        months.append(n);
    return {
        {QStringLiteral("year_ending"), report.yearEnd.toString(Qt::ISODate)},
        {QStringLiteral("looked_after_at_31_march"), s.lookedAfter},
        {QStringLiteral("left_out_short_breaks"), int(s.shortBreakChildren.size())},
        {QStringLiteral("three_or_more_placements"), ratioJson(s.threeOrMorePlacements)},
        {QStringLiteral("long_term_stability"), ratioJson(s.longTermStability)},
        {QStringLiteral("distance_over_20_miles"), distance},
        {QStringLiteral("mix"), mix},
        {QStringLiteral("ifa_table"), ifa},
        {QStringLiteral("unit_costs"), unitCosts},
        {QStringLiteral("budget_as_of"), report.asOf.toString(Qt::ISODate)},
        {QStringLiteral("budget"), budget},
        {QStringLiteral("referral_funnel"),
         QJsonObject{{QStringLiteral("referrals"), f.referrals},
                     {QStringLiteral("per_month"), months},
                     {QStringLiteral("emergency_percent"), rounded(f.emergencyPercent(), 1)},
                     {QStringLiteral("median_days_to_placement"), optional(f.medianDaysToPlacement, 1)},
                     {QStringLiteral("average_choice"), rounded(f.averageChoice, 2)},
                     {QStringLiteral("choice_of_three_percent"), rounded(f.choiceOfThreePercent(), 1)},
                     {QStringLiteral("placed"), f.placed},
                     {QStringLiteral("placed_in_house_percent"), rounded(f.placedInHousePercent(), 1)}}},
        {QStringLiteral("savings"), QJsonObject{{QStringLiteral("total"), rounded(report.savings.total, 2)},
                                                {QStringLiteral("placements"), report.savings.placements}}},
    };
}

QString indicatorText(const IndicatorReport& report) {
    const StabilityMeasures& s = report.stability;
    QString text;
    QTextStream out(&text);
    out << "Year ending " << report.yearEnd.toString(QStringLiteral("d MMMM yyyy")) << "\n"
        << "Looked after at 31 March: " << s.lookedAfter << " (" << s.shortBreakChildren.size()
        << " on short breaks (V3/V4) left out of measures 1-4)\n\n"
        << "1. Three or more placements in the year:  " << ratioText(s.threeOrMorePlacements) << "\n"
        << "2. Long-term stability:                   " << ratioText(s.longTermStability) << "\n"
        << "3. Placed more than 20 miles from home:   " << ratioText(s.distanceOver20Miles) << ", "
        << s.distanceOver20Miles.unknown << " with an unknown postcode\n"
        << "4. Placement mix at 31 March:\n";
    for (PlacementCategory c : kPlacementCategories)
        out << "     " << qSetFieldWidth(26) << Qt::left << categoryLabel(c) << qSetFieldWidth(0)
            << s.mix.counts[std::size_t(c)] << "\n";
    out << "5. IFA table (year ending, children, IFAs used, % select list, average age, unit cost):\n";
    for (const IfaYear& y : report.ifaTable)
        out << "     " << y.yearEnd.toString(Qt::ISODate) << "  " << y.children << "  " << y.ifasUsed << "  "
            << QString::number(y.selectListPercent, 'f', 1) << "%  " << QString::number(y.averageAge, 'f', 2)
            << "  " << money(y.unitCost) << "\n";
    out << "6. Average weekly unit cost by category (weighted by days):\n";
    for (const UnitCost& u : report.unitCosts)
        out << "     " << qSetFieldWidth(26) << Qt::left << categoryLabel(u.category) << qSetFieldWidth(0)
            << money(u.weekly) << " (" << u.children << " children)\n";
    out << "7. Budget (spent to " << report.asOf.toString(Qt::ISODate) << "):\n";
    for (const BudgetOutturn& b : report.budget)
        out << "     " << b.name << ": budget " << money(b.budget) << ", spent " << money(b.spent)
            << ", committed " << money(b.committed) << ", forecast outturn " << money(b.forecast())
            << ", variance " << money(b.variance()) << "\n";
    const ReferralFunnel& f = report.funnel;
    out << "8. Referrals: " << f.referrals << " received, " << QString::number(f.emergencyPercent(), 'f', 1)
        << "% emergencies, " << f.placed << " placed, median "
        << (f.medianDaysToPlacement ? QString::number(*f.medianDaysToPlacement, 'f', 1) : QStringLiteral("–"))
        << " days to placement, average choice " << QString::number(f.averageChoice, 'f', 2) << ", "
        << QString::number(f.choiceOfThreePercent(), 'f', 1) << "% with a choice of three, "
        << QString::number(f.placedInHousePercent(), 'f', 1) << "% placed in-house\n"
        << "9. Savings (first quoted - agreed fee x weeks): " << money(report.savings.total) << " over "
        << report.savings.placements << " placements\n";
    out.flush();
    return text;
}

} // namespace pd::core
