// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, the child's page: one read of everything the file holds about a child — placements with
// their contracts, reviews, meetings and endings, the referrals that name the child — and the
// timeline built from it, in words (providers and homes by name, SSDA903 codes spelled out).
#include "core/reports/childtimeline.h"
#include "core/reports/contractdocument.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"

#include <QJsonArray>

using namespace pd::core;

namespace {

QStringList whats(const QList<ChildEvent>& events) {
    QStringList out;
    for (const ChildEvent& e : events)
        out << e.what;
    return out;
}

} // namespace

TEST_CASE("the child's record after the walk, a review, a meeting, a contract change and a planned move",
          "[childpage]") {
    pd::test::PlacementWalk w;
    const QDate start = QDate::currentDate().addDays(-40);
    const qint64 placed = w.placeWithIfa(start);

    auto before = w.officer().children().record(w.childId);
    PD_REQUIRE_OK(before);
    REQUIRE(before->placements.size() == 2); // the in-house placement (ended) and the IFA one
    CHECK_FALSE(before->placements[0].placement.isCurrent());
    REQUIRE(before->current() != nullptr);
    CHECK(before->current()->placement.id == placed);
    CHECK(before->current()->contracts.size() == 1);
    CHECK(before->current()->nextReviewDue == start.addDays(28)); // first review 28 days after the start
    REQUIRE(before->referrals.size() == 1);
    CHECK(before->referrals[0].id == w.referralId);
    CHECK_FALSE(before->socialWorker.isEmpty());

    // A review (the contract's one outcome rated), a meeting, a contract change by the manager.
    PlacementReview review;
    review.placementId = placed;
    review.heldOn = start.addDays(30);
    review.iroView = QStringLiteral("Settling well");
    review.ratings << RatedOutcome{before->current()->contracts[0].outcomes[0].id, QString(),
                                   OutcomeRating::Met, QStringLiteral("Every day this term")};
    PD_REQUIRE_OK(w.officer().reviews().record(review));
    DisruptionMeeting meeting;
    meeting.placementId = placed;
    meeting.heldOn = start.addDays(35);
    meeting.askedBy = MeetingAskedBy::Provider;
    meeting.attendees = QStringLiteral("Carers, SSW, SW");
    meeting.concerns = QStringLiteral("Missing after school twice");
    meeting.actions = QStringLiteral("SW to meet school (Friday)");
    meeting.outcome = MeetingOutcome::Stabilised;
    PD_REQUIRE_OK(w.officer().meetings().record(meeting));
    ContractChange change;
    change.effectiveFrom = start.addDays(36);
    change.extras = 120;
    change.extrasNote = QStringLiteral("1:1 support after school");
    change.changeNote = QStringLiteral("Support agreed at the meeting");
    PD_REQUIRE_OK(w.manager->contracts().change(placed, change));

    auto after = w.officer().children().record(w.childId);
    PD_REQUIRE_OK(after);
    const ChildPlacementLife& now = *after->current();
    CHECK(now.reviews.size() == 1);
    CHECK(now.meetings.size() == 1);
    CHECK(now.contracts.size() == 2);
    CHECK(now.nextReviewDue == start.addDays(30).addMonths(3)); // the second: 3 months after the first

    const QList<ChildEvent> events = childTimeline(after.value());
    const QStringList lines = whats(events);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    // Newest first: the referral (received today, as the walk builds it), the contract change (day 36),
    // the meeting (35), the review (30), ... the old placement.
    REQUIRE(events.size() ==
            8); // referral, old placement + its ending, new placement, v1, review, meeting, v2
    CHECK(events[0].kind == ChildEventKind::Referral);
    CHECK(events[1].kind == ChildEventKind::Contract);
    CHECK(events[1].what == QStringLiteral("Contract version 2: £930.00 a week + £120.00 extras"));
    CHECK(events[2].kind == ChildEventKind::Meeting);
    CHECK(events[2].what ==
          QStringLiteral(
              "Pre-disruption meeting, asked for by the provider (carers or home) \u2014 Stabilised: the "
              "placement continues"));
    CHECK(events[3].kind == ChildEventKind::Review);
    CHECK(events[3].what == QStringLiteral("Review held (2 days late): 1 met, 0 progressing, 0 not met"));
    CHECK(events[3].detail.contains(QStringLiteral("IRO: Settling well")));
    // On the day of the move, read upwards: the old placement ended, the new one began, its contract.
    CHECK(events[4].kind == ChildEventKind::Contract);
    CHECK(events[5].kind == ChildEventKind::Placed);
    CHECK(events[6].kind == ChildEventKind::Ended);
    CHECK(lines.contains(QStringLiteral("Placed: Bright Futures Fostering \u2014 Willow household")));
    // The old in-house placement had no provision: its SSDA903 codes in words, never as codes.
    CHECK(lines.contains(QStringLiteral(
        "Placed: Foster placement with another carer, long term, the council's own provision")));
    for (const ChildEvent& e : events) {
        CHECK_FALSE(e.what.contains(QStringLiteral("U4")));
        CHECK_FALSE(e.what.contains(QStringLiteral("PR1")));
        CHECK_FALSE(e.detail.contains(QStringLiteral("in_house_foster")));
    }
    CHECK(events.last().kind == ChildEventKind::Placed); // the story starts with the first placement

    // The printed contract: the current terms, both versions, the outcome with its measure, signatures.
    auto html = w.officer().contracts().html(placed, QDate::currentDate());
    PD_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("Individual Placement Contract")));
    CHECK(html->contains(QStringLiteral("£1,050.00"))); // whole weekly cost: 930 + 120
    CHECK(html->contains(QStringLiteral("Support agreed at the meeting")));
    CHECK(html->contains(QStringLiteral("Attends Riverside Primary every school day")));
    CHECK(html->contains(QStringLiteral("For the provider (name, signature)")));

    // A planned move: the placement ends, the timeline says so in words and names the new referral.
    auto ended = w.officer().endings().end(placed, QDate::currentDate(), EndingReason::PlannedMove);
    PD_REQUIRE_OK(ended);
    auto moved = w.officer().children().record(w.childId);
    PD_REQUIRE_OK(moved);
    CHECK(moved->current() == nullptr);
    CHECK(moved->referrals.size() == 2); // the follow-up referral names the child too
    const QList<ChildEvent> last = childTimeline(moved.value());
    CHECK(whats(last).contains(QStringLiteral("Placement ended: Planned move")));

    const QJsonObject json = childJson(moved.value(), QDate::currentDate());
    CHECK(json.value(QStringLiteral("placements")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("timeline")).toArray().size() == last.size());
    CHECK(json.value(QStringLiteral("referrals")).toArray().size() == 2);
}

TEST_CASE("a child the file does not hold is refused with a sentence", "[childpage]") {
    pd::test::PlacementWalk w;
    auto missing = w.officer().children().idOf(QStringLiteral("NO-SUCH-CHILD"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("'NO-SUCH-CHILD'")));
    auto record = w.officer().children().record(987654);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().kind == Error::Kind::NotFound);
    // A placement without a contract prints nothing and says why.
    auto none = w.officer().contracts().html(w.previousPlacement, QDate::currentDate());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("no contract")));
}
