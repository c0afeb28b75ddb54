// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, offscreen: a referral in Searching gets three offers, one fails an essential
// criterion and is flagged, the options paper lists the other two with a recorded reason, the
// manager gives permission to place and the placement exists.
#include "core/reports/optionspaper.h"
#include "core/reports/printeddocument.h"
#include "core/reports/referralpack.h"
#include "core/services/offerbook.h"
#include "core/storage/offerrepository.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"
#include "ui/matching/choicedialog.h"
#include "ui/matching/decisiondialog.h"
#include "ui/matching/matchresultspanel.h"
#include "ui/matching/matchsettingsdialog.h"
#include "ui/matching/offerspanel.h"
#include "ui/matching/optionspaperdialog.h"
#include "ui/matching/senddialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

using namespace pd::core;
using namespace pd::ui;
using pd::test::RegisterBuilder;
using pd::test::TempDatabase;

namespace {

// Screenshots for the people building this (set PD_SCREENSHOT_DIR); never asserted on.
void shoot(QWidget& w, const char* name) {
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.resize(1200, 700);
    w.show();
    w.grab().save(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
}

int count(Database& db, const QString& sql) {
    auto value = pd::test::TestSql(db).value(sql);
    REQUIRE(value.ok());
    REQUIRE(value->isValid());
    return value->toInt();
}

struct Journey {
    TempDatabase t;
    RegisterBuilder b{t.db()};
    qint64 referralId = 0;
    qint64 good1 = 0, good2 = 0, lacking = 0;

    Journey() {
        b.postcode(QStringLiteral("RV1 2AB"), 53.00, -1.50);
        b.postcode(QStringLiteral("RV2 4CD"), 53.02, -1.48);
        b.postcode(QStringLiteral("RV3 1AA"), 53.05, -1.52);
        b.postcode(QStringLiteral("RV4 1AA"), 53.20, -1.40);
        b.postcode(QStringLiteral("RV5 1AA"), 53.10, -1.60);
        const qint64 city =
            b.provider(QStringLiteral("City Fostering Service"), QStringLiteral("in_house_fostering"),
                       QStringLiteral("in_house"), QStringLiteral("fostering@city.example"));
        const qint64 bright = b.provider(
            QStringLiteral("Bright Futures Fostering"), QStringLiteral("ifa"), QStringLiteral("select_list"),
            QStringLiteral("referrals@bright.example"), QStringLiteral("outstanding"));
        const qint64 north = b.provider(QStringLiteral("Northern Care Ltd"), QStringLiteral("ifa"),
                                        QStringLiteral("spot"), QStringLiteral("offers@northern.example"));
        good1 = b.provision(city, QStringLiteral("The Ahmed household"), QStringLiteral("foster"),
                            QStringLiteral("RV3 1AA"), 520, QStringLiteral("ebd"));
        good2 = b.provision(bright, QStringLiteral("Willow household"), QStringLiteral("foster"),
                            QStringLiteral("RV4 1AA"), 910, QStringLiteral("ebd,therapeutic"));
        lacking = b.provision(north, QStringLiteral("Hilltop household"), QStringLiteral("foster"),
                              QStringLiteral("RV5 1AA"), 880, QStringLiteral("asd"));
        for (qint64 p : {good1, good2, lacking})
            b.vacancy(p, QStringLiteral("2026-11-01"));
        Referral r;
        r.state = ReferralState::Searching; // set-up: the journey starts in Searching; from here the workflow
                                            // moves it
        r.neededBy = QStringLiteral("in less than 5 days");
        r.neededByDate = QDate::currentDate().addDays(3);
        r.socialWorker = QStringLiteral("J. Okafor");
        ReferralChild c;
        c.firstName = QStringLiteral("Amy");
        c.lastName = QStringLiteral("Example");
        c.dateOfBirth = QDate::currentDate().addYears(-12);
        c.sex = QStringLiteral("F");
        c.needs << QStringLiteral("ebd");
        c.legalStatus = QStringLiteral("C2");
        r.children << c;
        r.homePostcode = QStringLiteral("RV1 2AB");
        r.schoolName = QStringLiteral("Riverside Primary");
        r.schoolPostcode = QStringLiteral("RV2 4CD");
        r.keepSchoolPlace = true;
        r.contact << ContactArrangement{QStringLiteral("Mother"), 2, QStringLiteral("RV1 2AB")};
        r.essentialCriteria << Criterion{QStringLiteral("placementType"), QStringLiteral("foster")}
                            << Criterion{QStringLiteral("skill"), QStringLiteral("ebd")};
        r.desirableCriteria << Criterion{QStringLiteral("skill"), QStringLiteral("therapeutic")};
        r.expectedOutcomes << QStringLiteral("Attends school every day")
                           << QStringLiteral("Weekly family time kept");
        referralId = b.referral(r);
        pd::test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
        pd::test::addUser(t.db(), QStringLiteral("manager"), Role::Manager);
    }

    QString state() {
        auto r = ReferralRepository(t.db()).load(referralId);
        REQUIRE(r.ok());
        return code(r->state);
    }
};

Offer offer(qint64 provision, double fee, double extras) {
    Offer o;
    o.provisionId = provision;
    o.weeklyFee = fee;
    o.extras = extras;
    o.startDate = QDate::currentDate().addDays(2);
    return o;
}

} // namespace

TEST_CASE("from three offers to a placement, through the panels", "[journey]") {
    Journey j;
    Database& db = j.t.db();
    Desk& desk = j.t.desk();

    MatchResultsPanel match(desk, j.referralId);
    QAbstractItemModel* matched = match.tree()->model();
    REQUIRE(matched->rowCount() >= 3); // two candidates + the excluded group
    CHECK(matched->rowCount(matched->index(0, 0)) == kSoftCriterionCount);
    shoot(match, "match-results");

    SendDialog send(desk, j.referralId);
    QTemporaryDir drafts;
    send.setFolder(drafts.path());
    CHECK(send.chosenProviders().size() == 2); // in-house and the select-list provider, ticked at once
    PD_REQUIRE_OK(send.send());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM referral_sends")) == 2);

    OffersPanel offers(desk, j.referralId);
    PD_REQUIRE_OK(offers.recordOffer(offer(j.good1, 520, 0)));
    PD_REQUIRE_OK(offers.recordOffer(offer(j.good2, 950, 60)));
    PD_REQUIRE_OK(offers.recordOffer(offer(j.lacking, 880, 0)));
    QAbstractItemModel* offerRows = offers.table()->model();
    QAbstractItemModelTester offersTester(offerRows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(offerRows->rowCount() == 3);
    CHECK(offerRows->index(2, 7).data().toString().startsWith(QStringLiteral("✘")));
    CHECK(offerRows->index(2, 7).data().toString().contains(QStringLiteral("ebd")));
    CHECK(offerRows->index(2, 7).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ebd")));
    CHECK(offerRows->index(0, 7).data().toString().startsWith(QStringLiteral("✔")));
    CHECK(offerRows->index(0, 0).data().toString() == offers.offers()[0].offer.providerName);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM offers WHERE meets_essential = 1")) == 2);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM offers WHERE meets_essential = 0")) == 1);
    shoot(offers, "offers");

