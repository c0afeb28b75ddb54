// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: the dashboard shows the budget from payments (approved invoices apart from the estimate)
// and fee uplifts requested against agreed, with their cost, beside the measures.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"
#include "ui/dashboard/dashboardarea.h"
#include "ui/dashboard/dashboardtablepanel.h"

#include <QBuffer>

using namespace pd;

namespace {

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const ui::DashboardTablePanel* panelTitled(const ui::DashboardArea& area, const QString& title) {
    for (const ui::DashboardTablePanel* p : area.tablePanels())
        if (p->table().title == title)
            return p;
    return nullptr;
}

} // namespace

TEST_CASE("the dashboard shows the budget from payments and the fee uplifts of each year",
          "[ui][dashboard][money][issue11]") {
    test::PlacementWalk w;
    w.placeWithIfa(day("2026-04-06"));
    const qint64 bright =
        w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    PD_REQUIRE_OK(test::TestSql(w.t.db()).run(
        QStringLiteral("UPDATE providers SET ofsted_urn = 'SC123456' WHERE id = %1").arg(bright)));
    auto child = test::TestSql(w.t.db()).value(
        QStringLiteral("SELECT child_ref FROM children WHERE id = %1").arg(w.childId));
    PD_REQUIRE_OK(child);
    QByteArray file = QStringLiteral("invoice_number,provider_urn,child_id,period_start,period_end,amount\n"
                                     "U-1,SC123456,%1,2026-08-10,2026-09-06,3720\n")
                          .arg(child->toString())
                          .toUtf8();
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    PD_REQUIRE_OK(w.officer().invoices().import(buffer, QStringLiteral("bright.csv")));
    auto invoice = w.officer().invoices().numbered(QStringLiteral("U-1"));
    PD_REQUIRE_OK(invoice);
    PD_REQUIRE_OK(w.officer().invoices().approve(invoice->id));
    core::FeeUplift request;
    request.providerId = bright;
    request.effectiveFrom = day("2026-10-05");
    request.percentage = 5;
    request.evidence = QStringLiteral("Carers' allowances rose 5%.");
    auto id = w.officer().uplifts().request(request);
    PD_REQUIRE_OK(id);
    PD_REQUIRE_OK(w.manager->uplifts().decide(
        id.value(),
        core::UpliftDecision{core::UpliftStatus::Accepted, {}, {}, QStringLiteral("Framework rate.")}));

    ui::DashboardArea area;
    area.setDesk(&w.officer());
    area.setYearEnd(day("2027-03-31"));

    const ui::DashboardTablePanel* payments = panelTitled(area, QStringLiteral("Budget from payments"));
    REQUIRE(payments);
    const core::TableSnapshot& p = payments->table().table;
    CHECK(p.headers.at(3) == QStringLiteral("Estimated: not yet invoiced (£)"));
    int ifaRow = -1;
    for (int r = 0; r < p.rows.size(); ++r)
        if (p.rows[r].at(2).toDouble() > 0)
            ifaRow = r;
    REQUIRE(ifaRow >= 0);
    CHECK(p.rows[ifaRow].at(2).toDouble() == Approx(3720)); // paid: the approved invoice
    CHECK(p.rows[ifaRow].at(3).toDouble() > 0);             // the days not invoiced, estimated apart
    CHECK(p.rows[ifaRow].at(5).toDouble() ==
          Approx(p.rows[ifaRow].at(2).toDouble() + p.rows[ifaRow].at(3).toDouble() +
                 p.rows[ifaRow].at(4).toDouble())
              .margin(0.01));

    const ui::DashboardTablePanel* uplifts = panelTitled(area, QStringLiteral("Fee uplifts"));
    REQUIRE(uplifts);
    const core::TableSnapshot& u = uplifts->table().table;
    REQUIRE(u.rows.size() == 5); // five years, the shown one last
    CHECK(u.rows.last().at(0).toString() == QStringLiteral("2026/27"));
    CHECK(u.rows.last().at(1).toInt() == 1);            // requests
    CHECK(u.rows.last().at(2).toInt() == 1);            // agreed
    CHECK(u.rows.last().at(6).toDouble() == Approx(5)); // agreed average %
    // 178 days (5 October to 31 March) x £46.50 a week more = £1,182.43.
    CHECK(u.rows.last().at(7).toDouble() == Approx(1182.43).margin(0.005));
    CHECK(u.rows.first().at(1).toInt() == 0);
}
