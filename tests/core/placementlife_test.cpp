// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, must-show 4 and the placement's life after permission to place, with hand-built cases on
// real files: review due dates and the overdue list, the contract's versions, the disruption history
// lowering the quality score by the stated figure, endings refused on bad dates, the follow-up
// referral a move opens.
#include "core/domain/reviewtimetable.h"
#include "core/matching/scorer.h"
#include "core/services/desk.h"
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

using namespace pd::core;

namespace {

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// A file with one IFA provision, an officer (tester, the file's user) and a social worker, on a clock
/// set to 30 June 2026; placements written directly (as an imported history would be).
struct Life {
    pd::test::TempDatabase t;
    pd::test::RegisterBuilder b{t.db()};
    qint64 provision = 0;
    int children = 0;

    Life() {
        pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
        pd::test::addUser(t.db(), QStringLiteral("sw"), Role::SocialWorker);
        t.db().setUserName(QStringLiteral("tester"));
        t.db().setClock(QDateTime(day("2026-06-30"), QTime(12, 0), Qt::UTC));
        const qint64 provider =
            b.provider(QStringLiteral("Bright Futures Fostering"), QStringLiteral("ifa"),
                       QStringLiteral("select_list"), QStringLiteral("referrals@bright.example"));
        provision = b.provision(provider, QStringLiteral("Willow household"), QStringLiteral("foster"),
                                QStringLiteral("RV4 1AA"), 910);
    }

    qint64 child() {
        auto id = RecordWriter(t.db()).insert(
            QStringLiteral("children"),
            {{QStringLiteral("child_ref"), QStringLiteral("RV%1").arg(++children, 7, 10, QLatin1Char('0'))},
             {QStringLiteral("first_name"), QStringLiteral("Amy")},
             {QStringLiteral("last_name"), QStringLiteral("Shaw")}});
        PD_REQUIRE_OK(id);
        return id.value();
    }

    qint64 placement(qint64 childId, const char* start, const char* end = nullptr) {
        QVariantMap values{{QStringLiteral("child_id"), childId},
                           {QStringLiteral("start_date"), QString::fromLatin1(start)},
                           {QStringLiteral("rne"), QStringLiteral("S")},
                           {QStringLiteral("legal_status"), QStringLiteral("C2")},
                           {QStringLiteral("place"), QStringLiteral("U4")},
                           {QStringLiteral("place_provider"), QStringLiteral("PR4")},
                           {QStringLiteral("category"), QStringLiteral("ifa")},
                           {QStringLiteral("provision_id"), provision},
                           {QStringLiteral("home_postcode"), QStringLiteral("RV1 2AB")},
                           {QStringLiteral("weekly_cost"), 910}};
        if (end) {
            values.insert(QStringLiteral("end_date"), QString::fromLatin1(end));
            values.insert(QStringLiteral("reason_end"), QStringLiteral("E4A"));
        }
        auto id = RecordWriter(t.db()).insert(QStringLiteral("placements"), values);
        PD_REQUIRE_OK(id);
        return id.value();
    }
    qint64 placement(const char* start, const char* end = nullptr) { return placement(child(), start, end); }

    qint64 number(const QString& sql) { return pd::test::TestSql(t.db()).number(sql); }

    PlacementReview reviewOn(qint64 placementId, const char* held) {
        PlacementReview r;
        r.placementId = placementId;
        r.heldOn = day(held);
        r.iroView = QStringLiteral("Settled.");
        return r;
    }
};

const ReviewDue* dueOf(const QList<ReviewDue>& list, qint64 placementId) {
    for (const ReviewDue& d : list)
        if (d.placementId == placementId)
            return &d;
    return nullptr;
}

} // namespace

