// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchjson.h"

#include "core/domain/skill.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <future>
#include <thread>
#include <vector>

namespace pd::core {

namespace {

double money(double v) {
    return std::round(v * 100) / 100;
}
QJsonValue dayValue(qint64 julianDay) {
    return julianDay ? QJsonValue(QDate::fromJulianDay(julianDay).toString(Qt::ISODate)) : QJsonValue();
}
template <class T> QJsonValue optionalValue(const std::optional<T>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

/// A JSON string: UTF-8 with quotes, backslashes and control characters escaped.
void jsonString(QByteArray& out, const QString& text) {
    out += '"';
    for (char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void number(QByteArray& out, double v, int decimals);

/// One candidate on one line, written by hand (16,000 candidates make no tree of JSON objects).
void candidateJson(QByteArray& out, const MatchResult& result, const MatchResult::Candidate& c, int rank) {
    const RegisterVacancy& v = result.vacancy(c.index);
    out += "{\"rank\":" + QByteArray::number(rank) + ",\"vacancy_id\":" + QByteArray::number(v.vacancyId) +
           ",\"provision_id\":" + QByteArray::number(v.provisionId) +
           ",\"provider_id\":" + QByteArray::number(v.providerId) + ",\"provider\":";
    jsonString(out, v.providerName);
    out += ",\"provision\":";
    jsonString(out, v.provisionName);
    out += ",\"placement_type\":";
    jsonString(out, code(v.type));
    out += ",\"score\":" + QByteArray::number(c.score) + ",\"whole_cost\":";
    out += QJsonDocument(wholeCostToJson(c.cost)).toJson(QJsonDocument::Compact);
    out += ",\"miles_home\":";
    if (c.milesHome < 0)
        out += "null";
    else
        number(out, c.milesHome, 1);
    out += ",\"explanation\":[";
    bool first = true;
    for (const ScoreLine& l : result.explain(c)) {
        out += first ? "{\"criterion\":" : ",{\"criterion\":";
        first = false;
        jsonString(out, softCriterionKey(l.criterion));
        out += ",\"weight\":" + QByteArray::number(l.weight) + ",\"score\":";
        if (l.score < 0)
            out += "null";
        else
            number(out, l.score, 2);
        out += ",\"text\":";
        jsonString(out, l.explanation);
        out += '}';
    }
    out += "]}";
}

/// What the exclusion sentences are built from on the referral's side, given once.
QJsonObject referralLimits(const MatchReferral& r) {
    QJsonArray ages;
    for (int a : r.ages)
        ages.append(a < 0 ? QJsonValue() : QJsonValue(a));
    return {{QStringLiteral("ages"), ages},
            {QStringLiteral("sexes"), QJsonArray::fromStringList(r.sexes)},
            {QStringLiteral("group_size"), r.groupSize},
            {QStringLiteral("needed_by"), dayValue(r.neededDay)},
            {QStringLiteral("essential_skills"), QJsonArray::fromStringList(skillCodes(r.essentialSkills))},
            {QStringLiteral("max_miles"), optionalValue(r.maxMiles)},
            {QStringLiteral("max_weekly_cost"), optionalValue(r.maxWeeklyCost)}};
}

/// A JSON number or null, as text (figures are numbers, codes and dates: no text needs escaping).
void number(QByteArray& out, double v, int decimals) {
    out += QByteArray::number(std::round(v * std::pow(10, decimals)) / std::pow(10, decimals), 'g', 12);
}
void quoted(QByteArray& out, const QString& ascii) {
    out += '"';
    out += ascii.toLatin1();
    out += '"';
}

/// The figures that decide each broken rule (docs/cli.md says which rule reads which).
void figures(QByteArray& out, quint32 breaches, const MatchResult& result, const MatchResult::Exclusion& e) {
    const RegisterVacancy& v = result.vacancy(e.index);
    auto on = [breaches](HardRule rule) { return (breaches & (1u << int(rule))) != 0; };
    out += '{';
    bool first = true;
    auto add = [&out, &first](const char* key, const QByteArray& value) {
        out += first ? "\"" : ",\"";
        out += key;
        out += "\":";
        out += value;
        first = false;
    };
    auto text = [](const QString& s) {
        QByteArray b;
        quoted(b, s);
        return b;
    };
    if (on(HardRule::TypeSuitable))
        add("placement_type", text(code(v.type)));
    if (on(HardRule::AgeWithinApproval)) {
        add("min_age", QByteArray::number(v.minAge));
        add("max_age", QByteArray::number(v.maxAge));
        add("sexes", text(code(v.sexes)));
    }
    if (on(HardRule::RoomForSiblings))
        add("places", QByteArray::number(v.places));
    if (on(HardRule::AvailableByDate)) {
        add("available_from", v.availableFromDay
                                  ? text(QDate::fromJulianDay(v.availableFromDay).toString(Qt::ISODate))
                                  : "null");
        add("available_until", v.availableUntilDay
                                   ? text(QDate::fromJulianDay(v.availableUntilDay).toString(Qt::ISODate))
                                   : "null");
    }
    if (on(HardRule::EssentialSkills)) {
        QByteArray list = "[";
        const QStringList missing = skillCodes(result.referral.essentialSkills & ~v.skills);
        for (int i = 0; i < missing.size(); ++i)
            list += (i ? "," : "") + text(missing[i]);
        add("skills_missing", list + "]");
    }
    if (on(HardRule::LivingAlongside)) {
        QByteArray list = "[";
        for (int i = 0; i < v.householdCount; ++i)
            list += (i ? "," : "") +
                    QByteArray::number(result.snapshot->household[size_t(v.householdBegin + i)].age);
        add("household_ages", list + "]");
    }
    if (on(HardRule::Pets))
        add("has_pets", v.hasPets ? "true" : "false");
    if (on(HardRule::ProviderStatus))
        add("framework_status", text(code(v.framework)));
    if (on(HardRule::OfstedRating))
        add("ofsted", text(code(v.ofsted)));
    if (on(HardRule::MaxDistance)) {
        QByteArray miles;
        if (e.milesHome < 0)
            miles = "null";
        else
            number(miles, e.milesHome, 1);
        add("miles_home", miles);
    }
    if (on(HardRule::BudgetCeiling)) {
        QByteArray cost;
        number(cost, e.cost.total(), 2);
        add("whole_cost", cost);
    }
    out += '}';
}

/// One exclusion on one line: the vacancy, the rules it breaks and the figures that decide them.
void exclusionJson(QByteArray& out, const MatchResult& result, const MatchResult::Exclusion& e, bool first) {
    const RegisterVacancy& v = result.vacancy(e.index);
    out += first ? "\n        {\"vacancy_id\":" : ",\n        {\"vacancy_id\":";
    out += QByteArray::number(v.vacancyId);
    out += ",\"provision_id\":";
    out += QByteArray::number(v.provisionId);
    out += ",\"provider_id\":";
    out += QByteArray::number(v.providerId);
    out += ",\"rules\":[";
    bool firstRule = true;
    for (int r = 0; r < kHardRuleCount; ++r)
        if (e.breaches & (1u << r)) {
            out += firstRule ? "" : ",";
            quoted(out, hardRuleKey(HardRule(r)));
            firstRule = false;
        }
    out += "],\"figures\":";
    figures(out, e.breaches, result, e);
    out += '}';
}

constexpr std::size_t kCandidatesPerPiece = 1000;
constexpr std::size_t kExclusionsPerPiece = 10000;

/// Each piece written into its own array, the pieces shared out among the cores (each thread takes
/// the next piece not yet taken); the arrays in the pieces' order.
std::vector<QByteArray> inParallel(const std::vector<std::function<void(QByteArray&)>>& pieces) {
    std::vector<QByteArray> out(pieces.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < pieces.size(); i = next++)
            pieces[i](out[i]);
    };
    const std::size_t threads =
        std::min<std::size_t>(pieces.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::future<void>> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.push_back(std::async(std::launch::async, work));
    work();
    for (std::future<void>& h : helpers)
        h.get();
    return out;
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

QByteArray matchResultJson(const MatchResult& result, int limit) {
    const auto shown = [limit](std::size_t n) { return limit < 0 ? n : std::min(n, std::size_t(limit)); };
    QJsonObject byRule;
    for (const MatchResult::Exclusion& e : result.exclusions)
        for (int r = 0; r < kHardRuleCount; ++r)
            if (e.breaches & (1u << r)) {
                const QString key = hardRuleKey(HardRule(r));
                byRule.insert(key, byRule.value(key).toInt() + 1);
            }
    const QJsonObject head{
        {QStringLiteral("reference"), result.referral.reference},
        {QStringLiteral("vacancies_considered"), qint64(result.snapshot->vacancies.size())},
        {QStringLiteral("referral_limits"), referralLimits(result.referral)},
        {QStringLiteral("candidates_count"), qint64(result.candidates.size())},
        {QStringLiteral("excluded_count"), qint64(result.exclusions.size())},
        {QStringLiteral("excluded_by_rule"), byRule}};
    // The head through QJsonDocument; candidates and exclusions by hand, one a line.
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Indented);
    out.chop(2); // "}\n"
    const std::size_t candidates = shown(result.candidates.size());
    const std::size_t excluded = shown(result.exclusions.size());
    // The lines in pieces of a few thousand, written by as many threads as there are cores and
    // joined in order: at scale 100 the 14,951 candidates' explanations are most of match's time.
    std::vector<std::function<void(QByteArray&)>> pieces;
    for (std::size_t from = 0; from < candidates; from += kCandidatesPerPiece)
        pieces.emplace_back(
            [&result, from, to = std::min(candidates, from + kCandidatesPerPiece)](QByteArray& piece) {
                piece.reserve(qsizetype(to - from) * 2600);
                for (std::size_t i = from; i < to; ++i) {
                    piece += i ? ",\n        " : "\n        ";
                    candidateJson(piece, result, result.candidates[i], int(i) + 1);
                }
            });
    pieces.emplace_back([candidates](QByteArray& piece) {
        piece += candidates ? "\n    ],\n    \"excluded\": [" : "],\n    \"excluded\": [";
    });
    for (std::size_t from = 0; from < excluded; from += kExclusionsPerPiece)
        pieces.emplace_back(
            [&result, from, to = std::min(excluded, from + kExclusionsPerPiece)](QByteArray& piece) {
                piece.reserve(qsizetype(to - from) * 160);
                for (std::size_t i = from; i < to; ++i)
                    exclusionJson(piece, result, result.exclusions[i], i == 0);
            });
    out += ",\n    \"candidates\": [";
    const std::vector<QByteArray> written = inParallel(pieces);
    qsizetype size = out.size() + 16;
    for (const QByteArray& piece : written)
        size += piece.size();
    out.reserve(size);
    for (const QByteArray& piece : written)
        out += piece;
    out += excluded ? "\n    ]\n}\n" : "]\n}\n";
    return out;
}

} // namespace pd::core
