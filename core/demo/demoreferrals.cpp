// SPDX-License-Identifier: GPL-3.0-or-later
// Open referrals in every workflow state, with consistent transition histories and offers.
#include "core/demo/demoreferralrecord.h"

#include <QJsonDocument>
#include <QMap>
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

/// The event that moves a referral between two states (the workflow's names, DESIGN.md).
QString eventFor(S from, S to) {
    static const QList<std::tuple<S, S, const char*>> table = {
        {S::Draft, S::Submitted, "submit"},
        {S::Submitted, S::AwaitingPanel, "requestPanel"},
        {S::AwaitingPanel, S::QualityCheck, "panelApprove"},
        {S::AwaitingPanel, S::Closed, "panelDecline"},
        {S::QualityCheck, S::Searching, "qualityPass"},
        {S::Submitted, S::Searching, "emergencyApprove"},
        {S::Searching, S::OptionsReady, "presentOptions"},
        {S::OptionsReady, S::AwaitingDecision, "sendForDecision"},
        {S::AwaitingDecision, S::Placed, "approvePlacement"},
        {S::Placed, S::Closed, "close"},
        {S::Searching, S::Closed, "withdraw"},
    };
    if (to == S::OnHold)
        return QStringLiteral("hold");
    for (const auto& [f, t, e] : table)
        if (f == from && t == to)
            return QLatin1String(e);
    return QStringLiteral("withdraw");
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
        {QStringLiteral("presentOptions"),
         {QStringLiteral("Offers checked against the essential criteria; options paper ready.")}},
        {QStringLiteral("approvePlacement"),
         {QStringLiteral("Permission to place given; contract to be issued.")}},
        {QStringLiteral("hold"),
         {QStringLiteral("Paused: court hearing next week may change the plan."),
          QStringLiteral("Paused while the child is in hospital.")}},
        {QStringLiteral("withdraw"), {QStringLiteral("Withdrawn: child returned home with a support plan.")}},
        {QStringLiteral("close"),
         {QStringLiteral("Placed and handed over to the supervising social worker.")}},
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

QList<DemoProvision> offerOptions(DemoContext& c, const Referral& r) {
    QString type;
    for (const Criterion& k : r.essentialCriteria)
        if (k.kind == QLatin1String("placementType"))
            type = k.value;
    QStringList categories{QStringLiteral("in_house_foster"), QStringLiteral("ifa")};
    if (type == QLatin1String("residential"))
        categories = {QStringLiteral("independent_residential"), QStringLiteral("in_house_residential")};
    else if (type == QLatin1String("supported"))
        categories = {QStringLiteral("supported_accommodation")};
    QList<DemoProvision> out;
    const int n = QList<int>{1, 2, 3, 4}[c.rng.weighted({15, 25, 50, 10})];
    for (int i = 0; i < n; ++i) {
        const QList<DemoProvision>& pool = c.provisionsByCategory.value(c.rng.pick(categories));
        if (!pool.isEmpty())
            out << c.rng.pick(pool);
    }
    return out;
}

Status writeOffers(DemoContext& c, qint64 referralId, const Referral& r, S state, const QDateTime& searchFrom,
                   const QDateTime& searchTo) {
    const QList<DemoProvision> options = offerOptions(c, r);
    const qint64 span = qMax<qint64>(3600, searchFrom.secsTo(searchTo));
    for (int i = 0; i < options.size(); ++i) {
        const DemoProvision& p = options[i];
        const double fee = p.weeklyFee;
        // Agencies often quote above what they agree to: the difference is the negotiated saving.
        const double quoted = p.placeProvider == QLatin1String("PR1") ? fee : fee + c.rng.between(0, 8) * 10;
        QString status = QStringLiteral("open");
        if (state == S::Placed || state == S::Closed)
            status = i == 0 ? QStringLiteral("accepted") : QStringLiteral("declined");
        const bool meets = i == 0 || c.rng.chance(0.85);
        auto id = c.writer.insert(
            QStringLiteral("offers"),
            {referralId, p.id, quoted, fee, c.rng.between(0, 3) * 50, r.neededByDate.toString(Qt::ISODate),
             status, meets ? 1 : 0,
             meets ? QVariant()
                   : QVariant(QStringLiteral("Carers' own child is younger than the referral allows.")),
             stamp(searchFrom.addSecs(c.rng.between(0, int(qMin<qint64>(span, 2000000000)))))});
        if (!id)
            return id.error();
    }
    return {};
}

QString whoFor(DemoContext& c, const QString& event, const QString& officer,
               const QString& socialWorkerLogin) {
    if (event == QLatin1String("submit"))
        return socialWorkerLogin;
    if (event == QLatin1String("panelApprove") || event == QLatin1String("panelDecline") ||
        event == QLatin1String("approvePlacement") || event == QLatin1String("emergencyApprove"))
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
    if (target == S::Draft && !emergencies.isEmpty() && emergencies.last().receivedAt < received)
        first = emergencies.takeLast();
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
    r.state = target;
    r.officer = c.rng.pick(c.officers);
    const int swIndex = c.rng.between(0, int(c.socialWorkers.size()) - 1);
    r.socialWorker = c.socialWorkers[swIndex];
    const QString swLogin = c.socialWorkerLogins[swIndex];

    auto id = c.writer.insert(QStringLiteral("referrals"),
                              {r.reference, code(target),
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

    QDateTime at = received;
    QDateTime searchFrom, searchTo;
    auto transition = [&](const QVariant& from, S to, const QString& event) {
        return c.writer.insert(QStringLiteral("referral_transitions"),
                               {id.value(), stamp(at), whoFor(c, event, r.officer, swLogin), event, from,
                                code(to), commentFor(event, c.rng)});
    };
    if (auto t = transition(QVariant(), S::Draft, QStringLiteral("create")); !t)
        return t.error();
    for (int i = 1; i < path.size(); ++i) {
        at = nextTime(at, gapDays[i - 1]);
        if (path[i - 1] == S::Searching)
            searchTo = at;
        if (path[i] == S::Searching)
            searchFrom = at;
        if (auto t = transition(code(path[i - 1]), path[i], eventFor(path[i - 1], path[i])); !t)
            return t.error();
    }
    if (searchFrom.isValid() && (path.contains(S::OptionsReady)))
        return writeOffers(c, id.value(), r, target, searchFrom, searchTo.isValid() ? searchTo : now);
    return {};
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
