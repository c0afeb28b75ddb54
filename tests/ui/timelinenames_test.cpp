// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 8: the referral timeline names the providers a pack went to.
#include "core/domain/sendcomment.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"
#include "ui/referrals/referraltimeline.h"

using namespace pd;

TEST_CASE("a send's comment names the providers, in new records and in old ones", "[ui][names][issue14]") {
    test::PlacementWalk w;
    const qint64 bright =
        w.number(QStringLiteral("SELECT id FROM providers WHERE name = 'Bright Futures Fostering'"));
    const qint64 city =
        w.number(QStringLiteral("SELECT id FROM providers WHERE name = 'City Fostering Service'"));
    core::TransitionRequest send;
    send.event = core::ReferralEvent::SendToProviders;
    send.distributionList = {bright, city};
    send.packReady = true;
    send.comment = QStringLiteral("Pack 1 of 1");
    PD_REQUIRE_OK(w.officer().workflow().apply(w.referralId, send));
    // A file from before: provider numbers in the comment.
    PD_REQUIRE_OK(test::TestSql(w.t.db()).run(
        QStringLiteral(
            "INSERT INTO referral_transitions (referral_id, at, who, event, from_state, to_state, "
            "comment) VALUES (:r, '2026-12-01T10:00:00Z', 'tester', 'sendToProviders', 'Searching', "
            "'Searching', :c)"),
        {{QStringLiteral(":r"), w.referralId},
         {QStringLiteral(":c"),
          QStringLiteral("Sent to providers %1, %2, 999. Second round").arg(city).arg(bright)}}));

    ui::ReferralTimeline timeline;
    timeline.showHistory(&w.officer(), w.referralId);
    QStringList comments;
    for (int i = 0; i < timeline.model()->rowCount(); ++i)
        comments << timeline.model()->index(i, 6).data().toString();
    CHECK(comments.contains(
        QStringLiteral("Sent to Bright Futures Fostering and City Fostering Service. Pack 1 of 1")));
    CHECK(comments.contains(QStringLiteral(
        "Sent to City Fostering Service, Bright Futures Fostering and provider 999. Second round")));
    for (const QString& c : comments)
        CHECK_FALSE(c.contains(QStringLiteral("Sent to providers")));
}

TEST_CASE("send comments in words", "[domain][names][issue14]") {
    CHECK(core::sentToProviders({QStringLiteral("A")}) == QStringLiteral("Sent to A"));
    CHECK(core::sentToProviders({QStringLiteral("A"), QStringLiteral("B")}) ==
          QStringLiteral("Sent to A and B"));
    auto nameOf = [](qint64 id) { return QStringLiteral("P%1").arg(id); };
    CHECK(core::nameProvidersInComment(QStringLiteral("Sent to providers 1, 10, 11"), nameOf) ==
          QStringLiteral("Sent to P1, P10 and P11"));
    CHECK(core::nameProvidersInComment(QStringLiteral("Held for court"), nameOf) ==
          QStringLiteral("Held for court"));
}
