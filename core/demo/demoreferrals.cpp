// SPDX-License-Identifier: GPL-3.0-or-later
// Open referrals in every workflow state, with consistent transition histories and offers.
#include "core/demo/demodecisions.h"
#include "core/demo/demoreferralrecord.h"
#include "core/services/offerbook.h"
#include "core/workflow/referralworkflow.h"

#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <optional>

namespace pd::core {

namespace {

using S = ReferralState;

/// How many of each block of sixty referrals are in each state.
const QList<QPair<S, int>>& stateShares() {
    static const QList<QPair<S, int>> shares = {
        {S::Draft, 6},      {S::Submitted, 5},    {S::AwaitingPanel, 5},    {S::QualityCheck, 5},
        {S::Searching, 12}, {S::OptionsReady, 6}, {S::AwaitingDecision, 6}, {S::Placed, 6},
        {S::Closed, 5},     {S::OnHold, 4},
    };
    return shares;
}

/// The workflow step that moves a referral between two states before any decision (the decisions,
/// from OptionsReady on, are taken through the services: demodecisions.h).
ReferralEvent eventFor(S from, S to) {
    using E = ReferralEvent;
    static const QList<std::tuple<S, S, E>> table = {
        {S::Draft, S::Submitted, E::Submit},
        {S::Submitted, S::AwaitingPanel, E::SendToPanel},
        {S::AwaitingPanel, S::QualityCheck, E::PanelApprove},
        {S::AwaitingPanel, S::Closed, E::PanelDecline},
        {S::QualityCheck, S::Searching, E::QualityPass},
        {S::Submitted, S::Searching, E::EmergencyApprove},
        {S::Searching, S::OptionsReady, E::PrepareOptions},
        {S::Searching, S::Closed, E::Withdraw},
    };
    if (to == S::OnHold)
        return E::Hold;
    for (const auto& [f, t, e] : table)
        if (f == from && t == to)
            return e;
    return E::Withdraw;
}

QString commentFor(const QString& event, DemoRandom& rng) {
    static const QMap<QString, QStringList> comments = {
        {QStringLiteral("submit"),
         {QStringLiteral("Request for accommodation from the locality team."),
          QStringLiteral("Referral form complete; chronology attached.")}},
        {QStringLiteral("panelApprove"),
         {QStringLiteral("Panel agreed to search; review in six weeks."),
          QStringLiteral("Agreed: family network explored and not able to care.")}},
        {QStringLiteral("panelDecline"),
         {QStringLiteral("Declined: family support package and respite instead.")}},
        {QStringLiteral("qualityPass"),
         {QStringLiteral("Needs and outcomes checked; pack sent to in-house and select list at once.")}},
        {QStringLiteral("emergencyApprove"),
         {QStringLiteral("Duty manager approved an emergency search; follow-up planned referral to open.")}},
        {QStringLiteral("sendToPanel"), {QStringLiteral("For the next resources panel.")}},
        {QStringLiteral("prepareOptions"),
         {QStringLiteral("Offers checked against the essential criteria; options paper being prepared.")}},
        {QStringLiteral("hold"),
         {QStringLiteral("Paused: court hearing next week may change the plan."),
          QStringLiteral("Paused while the child is in hospital.")}},
        {QStringLiteral("withdraw"), {QStringLiteral("Withdrawn: child returned home with a support plan.")}},
    };
    const QStringList options = comments.value(event);
    return options.isEmpty() ? QString() : rng.pick(options);
}

/// The states a referral went through to reach its current one.
QList<S> pathTo(DemoRandom& rng, S target, bool emergency, S* heldFrom) {
    const QList<S> planned{S::Draft,     S::Submitted,    S::AwaitingPanel,    S::QualityCheck,
                           S::Searching, S::OptionsReady, S::AwaitingDecision, S::Placed};
    const QList<S> urgent{S::Draft,        S::Submitted,        S::Searching,
                          S::OptionsReady, S::AwaitingDecision, S::Placed};
    const QList<S>& route = emergency ? urgent : planned;
    auto upTo = [&](S last) { return route.mid(0, route.indexOf(last) + 1); };
    if (target == S::OnHold) {
        *heldFrom = QList<S>{S::Submitted, S::QualityCheck, S::Searching, S::OptionsReady}[rng.between(0, 3)];
        if (!route.contains(*heldFrom))
            *heldFrom = S::Searching;
        return upTo(*heldFrom) << S::OnHold;
    }
    if (target == S::Closed) {
        const int how = rng.weighted({40, 30, emergency ? 0 : 30});
        return upTo(how == 0 ? S::Placed : (how == 1 ? S::Searching : S::AwaitingPanel)) << S::Closed;
    }
    return upTo(target);
}

QString stamp(const QDateTime& t) {
    return t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

/// The mix categories of the kind of placement the referral asks for.
QStringList offerCategories(const Referral& r) {
    QString type;
    for (const Criterion& k : r.essentialCriteria)
        if (k.kind == QLatin1String("placementType"))
            type = k.value;
    if (type == QLatin1String("residential"))
        return {QStringLiteral("independent_residential"), QStringLiteral("in_house_residential")};
    if (type == QLatin1String("supported"))
        return {QStringLiteral("supported_accommodation")};
    return {QStringLiteral("in_house_foster"), QStringLiteral("ifa")};
}

/// A provision of those categories whose age range takes every child from the offer to the
/// decision (the rest of the rules are the services' to check); nullptr after 40 misses.
const DemoProvision* askable(DemoContext& c, const Referral& r, const QStringList& categories,
                             const QDate& day) {
    for (int attempt = 0; attempt < 40; ++attempt) {
        const QList<DemoProvision>& pool = c.provisionsByCategory.value(c.rng.pick(categories));
        if (pool.isEmpty())
            continue;
        const DemoProvision& p = c.rng.pick(pool);
        bool fits = true;
        for (const ReferralChild& ch : r.children)
            for (const QDate& on : {day, c.options.today})
                fits = fits && ch.ageOn(on) >= p.minAge && ch.ageOn(on) <= p.maxAge;
        if (fits)
            return &p;
    }
    return nullptr;
}

/// The offer the social worker will choose: the first written that meets every essential criterion.
struct DemoOffer {
    qint64 offerId = 0;
    double weeklyFee = 0;
};

/// Eight providers from the pool asked, their answers checked as the Offers page checks them.
Result<QList<CheckedOffer>> askProviders(DemoContext& c, qint64 referralId, const Referral& r,
                                         const QDate& day) {
    const QStringList categories = offerCategories(r);
    QList<Offer> asked;
    for (int i = 0; i < 8; ++i) {
        const DemoProvision* found = askable(c, r, categories, day);
        if (!found)
            break;
        const DemoProvision& p = *found;
        Offer o;
        o.referralId = referralId;
        o.provisionId = p.id;
        o.weeklyFee = p.weeklyFee;
        // Agencies often quote above what they agree to: the difference is the negotiated saving.
        o.firstQuotedFee =
            p.placeProvider == QLatin1String("PR1") ? p.weeklyFee : p.weeklyFee + c.rng.between(0, 8) * 10;
        o.extras = c.rng.between(0, 3) * 50;
        o.startDate = r.neededByDate;
        asked << o;
    }
    return OfferBook(c.db).checkProposed(referralId, asked, day);
}

/// The providers' offers, received while the referral was searched for, as the Offers page checks
/// them (OfferBook): one to four, at least one meeting every essential criterion when any of up to
/// 24 providers asked can meet them (the first such offer is listed first).
Result<DemoOffer> writeOffers(DemoContext& c, qint64 referralId, const Referral& r,
                              const QDateTime& searchFrom, const QDateTime& searchTo) {
    DemoOffer first;
    // Up to three rounds of eight providers asked, until one can meet every essential criterion.
    QList<CheckedOffer> heard;
    for (int round = 0; round < 3; ++round) {
        auto answers = askProviders(c, referralId, r, searchTo.date());
        if (!answers)
            return answers.error();
        heard << answers.value();
        if (std::any_of(heard.cbegin(), heard.cend(),
                        [](const CheckedOffer& o) { return o.meetsEssential(); }))
            break;
    }

    // Each provider offers once; one that meets every essential criterion comes first.
    QList<CheckedOffer> offers;
    QSet<qint64> provisions;
    for (const CheckedOffer& o : heard)
        if (o.meetsEssential() && offers.isEmpty())
            offers << o;
    const int n = QList<int>{1, 2, 3, 4}[c.rng.weighted({15, 25, 50, 10})];
    for (const CheckedOffer& o : offers)
        provisions << o.offer.provisionId;
    for (const CheckedOffer& o : heard)
        if (offers.size() < n && !provisions.contains(o.offer.provisionId)) {
            offers << o;
            provisions << o.offer.provisionId;
        }
    const qint64 span = qMax<qint64>(3600, searchFrom.secsTo(searchTo));
    for (const CheckedOffer& o : offers) {
        const Offer& offer = o.offer;
        auto id = c.writer.insert(
            QStringLiteral("offers"),
            {referralId, offer.provisionId, offer.firstQuotedFee, offer.weeklyFee, offer.extras,
             offer.startDate.toString(Qt::ISODate), offer.status, o.meetsEssential() ? 1 : 0,
             o.meetsEssential() ? QVariant() : QVariant(o.reasons.join(QLatin1Char(' '))),
             stamp(searchFrom.addSecs(c.rng.between(0, int(qMin<qint64>(span, 2000000000)))))});
        if (!id)
            return id.error();
        if (first.offerId == 0 && o.meetsEssential())
            first = DemoOffer{id.value(), offer.weeklyFee};
    }
    return first;
}

QString whoFor(DemoContext& c, const QString& event, const QString& officer,
               const QString& socialWorkerLogin) {
    if (event == QLatin1String("submit"))
        return socialWorkerLogin;
    if (event == QLatin1String("panelApprove") || event == QLatin1String("panelDecline") ||
        event == QLatin1String("emergencyApprove"))
        return c.manager;
    return officer;
}

/// Emergency referrals written so far, for the planned follow-up referral each one opens.
using Emergencies = QList<Referral>;

Status writeReferral(DemoContext& c, S target, QMap<int, int>& numbers, Emergencies& emergencies) {
    const bool emergency =
        (target == S::Searching || target == S::OptionsReady || target == S::Placed) && c.rng.chance(0.25);
    S heldFrom = S::Draft;
    const QList<S> path = pathTo(c.rng, target, emergency, &heldFrom);
    // Planned referrals move on during office hours a few days apart; emergencies within hours.
    QList<int> gapDays;
    int totalDays = 0;
    for (int i = 1; i < path.size(); ++i) {
        gapDays << (emergency ? 0 : c.rng.between(0, 4));
        totalDays += gapDays.last();
    }
    QDate firstDay = c.options.today.addDays(-totalDays - c.rng.between(0, 3));
    while (firstDay.dayOfWeek() > 5)
        firstDay = firstDay.addDays(-1);
    const QDateTime now(c.options.today, QTime(17, 30), Qt::UTC);
    const QDateTime received(firstDay, QTime(c.rng.between(8, 11), c.rng.between(0, 59)), Qt::UTC);
    auto nextTime = [&](const QDateTime& previous, int days) {
        if (emergency || days == 0)
            return previous.addSecs(c.rng.between(20, 90) * 60);
        QDate day = previous.date().addDays(days);
        while (day.dayOfWeek() > 5 && day < c.options.today)
            day = day.addDays(1); // the team works Monday to Friday
        if (day > c.options.today)
            return previous.addSecs(c.rng.between(20, 90) * 60); // nothing has happened after today
        return QDateTime(day, QTime(c.rng.between(8, 16), c.rng.between(0, 59)), Qt::UTC);
    };
    // A draft may be the planned follow-up an emergency placement opened.
    std::optional<Referral> first;
    for (qsizetype i = emergencies.size() - 1; target == S::Draft && !first && i >= 0; --i)
        if (emergencies[i].receivedAt < received)
            first = emergencies.takeAt(i);
    Referral r = demoReferralRecord(c, received, emergency, first ? &*first : nullptr);
    // Children new to care get a children row too, so every referral child is linked.
    for (ReferralChild& ch : r.children) {
        if (ch.childId)
            continue;
        auto child = c.writer.insert(
            QStringLiteral("children"),
            {QStringLiteral("RV%1").arg(++c.childrenWritten, 7, 10, QLatin1Char('0')), ch.firstName,
             ch.lastName, ch.sex, ch.dateOfBirth.toString(Qt::ISODate), ch.ethnicity, ch.religion,
             ch.firstLanguage, r.homePostcode.isEmpty() ? QVariant() : QVariant(r.homePostcode)});
        if (!child)
            return child.error();
        ch.childId = child.value();
    }
    const int year = received.date().year();
    r.reference = QStringLiteral("R-%1-%2").arg(year).arg(++numbers[year], 4, 10, QLatin1Char('0'));
    // The steps up to OptionsReady are written here; the decisions from there on are taken through
    // the services (demodecisions.h), which move the referral on from the state written.
    const qsizetype decided = path.indexOf(S::AwaitingDecision);
    const QList<S> written = decided < 0 ? path : path.mid(0, decided);
    r.state = written.last();
    r.officer = c.rng.pick(c.officers);
    const int swIndex = c.rng.between(0, int(c.socialWorkers.size()) - 1);
    r.socialWorker = c.socialWorkers[swIndex];
    const QString swLogin = c.socialWorkerLogins[swIndex];

    auto id = c.writer.insert(QStringLiteral("referrals"),
                              {r.reference, code(r.state),
                               target == S::OnHold ? QVariant(code(heldFrom)) : QVariant(), emergency ? 1 : 0,
                               r.neededBy, r.neededByDate.toString(Qt::ISODate), r.officer, r.socialWorker,
                               stamp(received), r.followUpOf ? QVariant(r.followUpOf) : QVariant(),
                               QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact))});
    if (!id)
        return id.error();
    if (emergency) {
        r.id = id.value();
        emergencies << r;
    }
    for (int i = 0; i < r.children.size(); ++i)
        if (auto link =
                c.writer.insert(QStringLiteral("referral_children"), {id.value(), r.children[i].childId, i});
            !link)
            return link.error();

