// SPDX-License-Identifier: GPL-3.0-or-later
// The child's "your new home" profile and the providers' profiles of their homes it is made from.
#include "core/reports/newhomeprofile.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/testsql.h"

#include <QBuffer>
#include <QImage>

using namespace pd::core;
using pd::test::PlacementWalk;

namespace {

QByteArray png(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x6b, 0x8e, 0x23));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// The walk up to the social worker's choice of the Willow household; returns the chosen offer.
qint64 chooseWillows(PlacementWalk& w) {
    const qint64 ifaOffer = w.offer(w.ifa, 950);
    w.offer(w.inHouse, 520);
    PD_REQUIRE_OK(
        w.officer().options().present(w.referralId, QStringLiteral("Only two carers had a vacancy.")));
    PlacementChoice choice;
    choice.referralId = w.referralId;
    choice.offerId = ifaOffer;
    choice.childView = QStringLiteral("Amy likes the Willows' dog.");
    choice.familyView = QStringLiteral("Mum agrees.");
    PD_REQUIRE_OK(w.socialWorker->choice().record(choice));
    return ifaOffer;
}

} // namespace

TEST_CASE("a home's profile for children is changed only by those who may edit provisions, photos checked "
          "and audited by size",
          "[newhome]") {
    PlacementWalk w;
    pd::test::addUser(w.t.db(), QStringLiteral("reader"), Role::ReadOnly);
    NewHomeProfiles& homes = w.officer().newHomes();

    auto empty = homes.profile(w.ifa);
    PD_REQUIRE_OK(empty);
    CHECK(empty->id == 0);
    CHECK(empty->photos.isEmpty());

    HomeProfile profile = empty.value();
    profile.about = QStringLiteral("Hello! We are Sue and Dave Willow.\nWe have a dog called Biscuit.");
    PD_REQUIRE_OK(homes.saveAbout(profile));
    CHECK(profile.id > 0);
    const QByteArray photo = png(400, 300);
    auto photoId = homes.addPhoto(w.ifa, QStringLiteral("Your bedroom"), photo);
    PD_REQUIRE_OK(photoId);

    auto read = homes.profile(w.ifa);
    PD_REQUIRE_OK(read);
    CHECK(read->about == profile.about);
    REQUIRE(read->photos.size() == 1);
    CHECK(read->photos.first().caption == QStringLiteral("Your bedroom"));
    CHECK(read->photos.first().image == photo);
    // The audit names the photo and its size, never its bytes.
    pd::test::TestSql sql(w.t.db());
    CHECK(sql.value(QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'provision_photos'"))
              .value()
              .toString() == QStringLiteral("photo \"Your bedroom\", %1 bytes").arg(photo.size()));

    // Refused: a read-only user, a file that is not a picture, a control character, a seventh photo.
    const QString before = sql.value(QStringLiteral("SELECT about || row_version FROM provision_profiles "
                                                    "ORDER BY id"))
                               .value()
                               .toString();
    const qint64 photosBefore = sql.number(QStringLiteral("SELECT count(*) FROM provision_photos"));
    w.officer().setUserName(QStringLiteral("reader"));
    HomeProfile byReader = read.value();
    byReader.about = QStringLiteral("changed");
    auto refused = homes.saveAbout(byReader);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Forbidden);
    CHECK_FALSE(homes.addPhoto(w.ifa, {}, photo).ok());
    w.officer().setUserName(QStringLiteral("tester"));
    auto notPicture = homes.addPhoto(w.ifa, {}, QByteArray("GIF89a not really"));
    REQUIRE_FALSE(notPicture.ok());
    CHECK(notPicture.error().message.contains(QStringLiteral("not a PNG or JPEG")));
    HomeProfile control = read.value();
    control.about = QStringLiteral("Hello\x1b[31m");
    auto badText = homes.saveAbout(control);
    REQUIRE_FALSE(badText.ok());
    CHECK(badText.error().message.contains(QStringLiteral("control character")));
    CHECK(sql.value(QStringLiteral("SELECT about || row_version FROM provision_profiles ORDER BY id"))
              .value()
              .toString() == before);
    CHECK(sql.number(QStringLiteral("SELECT count(*) FROM provision_photos")) == photosBefore);
    for (int i = 1; i < HomeProfile::kMaxPhotos; ++i)
        PD_REQUIRE_OK(homes.addPhoto(w.ifa, QStringLiteral("Photo %1").arg(i), png(40, 30)));
    auto seventh = homes.addPhoto(w.ifa, {}, png(40, 30));
    REQUIRE_FALSE(seventh.ok());
    CHECK(seventh.error().message.contains(QStringLiteral("already has 6 photos")));
    PD_REQUIRE_OK(homes.removePhoto(photoId.value()));
    CHECK(sql.number(QStringLiteral("SELECT count(*) FROM provision_photos")) == HomeProfile::kMaxPhotos - 1);
}

