// SPDX-License-Identifier: GPL-3.0-or-later
// The child's view on the referral form, the home's profile dialog and the "your new home" dialog.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "ui/matching/newhomedialog.h"
#include "ui/referrals/referralform.h"
#include "ui/register/homeprofiledialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

using namespace pd;
using pd::test::PlacementWalk;

TEST_CASE("the referral form keeps the child's own words on its own tab", "[ui][newhome]") {
    ui::ReferralForm form;
    core::Referral r = test::completeReferral();
    r.childsWishes = QStringLiteral("I want to stay near my friends.");
    r.newHomeMatters = QStringLiteral("A dog.\nMy own room.");
    form.setReferral(r);
    CHECK(form.tabText(form.count() - 1) == QStringLiteral("The child's &view"));
    CHECK(form.childsWishesEdit()->toPlainText() == r.childsWishes);
    int edits = 0;
    QObject::connect(&form, &ui::ReferralForm::edited, [&edits] { ++edits; });
    form.newHomeMattersEdit()->setPlainText(QStringLiteral("A dog.\nMy own room.\nNear the park."));
    CHECK(edits > 0);
    const core::Referral back = form.referral();
    CHECK(back.childsWishes == r.childsWishes);
    CHECK(back.newHomeMatters == QStringLiteral("A dog.\nMy own room.\nNear the park."));
    // Round trip through the record's JSON.
    QStringList errors;
    const core::Referral json = core::Referral::fromJson(back.toJson(), &errors);
    CHECK(errors.isEmpty());
    CHECK(json.newHomeMatters == back.newHomeMatters);
    CHECK(json.childsWishes == back.childsWishes);
}

TEST_CASE("a home's profile dialog adds a photo and saves the words, a read-only user can only read it",
          "[ui][newhome]") {
    PlacementWalk w;
    test::addUser(w.t.db(), QStringLiteral("reader"), core::Role::ReadOnly);
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("bedroom.png"));
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    REQUIRE(image.save(photo, "PNG"));
    {
        ui::HomeProfileDialog dialog(w.officer(), w.ifa, QStringLiteral("Willow household"));
        dialog.aboutEdit()->setPlainText(QStringLiteral("We are the Willows."));
        CHECK(dialog.addPhotoFile(photo).isEmpty());
        // Adding a photo keeps the words being typed.
        CHECK(dialog.aboutEdit()->toPlainText() == QStringLiteral("We are the Willows."));
        CHECK(dialog.photoList()->count() == 1);
        CHECK(dialog.addPhotoFile(dir.filePath(QStringLiteral("missing.png")))
                  .contains(QStringLiteral("Could not read")));
        auto* box = dialog.findChild<QDialogButtonBox*>();
        REQUIRE(box);
        box->button(QDialogButtonBox::Save)->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto stored = w.officer().newHomes().profile(w.ifa);
    PD_REQUIRE_OK(stored);
    CHECK(stored->about == QStringLiteral("We are the Willows."));
    CHECK(stored->photos.size() == 1);

    w.officer().setUserName(QStringLiteral("reader"));
    ui::HomeProfileDialog reading(w.officer(), w.ifa, QStringLiteral("Willow household"));
    CHECK(reading.aboutEdit()->isReadOnly());
    CHECK(reading.photoList()->count() == 1);
    auto* save = reading.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    CHECK_FALSE(save->isEnabled());
    CHECK(save->toolTip().contains(QStringLiteral("reader is read only")));
}

TEST_CASE("the new home dialog shows the chosen home's profile, or says why there is none", "[ui][newhome]") {
    PlacementWalk w;
    {
        ui::NewHomeDialog none(w.officer(), w.referralId, 0);
        CHECK(none.html().isEmpty());
    }
    const qint64 offer = w.offer(w.ifa, 950);
    ui::NewHomeDialog dialog(w.officer(), w.referralId, offer);
    CHECK(dialog.html().contains(QStringLiteral("Your new home, Amy")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("profile.pdf"));
    CHECK(dialog.saveTo(pdf).isEmpty());
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("%PDF-"));
}

// Hidden: run `pd_ui_tests "[.screenshots][newhome]"` (under xvfb-run) to write these screens to /tmp.
TEST_CASE("screenshots of the child's view, a home's profile and the new home dialog",
          "[.screenshots][newhome]") {
    PlacementWalk w;
    auto r = w.officer().referrals().load(w.referralId);
    PD_REQUIRE_OK(r);
    core::Referral referral = r.value();
    referral.childsWishes =
        QStringLiteral("I feel a bit scared about moving but I want to be somewhere I can stay.");
    referral.newHomeMatters = QStringLiteral("I want a pet. I like dogs.\nI want to stay at my school.");
    referral.keepSchoolPlace = true;
    PD_REQUIRE_OK(w.officer().referrals().save(referral));
    ui::ReferralForm form;
    form.setReferral(referral);
    form.setCurrentIndex(form.count() - 1);
    form.resize(900, 560);
    form.show();
    QApplication::processEvents();
    form.grab().save(QStringLiteral("/tmp/pd-newhome-childsview.png"));

    QImage house(640, 400, QImage::Format_RGB32);
    house.fill(QColor(0x87, 0xce, 0xeb));
    {
        QPainter p(&house);
        p.fillRect(0, 300, 640, 100, QColor(0x6b, 0x8e, 0x23));
        p.fillRect(200, 160, 240, 160, QColor(0xb5, 0x65, 0x1d));
        p.setBrush(QColor(0x8b, 0, 0));
        p.drawPolygon(QPolygon({QPoint(180, 160), QPoint(320, 70), QPoint(460, 160)}));
        p.fillRect(300, 240, 40, 80, QColor(0x65, 0x43, 0x21));
    }
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("house.png"));
    REQUIRE(house.save(photo, "PNG"));
    ui::HomeProfileDialog profile(w.officer(), w.ifa, QStringLiteral("Willow household (P2)"));
    profile.aboutEdit()->setPlainText(QStringLiteral(
        "Hello! We are Sue and Dave Willow. We live in a house with a big garden and a dog called "
        "Biscuit.\nWe like walks by the river, board games on Fridays and cooking together."));
    CHECK(profile.addPhotoFile(photo).isEmpty());
    profile.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    ui::HomeProfileDialog shown(w.officer(), w.ifa, QStringLiteral("Willow household (P2)"));
    shown.show();
    QApplication::processEvents();
    shown.grab().save(QStringLiteral("/tmp/pd-newhome-profile.png"));

    const qint64 offer = w.offer(w.ifa, 950);
    ui::NewHomeDialog dialog(w.officer(), w.referralId, offer);
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(QStringLiteral("/tmp/pd-newhome-dialog.png"));
    CHECK(dialog.saveTo(QStringLiteral("/tmp/pd-newhome.pdf")).isEmpty());
}
