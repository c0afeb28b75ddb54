// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, must-show 4: a fee uplift accepted mid-year makes a new IPC version from its date, and
// changes the committed spend and the invoice check from that date, with figures. The placement: the
// walk's child with Bright Futures from 6 April 2026 at £930 a week; the uplift: 5% from 5 October.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"

#include <QBuffer>

using namespace pd::core;

namespace {

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const PaymentsOutturn* lineOf(const QList<PaymentsOutturn>& lines, qint64 id) {
    for (const PaymentsOutturn& l : lines)
        if (l.lineId == id)
            return &l;
    return nullptr;
}

} // namespace

TEST_CASE("an uplift accepted mid-year: a new IPC version, the committed spend and the invoice check from "
          "its date",
          "[money][uplift]") {
    pd::test::PlacementWalk w;
    const qint64 placement = w.placeWithIfa(day("2026-04-06"));
    const qint64 bright =
        w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    PD_REQUIRE_OK(pd::test::TestSql(w.t.db()).run(
        QStringLiteral("UPDATE providers SET ofsted_urn = 'SC123456' WHERE id = %1").arg(bright)));
    auto child = pd::test::TestSql(w.t.db()).value(
        QStringLiteral("SELECT child_ref FROM children WHERE id = %1").arg(w.childId));
    PD_REQUIRE_OK(child);
    const QDate yearEnd = day("2027-03-31"), asOf = day("2026-09-30");

    // Three invoices: August at £930 (clean), September and October at £976.50.
    QByteArray file =
        QStringLiteral("invoice_number,provider_urn,child_id,period_start,period_end,amount,weekly_rate\n"
                       "U-1,SC123456,%1,2026-08-10,2026-09-06,3720,930\n"
                       "U-2,SC123456,%1,2026-09-07,2026-10-04,3906,976.50\n"
                       "U-3,SC123456,%1,2026-10-05,2026-11-01,3906,976.50\n")
            .arg(child->toString())
            .toUtf8();
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    auto imported = w.officer().invoices().import(buffer, QStringLiteral("bright.csv"));
    PD_REQUIRE_OK(imported);
    CHECK(imported->withFindings == 2); // before the uplift, £976.50 is above the contract
    auto first = w.officer().invoices().numbered(QStringLiteral("U-1"));
    PD_REQUIRE_OK(first);
    PD_REQUIRE_OK(w.officer().invoices().approve(first->id));

    auto before = w.officer().dashboard().outturnFromPayments(yearEnd, asOf);
    PD_REQUIRE_OK(before);
    const PaymentsOutturn* ifa = lineOf(before.value(), w.ifaLine);
    REQUIRE(ifa);
    CHECK(ifa->paid == Approx(3720));                 // U-1, approved
    CHECK(ifa->estimated == Approx(150 * 930.0 / 7)); // 6 Apr to 30 Sep, less U-1's 28 days
    CHECK(ifa->committed == Approx(182 * 930.0 / 7)); // 1 Oct to 31 Mar: £24,180.00
    CHECK(ifa->committed == Approx(24180));

    // The provider asks 5% from 5 October; an officer records it, the manager accepts.
    FeeUplift request;
    request.providerId = bright;
    request.effectiveFrom = day("2026-10-05");
    request.percentage = 5;
    request.evidence = QStringLiteral("Carers' allowances rose 5% in the national minimum allowance.");
    auto id = w.officer().uplifts().request(request);
    PD_REQUIRE_OK(id);
    UpliftDecision accept{
        UpliftStatus::Accepted, {}, {}, QStringLiteral("In line with the regional framework.")};
    auto refused = w.officer().uplifts().decide(id.value(), accept); // an officer may not decide
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Forbidden);
    auto changes = w.manager->uplifts().decide(id.value(), accept);
    PD_REQUIRE_OK(changes);
    REQUIRE(changes->size() == 1);
    CHECK(changes->at(0).placementId == placement);
    CHECK(changes->at(0).version == 2);
    CHECK(changes->at(0).oldFee == Approx(930));
    CHECK(changes->at(0).newFee == Approx(976.50));

    auto versions = w.officer().contracts().versions(placement);
    PD_REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).weeklyFee == Approx(930)); // version 1 kept as it was
    CHECK(versions->at(1).effectiveFrom == day("2026-10-05"));
    CHECK(versions->at(1).weeklyFee == Approx(976.50));
    CHECK(
        versions->at(1).changeNote.startsWith(QStringLiteral("Fee uplift %1 accepted (5%)").arg(id.value())));
    auto decided = w.officer().uplifts().uplifts(bright);
    PD_REQUIRE_OK(decided);
    REQUIRE(decided->size() == 1);
    CHECK(decided->at(0).status == UpliftStatus::Accepted);
    CHECK(decided->at(0).agreedPercentage.value() == Approx(5));
    CHECK(decided->at(0).decidedBy == QStringLiteral("boss"));
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'fee_uplifts' AND "
                                  "action = 'update' AND field = "
                                  "'status'")) == 1);
    // Decided once only.
    REQUIRE_FALSE(w.manager->uplifts().decide(id.value(), accept).ok());

    // Committed from 1 October: 4 days at £930, 178 at £976.50 = £531.43 + £24,831.00.
    auto after = w.officer().dashboard().outturnFromPayments(yearEnd, asOf);
    PD_REQUIRE_OK(after);
    ifa = lineOf(after.value(), w.ifaLine);
    REQUIRE(ifa);
    CHECK(ifa->committed == Approx(4 * 930.0 / 7 + 178 * 976.5 / 7));
    CHECK(ifa->committed == Approx(25362.43).margin(0.005));
    CHECK(ifa->paid == Approx(3720));
    CHECK(ifa->estimated == Approx(150 * 930.0 / 7)); // the days before 5 October are unchanged

    // The dashboard's year: one request of 5%, agreed at 5%; it adds 178 days x £46.50 / 7 = £1,182.43.
    auto year = w.officer().dashboard().upliftYear(yearEnd);
    PD_REQUIRE_OK(year);
    CHECK(year->requests == 1);
    CHECK(year->agreed == 1);
    CHECK(year->askedPercent.value() == Approx(5));
    CHECK(year->agreedPercent.value() == Approx(5));
    CHECK(year->cost == Approx(178 * 46.5 / 7));
    CHECK(year->cost == Approx(1182.43).margin(0.005));

    // The check from 5 October uses £976.50: October is clean now; September, before it, is not.
    auto run = w.officer().invoices().checkAll();
    PD_REQUIRE_OK(run);
    auto september = w.officer().invoices().numbered(QStringLiteral("U-2"));
    PD_REQUIRE_OK(september);
    CHECK(run->flagged == QList<qint64>{september->id});
    CHECK(run->expected == Approx(3720 + 3720 + 3906));
}

