// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the audit viewer (Tools > Audit log) for managers, budget holders and administrators:
// who changed what and when, filtered by record, user and dates, exported to CSV with the formula
// guard; refused, with the reason, for everyone else.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow.h"
#include "ui/models/tablesnapshotmodel.h"
#include "ui/team/auditdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using namespace pd;
using core::Role;

namespace {

/// A file where the officer (tester) wrote a referral and the manager (boss) set targets and added a
/// budget line.
struct AuditedFile {
    test::TempDatabase t;
    qint64 referralId = 0;

    AuditedFile() {
        test::addUser(t.db(), QStringLiteral("boss"), Role::Manager);
        test::addUser(t.db(), QStringLiteral("tester"), Role::Officer);
        test::addUser(t.db(), QStringLiteral("reader"), Role::ReadOnly);
        t.desk().setUserName(QStringLiteral("tester"));
        auto id = t.desk().referrals().create(test::completeReferral());
        PD_REQUIRE_OK(id);
        referralId = id.value();
        auto r = t.desk().referrals().load(referralId);
        PD_REQUIRE_OK(r);
        r->preferredLocation = QStringLiteral("Near the school");
        PD_REQUIRE_OK(t.desk().referrals().save(r.value()));
        t.desk().setUserName(QStringLiteral("boss"));
        PD_REQUIRE_OK(t.desk().dashboard().setTargets(core::DashboardTargets{12.5, 70.0, 15.0}));
        // A name a spreadsheet would run as a formula: the export must keep it text.
        PD_REQUIRE_OK(t.desk().dashboard().addBudgetLine(QStringLiteral("=HYPERLINK(\"http://x.example\")"),
                                                         QStringLiteral("ifa")));
    }
};

int column(const ui::TableSnapshotModel& m, const QString& header) {
    return int(m.snapshot().headers.indexOf(header));
}

} // namespace

TEST_CASE("the audit viewer filters by record, user and dates, checked by QAbstractItemModelTester",
          "[ui][audit][roles]") {
    AuditedFile f;
    ui::AuditDialog dialog(f.t.desk());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ui::TableSnapshotModel& m = *dialog.model();
    const int everything = m.rowCount();
    REQUIRE(everything > 3);
    const int who = column(m, QStringLiteral("Who"));
    const int record = column(m, QStringLiteral("Record"));
    const int id = column(m, QStringLiteral("Id"));

    core::AuditFilter byUser;
    byUser.who = QStringLiteral("boss");
    dialog.setFilter(byUser);
    REQUIRE(m.rowCount() > 0);
    for (int r = 0; r < m.rowCount(); ++r)
        CHECK(m.index(r, who).data().toString() == QStringLiteral("boss"));
    CHECK(m.rowCount() < everything);

    core::AuditFilter byRecord;
    byRecord.table = QStringLiteral("referrals");
    byRecord.rowId = f.referralId;
    dialog.setFilter(byRecord);
    REQUIRE(m.rowCount() > 0);
    for (int r = 0; r < m.rowCount(); ++r) {
        CHECK(m.index(r, record).data().toString() == QStringLiteral("referrals"));
        CHECK(m.index(r, id).data().toLongLong() == f.referralId);
        CHECK(m.index(r, who).data().toString() == QStringLiteral("tester"));
    }

    core::AuditFilter today;
    today.from = QDate::currentDate().addDays(-1);
    today.to = QDate::currentDate().addDays(1); // the log's days are UTC
    dialog.setFilter(today);
    CHECK(m.rowCount() == everything);
    core::AuditFilter lastYear;
    lastYear.from = QDate::currentDate().addYears(-1);
    lastYear.to = QDate::currentDate().addDays(-2);
    dialog.setFilter(lastYear);
    CHECK(m.rowCount() == 0);

    // Export: the filtered rows, every value that looks like a formula kept as text.
    dialog.setFilter(byUser);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(dialog.exportTo(path));
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    CHECK(text.startsWith("When (UTC),Who,Record,Id,Action,Field,Old value,New value\r\n"));
    CHECK(text.count("\r\n") == m.rowCount() + 1);
    CHECK(text.contains(",\"'=HYPERLINK(\"\"http://x.example\"\")\"")); // the guard's quote, then CSV quoting
    CHECK_FALSE(text.contains(",=HYPERLINK"));
    CHECK_FALSE(text.contains(",\"=HYPERLINK"));
}

TEST_CASE("the audit log is refused, with the reason, to an officer and a read-only user",
          "[ui][audit][roles]") {
    AuditedFile f;
    const QString login = GENERATE(as<QString>{}, QStringLiteral("tester"), QStringLiteral("reader"),
                                   QStringLiteral("stranger"));
    f.t.desk().setUserName(login);
    auto refused = f.t.desk().audit().entries({});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == core::Error::Kind::Forbidden);
    CHECK(refused.error().message.contains(QStringLiteral("cannot see the audit log")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    CHECK_FALSE(f.t.desk().audit().exportCsv({}, path).ok());
    CHECK_FALSE(QFile::exists(path));

    ui::AuditDialog dialog(f.t.desk());
    CHECK(dialog.model()->rowCount() == 0);
    CHECK(dialog.message().contains(login));
    CHECK(dialog.message().contains(QStringLiteral("cannot see the audit log")));
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    CHECK(dialog.exportButton()->toolTip() == dialog.message());
}

TEST_CASE("Tools > Audit log is enabled for a manager and disabled with the reason for a read-only user",
          "[ui][audit][roles]") {
    AuditedFile f;
    const QString path = f.t.path();
    f.t.close();
    for (const QString& login : {QStringLiteral("boss"), QStringLiteral("reader")}) {
        auto desk = core::Desk::open(path);
        PD_REQUIRE_OK(desk);
        desk.value()->setUserName(login);
        ui::MainWindow window;
        window.setDesk(std::move(desk.value()));
        QAction* audit = window.auditLogAction();
        REQUIRE(audit);
        const bool manager = login == QStringLiteral("boss");
        CHECK(audit->isEnabled() == manager);
        if (!manager) {
            CHECK(audit->toolTip().contains(
                QStringLiteral("reader is read only and cannot see the audit log")));
            CHECK(audit->toolTip().contains(QStringLiteral("a manager")));
        }
    }
}
