// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, the child's page in the GUI: the Placements area by name, the page opened from it (Enter)
// and from the referral window, and the placement's decisions in one place — contract (printed,
// changed by a manager), review, pre-disruption meeting, ending — each one labelled dialog that keeps
// what was typed when it is refused.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "ui/children/childpage.h"
#include "ui/children/contractchangedialog.h"
#include "ui/children/contractdialog.h"
#include "ui/children/endplacementdialog.h"
#include "ui/children/meetingdialog.h"
#include "ui/children/reviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/childtimelinemodel.h"
#include "ui/models/placementlistmodel.h"
#include "ui/placements/placementsarea.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referralwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace pd;
using pd::test::PlacementWalk;

namespace {

void clickOk(QDialog& dialog) {
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    box->button(QDialogButtonBox::Ok)->click();
}

int rowsOfKind(const ui::ChildTimelineModel& model, core::ChildEventKind kind) {
    int n = 0;
    for (const core::ChildEvent& e : model.events())
        n += e.kind == kind;
    return n;
}

} // namespace

TEST_CASE("the Placements area names the child, the home and the type, and Enter opens the child's page",
          "[ui][childpage]") {
    PlacementWalk w;
    const qint64 placed = w.placeWithIfa(QDate::currentDate().addDays(-3));
    auto desk = std::make_unique<core::Desk>(w.t.openAnother(QStringLiteral("tester")));
    ui::MainWindow window;
    window.setDesk(std::move(desk));
    auto* area = window.area<ui::PlacementsArea>();
    REQUIRE(area);
    QAbstractItemModelTester tester(area->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(area->model()->rowCount() == 1); // the previous placement ended: one current placement
    auto cell = [&](int column) { return area->model()->index(0, column).data().toString(); };
    CHECK(cell(ui::PlacementListModel::Child) == QStringLiteral("Amy Example"));
    CHECK(cell(ui::PlacementListModel::Where) ==
          QStringLiteral("Bright Futures Fostering \u2014 Willow household"));
    CHECK(cell(ui::PlacementListModel::Type) == QStringLiteral("IFA"));
    CHECK(cell(ui::PlacementListModel::Contract) == QStringLiteral("version 1"));
    CHECK(cell(ui::PlacementListModel::WeeklyCost) == QStringLiteral("£930.00"));
    CHECK(cell(ui::PlacementListModel::NextReview) ==
          QDate::currentDate().addDays(25).toString(QStringLiteral("dd/MM/yyyy")));
    for (int c = 0; c < ui::PlacementListModel::ColumnCount; ++c)
        for (const char* code : {"U4", "PR4", "ifa", "in_house_foster"})
            CHECK(cell(c) != QString::fromLatin1(code));

    // Type a name, Down goes to the list, Enter opens the child's page.
    window.show();
    QApplication::setActiveWindow(&window);
    window.tabs()->setCurrentWidget(area);
    area->search()->setFocus();
    QTest::keyClicks(area->search(), QStringLiteral("willow"));
    QTest::keyClick(area->search(), Qt::Key_Down);
    CHECK(area->view()->hasFocus());
    QTest::keyClick(area->view(), Qt::Key_Return);
    const auto pages = window.findChildren<ui::ChildPage*>();
    REQUIRE(pages.size() == 1);
    ui::ChildPage* page = pages.first();
    CHECK(page->childId() == w.childId);
    CHECK(page->placementId() == placed);
    CHECK(page->windowTitle().startsWith(QStringLiteral("Amy Example")));
    CHECK(page->now()->text().contains(QStringLiteral("Bright Futures Fostering")));
    CHECK(page->now()->text().contains(QStringLiteral("Next review due")));
    QAbstractItemModelTester timelineTester(page->timeline(),
                                            QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(rowsOfKind(*page->timeline(), core::ChildEventKind::Placed) == 2);
    CHECK(rowsOfKind(*page->timeline(), core::ChildEventKind::Referral) == 1);
    // Opening it again raises the same window.
    CHECK(window.openChild(w.childId) == page);
    CHECK(window.findChildren<ui::ChildPage*>().size() == 1);
}

TEST_CASE("the referral window opens the child's page of the child it names", "[ui][childpage]") {
    PlacementWalk w;
    auto desk = std::make_unique<core::Desk>(w.t.openAnother(QStringLiteral("tester")));
    ui::MainWindow window;
    window.setDesk(std::move(desk));
    ui::ReferralWindow* referral = window.area<ui::ReferralsArea>()->openReferral(w.referralId);
    REQUIRE(referral);
    REQUIRE(referral->childPageButton()->isEnabled());
    referral->childPageButton()->click();
    const auto pages = window.findChildren<ui::ChildPage*>();
    REQUIRE(pages.size() == 1);
    CHECK(pages.first()->childId() == w.childId);
}

TEST_CASE("review, meeting, contract and ending from the child's page: one labelled dialog each, refusals "
          "keep what was typed",
          "[ui][childpage]") {
    PlacementWalk w;
    const QDate start = QDate::currentDate().addDays(-40);
    const qint64 placed = w.placeWithIfa(start);
    ui::ChildPage page(w.officer(), w.childId);
    REQUIRE(page.placementId() == placed);
    CHECK(page.reviewButton()->isEnabled());
    CHECK(page.now()->text().contains(QStringLiteral("OVERDUE"))); // due on day 28, it is day 40

    { // A review with its outcome not rated is refused in the dialog; rated, it is recorded.
        ui::ReviewDialog review(w.officer(), placed, &page);
        REQUIRE(review.ratings().size() == 1);
        review.notes()[0]->setText(QStringLiteral("Every day this term"));
        review.iroView()->setPlainText(QStringLiteral("Settling well"));
        clickOk(review);
        CHECK(review.result() != QDialog::Accepted);
        CHECK(review.errorText().contains(QStringLiteral("choose met, progressing or not met")));
        CHECK(review.notes()[0]->text() == QStringLiteral("Every day this term")); // kept
        review.ratings()[0]->setCurrentIndex(0);                                   // Met
        clickOk(review);
        CHECK(review.result() == QDialog::Accepted);
    }
    { // A meeting without concerns is refused by the service, with the sentence, and kept.
        ui::MeetingDialog meeting(w.officer(), placed, &page);
        meeting.attendees()->setText(QStringLiteral("Carers, SSW, SW"));
        meeting.actions()->setPlainText(QStringLiteral("SW to meet the school on Friday"));
        clickOk(meeting);
        CHECK(meeting.result() != QDialog::Accepted);
        CHECK_FALSE(meeting.errorText().isEmpty());
        CHECK(meeting.attendees()->text() == QStringLiteral("Carers, SSW, SW"));
        meeting.concerns()->setPlainText(QStringLiteral("Missing after school twice"));
        clickOk(meeting);
        CHECK(meeting.result() == QDialog::Accepted);
    }
    page.refresh();
    CHECK(rowsOfKind(*page.timeline(), core::ChildEventKind::Review) == 1);
    CHECK(rowsOfKind(*page.timeline(), core::ChildEventKind::Meeting) == 1);
    CHECK_FALSE(page.now()->text().contains(QStringLiteral("OVERDUE")));

    { // The contract: the printed document, a PDF; an officer may not change it, a manager may.
        ui::ContractDialog contract(w.officer(), placed, &page);
        CHECK(contract.document()->toPlainText().contains(QStringLiteral("Individual Placement Contract")));
        CHECK_FALSE(contract.changeButton()->isEnabled());
        CHECK(contract.changeButton()->toolTip().contains(QStringLiteral("tester")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("contract.pdf"));
        REQUIRE(contract.writePdf(pdf));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
    }
    {
        ui::ContractChangeDialog change(*w.manager, placed, &page);
        change.extras()->setValue(120);
        clickOk(change); // no reason given
        CHECK(change.result() != QDialog::Accepted);
        CHECK(change.errorText().contains(QStringLiteral("Reason")));
        CHECK(change.extras()->value() == 120);
        change.why()->setText(QStringLiteral("1:1 support agreed at the meeting"));
        clickOk(change);
        CHECK(change.result() == QDialog::Accepted);
        CHECK(change.version() == 2);
    }
    { // A planned move ends the placement and opens the follow-up referral.
        ui::EndPlacementDialog end(w.officer(), placed, &page);
        end.reason()->setCurrentIndex(end.reason()->findData(int(core::EndingReason::PlannedMove)));
        clickOk(end);
        REQUIRE(end.result() == QDialog::Accepted);
        CHECK(end.ended().rec == QStringLiteral("X1"));
        CHECK(end.ended().followUpReferralId != 0);
    }
    page.refresh();
    CHECK(page.now()->text().contains(QStringLiteral("No current placement")));
    CHECK(rowsOfKind(*page.timeline(), core::ChildEventKind::Ended) == 2);
    CHECK(rowsOfKind(*page.timeline(), core::ChildEventKind::Contract) == 2);
    CHECK(rowsOfKind(*page.timeline(), core::ChildEventKind::Referral) == 2);
    for (QPushButton* b : {page.reviewButton(), page.meetingButton(), page.endButton()}) {
        CHECK_FALSE(b->isEnabled());
        CHECK(b->toolTip() == QStringLiteral("This placement has ended."));
    }
    CHECK(page.contractButton()->isEnabled()); // the ended placement's contract can still be read
}

TEST_CASE("a read-only user reads the child's page but every decision says why not", "[ui][childpage]") {
    PlacementWalk w;
    w.placeWithIfa(QDate::currentDate().addDays(-3));
    test::addUser(w.t.db(), QStringLiteral("reader"), core::Role::ReadOnly);
    w.officer().setUserName(QStringLiteral("reader"));
    ui::ChildPage page(w.officer(), w.childId);
    CHECK(page.timeline()->rowCount() > 0);
    for (QPushButton* b : {page.reviewButton(), page.meetingButton(), page.endButton()}) {
        CHECK_FALSE(b->isEnabled());
        CHECK(b->toolTip().contains(QStringLiteral("reader")));
    }
}

// Hidden: `PD_SCREENSHOT_DB=demo.sqlite pd_ui_tests "[.screenshots][childpage]"` (under xvfb-run) writes
// the child's page, the Placements area, the contract and a review dialog of the demo child with the
// fullest story to /tmp/pd-child-*.png.
TEST_CASE("screenshots of the child's page, the Placements area, the contract and a review",
          "[.screenshots][childpage]") {
    const QString path = qEnvironmentVariable("PD_SCREENSHOT_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto opened = core::Desk::open(path);
    PD_REQUIRE_OK(opened);
    core::Desk& desk = *opened.value();
    auto current = desk.placements().current();
    PD_REQUIRE_OK(current);
    qint64 childId = 0, placementId = 0;
    int best = -1;
    for (const core::PlacementRecord& p : current.value()) {
        if (p.ipcVersion == 0)
            continue;
        auto record = desk.children().record(p.childId);
        PD_REQUIRE_OK(record);
        const int story = int(core::childTimeline(record.value()).size()) +
                          10 * int(record->current() && !record->current()->meetings.isEmpty());
        if (story > best) {
            best = story;
            childId = p.childId;
            placementId = p.id;
        }
    }
    REQUIRE(childId != 0);
    ui::ChildPage page(desk, childId);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();
    page.grab().save(QStringLiteral("/tmp/pd-child-page.png"));
    page.tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    page.grab().save(QStringLiteral("/tmp/pd-child-placements.png"));
    ui::ContractDialog contract(desk, placementId);
    contract.show();
    QApplication::processEvents();
    contract.grab().save(QStringLiteral("/tmp/pd-child-contract.png"));
    ui::ReviewDialog review(desk, placementId);
    if (!review.ratings().isEmpty()) {
        review.ratings()[0]->setCurrentIndex(1);
        review.notes()[0]->setText(QStringLiteral("Most days; two late starts after contact weekends"));
    }
    review.iroView()->setPlainText(QStringLiteral("Settled and wants to stay. Keep the school transport."));
    review.show();
    QApplication::processEvents();
    review.grab().save(QStringLiteral("/tmp/pd-child-review.png"));
    ui::MainWindow window;
    window.setDesk(std::move(opened.value()));
    window.resize(1280, 800);
    window.tabs()->setCurrentWidget(window.area<ui::PlacementsArea>());
    window.show();
    QApplication::processEvents();
    window.grab().save(QStringLiteral("/tmp/pd-placements-area.png"));
}
