// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/placementwalk.h"

#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/testsql.h"

namespace pd::test {

PlacementWalk::PlacementWalk() {
    b.postcode(QStringLiteral("RV1 2AB"), 53.00, -1.50);
    b.postcode(QStringLiteral("RV2 4CD"), 53.02, -1.48);
    b.postcode(QStringLiteral("RV3 1AA"), 53.05, -1.52);
    b.postcode(QStringLiteral("RV4 1AA"), 53.08, -1.45);
    const qint64 city =
        b.provider(QStringLiteral("City Fostering Service"), QStringLiteral("in_house_fostering"),
                   QStringLiteral("in_house"), QStringLiteral("fostering@city.example"));
    const qint64 bright = b.provider(
        QStringLiteral("Bright Futures Fostering"), QStringLiteral("ifa"), QStringLiteral("select_list"),
        QStringLiteral("referrals@bright.example"), QStringLiteral("outstanding"));
    inHouse = b.provision(city, QStringLiteral("The Ahmed household"), QStringLiteral("foster"),
                          QStringLiteral("RV3 1AA"), 520, QStringLiteral("ebd"));
    ifa = b.provision(bright, QStringLiteral("Willow household"), QStringLiteral("foster"),
                      QStringLiteral("RV4 1AA"), 910, QStringLiteral("ebd"));
    const QString from = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    inHouseVacancy = b.vacancy(inHouse, from);
    ifaVacancy = b.vacancy(ifa, from);
    core::RecordWriter w(t.db());
    auto line = [&w](const char* name, const char* category) {
        auto id = w.insert(QStringLiteral("budget_lines"),
                           {{QStringLiteral("name"), QString::fromLatin1(name)},
                            {QStringLiteral("category"), QString::fromLatin1(category)}});
        PD_REQUIRE_OK(id);
        return id.value();
    };
    ifaLine = line("IFA placements", "ifa");
    inHouseLine = line("In-house fostering", "in_house_foster");

    core::Referral r = completeReferral();
    r.state = core::ReferralState::Searching; // set-up: the walk starts once the pack has gone out
    r.essentialCriteria << core::Criterion{QStringLiteral("skill"), QStringLiteral("ebd")};
    referralId = b.referral(r);
    auto stored = core::ReferralRepository(t.db()).load(referralId);
    PD_REQUIRE_OK(stored);
    childId = stored->children.first().childId;
    auto previous = w.insert(QStringLiteral("placements"),
                             {{QStringLiteral("child_id"), childId},
                              {QStringLiteral("start_date"), QStringLiteral("2025-06-01")},
                              {QStringLiteral("rne"), QStringLiteral("S")},
                              {QStringLiteral("legal_status"), QStringLiteral("C2")},
                              {QStringLiteral("place"), QStringLiteral("U4")},
                              {QStringLiteral("place_provider"), QStringLiteral("PR1")},
                              {QStringLiteral("category"), QStringLiteral("in_house_foster")},
                              {QStringLiteral("weekly_cost"), 480}});
    PD_REQUIRE_OK(previous);
    previousPlacement = previous.value();

    addUser(t.db(), QStringLiteral("tester"), core::Role::Officer);
    addUser(t.db(), QStringLiteral("sw"), core::Role::SocialWorker);
    addUser(t.db(), QStringLiteral("boss"), core::Role::Manager);
    addUser(t.db(), QStringLiteral("purse"), core::Role::BudgetHolder);
    t.db().setUserName(QStringLiteral("tester"));
    socialWorker = std::make_unique<core::Desk>(t.openAnother(QStringLiteral("sw")));
    manager = std::make_unique<core::Desk>(t.openAnother(QStringLiteral("boss")));
}

qint64 PlacementWalk::offer(qint64 provisionId, double fee) {
    core::Offer o;
    o.referralId = referralId;
    o.provisionId = provisionId;
    o.weeklyFee = fee;
    o.startDate = QDate::currentDate().addDays(2);
    auto id = officer().offers().record(o);
    PD_REQUIRE_OK(id);
    return id.value();
}

qint64 PlacementWalk::placeWithIfa(const QDate& start) {
    const qint64 chosen = offer(ifa, 950);
    PD_REQUIRE_OK(officer().options().present(referralId, QStringLiteral("One carer had a vacancy.")));
    core::PlacementChoice choice;
    choice.referralId = referralId;
    choice.offerId = chosen;
    choice.childView = QStringLiteral("Likes the dog.");
    choice.familyView = QStringLiteral("Near enough for visits.");
    PD_REQUIRE_OK(socialWorker->choice().record(choice));
    auto placed = manager->permission().place(referralId, chosen, 930, start);
    PD_REQUIRE_OK(placed);
    return placed->first();
}

qint64 PlacementWalk::number(const QString& sql) {
    return TestSql(t.db()).number(sql);
}

} // namespace pd::test
