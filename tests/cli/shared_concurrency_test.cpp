// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QProcess>
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
    pd::test::TestSql sql(t.db());
    auto rows = sql.rows(QStringLiteral("SELECT price_band_lower, row_version FROM providers WHERE id = :id"),
                         {{QStringLiteral(":id"), id.value()}});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const QVariantList q = rows->first();
    CHECK(q.value(0).toInt() == kWorkers * kEdits);     // no lost update
    CHECK(q.value(1).toInt() == kWorkers * kEdits + 1); // one version per saved edit
    auto audit = sql.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update'"));
    REQUIRE(audit.ok());
    REQUIRE(audit->isValid());
    CHECK(audit->toInt() == kWorkers * kEdits); // only successful saves are audited
}