TEST_CASE("review due dates: 28 days after the start, 3 months after the first, 6 months after each later, "
          "a late review moves the next one later",
          "[placementlife][reviews]") {
    Life l;
    const qint64 p = l.placement("2026-01-05");
    ReviewBook& reviews = l.t.desk().reviews();

    auto due = reviews.due();
    PD_REQUIRE_OK(due);
    REQUIRE(dueOf(due.value(), p));
    CHECK(dueOf(due.value(), p)->nextDue == day("2026-02-02")); // 28 days
    CHECK(ReviewTimetable::firstDue(day("2026-01-05")) == day("2026-02-02"));

    // The first review, held 8 days late: the second is due 3 months after the day it was held.
    auto first = reviews.record(l.reviewOn(p, "2026-02-10"));
    PD_REQUIRE_OK(first);
    auto held = reviews.reviews(p);
    PD_REQUIRE_OK(held);
    REQUIRE(held->size() == 1);
    CHECK(held->at(0).dueOn == day("2026-02-02"));
    CHECK(held->at(0).nextDue == day("2026-05-10"));
    CHECK(held->at(0).recordedBy == QStringLiteral("tester"));

    // The second review, early: the third is due 6 months after it.
    PD_REQUIRE_OK(reviews.record(l.reviewOn(p, "2026-05-01")));
    due = reviews.due();
    PD_REQUIRE_OK(due);
    CHECK(dueOf(due.value(), p)->nextDue == day("2026-11-01"));
    CHECK(dueOf(due.value(), p)->reviewsHeld == 2);
    CHECK(dueOf(due.value(), p)->lastReview == day("2026-05-01"));

    // A later review may bring the next one forward, never past the timetable.
    PlacementReview third = l.reviewOn(p, "2026-06-15");
    third.nextDue = day("2027-01-01");
    auto tooLate = reviews.record(third);
    REQUIRE_FALSE(tooLate.ok());
    CHECK(tooLate.error().message.contains(QStringLiteral("no later than 2026-12-15")));
    third.nextDue = day("2026-09-01");
    PD_REQUIRE_OK(reviews.record(third));
    held = reviews.reviews(p);
    PD_REQUIRE_OK(held);
    REQUIRE(held->size() == 3);
    CHECK(held->at(2).dueOn == day("2026-11-01"));
    CHECK(held->at(2).nextDue == day("2026-09-01"));

    // Refused, with nothing written: before the start, after today, on or before the last review.
    for (const char* bad : {"2025-12-31", "2026-07-01", "2026-06-15", "2026-06-01"}) {
        INFO(bad);
        auto refused = reviews.record(l.reviewOn(p, bad));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK(refused.error().message.startsWith(QStringLiteral("Date:")));
    }
    CHECK(l.number(QStringLiteral("SELECT COUNT(*) FROM placement_reviews")) == 3);
    CHECK(l.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'placement_reviews'")) >
          0);
}

TEST_CASE("the overdue list on a given date", "[placementlife][reviews]") {
    Life l;
    const qint64 notYetReviewed = l.placement("2026-05-01"); // first due 2026-05-29
    const qint64 recent = l.placement("2026-06-20");         // first due 2026-07-18
    const qint64 reviewedOnce = l.placement("2026-01-05");   // reviewed 2026-02-01: next due 2026-05-01
    l.placement("2026-01-05", "2026-03-01");                 // ended: no reviews due
    PD_REQUIRE_OK(l.t.desk().reviews().record(l.reviewOn(reviewedOnce, "2026-02-01")));

    auto all = l.t.desk().reviews().due();
    PD_REQUIRE_OK(all);
    CHECK(all->size() == 3); // the current placements, soonest due first
    CHECK(all->at(0).placementId == reviewedOnce);
    CHECK(all->at(1).placementId == notYetReviewed);
    CHECK(all->at(2).placementId == recent);

    auto overdue = l.t.desk().reviews().overdue(day("2026-06-30"));
    PD_REQUIRE_OK(overdue);
    REQUIRE(overdue->size() == 2);
    CHECK(overdue->at(0).placementId == reviewedOnce);
    CHECK(overdue->at(0).daysOverdueOn(day("2026-06-30")) == 60);
    CHECK(overdue->at(1).placementId == notYetReviewed);
    CHECK(overdue->at(1).daysOverdueOn(day("2026-06-30")) == 32);
    // Due on the day is not yet overdue.
    overdue = l.t.desk().reviews().overdue(day("2026-05-01"));
    PD_REQUIRE_OK(overdue);
    CHECK(overdue->isEmpty());
    overdue = l.t.desk().reviews().overdue(day("2026-05-02"));
    PD_REQUIRE_OK(overdue);
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->at(0).placementId == reviewedOnce);
}

