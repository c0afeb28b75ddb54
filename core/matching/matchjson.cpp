// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchjson.h"

#include <QJsonArray>
#include <cmath>

namespace pd::core {

namespace {

double money(double v) {
    return std::round(v * 100) / 100;
}
QJsonValue milesValue(double m) {
    return m < 0 ? QJsonValue() : QJsonValue(std::round(m * 10) / 10);
}

QJsonObject vacancyJson(const RegisterVacancy& v) {
    return {{QStringLiteral("vacancy_id"), v.vacancyId},    {QStringLiteral("provision_id"), v.provisionId},
            {QStringLiteral("provider_id"), v.providerId},  {QStringLiteral("provider"), v.providerName},
            {QStringLiteral("provision"), v.provisionName}, {QStringLiteral("placement_type"), code(v.type)}};
}

} // namespace

QJsonObject wholeCostToJson(const WholeCost& c) {
    return {{QStringLiteral("fee"), money(c.fee)},
            {QStringLiteral("extras"), money(c.extras)},
            {QStringLiteral("school_travel"), money(c.schoolTravel)},
            {QStringLiteral("contact_travel"), money(c.contactTravel)},
            {QStringLiteral("total"), money(c.total())},
            {QStringLiteral("travel_unknown"), c.schoolUnknown || c.contactUnknown}};
}

QJsonObject matchResultToJson(const MatchResult& result) {
    QJsonArray candidates;
    int rank = 0;
    for (const MatchResult::Candidate& c : result.candidates) {
        QJsonObject o = vacancyJson(result.vacancy(c.index));
        o.insert(QStringLiteral("rank"), ++rank);
        o.insert(QStringLiteral("score"), c.score);
        o.insert(QStringLiteral("whole_cost"), wholeCostToJson(c.cost));
        o.insert(QStringLiteral("miles_home"), milesValue(c.milesHome));
        QJsonArray lines;
        for (const ScoreLine& l : result.explain(c))
            lines.append(
                QJsonObject{{QStringLiteral("criterion"), softCriterionKey(l.criterion)},
                            {QStringLiteral("weight"), l.weight},
                            {QStringLiteral("score"),
                             l.score < 0 ? QJsonValue() : QJsonValue(std::round(l.score * 100) / 100)},
                            {QStringLiteral("text"), l.explanation}});
        o.insert(QStringLiteral("explanation"), lines);
        candidates.append(o);
    }
    QJsonArray excluded;
    for (const MatchResult::Exclusion& e : result.exclusions) {
        QJsonObject o = vacancyJson(result.vacancy(e.index));
        QJsonArray rules;
        const QList<HardRule> broken = result.rules(e);
        const QStringList reasons = result.reasons(e);
        for (int i = 0; i < broken.size(); ++i)
            rules.append(QJsonObject{{QStringLiteral("rule"), hardRuleKey(broken[i])},
                                     {QStringLiteral("reason"), reasons[i]}});
        o.insert(QStringLiteral("rules"), rules);
        excluded.append(o);
    }
    return {{QStringLiteral("reference"), result.referral.reference},
            {QStringLiteral("vacancies_considered"), qint64(result.snapshot->vacancies.size())},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("excluded"), excluded}};
}

} // namespace pd::core