TEST_CASE("a partial uplift agrees less than asked, a declined one changes no contract", "[money][uplift]") {
    pd::test::PlacementWalk w;
    const qint64 placement = w.placeWithIfa(day("2026-04-06"));
    const qint64 bright =
        w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    FeeUplift request;
    request.providerId = bright;
    request.effectiveFrom = day("2026-10-05");
    request.percentage = 6;
    REQUIRE_FALSE(w.officer().uplifts().request(request).ok()); // no evidence
    request.evidence = QStringLiteral("Energy costs.");
    auto id = w.officer().uplifts().request(request);
    PD_REQUIRE_OK(id);
    UpliftDecision partial{UpliftStatus::Partial, 7.0, {}, QStringLiteral("Framework cap.")};
    auto tooMuch = w.manager->uplifts().decide(id.value(), partial);
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(QStringLiteral("less than the 6% asked for")));
    partial.agreedPercentage = 2;
    auto changes = w.manager->uplifts().decide(id.value(), partial);
    PD_REQUIRE_OK(changes);
    REQUIRE(changes->size() == 1);
    CHECK(changes->at(0).newFee == Approx(948.60)); // £930 + 2%

    request.effectiveFrom = day("2026-11-02");
    auto second = w.officer().uplifts().request(request);
    PD_REQUIRE_OK(second);
    auto declined = w.manager->uplifts().decide(
        second.value(), {UpliftStatus::Declined, {}, {}, QStringLiteral("No evidence of cost.")});
    PD_REQUIRE_OK(declined);
    CHECK(declined->isEmpty());
    auto versions = w.officer().contracts().versions(placement);
    PD_REQUIRE_OK(versions);
    CHECK(versions->size() == 2);
}