TEST_CASE("permission to place makes version 1 of the contract, a fee change makes version 2 and keeps "
          "version 1, reviews rate the current version's outcomes",
          "[placementlife][contract]") {
    pd::test::PlacementWalk w;
    const QDate start = QDate::currentDate().addDays(-3);
    const qint64 id = w.placeWithIfa(start);

    auto v1 = w.officer().contracts().current(id);
    PD_REQUIRE_OK(v1);
    REQUIRE(v1->has_value());
    CHECK((*v1)->version == 1);
    CHECK((*v1)->weeklyFee == 930);
    CHECK((*v1)->start == start);
    CHECK((*v1)->effectiveFrom == start);
    CHECK((*v1)->provisionId == w.ifa);
    CHECK((*v1)->providerName == QStringLiteral("Bright Futures Fostering"));
    REQUIRE((*v1)->outcomes.size() == 1);
    CHECK((*v1)->outcomes[0].wording == QStringLiteral("Attends Riverside Primary every school day"));
    CHECK((*v1)->madeBy == QStringLiteral("boss"));

    // A fee change from a date: only a manager or budget holder; nothing-changes and bad dates refused.
    ContractChange uplift;
    uplift.effectiveFrom = start.addDays(7);
    uplift.weeklyFee = 980;
    uplift.changeNote = QStringLiteral("Annual uplift accepted");
    auto byOfficer = w.officer().contracts().change(id, uplift);
    REQUIRE_FALSE(byOfficer.ok());
    CHECK(byOfficer.error().kind == Error::Kind::Forbidden);
    ContractChange same = uplift;
    same.weeklyFee = 930;
    CHECK(w.manager->contracts().change(id, same).error().message.startsWith(
        QStringLiteral("Nothing changes")));
    ContractChange early = uplift;
    early.effectiveFrom = start.addDays(-1);
    CHECK(w.manager->contracts().change(id, early).error().message.startsWith(QStringLiteral("From:")));
    ContractChange noReason = uplift;
    noReason.changeNote.clear();
    CHECK(w.manager->contracts().change(id, noReason).error().message.startsWith(QStringLiteral("Reason:")));
    auto v2 = w.manager->contracts().change(id, uplift);
    PD_REQUIRE_OK(v2);
    CHECK(v2.value() == 2);

    auto versions = w.officer().contracts().versions(id);
    PD_REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).version == 1);
    CHECK(versions->at(0).weeklyFee == 930); // the old version kept as it was
    CHECK(versions->at(1).version == 2);
    CHECK(versions->at(1).weeklyFee == 980);
    CHECK(versions->at(1).effectiveFrom == start.addDays(7));
    CHECK(versions->at(1).changeNote == QStringLiteral("Annual uplift accepted"));
    CHECK(versions->at(1).outcomes.size() == 1); // the outcomes carried over
    CHECK(
        w.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'placement_contracts' AND "
                                "action = 'insert'")) > 0);

    // An outcome added: version 3, and export placements prints the current version.
    ContractChange outcome;
    outcome.effectiveFrom = start.addDays(7);
    outcome.addOutcomes << ContractOutcome{0, QStringLiteral("Sees her brother every fortnight"),
                                           QStringLiteral("Contact record"), 3};
    outcome.changeNote = QStringLiteral("Outcome agreed with the family");
    PD_REQUIRE_OK(w.manager->contracts().change(id, outcome));
    auto all = w.officer().placements().all();
    PD_REQUIRE_OK(all);
    for (const PlacementRecord& p : all.value())
        CHECK(p.ipcVersion == (p.id == id ? 3 : 0));

    // A review rates each outcome of the current version once, with a note.
    auto v3 = w.officer().contracts().current(id);
    PD_REQUIRE_OK(v3);
    REQUIRE((*v3)->outcomes.size() == 2);
    PlacementReview review;
    review.placementId = id;
    review.heldOn = QDate::currentDate();
    review.ratings << RatedOutcome{(*v3)->outcomes[0].id, QString(), OutcomeRating::Met,
                                   QStringLiteral("Every day this term.")};
    auto missing = w.officer().reviews().record(review);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("Sees her brother every fortnight")));
    review.ratings << RatedOutcome{(*v3)->outcomes[1].id, QString(), OutcomeRating::Progressing, QString()};
    auto noNote = w.officer().reviews().record(review);
    REQUIRE_FALSE(noNote.ok());
    CHECK(noNote.error().message.contains(QStringLiteral("write a note")));
    review.ratings[1].note = QStringLiteral("Twice this month; the carers drive.");
    PD_REQUIRE_OK(w.officer().reviews().record(review));
    auto read = w.officer().reviews().reviews(id);
    PD_REQUIRE_OK(read);
    REQUIRE(read->size() == 1);
    CHECK(read->at(0).contractVersion == 3);
    REQUIRE(read->at(0).ratings.size() == 2);
    CHECK(read->at(0).ratings[1].wording == QStringLiteral("Sees her brother every fortnight"));
    CHECK(read->at(0).ratings[1].rating == OutcomeRating::Progressing);
}

