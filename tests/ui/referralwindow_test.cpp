// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/referralservice.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/models/criteriamodel.h"
#include "ui/models/referralchildrenmodel.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referraltimeline.h"
#include "ui/referrals/referralwindow.h"
#include "ui/referrals/workflowpanel.h"

#include "ui/widgets/datefield.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>

using namespace pd;
using core::ReferralEvent;
using core::ReferralState;

namespace {

void setCell(QAbstractItemModel* model, int row, int column, const QString& text) {
    if (row >= model->rowCount())
        model->insertRows(model->rowCount(), row + 1 - model->rowCount());
    model->setData(model->index(row, column), text);
}

void type(QLineEdit* edit, const QString& text) {
    edit->setText(text);
    emit edit->textEdited(text);
}

core::TransitionRequest request(ReferralEvent event) {
    core::TransitionRequest r;
    r.event = event;
    return r;
}

} // namespace

TEST_CASE(
    "an officer creates a referral, submits it, a manager approves it at panel, it passes the quality check",
    "[ui][referrals]") {
    test::TempDatabase t;
    test::addUser(t.db(), QStringLiteral("admin"), core::Role::Admin);
    test::addUser(t.db(), QStringLiteral("tester"), core::Role::Officer);
    test::addUser(t.db(), QStringLiteral("boss"), core::Role::Manager);
    ui::ReferralsArea area;
    area.setDesk(&t.desk());

    ui::ReferralWindow* window = area.openReferral(0);
    REQUIRE(window);
    ui::ReferralForm* form = window->form();
    CHECK(window->validationLabel()->text().contains(QStringLiteral("To submit, the referral still needs")));

    // The mandatory fields, typed as an officer would.
    ui::ReferralChildrenModel* kids = form->childrenModel();
    const QStringList child{
        QStringLiteral("Amy"),     QStringLiteral("Example"), QStringLiteral("02/05/2014"),
        QStringLiteral("F"),       QStringLiteral("WBRI"),    QString(),
        QStringLiteral("English"), QStringLiteral("ebd"),     QStringLiteral("C2")};
    setCell(kids, 0, 2, QStringLiteral("31/02/2014"));
    CHECK(window->validationLabel()->text().contains(QStringLiteral("'31/02/2014' is not a date")));
    for (int c = 0; c < child.size(); ++c)
        setCell(kids, 0, c, child[c]);
    type(form->socialWorkerEdit(), QStringLiteral("J. Okafor"));
    type(form->homePostcodeEdit(), QStringLiteral("rv1 2ab"));
    form->neededByCombo()->setCurrentText(QStringLiteral("in less than 5 days"));
    CHECK(window->validationLabel()->text().contains(
        QStringLiteral("Everything needed to submit is filled in")));
    REQUIRE(window->save());
    const qint64 id = window->referralId();
    REQUIRE(id != 0);
    CHECK(area.view()->model()->rowCount() == 1);

    ui::WorkflowPanel* panel = window->workflowPanel();
    REQUIRE(panel->button(ReferralEvent::Submit));
    CHECK(panel->button(ReferralEvent::Submit)->isEnabled());
    PD_REQUIRE_OK(panel->take(request(ReferralEvent::Submit)));
    PD_REQUIRE_OK(panel->take(request(ReferralEvent::SendToPanel)));

    // An officer sees the panel decision greyed out, with the reason.
    REQUIRE(panel->button(ReferralEvent::PanelApprove));
    CHECK_FALSE(panel->button(ReferralEvent::PanelApprove)->isEnabled());
    CHECK(panel->button(ReferralEvent::PanelApprove)->toolTip().contains(QStringLiteral("Only a manager")));

    t.db().setUserName(QStringLiteral("boss"));
    panel->refresh();
    CHECK(panel->button(ReferralEvent::PanelApprove)->isEnabled());
    PD_REQUIRE_OK(panel->take(request(ReferralEvent::PanelApprove)));
    t.db().setUserName(QStringLiteral("tester"));
    panel->refresh();

    // Quality check: what is missing is listed, then filled in and saved.
    CHECK(window->validationLabel()->text().contains(QStringLiteral("at least one expected outcome")));
    CHECK(panel->button(ReferralEvent::QualityPass)->toolTip().contains(QStringLiteral("Quality check:")));
    window->form()
        ->combo(QStringLiteral("fosterCareSuitability"))
        ->setCurrentText(QStringLiteral("Preferred"));
    window->form()->combo(QStringLiteral("communicationNeeds"))->setCurrentText(QStringLiteral("No"));
    form->essentialModel()->setRows({{QStringLiteral("placementType"), QStringLiteral("foster")}});
    form->outcomesEdit()->setPlainText(QStringLiteral("Attends Riverside Primary every school day"));
    form->neededByField()->setDate(QDate::currentDate().addDays(4));
    CHECK(window->validationLabel()->text().contains(QStringLiteral("Complete for the quality check")));
    REQUIRE(window->save());
    panel->refresh();
    REQUIRE(panel->button(ReferralEvent::QualityPass)->isEnabled());
    auto passed = panel->take(request(ReferralEvent::QualityPass));
    PD_REQUIRE_OK(passed);
    CHECK(passed.value() == ReferralState::Searching);

    // The timeline reads back every step, with who did it.
    QAbstractItemModel* timeline = window->timeline()->model();
    QAbstractItemModelTester timelineTester(timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(timeline->rowCount() == 5);
    QStringList steps;
    for (int i = 0; i < timeline->rowCount(); ++i)
        steps << timeline->index(i, 2).data().toString() + u'/' + timeline->index(i, 1).data().toString();
    CHECK(steps == QStringList{QStringLiteral("Created/tester"), QStringLiteral("Submit/tester"),
                               QStringLiteral("Send to panel/tester"),
                               QStringLiteral("Approve at panel/boss"),
                               QStringLiteral("Pass quality check/tester")});
    CHECK(timeline->index(4, 4).data().toString() == QStringLiteral("Searching"));
    CHECK(timeline->index(4, 3).data().toString() == QStringLiteral("Quality check"));
    CHECK(timeline->index(0, 5).data().toString().isEmpty()); // no earlier state
    CHECK(timeline->index(1, 5).data().toString() == QStringLiteral("under a minute"));
    CHECK(area.view()->model()->index(0, 2).data().toString() == QStringLiteral("Searching"));
    delete window;
}

namespace {

/// A referral in a shared-mode file that two officers, tester and colleague, may both edit.
core::Result<qint64> sharedReferral(test::TempDatabase& t) {
    test::addUser(t.db(), QStringLiteral("tester"), core::Role::Officer);
    test::addUser(t.db(), QStringLiteral("colleague"), core::Role::Officer);
    auto id = core::ReferralService(t.db()).create(test::completeReferral());
    PD_REQUIRE_OK(id);
    return id;
}

} // namespace

TEST_CASE(
    "two connections to one shared-mode file: the second save is refused and the form keeps its content",
    "[ui][referrals][conflict]") {
    test::TempDatabase t(core::JournalMode::Shared);
    const auto id = sharedReferral(t);

    ui::ReferralWindow window(&t.desk(), id.value());
    type(window.form()->homePostcodeEdit(), QStringLiteral("RV9 9ZZ"));
    window.form()->combo(QStringLiteral("riskMissing"))->setCurrentText(QStringLiteral("Risk Present"));

    // Meanwhile a colleague, on another connection to the same file, saves the same referral.
    auto colleague = t.openAnother(QStringLiteral("colleague"));
    core::Referral theirs = core::ReferralRepository(*colleague).load(id.value()).value();
    theirs.socialWorker = QStringLiteral("P. Mensah");
    PD_REQUIRE_OK(core::ReferralService(*colleague).save(theirs));

    CHECK_FALSE(window.save());
    QMap<QString, core::FieldChange> changes;
    for (const core::FieldChange& c : window.conflictChanges())
        changes.insert(c.field, c);
    REQUIRE(changes.contains(QStringLiteral("PlacementDeskExtension.socialWorker")));
    CHECK(changes.value(QStringLiteral("PlacementDeskExtension.socialWorker")).theirs ==
          QStringLiteral("P. Mensah"));
    CHECK(changes.value(QStringLiteral("PlacementDeskExtension.homePostcode")).mine ==
          QStringLiteral("RV9 9ZZ"));
    CHECK(changes.value(QStringLiteral("Risks.riskMissing")).mine == QStringLiteral("Risk Present"));
    // Nothing was overwritten, and the user's work is still in the form.
    CHECK(core::ReferralRepository(t.db()).load(id.value())->homePostcode == QStringLiteral("RV1 2AB"));
    CHECK(window.form()->referral().homePostcode == QStringLiteral("RV9 9ZZ"));
    CHECK(window.form()->referral().riskMissing == QStringLiteral("Risk Present"));
    CHECK(window.hasUnsavedChanges());

    // Reloading shows the colleague's version; the user's values stay visible beside it.
    window.loadTheirs();
    CHECK(window.form()->referral().socialWorker == QStringLiteral("P. Mensah"));
    CHECK(window.form()->referral().homePostcode == QStringLiteral("RV1 2AB"));
    CHECK_FALSE(window.conflictChanges().isEmpty());

    // Putting theirs and mine together: mine back, then the colleague's social worker kept by hand.
    window.restoreMine();
    type(window.form()->socialWorkerEdit(), QStringLiteral("P. Mensah"));
    REQUIRE(window.save());
    auto saved = core::ReferralRepository(t.db()).load(id.value());
    CHECK(saved->homePostcode == QStringLiteral("RV9 9ZZ"));
    CHECK(saved->socialWorker == QStringLiteral("P. Mensah"));
    CHECK(saved->riskMissing == QStringLiteral("Risk Present"));
}

TEST_CASE("the referral list filters as you type and counts per state", "[ui][referrals]") {
    test::TempDatabase t;
    core::ReferralService service(t.db());
    for (const char* name : {"Amy", "Ben", "Cara"}) {
        core::Referral r = test::completeReferral();
        r.children[0].firstName = QString::fromLatin1(name);
        r.emergency = QLatin1String(name) == QLatin1String("Ben");
        PD_REQUIRE_OK(service.create(r));
    }
    ui::ReferralsArea area;
    area.setDesk(&t.desk());
    CHECK(area.view()->model()->rowCount() == 3);
    CHECK(area.countsLabel()->text().contains(QStringLiteral("Draft <b>3</b>")));
    area.searchEdit()->setText(QStringLiteral("ca exam"));
    CHECK(area.view()->model()->rowCount() == 1);
    CHECK(area.view()->model()->index(0, 1).data().toString() == QStringLiteral("Cara Example"));
    area.searchEdit()->clear();
    area.stateCombo()->setCurrentIndex(area.stateCombo()->findText(QStringLiteral("Searching")));
    CHECK(area.view()->model()->rowCount() == 0);
    CHECK(area.countsLabel()->text().contains(
        QStringLiteral("Draft <b>3</b>"))); // counts ignore the state filter

    // Enter on a row opens that referral.
    area.stateCombo()->setCurrentIndex(0);
    area.searchEdit()->setText(QStringLiteral("ben"));
    area.view()->setCurrentIndex(area.view()->model()->index(0, 0));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(area.view(), &enter);
    const auto windows = area.findChildren<ui::ReferralWindow*>();
    REQUIRE(windows.size() == 1);
    CHECK(windows.first()->form()->referral().children.first().firstName == QStringLiteral("Ben"));
}

TEST_CASE("two processes on one shared-mode file: the second save is refused and the form keeps its content",
          "[ui][referrals][conflict]") {
    test::TempDatabase t(core::JournalMode::Shared);
    const auto id = sharedReferral(t);

    ui::ReferralWindow window(&t.desk(), id.value());
    type(window.form()->homePostcodeEdit(), QStringLiteral("RV9 9ZZ"));

    // The colleague's PC: another process opens the file and saves the same referral.
    QProcess colleague;
    colleague.start(QStringLiteral(PD_EDIT_WORKER),
                    {t.path(), QStringLiteral("referral"), QString::number(id.value()),
                     QStringLiteral("colleague"), QStringLiteral("P. Mensah")});
    REQUIRE(colleague.waitForFinished(60000));
    INFO(colleague.readAllStandardError().toStdString());
    REQUIRE(colleague.exitCode() == 0);

    CHECK_FALSE(window.save());
    CHECK(core::ReferralRepository(t.db()).load(id.value())->socialWorker == QStringLiteral("P. Mensah"));
    CHECK(core::ReferralRepository(t.db()).load(id.value())->homePostcode == QStringLiteral("RV1 2AB"));
    CHECK(window.form()->referral().homePostcode == QStringLiteral("RV9 9ZZ"));
    CHECK(window.hasUnsavedChanges());
    bool shown = false;
    for (const core::FieldChange& c : window.conflictChanges())
        shown = shown || (c.field == QStringLiteral("PlacementDeskExtension.socialWorker") &&
                          c.theirs == QStringLiteral("P. Mensah"));
    CHECK(shown);
}
