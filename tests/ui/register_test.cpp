// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodedirectory.h"
#include "core/storage/providerrepository.h"
#include "core/storage/provisionrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/registerqueries.h"
#include "tests/support/catch.h"
#include "tests/support/registerfixture.h"
#include "tests/support/tempdatabase.h"
#include "ui/models/registerfilter.h"
#include "ui/models/registermodel.h"
#include "ui/register/importrunner.h"
#include "ui/register/providereditor.h"
#include "ui/register/providerpage.h"
#include "ui/register/providersarea.h"
#include "ui/register/provisioneditor.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <optional>

using namespace pd;

namespace {

QStringList visibleProvisions(const ui::RegisterFilter& filter) {
    QStringList out;
    for (int r = 0; r < filter.rowCount(); ++r)
        out << filter.index(r, ui::RegisterModel::Provision).data().toString();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("register filters, checked by QAbstractItemModelTester", "[ui][register]") {
    test::TempDatabase t;
    test::importAllExamples(t.db());
    auto rows = core::registerRows(t.db(), QDate(2026, 11, 23));
    PD_REQUIRE_OK(rows);

    ui::RegisterModel model;
    ui::RegisterFilter filter;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setRegister(&model);
    filter.setDesk(&t.desk());
    model.setRows(rows.value());
    REQUIRE(filter.rowCount() == 5);

    const QString ahmed = QStringLiteral("The Ahmed household");
    const QString morgan = QStringLiteral("The Morgan household");
    const QString kowalski = QStringLiteral("The Kowalski household");
    const QString oakfield = QStringLiteral("Oakfield House");
    const QString none = QStringLiteral("(no provisions yet)");

    SECTION("kind") {
        filter.setKind(core::ProviderKind::ChildrensHome);
        CHECK(visibleProvisions(filter) == QStringList{none, oakfield});
        filter.setKind(std::nullopt);
        CHECK(filter.rowCount() == 5);
    }
    SECTION("framework status") {
        filter.setFrameworkStatus(core::FrameworkStatus::SelectList);
        CHECK(visibleProvisions(filter) == QStringList{kowalski, morgan});
    }
    SECTION("rating") {
        filter.setRating(core::OfstedRating::RequiresImprovement);
        CHECK(visibleProvisions(filter) == QStringList{oakfield});
    }
    SECTION("skill") {
        filter.setSkill(QStringLiteral("parent_and_baby"));
        CHECK(visibleProvisions(filter) == QStringList{kowalski});
    }
    SECTION("vacancy now (23 November 2026)") {
        filter.setVacancyNow(true);
        CHECK(visibleProvisions(filter) == QStringList{oakfield, ahmed});
    }
    SECTION("within N miles of a postcode, with distances shown") {
        PD_REQUIRE_OK(filter.setWithinMiles(QStringLiteral("rv12ab"), 5));
        CHECK(visibleProvisions(filter) == QStringList{ahmed, kowalski, morgan});
        filter.sort(ui::RegisterModel::Miles, Qt::AscendingOrder);
        CHECK(filter.index(0, ui::RegisterModel::Miles).data().toString() == QStringLiteral("0.0"));
        CHECK(filter.index(0, ui::RegisterModel::Provision).data().toString() == ahmed);
        PD_REQUIRE_OK(filter.setWithinMiles(QStringLiteral("RV1 2AB"), 30));
        CHECK(filter.rowCount() == 4); // Northway's postcode is 90 miles away
        auto unknown = filter.setWithinMiles(QStringLiteral("XX9 9XX"), 30);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains(QStringLiteral("not in the postcode table")));
        CHECK(filter.rowCount() == 5);
        PD_REQUIRE_OK(filter.setWithinMiles(QString(), 30));
        CHECK(filter.index(0, ui::RegisterModel::Miles).data().toString().isEmpty());
    }
    SECTION("filters combine and sorting follows the numbers") {
        filter.setKind(core::ProviderKind::Ifa);
        filter.setText(QStringLiteral("kowal"));
        CHECK(visibleProvisions(filter) == QStringList{kowalski});
        filter.setText(QString());
        filter.setKind(std::nullopt);
        filter.sort(ui::RegisterModel::WeeklyFee, Qt::DescendingOrder);
        CHECK(filter.index(0, ui::RegisterModel::Provision).data().toString() == oakfield);
    }
}

TEST_CASE("the providers area and provider page show the register", "[ui][register]") {
    test::TempDatabase t;
    test::importAllExamples(t.db());
    ui::ProvidersArea area;
    area.setDesk(&t.desk());
    CHECK(area.filter()->rowCount() == 5);
    area.resize(1280, 700);
    CHECK(area.view()->isColumnHidden(ui::RegisterModel::Miles));
    auto p = core::ProviderRepository(t.db()).findByUrn(QStringLiteral("SC900004"));
    REQUIRE(p.value().has_value());
    ui::ProviderPage page(t.desk(), p.value()->id, QDate(2026, 11, 23));
    CHECK(page.html().contains(QStringLiteral("No new placements")));
    CHECK(page.html().contains(QStringLiteral("Disruptions with this authority")));

    // Brightwater: one child placed now, one earlier placement that ended on a carer's request.
    auto bw = core::ProviderRepository(t.db()).findByUrn(QStringLiteral("SC900002"));
    auto bwProvisions = core::ProvisionRepository(t.db()).forProvider(bw.value()->id);
    core::RecordWriter writer(t.db());
    auto child =
        writer.insert(QStringLiteral("children"), {{QStringLiteral("child_ref"), QStringLiteral("CH-0042")}});
    PD_REQUIRE_OK(child);
    const auto placement = [&](const char* start, const QVariant& end, const QVariant& why) {
        PD_REQUIRE_OK(writer.insert(QStringLiteral("placements"),
                                    {{QStringLiteral("child_id"), *child},
                                     {QStringLiteral("provision_id"), bwProvisions->last().id},
                                     {QStringLiteral("start_date"), QString::fromLatin1(start)},
                                     {QStringLiteral("end_date"), end},
                                     {QStringLiteral("rne"), QStringLiteral("P")},
                                     {QStringLiteral("place"), QStringLiteral("U4")},
                                     {QStringLiteral("reason_place_change"), why}}));
    };
    placement("2025-01-10", QStringLiteral("2025-04-02"), QStringLiteral("CREQB"));
    placement("2026-06-01", QVariant(), QVariant());
    ui::ProviderPage brightwater(t.desk(), bw.value()->id, QDate(2026, 11, 23));
    CHECK(brightwater.html().contains(QStringLiteral("Children placed here now (1)")));
    CHECK(brightwater.html().contains(QStringLiteral("Disruptions with this authority (1)")));
    CHECK(brightwater.html().contains(QStringLiteral("ended for reason CREQB")));
    // Screenshots for review when asked (never in normal runs).
    const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        area.show();
        area.grab().save(shots + QStringLiteral("/register.png"));
        auto* postcode = area.findChild<QLineEdit*>(QStringLiteral("withinPostcode"));
        postcode->setText(QStringLiteral("RV1 2AB"));
        emit postcode->editingFinished();
        area.view()->sortByColumn(ui::RegisterModel::Miles, Qt::AscendingOrder);
        area.grab().save(shots + QStringLiteral("/register-within.png"));
        brightwater.show();
        brightwater.grab().save(shots + QStringLiteral("/provider-page.png"));
        page.show();
        page.grab().save(shots + QStringLiteral("/provider-page-suspended.png"));
        ui::ProvisionEditor provisionEditor(t.desk(), bwProvisions->last());
        provisionEditor.show();
        provisionEditor.grab().save(shots + QStringLiteral("/provision-editor.png"));
        ui::ProviderEditor providerEditor(t.desk(), *bw.value());
        providerEditor.show();
        providerEditor.grab().save(shots + QStringLiteral("/provider-editor.png"));
    }
}