TEST_CASE("the disruption history lowers the quality score: a disruption counts 1, a pre-disruption meeting "
          "0.5, per placement with us",
          "[placementlife][matching]") {
    pd::test::PlacementWalk w;
    Database& db = w.t.db();
    // Four children placed with the IFA's Willow household before (an imported history).
    QList<qint64> placements;
    for (int i = 0; i < 4; ++i) {
        RecordWriter writer(db);
        auto child = writer.insert(QStringLiteral("children"),
                                   {{QStringLiteral("child_ref"), QStringLiteral("RVH%1").arg(i)}});
        PD_REQUIRE_OK(child);
        auto p = writer.insert(QStringLiteral("placements"),
                               {{QStringLiteral("child_id"), child.value()},
                                {QStringLiteral("start_date"), QStringLiteral("2025-01-06")},
                                {QStringLiteral("rne"), QStringLiteral("S")},
                                {QStringLiteral("place"), QStringLiteral("U4")},
                                {QStringLiteral("provision_id"), w.ifa}});
        PD_REQUIRE_OK(p);
        placements << p.value();
    }
    struct Quality {
        float part = -1;
        int score = -1;
        QString explanation;
    };
    auto quality = [&]() {
        Desk fresh(db); // its own matching cache
        auto match = fresh.matching().match(w.referralId);
        PD_REQUIRE_OK(match);
        Quality q;
        for (const auto& c : match->candidates)
            if (match->vacancy(c.index).provisionId == w.ifa) {
                q.part = c.parts[size_t(SoftCriterion::Quality)];
                q.score = c.score;
                q.explanation = match->explain(c)[int(SoftCriterion::Quality)].explanation;
            }
        return q;
    };
    const Quality before = quality();
    CHECK(before.part == Approx(1.0)); // Outstanding, no disruption in 4 placements
    CHECK(before.explanation ==
          QStringLiteral("Ofsted: Outstanding; 0 disruption(s) in 4 placement(s) with us."));

    // Two meetings: 1 - 2 x 0.5 / 4 = 0.75.
    for (int i = 0; i < 2; ++i) {
        DisruptionMeeting m;
        m.placementId = placements[i];
        m.heldOn = QDate::currentDate().addDays(-5);
        m.askedBy = MeetingAskedBy::Provider;
        m.attendees = QStringLiteral("Carers, social worker, officer");
        m.concerns = QStringLiteral("Going missing at night.");
        m.actions = QStringLiteral("Respite weekend (officer).");
        m.outcome = i == 0 ? MeetingOutcome::Stabilised : MeetingOutcome::EndingPlanned;
        PD_REQUIRE_OK(w.officer().meetings().record(m));
    }
    CHECK(w.number(
              QStringLiteral("SELECT meetings FROM provider_history WHERE provider_id = (SELECT provider_id "
                             "FROM provisions WHERE id = %1)")
                  .arg(w.ifa)) == 2);
    const Quality meetings = quality();
    CHECK(meetings.part == Approx(0.75));
    CHECK(meetings.score < before.score);
    CHECK(meetings.explanation ==
          QStringLiteral(
              "Ofsted: Outstanding; 0 disruption(s) and 2 pre-disruption meeting(s) in 4 placement(s) "
              "with us: quality x 0.75 (a disruption counts 1, a meeting 0.5, per placement)."));

    // The provider asks for the second placement to end: 1 - (1 + 2 x 0.5) / 4 = 0.5.
    auto ended = w.officer().endings().end(placements[1], QDate::currentDate().addDays(-1),
                                           EndingReason::DisruptionByProvider);
    PD_REQUIRE_OK(ended);
    CHECK(ended->reasonPlaceChange == QStringLiteral("CREQB"));
    const Quality disrupted = quality();
    CHECK(disrupted.part == Approx(0.5));
    CHECK(disrupted.score < meetings.score);
    CHECK(disrupted.explanation.startsWith(QStringLiteral(
        "Ofsted: Outstanding; 1 disruption(s) and 2 pre-disruption meeting(s) in 4 placement(s) "
        "with us: quality x 0.50")));

    // The stated figure, on the scorer alone: Good (0.75) x (1 - (1 + 3 x 0.5) / 10) = 0.5625.
    RegisterVacancy v;
    v.ofsted = OfstedRating::Good;
    v.placementsWithUs = 10;
    v.disruptions = 1;
    v.disruptionMeetings = 3;
    const Scorer::Parts parts = Scorer::parts(MatchReferral{}, v, VacancyFacts{}, 0, MatchSettings{});
    CHECK(parts[size_t(SoftCriterion::Quality)] == Approx(0.5625));
    v.disruptionMeetings = 40; // never below 0
    CHECK(Scorer::parts(MatchReferral{}, v, VacancyFacts{}, 0,
                        MatchSettings{})[size_t(SoftCriterion::Quality)] == Approx(0.0));
}

