// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden: run `pd_ui_tests "[.screenshots][desk]"` (under xvfb-run) to write the officer's desk screens
// (issue 14) to /tmp/pd-desk-*.png.
#include "core/services/desk.h"
#include "core/services/referralservice.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "ui/help/userguidewindow.h"
#include "ui/matching/matchresultspanel.h"
#include "ui/matching/offerdialog.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/postcodefield.h"
#include "ui/widgets/reasondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

#include <QTableView>

using namespace pd;

namespace {
void shoot(QWidget& w, const char* name, QSize size = {}) {
    if (size.isValid())
        w.resize(size);
    w.show();
    QApplication::processEvents();
    w.grab().save(QStringLiteral("/tmp/pd-desk-%1.png").arg(QLatin1String(name)));
}
} // namespace

TEST_CASE("screenshots of the officer's desk", "[.screenshots][desk]") {
    test::PlacementWalk w;
    const qint64 riverton =
        w.b.provider(QStringLiteral("Riverton Fostering Service"), QStringLiteral("ifa"),
                     QStringLiteral("select_list"), QStringLiteral("referrals@riverton.example"));
    for (const char* postcode : {"RV2 4CD", "RV2 4CD", "RV3 1AA"}) {
        const qint64 id =
            w.b.provision(riverton, QStringLiteral("Varley household"), QStringLiteral("foster"),
                          QLatin1String(postcode), 800, QStringLiteral("ebd"));
        w.b.vacancy(id, QDate::currentDate().addDays(int(id % 9)).toString(Qt::ISODate));
    }
    auto r = w.officer().referrals().load(w.referralId);
    PD_REQUIRE_OK(r);
    core::Referral referral = r.value();
    referral.essentialCriteria << core::Criterion{QStringLiteral("maxDistanceMiles"), QStringLiteral("25")};
    PD_REQUIRE_OK(w.officer().referrals().save(referral));

    ui::MatchResultsPanel matches(w.officer(), w.referralId);
    matches.tree()->setCurrentIndex(matches.tree()->model()->index(1, 0));
    shoot(matches, "matches", {1180, 700});

    ui::OfferDialog offer(w.officer(), w.referralId);
    offer.chooseProvision(w.ifa, 910, 35);
    offer.homeBox()->showPopup();
    shoot(offer, "offer-form");
    offer.homeBox()->hidePopup();

    {
        // The criteria in words, a skill being chosen from its list (issue 14, item 4).
        core::Referral withCriteria = referral;
        withCriteria.desirableCriteria = {{QStringLiteral("maxWeeklyCost"), QStringLiteral("950")},
                                          {QStringLiteral("nonSmoking"), QString()},
                                          {QStringLiteral("carerLanguage"), QStringLiteral("Polish")}};
        ui::ReferralForm criteria;
        criteria.setReferral(withCriteria);
        criteria.setCurrentIndex(4);
        criteria.resize(1280, 800);
        criteria.show();
        QTableView* essential = criteria.essentialTable();
        essential->setCurrentIndex(essential->model()->index(1, 1));
        essential->edit(essential->model()->index(1, 1));
        shoot(criteria, "criteria", {1280, 800});
    }

    ui::ReferralForm form;
    form.setReferral(referral);
    form.homePostcodeEdit()->setText(QStringLiteral("hello world"));
    emit form.homePostcodeEdit()->textEdited(QStringLiteral("hello world"));
    form.neededByField()->edit()->setText(QStringLiteral("31 Feb 2027"));
    shoot(form, "child-tab", {1000, 620});
    form.neededByField()->edit()->setText(QString());
    form.neededByField()->openCalendar();
    QApplication::processEvents();
    form.window()->grab().save(QStringLiteral("/tmp/pd-desk-child-tab-calendar.png"));
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->grab().save(QStringLiteral("/tmp/pd-desk-calendar.png"));

    ui::ReasonDialog hold(QStringLiteral("Put on hold"), QString(),
                          QStringLiteral("Why the referral is put on hold"), true,
                          QStringLiteral("Put on hold"));
    hold.tryAccept();
    shoot(hold, "reason");

    core::ReferralService service(w.t.db());
    core::Referral late = test::completeReferral();
    late.emergency = true;
    late.neededByDate = QDate::currentDate().addDays(-12);
    PD_REQUIRE_OK(service.create(late));
    ui::ReferralsArea area;
    area.setDesk(&w.officer());
    shoot(area, "referrals", {1280, 500});

    ui::UserGuideWindow guide;
    guide.show();
    guide.showSection(QStringLiteral("Providers"));
    shoot(guide, "help");
}
