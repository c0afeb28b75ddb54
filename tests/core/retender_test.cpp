// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: the select-list retender table per provider and year, worked out by hand on the walk's
// file (a referral sent, two offers, a placement, an uplift request) and written as CSV.
#include "core/domain/financialyear.h"
#include "core/exchange/csvwriter.h"
#include "core/reports/retendertable.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"

using namespace pd::core;

TEST_CASE("the retender table counts a provider's year and sets its fee against its band",
          "[money][retender]") {
    pd::test::PlacementWalk w;
    const FinancialYear year = FinancialYear::containing(QDate::currentDate());
    const QDate start = std::min(QDate::currentDate(), year.start.addDays(10));
    const qint64 placement = w.placeWithIfa(start); // an offer of £950 agreed at £930
    const qint64 bright =
        w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    pd::test::TestSql sql(w.t.db());
    PD_REQUIRE_OK(
        sql.run(QStringLiteral("UPDATE providers SET ofsted_urn = 'SC123456', price_band_lower = 850, "
                               "price_band_upper = 920 WHERE id = %1")
                    .arg(bright)));
    PD_REQUIRE_OK(
        sql.run(QStringLiteral("INSERT INTO referral_sends (referral_id, provider_id, sent_at, sent_by) "
                               "VALUES (%1, %2, '%3T10:00:00', 'tester')")
                    .arg(w.referralId)
                    .arg(bright)
                    .arg(start.toString(Qt::ISODate))));
    FeeUplift u;
    u.providerId = bright;
    u.placementId = placement;
    u.effectiveFrom = start.addDays(30);
    u.percentage = 4;
    u.evidence = QStringLiteral("Staff wages.");
    PD_REQUIRE_OK(w.officer().uplifts().request(u));

    auto rows = w.officer().dashboard().retender(year.end);
    PD_REQUIRE_OK(rows);
    const RetenderRow* row = nullptr;
    for (const RetenderRow& r : rows.value())
        if (r.providerId == bright)
            row = &r;
    REQUIRE(row);
    CHECK(row->provider == QStringLiteral("Bright Futures Fostering"));
    CHECK(row->urn == QStringLiteral("SC123456"));
    CHECK(row->framework == QStringLiteral("select_list"));
    CHECK(row->ofsted == QStringLiteral("outstanding"));
    CHECK(row->referralsSent == 1);
    CHECK(row->offers == 1);
    CHECK(row->offersMeetingEssential == 1);
    CHECK(row->placements == 1);
    CHECK(row->endings == 0);
    CHECK(row->averageFee.value() == Approx(930)); // IPC version 1, not the £950 first asked
    CHECK(row->feeAgainstBand() == QStringLiteral("above"));
    CHECK(row->upliftRequests == 1);
    CHECK(row->upliftsAgreed == 0);
    CHECK(row->upliftAskedPercent.value() == Approx(4));

    const QByteArray csv = tableToCsv(retenderTable(rows.value()));
    CHECK(csv.startsWith("provider,provider_urn,framework_status,ofsted_rating,referrals_sent,offers,"));
    CHECK(csv.contains("Bright Futures Fostering,SC123456,select_list,outstanding,1,1,"));
    CHECK(csv.contains(",930.00,850.00,920.00,above,1,0,4.00,"));
    CHECK(retenderText(rows.value(), year.end).contains(QStringLiteral("average agreed fee £930.00 a week")));
}