TEST_CASE("endings are refused on bad dates and change nothing", "[placementlife][endings]") {
    Life l;
    const qint64 child = l.child();
    const qint64 p = l.placement(child, "2026-01-05");
    const qint64 ended = l.placement("2025-06-01", "2026-01-01");
    PlacementEndings& endings = l.t.desk().endings();
    struct Bad {
        qint64 placement;
        const char* day;
        const char* says;
    };
    for (const Bad& bad :
         {Bad{p, "2026-01-04", "is before placement"}, Bad{p, "2026-07-01", "is after today"},
          Bad{ended, "2026-02-01", "ended on 2026-01-01 already"}}) {
        INFO(bad.day);
        auto refused = endings.end(bad.placement, day(bad.day), EndingReason::PlannedMove);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QString::fromLatin1(bad.says)));
    }
    CHECK_FALSE(endings.end(p, QDate(), EndingReason::Other).ok());
    // The child's next placement began on 2026-04-01 (an imported record): ending after it would overlap.
    const qint64 next = l.placement(child, "2026-04-01");
    auto overlap = endings.end(p, day("2026-05-01"), EndingReason::PlannedMove);
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().message.contains(QStringLiteral("placement %1 began on 2026-04-01").arg(next)));
    // A social worker may not end a placement.
    l.t.db().setUserName(QStringLiteral("sw"));
    CHECK(endings.end(p, day("2026-03-01"), EndingReason::ReturnHome).error().kind == Error::Kind::Forbidden);
    l.t.db().setUserName(QStringLiteral("tester"));
    CHECK(l.number(QStringLiteral("SELECT COUNT(*) FROM placements WHERE end_date IS NULL")) == 2);
    CHECK(l.number(QStringLiteral("SELECT COUNT(*) FROM referrals")) == 0);

    // On the day the next one began: allowed; a return home opens no referral.
    auto done = endings.end(p, day("2026-04-01"), EndingReason::ReturnHome);
    PD_REQUIRE_OK(done);
    CHECK(done->rec == QStringLiteral("E4A"));
    CHECK(done->followUpReferralId == 0);
    CHECK(l.number(
              QStringLiteral("SELECT COUNT(*) FROM placements WHERE id = %1 AND end_date = '2026-04-01' AND "
                             "reason_end = 'E4A' AND reason_place_change IS NULL AND ending_reason = "
                             "'return_home'")
                  .arg(p)) == 1);
    CHECK(l.number(QStringLiteral("SELECT COUNT(*) FROM referrals")) == 0);
}

