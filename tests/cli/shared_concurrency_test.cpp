// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <memory>
#include <vector>

using namespace pd;

TEST_CASE("shared mode: 8 processes x 200 edits lose no update and never fail on a lock",
          "[cli][concurrency]") {
    test::TempDatabase t(core::JournalMode::Shared);
    auto id = core::RecordWriter(t.db()).insert(QStringLiteral("providers"),
                                                {{QStringLiteral("name"), QStringLiteral("Contended Homes")},
                                                 {QStringLiteral("kind"), QStringLiteral("childrens_home")},
                                                 {QStringLiteral("price_band_lower"), 0}});
    PD_REQUIRE_OK(id);
    constexpr int kWorkers = 8;
    constexpr int kEdits = 200;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < kWorkers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PD_EDIT_WORKER),
                 {t.path(), QString::number(id.value()), QString::number(kEdits),
                  QStringLiteral("officer%1").arg(w)});
        workers.push_back(std::move(p));
    }
    for (auto& p : workers) {
        REQUIRE(p->waitForFinished(600000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    QSqlQuery q =
        t.db().prepare(QStringLiteral("SELECT price_band_lower, row_version FROM providers WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id.value());
    REQUIRE(t.db().exec(q, QStringLiteral("reading")).ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == kWorkers * kEdits);     // no lost update
    CHECK(q.value(1).toInt() == kWorkers * kEdits + 1); // one version per saved edit
    q.finish();
    QSqlQuery audit =
        t.db().prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update'"));
    REQUIRE(t.db().exec(audit, QStringLiteral("counting")).ok());
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == kWorkers * kEdits); // only successful saves are audited
}
