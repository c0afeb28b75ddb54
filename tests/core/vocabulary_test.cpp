// SPDX-License-Identifier: GPL-3.0-or-later
// One vocabulary mechanism: every enum's table gives code(), label(), fromCode<E>() and all<E>(),
// and the codes written to the database and to files stay exactly what they were.
#include "core/domain/household.h"
#include "core/domain/provider.h"
#include "core/domain/provision.h"
#include "core/domain/referral.h"
#include "core/domain/skill.h"
#include "core/domain/user.h"
#include "core/workflow/referralworkflow.h"
#include "tests/support/catch.h"

#include <QSet>

using namespace pd::core;

namespace {

template <typename E> QString joinedCodes() {
    return codes<E>().join(u' ');
}

/// Every value's code reads back as that value, in any case and with spaces around it; codes are unique.
template <typename E> void checkRoundTrip() {
    QSet<QString> seen;
    for (E value : all<E>()) {
        const QString c = code(value);
        INFO(c.toStdString());
        CHECK(fromCode<E>(c) == value);
        CHECK(fromCode<E>(QStringLiteral("  ") + c.toUpper() + QStringLiteral(" ")) == value);
        CHECK_FALSE(label(value).isEmpty());
        CHECK_FALSE(seen.contains(c.toLower()));
        seen.insert(c.toLower());
    }
    CHECK_FALSE(fromCode<E>(QStringLiteral("no such code")).has_value());
}

} // namespace

TEST_CASE("the stored codes of every enum are unchanged", "[vocabulary]") {
    CHECK(joinedCodes<ReferralState>() ==
          QStringLiteral("Draft Submitted AwaitingPanel QualityCheck Searching "
                         "OptionsReady AwaitingDecision Placed Closed OnHold"));
    CHECK(joinedCodes<ReferralEvent>() ==
          QStringLiteral("submit sendToPanel panelApprove panelDecline returnForInformation qualityPass "
                         "emergencyApprove sendToProviders recordOffer prepareOptions presentOptions "
                         "recordChoice approvePlacement rejectOptions close withdraw hold resume "
                         "reopenDecision")); // added by the decision-path repair; none changed
    CHECK(joinedCodes<Role>() ==
          QStringLiteral("officer manager budget_holder social_worker read_only admin"));
    CHECK(joinedCodes<ProviderKind>() ==
          QStringLiteral("in_house_fostering in_house_home ifa childrens_home residential_school "
                         "supported_accommodation parent_and_child"));
    CHECK(joinedCodes<FrameworkStatus>() ==
          QStringLiteral("in_house select_list regional_framework spot suspended excluded"));
    CHECK(joinedCodes<OfstedRating>() ==
          QStringLiteral(" outstanding good requires_improvement inadequate not_yet_inspected"));
    CHECK(joinedCodes<PlacementType>() == QStringLiteral("foster residential supported"));
    CHECK(joinedCodes<SexesAccepted>() == QStringLiteral("any male female"));
    CHECK(joinedCodes<Skill>() == QStringLiteral("asd pmld ebd learning_disability mental_health uasc "
                                                 "parent_and_baby sexualised_behaviour sibling_groups "
                                                 "staying_put therapeutic disability"));
    CHECK(joinedCodes<HouseholdRisk>() == QStringLiteral("physical sexual fire animals criminal other"));
}

TEST_CASE("every code reads back as its value, whatever its case", "[vocabulary]") {
    checkRoundTrip<ReferralState>();
    checkRoundTrip<ReferralEvent>();
    checkRoundTrip<Role>();
    checkRoundTrip<ProviderKind>();
    checkRoundTrip<FrameworkStatus>();
    checkRoundTrip<OfstedRating>();
    checkRoundTrip<PlacementType>();
    checkRoundTrip<SexesAccepted>();
    checkRoundTrip<Skill>();
    checkRoundTrip<HouseholdRisk>();
}

TEST_CASE("labels are the team's words, and a text that is no code keeps its own words", "[vocabulary]") {
    CHECK(label(ReferralState::AwaitingPanel) == QStringLiteral("Awaiting panel"));
    CHECK(label(Role::BudgetHolder) == QStringLiteral("Budget holder"));
    CHECK(label(FrameworkStatus::Spot) == QStringLiteral("Spot purchase"));
    CHECK(label(SexesAccepted::Female) == QStringLiteral("Girls"));
    CHECK(labelOfCode<Skill>(QStringLiteral("asd")) == QStringLiteral("Autism (ASD)"));
    CHECK(labelOfCode<Skill>(QStringLiteral("juggling")) == QStringLiteral("juggling"));
    CHECK(fromCode<OfstedRating>(QString()) == OfstedRating::None); // the empty code is "no rating"
    CHECK(fromCode<FrameworkStatus>(QLatin1String(" Select_List")) == FrameworkStatus::SelectList);
}

TEST_CASE("skills as bits follow the skill table", "[vocabulary]") {
    const quint32 mask = skillMask(QStringLiteral("ebd, asd,unknown,Therapeutic"));
    CHECK(mask == (skillBit(Skill::Asd) | skillBit(Skill::Ebd) | skillBit(Skill::Therapeutic)));
    CHECK(skillCodes(mask) ==
          QStringList{QStringLiteral("asd"), QStringLiteral("ebd"), QStringLiteral("therapeutic")});
}

TEST_CASE("a household member's sexual risk is read from its risk codes", "[vocabulary]") {
    auto members = parseHousehold(QStringLiteral("9/F; 14/M/physical+sexual"));
    REQUIRE(members.ok());
    REQUIRE(members.value().size() == 2);
    CHECK_FALSE(members.value()[0].posesSexualRisk());
    CHECK(members.value()[1].posesSexualRisk());
    CHECK_FALSE(parseHousehold(QStringLiteral("9/F/arson")).ok());
}
