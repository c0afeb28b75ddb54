// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden: run `pd_ui_tests "[.screenshots]"` (under xvfb-run) to write the referral screens to /tmp.
#include "core/services/referralservice.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "core/workflow/referralworkflow.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referraltimeline.h"
#include "ui/referrals/referralwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>

using namespace pd;

TEST_CASE("screenshots of the referral list, editor and timeline", "[.screenshots]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("tester"), core::Role::Manager);
    core::ReferralService service(t.db());
    core::ReferralWorkflow workflow(t.db());
    const QStringList names{QStringLiteral("Amy"),   QStringLiteral("Ben"),  QStringLiteral("Cara"),
                            QStringLiteral("Dylan"), QStringLiteral("Ella"), QStringLiteral("Finn"),
                            QStringLiteral("Grace"), QStringLiteral("Harry")};
    const QList<core::ReferralEvent> path{core::ReferralEvent::Submit, core::ReferralEvent::SendToPanel,
                                          core::ReferralEvent::PanelApprove,
                                          core::ReferralEvent::QualityPass};
    qint64 last = 0;
    for (int i = 0; i < names.size(); ++i) {
        core::Referral r = test::completeReferral();
        r.children[0].firstName = names[i];
        r.children[0].dateOfBirth = QDate(2009 + i, 3, 1 + i);
        r.emergency = i == 2;
        r.neededBy = i == 2 ? QStringLiteral("Today") : QStringLiteral("in more than 5 days");
        r.officer = i % 2 ? QStringLiteral("jpatel") : QStringLiteral("tester");
        auto id = service.create(r);
        PD_REQUIRE_OK(id);
        for (int step = 0; step < i % 5 && step < path.size(); ++step) {
            core::TransitionRequest q;
            q.event = path[step];
            q.comment = step == 2 ? QStringLiteral("Panel 12/11: agreed to look for foster care") : QString();
            PD_REQUIRE_OK(workflow.apply(id.value(), q));
        }
        last = id.value();
    }
    ui::ReferralsArea area;
    area.resize(1200, 520);
    area.setDesk(&t.desk());
    area.show();
    QApplication::processEvents();
    CHECK(area.grab().save(QStringLiteral("/tmp/referrals-list.png")));

    ui::ReferralWindow* window = area.openReferral(last - 4); // the one that passed the quality check
    QApplication::processEvents();
    CHECK(window->grab().save(QStringLiteral("/tmp/referrals-editor.png")));
    window->form()->setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(window->grab().save(QStringLiteral("/tmp/referrals-needs.png")));
    window->form()->setCurrentWidget(window->timeline());
    QApplication::processEvents();
    CHECK(window->grab().save(QStringLiteral("/tmp/referrals-timeline.png")));

    // A colleague saves first: the refused save shows both versions.
    window->form()->setCurrentIndex(3);
    window->form()->homePostcodeEdit()->setText(QStringLiteral("RV9 9ZZ"));
    emit window->form()->homePostcodeEdit()->textEdited(QStringLiteral("RV9 9ZZ"));
    auto colleague = t.openAnother(QStringLiteral("tester"));
    core::Referral theirs = core::ReferralRepository(*colleague).load(window->referralId()).value();
    theirs.socialWorker = QStringLiteral("P. Mensah");
    PD_REQUIRE_OK(core::ReferralService(*colleague).save(theirs));
    CHECK_FALSE(window->save());
    QApplication::processEvents();
    CHECK(window->grab().save(QStringLiteral("/tmp/referrals-conflict.png")));

    ui::ReferralWindow* fresh = area.openReferral(0);
    QApplication::processEvents();
    CHECK(fresh->grab().save(QStringLiteral("/tmp/referrals-new.png")));
}