TEST_CASE("a refused provider save keeps the form as typed", "[ui][register]") {
    test::TempDatabase t;
    test::importAllExamples(t.db());
    auto p = core::ProviderRepository(t.db()).findByUrn(QStringLiteral("SC900002"));
    REQUIRE(p.value().has_value());
    ui::ProviderEditor editor(t.desk(), *p.value());
    auto* email = editor.findChild<QLineEdit*>(QStringLiteral("referralEmail"));
    REQUIRE(email);
    email->setText(QStringLiteral("not an address"));
    auto saved = editor.save();
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("not an e-mail address")));
    CHECK(email->text() == QStringLiteral("not an address"));

    // A colleague saves first: ours is a conflict and the form keeps our text.
    auto other = t.openAnother();
    core::Provider theirs = *p.value();
    theirs.contacts = QStringLiteral("New duty number");
    PD_REQUIRE_OK(core::ProviderRepository(*other).save(theirs));
    email->setText(QStringLiteral("new@brightwater.example"));
    auto conflict = editor.save();
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == core::Error::Kind::Conflict);
    CHECK(email->text() == QStringLiteral("new@brightwater.example"));
}

TEST_CASE("a GUI import runs on its own connection off the GUI thread and is visible at once",
          "[ui][register]") {
    test::TempDatabase t;
    t.db().setUserName(QStringLiteral("tester"));
    const auto importing = [&](core::RegisterImportKind kind, const QString& path) {
        std::optional<core::Result<core::ImportSummary>> outcome;
        QObject* task = ui::ImportRunner::start(
            nullptr, t.desk(), kind, path, [&outcome](core::Result<core::ImportSummary>& r) { outcome = r; });
        QSignalSpy over(task, SIGNAL(finished()));
        CHECK_FALSE(outcome.has_value()); // start() returned before the work was done: nothing waited
        REQUIRE(over.wait(30000));
        REQUIRE(outcome.has_value());
        return *outcome;
    };
    auto done = importing(core::RegisterImportKind::Postcodes,
                          QStringLiteral(PD_SOURCE_DIR "/docs/examples/postcodes.csv"));
    PD_REQUIRE_OK(done);
    CHECK(done->added == 5);
    CHECK(done->skipped == 1);
    auto where = core::PostcodeDirectory(t.db()).find(QStringLiteral("RV2 4CD"));
    PD_REQUIRE_OK(where);
    CHECK(where.value().has_value());

    auto refused = importing(core::RegisterImportKind::Vacancies,
                             QStringLiteral(PD_SOURCE_DIR "/docs/examples/vacancies.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("vacancies.csv, line 2:")));
}