    QList<QDateTime> times{received};
    for (int i = 1; i < path.size(); ++i)
        times << nextTime(times.last(), gapDays[i - 1]);
    QDateTime searchFrom, searchTo;
    auto transition = [&](const QDateTime& at, const QVariant& from, S to, const QString& event) {
        return c.writer.insert(QStringLiteral("referral_transitions"),
                               {id.value(), stamp(at), whoFor(c, event, r.officer, swLogin), event, from,
                                code(to), commentFor(event, c.rng)});
    };
    if (auto t = transition(received, QVariant(), S::Draft, QStringLiteral("create")); !t)
        return t.error();
    for (int i = 1; i < written.size(); ++i) {
        if (path[i - 1] == S::Searching)
            searchTo = times[i];
        if (path[i] == S::Searching)
            searchFrom = times[i];
        if (auto t = transition(times[i], code(path[i - 1]), path[i], code(eventFor(path[i - 1], path[i])));
            !t)
            return t.error();
    }
    DemoOffer chosen;
    if (searchFrom.isValid() && written.contains(S::OptionsReady)) {
        auto offer = writeOffers(c, id.value(), r, searchFrom, searchTo.isValid() ? searchTo : now);
        if (!offer)
            return offer.error();
        chosen = offer.value();
    }
    if (decided < 0)
        return {};
    DemoDecisions plan;
    plan.offerId = chosen.offerId;
    plan.weeklyFee = chosen.weeklyFee;
    plan.referralId = id.value();
    plan.officer = r.officer;
    plan.socialWorkerLogin = swLogin;
    plan.presentAt = times[decided];
    if (const qsizetype placed = path.indexOf(S::Placed); placed >= 0) {
        plan.placeAt = times[placed];
        plan.choiceAt = plan.presentAt.addSecs(plan.presentAt.secsTo(plan.placeAt) / 2);
    } else if (c.rng.chance(0.5)) {
        plan.choiceAt = plan.presentAt.addSecs(c.rng.between(20, 90) * 60); // awaiting the manager
    }
    if (const qsizetype closed = path.indexOf(S::Closed); closed >= 0)
        plan.closeAt = times[closed];
    return takeDemoDecisions(c, plan);
}

} // namespace