TEST_CASE("a move opens the follow-up referral for the same child, in Draft, linked to the ended placement",
          "[placementlife][endings]") {
    pd::test::PlacementWalk w;
    const qint64 id = w.placeWithIfa(QDate::currentDate().addDays(-20));

    auto ended = w.officer().endings().end(id, QDate::currentDate(), EndingReason::DisruptionByChild);
    PD_REQUIRE_OK(ended);
    CHECK(ended->rec == QStringLiteral("X1"));
    CHECK(ended->reasonPlaceChange == QStringLiteral("CHILD"));
    REQUIRE(ended->followUpReferralId > 0);
    const qint64 followUp = ended->followUpReferralId;
    auto referral = w.officer().referrals().load(followUp);
    PD_REQUIRE_OK(referral);
    CHECK(referral->state == ReferralState::Draft);
    CHECK(referral->followUpOf == w.referralId);
    CHECK(referral->officer == QStringLiteral("tester"));
    CHECK(referral->neededBy == QStringLiteral("in less than 5 days"));
    REQUIRE(referral->children.size() == 1);
    CHECK(referral->children[0].childId == w.childId);
    CHECK(referral->actualPlacementType.isEmpty());
    CHECK(w.number(QStringLiteral("SELECT follow_up_referral_id FROM placements WHERE id = %1").arg(id)) ==
          followUp);
    CHECK(w.number(QStringLiteral(
                       "SELECT COUNT(*) FROM referral_children WHERE referral_id = %1 AND child_id = %2")
                       .arg(followUp)
                       .arg(w.childId)) == 1);
    CHECK(w.number(
              QStringLiteral("SELECT COUNT(*) FROM referral_transitions WHERE referral_id = %1 AND event = "
                             "'openFollowUp' AND to_state = 'Draft' AND who = 'tester'")
                  .arg(followUp)) == 1);
    // Audited: the ending and the new referral.
    CHECK(w.number(
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'placements' AND row_id = %1 "
                             "AND field = 'end_date'")
                  .arg(id)) == 1);
    CHECK(w.number(
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'referrals' AND row_id = %1")
                  .arg(followUp)) > 0);
    // The child has no current placement until the follow-up places them.
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM placements WHERE child_id = %1 AND end_date IS NULL")
                       .arg(w.childId)) == 0);
}