    OptionsPaperDialog paper(desk, j.referralId);
    CHECK_FALSE(paper.refresh()); // two options and no reason yet
    CHECK_FALSE(paper.present().ok());
    paper.setReason(QStringLiteral("Only two carers with EBD experience had a vacancy this week."));
    REQUIRE(paper.refresh());
    CHECK(paper.html().contains(QStringLiteral("City Fostering Service")));
    CHECK(paper.html().contains(QStringLiteral("Bright Futures Fostering")));
    CHECK_FALSE(paper.html().contains(QStringLiteral("Northern Care")));
    CHECK(paper.html().contains(QStringLiteral("Only two carers")));
    PD_REQUIRE_OK(paper.present());
    CHECK(j.state() == QStringLiteral("AwaitingDecision"));
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM options_papers WHERE fewer_than_three_reason IS NOT NULL")) ==
          1);
    shoot(paper, "options-paper-dialog");
    if (const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        PD_REQUIRE_OK(PrintedDocument::writePdf(paper.html(), dir + QStringLiteral("/options-paper.pdf"),
                                                QStringLiteral("Options"),
                                                PrintedDocument::Orientation::Landscape));
        auto r = ReferralRepository(db).load(j.referralId);
        PD_REQUIRE_OK(r);
        PD_REQUIRE_OK(ReferralPack::writePdf(r.value(), ReferralPack::Kind::Anonymised, QDate::currentDate(),
                                             dir + QStringLiteral("/anonymised-pack.pdf")));
    }

    auto list = OfferRepository(db).forReferral(j.referralId);
    PD_REQUIRE_OK(list);
    const qint64 chosen = list->at(1).id; // Bright Futures, negotiated down from 950
    DecisionDialog officersDecision(desk, j.referralId);
    const auto refused = officersDecision.decide(chosen, 930, QDate::currentDate().addDays(2));
    REQUIRE_FALSE(refused.ok()); // permission to place needs a manager
    CHECK(refused.error().kind == Error::Kind::Forbidden);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM placements")) == 0);

    // The social worker's choice is a step of its own, before the manager's permission.
    pd::test::addUser(db, QStringLiteral("sw"), Role::SocialWorker);
    Desk socialWorkersDesk(j.t.openAnother(QStringLiteral("sw")));
    ChoiceDialog choice(socialWorkersDesk, j.referralId);
    REQUIRE(choice.offers()->count() == 2);
    PD_REQUIRE_OK(choice.choose(chosen, QStringLiteral("Amy liked the photos of the Willow household"),
                                QStringLiteral("Her mother is glad it keeps Riverside Primary")));

    Desk managersDesk(j.t.openAnother(QStringLiteral("manager")));
    DecisionDialog decision(managersDesk, j.referralId);
    REQUIRE(decision.offers()->count() == 2);
    auto placed = decision.decide(chosen, 930, QDate::currentDate().addDays(2));
    PD_REQUIRE_OK(placed);
    CHECK(j.state() == QStringLiteral("Placed"));
    CHECK(
        count(db,
              QStringLiteral(
                  "SELECT COUNT(*) FROM referral_transitions WHERE event IN ('sendToProviders','recordOffer',"
                  "'presentOptions','recordChoice','approvePlacement')")) == 7);
    REQUIRE(placed->size() == 1);
    CHECK(count(db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM placements WHERE referral_id = %1 AND first_quoted_fee = 950 "
                    "AND weekly_cost = 990 AND place = 'U4' AND place_provider = 'PR4' AND category = 'ifa'")
                    .arg(j.referralId)) == 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM offers WHERE status = 'accepted' AND weekly_fee = "
                                   "930 AND first_quoted_fee = 950")) == 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM offers WHERE status = 'declined'")) == 2);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'placements'")) > 0);

    // The Individual Placement Contract as stored (version 1) carries the expected outcomes.
    const qint64 placementId =
        count(db, QStringLiteral("SELECT id FROM placements WHERE referral_id = %1").arg(j.referralId));
    auto contract = j.t.desk().contracts().html(placementId, QDate::currentDate());
    PD_REQUIRE_OK(contract);
    CHECK(contract->contains(QStringLiteral("Weekly family time kept")));
    CHECK(contract->contains(QStringLiteral("£990.00")));
}

TEST_CASE("matching settings are saved and change the match", "[journey]") {
    Journey j;
    j.t.desk().setUserName(QStringLiteral("manager")); // the matching settings are a manager's
    MatchSettingsDialog dialog(j.t.desk());
    MatchSettings s = dialog.settings();
    CHECK(s.mileageRatePence == 45);
    PD_REQUIRE_OK(dialog.save());
    MatchSettingsDialog again(j.t.desk());
    CHECK(again.settings().toKeyValues() == s.toKeyValues());
}