Status writeDemoReferrals(DemoContext& c) {
    c.writer.define(QStringLiteral("referrals"),
                    {QStringLiteral("reference"), QStringLiteral("state"), QStringLiteral("held_from_state"),
                     QStringLiteral("emergency"), QStringLiteral("needed_by"),
                     QStringLiteral("needed_by_date"), QStringLiteral("officer"),
                     QStringLiteral("social_worker"), QStringLiteral("received_at"),
                     QStringLiteral("follow_up_of"), QStringLiteral("record_json")});
    c.writer.define(QStringLiteral("referral_children"),
                    {QStringLiteral("referral_id"), QStringLiteral("child_id"), QStringLiteral("position")});
    c.writer.define(QStringLiteral("referral_transitions"),
                    {QStringLiteral("referral_id"), QStringLiteral("at"), QStringLiteral("who"),
                     QStringLiteral("event"), QStringLiteral("from_state"), QStringLiteral("to_state"),
                     QStringLiteral("comment")});
    c.writer.define(QStringLiteral("offers"),
                    {QStringLiteral("referral_id"), QStringLiteral("provision_id"),
                     QStringLiteral("first_quoted_fee"), QStringLiteral("weekly_fee"),
                     QStringLiteral("extras"), QStringLiteral("start_date"), QStringLiteral("status"),
                     QStringLiteral("meets_essential"), QStringLiteral("notes"),
                     QStringLiteral("received_at")});
    QList<S> states;
    for (int block = 0; block < c.scale; ++block)
        for (const auto& [state, n] : stateShares())
            for (int i = 0; i < n; ++i)
                states << state;
    c.rng.shuffle(states);
    // Drafts last: a draft may be the planned follow-up of an emergency written before it.
    std::stable_partition(states.begin(), states.end(), [](S s) { return s != S::Draft; });
    QMap<int, int> numbers;
    Emergencies emergencies;
    for (int i = 0; i < states.size(); ++i) {
        if (auto s = writeReferral(c, states[i], numbers, emergencies); !s)
            return s;
        if (i % 500 == 499)
            if (auto p = c.progress(75 + 20 * i / int(states.size())); !p)
                return p;
    }
    return {};
}

} // namespace pd::core