TEST_CASE("the child's profile of the chosen home quotes the child, describes the household and the school "
          "run, and holds no address",
          "[newhome]") {
    PlacementWalk w;
    Desk& desk = w.officer();
    auto referral = desk.referrals().load(w.referralId);
    PD_REQUIRE_OK(referral);
    Referral r = referral.value();
    r.childsWishes = QStringLiteral("I want to stay <somewhere> for a long time.");
    r.newHomeMatters = QStringLiteral("A dog & my own room.\nStaying at Riverside.");
    r.keepSchoolPlace = true;
    PD_REQUIRE_OK(desk.referrals().save(r));
    HomeProfile profile;
    profile.provisionId = w.ifa;
    profile.about = QStringLiteral("We are Sue and Dave. Our dog is called Biscuit.");
    PD_REQUIRE_OK(desk.newHomes().saveAbout(profile));
    PD_REQUIRE_OK(desk.newHomes().addPhoto(w.ifa, QStringLiteral("The garden"), png(200, 100)));

    // No offer chosen yet: the officer is told to say which.
    auto none = desk.newHomes().facts(w.referralId, 0, QDate::currentDate());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("no accepted or chosen offer")));

    const qint64 offer = chooseWillows(w);
    auto facts = desk.newHomes().facts(w.referralId, 0, QDate::currentDate());
    PD_REQUIRE_OK(facts);
    CHECK(facts->firstName == QStringLiteral("Amy"));
    CHECK(facts->homeName == QStringLiteral("Willow household"));
    CHECK(facts->area == QStringLiteral("RV4"));
    CHECK(facts->milesFromHome > 0);
    CHECK(facts->milesToSchool > 0);
    CHECK(facts->profile.photos.size() == 1);
    auto byId = desk.newHomes().facts(w.referralId, offer, QDate::currentDate());
    PD_REQUIRE_OK(byId);
    CHECK(byId->homeName == facts->homeName);

    auto html = desk.newHomes().html(w.referralId, 0, QDate::currentDate());
    PD_REQUIRE_OK(html);
    const QString& page = html.value();
    CHECK(page.contains(QStringLiteral("Your new home, Amy")));
    CHECK(page.contains(QStringLiteral("the Willow family")));
    CHECK(page.contains(QStringLiteral("We are Sue and Dave. Our dog is called Biscuit.")));
    CHECK(page.contains(QStringLiteral("data:image/png;base64,")));
    CHECK(page.contains(QStringLiteral("The garden")));
    // The child's words, escaped, each line quoted.
    CHECK(page.contains(QStringLiteral("I want to stay &lt;somewhere&gt; for a long time.")));
    CHECK(page.contains(QStringLiteral("A dog &amp; my own room.")));
    CHECK(page.contains(QStringLiteral("Staying at Riverside.")));
    CHECK(page.contains(QStringLiteral("You will keep going to Riverside Primary.")));
    CHECK(page.contains(QStringLiteral("minutes by car")));
    // The home's full postcode and the child's home postcode are never printed.
    CHECK_FALSE(page.contains(QStringLiteral("RV4 1AA")));
    CHECK_FALSE(page.contains(QStringLiteral("RV1 2AB")));
    // A child under 11 reads larger type (Amy was born in 2014: under 11 until May 2025).
    const bool young = QDate::currentDate() < QDate(2025, 5, 2);
    CHECK(page.contains(young ? QStringLiteral("font-size: 14pt") : QStringLiteral("font-size: 12pt")));

    // Once placed, the accepted offer is the one described.
    PD_REQUIRE_OK(w.manager->permission().place(w.referralId, offer, 950, QDate::currentDate().addDays(3)));
    auto placed = desk.newHomes().facts(w.referralId, 0, QDate::currentDate());
    PD_REQUIRE_OK(placed);
    CHECK(placed->homeName == QStringLiteral("Willow household"));
}

TEST_CASE("the profile describes other children by age and sex only, and the school run in minutes",
          "[newhome]") {
    CHECK(NewHomeProfile::describeChildren({}) == QString());
    CHECK(NewHomeProfile::describeChildren({{9, QStringLiteral("F"), {}}}) ==
          QStringLiteral("a girl aged 9"));
    CHECK(NewHomeProfile::describeChildren(
              {{9, QStringLiteral("F"), {}}, {14, QStringLiteral("M"), {}}, {3, QString(), {}}}) ==
          QStringLiteral("a girl aged 9, a boy aged 14 and a child aged 3"));
    CHECK(NewHomeProfile::minutesByCar(0.4) == 5);
    CHECK(NewHomeProfile::minutesByCar(3.0) == 10);  // 9 minutes at 20 mph, to the nearest 5
    CHECK(NewHomeProfile::minutesByCar(10.0) == 30); // 30 minutes
    NewHomeFacts f;
    f.firstName = QStringLiteral("Jo");
    f.age = 14;
    f.homeName = QStringLiteral("Thistle View");
    f.providerName = QStringLiteral("Ashgrove Care");
    f.type = PlacementType::Residential;
    f.smoking = false;
    auto html = NewHomeProfile::html(f, QDate(2026, 12, 6));
    PD_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("a children's home run by Ashgrove Care")));
    CHECK(html->contains(QStringLiteral("No other young people live there just now.")));
    CHECK(html->contains(QStringLiteral("Nobody who lives there smokes.")));
    CHECK(html->contains(QStringLiteral("They have not sent photos yet.")));
    CHECK(html->contains(QStringLiteral("font-size: 12pt")));

    // Who the social worker is, said with their name; the postcode district only for older children.
    f.socialWorker = QStringLiteral("Tom Garside");
    f.area = QStringLiteral("RV9");
    html = NewHomeProfile::html(f, QDate(2026, 12, 6));
    PD_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("tell Tom Garside, your social worker.")));
    CHECK(html->contains(QStringLiteral("Tom Garside, your social worker, can tell you more about them.")));
    CHECK(html->contains(QStringLiteral("Its postcode starts with RV9")));
    f.age = 9;
    html = NewHomeProfile::html(f, QDate(2026, 12, 6));
    PD_REQUIRE_OK(html);
    CHECK_FALSE(html->contains(QStringLiteral("RV9")));
    CHECK(html->contains(QStringLiteral("Your social worker can show you where it is on a map.")));
}
