// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's placements after the decision, through the real services: the reviews of every current
// placement on the timetable (a few left overdue), an extra agreed in some contracts, pre-disruption
// meetings, and endings (returns home, some planned at a meeting), each as its own login at
// its own time.
#include "core/demo/actingas.h"
#include "core/demo/democontext.h"
#include "core/domain/reviewtimetable.h"
#include "core/services/contractbook.h"
#include "core/services/placementendings.h"
#include "core/services/predisruptionmeetings.h"
#include "core/services/reviewbook.h"
#include "core/storage/placementrepository.h"

namespace pd::core {

namespace {

const QStringList& reviewNotes(OutcomeRating rating) {
    static const QStringList met{QStringLiteral("Achieved and sustained since the last review."),
                                 QStringLiteral("Carers and school both report this is going well."),
                                 QStringLiteral("Met; the child says they are proud of it.")};
    static const QStringList progressing{
        QStringLiteral("Better most weeks; a plan for the harder days agreed."),
        QStringLiteral("Started well, needs another term to settle."),
        QStringLiteral("Partly met; extra support from the school agreed.")};
    static const QStringList notMet{QStringLiteral("Not met; the support worker will visit weekly."),
                                    QStringLiteral("No progress yet; reviewed again at the next review."),
                                    QStringLiteral("Not met; a referral to CAMHS has been made.")};
    return rating == OutcomeRating::Met ? met : rating == OutcomeRating::Progressing ? progressing : notMet;
}

/// A failure that is the service turning the step down: the demo leaves the placement as it is.
template <typename T> Result<bool> taken(const Result<T>& r) {
    if (r)
        return true;
    if (r.error().kind == Error::Kind::Refused || r.error().kind == Error::Kind::Invalid) {
        if (qEnvironmentVariableIsSet("PD_DEMO_DEBUG"))
            qWarning("demo: %s", qPrintable(r.error().message));
        return false;
    }
    return r.error();
}

QDateTime at(const QDate& day, int hour) {
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

/// One review held on the day, every outcome of the current contract rated.
Result<bool> review(DemoContext& c, const PlacementRecord& p, const QDate& day, const QString& officer) {
    ActingAs acting(c.db, officer, at(day, 11));
    PlacementReview r;
    r.placementId = p.id;
    r.heldOn = day;
    r.iroView =
        c.rng.pick(QStringList{QStringLiteral("The placement meets the child's needs; continue."),
                               QStringLiteral("Settled; contact arrangements to be reviewed."),
                               QStringLiteral("Stable, with concerns about school attendance noted.")});
    auto contract = ContractBook(c.db).current(p.id);
    if (!contract)
        return contract.error();
    if (contract->has_value())
        for (const ContractOutcome& o : (*contract)->outcomes) {
            const auto rating = OutcomeRating(c.rng.weighted({50, 35, 15}));
            r.ratings << RatedOutcome{o.id, QString(), rating, c.rng.pick(reviewNotes(rating))};
        }
    return taken(ReviewBook(c.db).record(r));
}

/// An extra agreed at the placement planning meeting (a new version of the contract from that day).
Result<bool> agreeExtra(DemoContext& c, const PlacementRecord& p, const QDate& day) {
    ActingAs acting(c.db, c.manager, at(day, 15));
    auto contract = ContractBook(c.db).current(p.id);
    if (!contract)
        return contract.error();
    if (!contract->has_value())
        return false;
    ContractChange change;
    change.effectiveFrom = day;
    change.extras = (*contract)->extras + 75;
    change.extrasNote = QStringLiteral("Five hours of 1:1 support a week");
    change.addOutcomes << ContractOutcome{0,
                                          QStringLiteral("Joins one after-school club and goes every week"),
                                          QStringLiteral("Club attendance register"), 6};
    change.changeNote = QStringLiteral("1:1 support and an outcome agreed at the placement planning meeting");
    return taken(ContractBook(c.db).change(p.id, change));
}

Result<bool> meeting(DemoContext& c, const PlacementRecord& p, const QDate& day, const QString& officer,
                     MeetingOutcome outcome) {
    ActingAs acting(c.db, officer, at(day, 14));
    DisruptionMeeting m;
    m.placementId = p.id;
    m.heldOn = day;
    m.askedBy = c.rng.chance(0.6) ? MeetingAskedBy::Provider : MeetingAskedBy::SocialWorker;
    m.attendees =
        QStringLiteral("Carers, supervising social worker, child's social worker, placement officer");
    m.concerns = c.rng.pick(QStringList{QStringLiteral("Going missing overnight twice in a month."),
                                        QStringLiteral("Aggression towards the carers' own child."),
                                        QStringLiteral("School exclusion and refusing to attend."),
                                        QStringLiteral("The carers feel they cannot manage the night-time "
                                                       "behaviour.")});
    m.actions =
        c.rng.pick(QStringList{QStringLiteral("Respite weekend (officer); CAMHS consultation for the "
                                              "carers (social worker)."),
                               QStringLiteral("Daily check-in calls for two weeks (supervising social "
                                              "worker); return-home interviews (social worker)."),
                               QStringLiteral("Education support plan with the virtual school (social "
                                              "worker); review in four weeks (officer).")});
    m.outcome = outcome;
    return taken(PreDisruptionMeetings(c.db).record(m));
}

Result<bool> ending(DemoContext& c, const PlacementRecord& p, const QDate& day, const QString& officer) {
    ActingAs acting(c.db, officer, at(day, 16));
    return taken(PlacementEndings(c.db).end(p.id, day, EndingReason::ReturnHome));
}

} // namespace

Status writeDemoPlacementLife(DemoContext& c) {
    const QDate today = c.options.today;
    auto placements = PlacementRepository(c.db).all();
    if (!placements)
        return placements.error();
    int withContract = 0;
    for (const PlacementRecord& p : placements.value()) {
        if (!p.isCurrent() || p.start > today)
            continue;
        const QString officer = c.rng.pick(c.officers);
        // What happens to it: a meeting (some planning an ending), or a return home; else it goes on.
        QDate meetingDay, endDay;
        MeetingOutcome outcome = MeetingOutcome::Stabilised;
        const bool history = p.referralId == 0; // placements made through referrals stay current
        if (p.provisionId > 0 && p.start < today.addDays(-14) && c.rng.chance(0.05)) {
            meetingDay = c.rng.dateBetween(qMax(p.start.addDays(7), today.addDays(-300)), today.addDays(-7));
            if (c.rng.chance(0.3)) {
                outcome = MeetingOutcome::EndingPlanned;
                // A move (REC X1) needs the child's next episode the same day (DfE rule 388), which
                // only a referral's permission to place makes: the demo's planned endings are returns home.
                if (history)
                    endDay = qMin(today, meetingDay.addDays(c.rng.between(3, 21)));
            }
        } else if (history && c.rng.chance(0.01)) {
            endDay = c.rng.dateBetween(qMax(p.start.addDays(1), today.addDays(-120)), today);
        }
        // Every other contract gains an extra agreed at the placement planning meeting (version 2).
        if (!history && withContract++ % 2 == 0)
            if (auto extra = agreeExtra(c, p, qMin(today, p.start.addDays(c.rng.between(0, 10)))); !extra)
                return extra.error();
        // The reviews on the timetable up to the ending (or today); a few placements fall behind in
        // the last months (a review missed: overdue by days or weeks, as a team's list shows, not
        // by years).
        const QDate until = endDay.isValid() ? endDay : today;
        const QDate behindFrom = c.rng.chance(0.06) ? until.addDays(-c.rng.between(1, 150)) : QDate();
        QDate due = ReviewTimetable::firstDue(p.start), last = p.start;
        for (int held = 0; due <= until && !(behindFrom.isValid() && due >= behindFrom);) {
            const QDate day = qMax(last.addDays(1), due.addDays(c.rng.between(-12, 5)));
            if (day > until)
                break;
            auto done = review(c, p, day, officer);
            if (!done)
                return done.error();
            if (!done.value())
                break;
            ++held;
            last = day;
            due = ReviewTimetable::nextDue(day, held);
        }
        if (meetingDay.isValid())
            if (auto m = meeting(c, p, meetingDay, officer, outcome); !m)
                return m.error();
        if (endDay.isValid())
            if (auto e = ending(c, p, endDay, officer); !e)
                return e.error();
    }
    return {};
}

} // namespace pd::core
