// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, must-show 1: the invoice rules, each with a hand-built case and its figures, and a clean
// invoice that raises nothing. The placement: from 6 April 2026, IPC version 1 at £700 a week (£100
// a day) with £70 extras (£10 a day), version 2 (an uplift) at £770 (£110 a day) from 5 October 2026.
#include "core/domain/invoicecheck.h"
#include "core/domain/invoiceledger.h"
#include "tests/support/catch.h"

using namespace pd::core;

namespace {

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ContractedPlacement placement() {
    ContractedPlacement p;
    p.placementId = 7;
    p.childRef = QStringLiteral("RV0000001");
    p.providerUrn = QStringLiteral("SC100001");
    p.start = day("2026-04-06");
    p.fees = {FeeStep{day("2026-04-06"), 700, 70, 1}, FeeStep{day("2026-10-05"), 770, 70, 2}};
    return p;
}

Invoice invoice(const char* number, const char* from, const char* to, double amount, double extras,
                std::optional<double> rate) {
    Invoice i;
    i.number = QString::fromLatin1(number);
    i.providerUrn = QStringLiteral("SC100001");
    i.childRef = QStringLiteral("RV0000001");
    i.periodStart = day(from);
    i.periodEnd = day(to);
    i.amount = amount;
    i.extras = extras;
    i.weeklyRate = rate;
    return i;
}

InvoiceCheck check(const Invoice& i, const QList<const Invoice*>& earlier = {}) {
    static const ContractedPlacement p = placement();
    return checkInvoice(i, {&p}, earlier);
}

} // namespace

TEST_CASE("a clean invoice raises nothing: 28 days at the contract's fee and extras", "[invoices]") {
    const InvoiceCheck c = check(invoice("INV-1", "2026-04-06", "2026-05-03", 3080, 280, 700));
    CHECK(c.findings.isEmpty());
    CHECK(c.placementId == 7);
    REQUIRE(c.expected);
    CHECK(*c.expected == Approx(3080)); // 28 x £110
    // Without the rate, the implied rate (£2,800 x 7 / 28 = £700) is the contract's.
    CHECK(check(invoice("INV-1", "2026-04-06", "2026-05-03", 3080, 280, std::nullopt)).findings.isEmpty());
}

TEST_CASE("a period outside the placement: the days before it began are not paid", "[invoices]") {
    const InvoiceCheck c = check(invoice("INV-2", "2026-04-01", "2026-04-28", 2800, 0, 700));
    REQUIRE(c.findings.size() == 1);
    CHECK(c.findings[0].rule == InvoiceRule::OutsidePlacement);
    CHECK(c.findings[0].expected == Approx(2530)); // 23 days in the placement x £110
    CHECK(c.findings[0].invoiced == Approx(2800));
    CHECK(c.findings[0].detail.contains(QStringLiteral("5 of the 28 days")));

    // After the placement ended (on 2026-06-01, the child's first day elsewhere).
    ContractedPlacement ended = placement();
    ended.end = day("2026-06-01");
    const InvoiceCheck after =
        checkInvoice(invoice("INV-3", "2026-05-25", "2026-06-07", 1400, 0, 700), {&ended}, {});
    REQUIRE(after.findings.size() == 1);
    CHECK(after.findings[0].rule == InvoiceRule::OutsidePlacement);
    CHECK(after.findings[0].expected == Approx(770)); // 25 to 31 May: 7 days x £110
}

TEST_CASE("a rate above the contract's fee for the period", "[invoices]") {
    // £750 a week charged for 28 days: £3,000 + £280 extras.
    const InvoiceCheck c = check(invoice("INV-4", "2026-05-04", "2026-05-31", 3280, 280, 750));
    REQUIRE(c.findings.size() == 1);
    CHECK(c.findings[0].rule == InvoiceRule::RateAboveContract);
    CHECK(c.findings[0].expected == Approx(700));
    CHECK(c.findings[0].invoiced == Approx(750));
    CHECK(c.expected.value() == Approx(3080));
}

TEST_CASE("the fee in force each day: an uplift counts from its date, not before", "[invoices]") {
    // 21 Sep to 18 Oct: 14 days at £700 and 14 at £770 -> £2,940 fee + £280 extras.
    const InvoiceCheck across = check(invoice("INV-5", "2026-09-21", "2026-10-18", 3360, 280, 770));
    CHECK(across.expected.value() == Approx(3220));
    REQUIRE(across.findings.size() == 1);
    CHECK(across.findings[0].rule == InvoiceRule::RateAboveContract);
    CHECK(across.findings[0].expected == Approx(735)); // the weighted rate of the period
    CHECK(across.findings[0].invoiced == Approx(770));
    // Charged at each day's fee, nothing is found (no rate given: implied £735).
    CHECK(check(invoice("INV-5", "2026-09-21", "2026-10-18", 3220, 280, std::nullopt)).findings.isEmpty());
    // Wholly after the uplift, £770 is the contract.
    const InvoiceCheck after = check(invoice("INV-6", "2026-10-19", "2026-11-15", 3360, 280, 770));
    CHECK(after.findings.isEmpty());
    CHECK(after.expected.value() == Approx(3360));
}

TEST_CASE("extras the contract does not pay", "[invoices]") {
    ContractedPlacement noExtras = placement();
    noExtras.fees = {FeeStep{day("2026-04-06"), 910, 0, 1}};
    const InvoiceCheck c =
        checkInvoice(invoice("INV-7", "2026-04-06", "2026-05-03", 3840, 200, 910), {&noExtras}, {});
    REQUIRE(c.findings.size() == 1);
    CHECK(c.findings[0].rule == InvoiceRule::ExtrasNotInContract);
    CHECK(c.findings[0].expected == Approx(0));
    CHECK(c.findings[0].invoiced == Approx(200));
    CHECK(c.findings[0].detail.contains(QStringLiteral("pays no extras")));
    // More extras than agreed: £400 against £280 for 28 days.
    const InvoiceCheck more = check(invoice("INV-8", "2026-04-06", "2026-05-03", 3200, 400, 700));
    REQUIRE(more.findings.size() == 1);
    CHECK(more.findings[0].rule == InvoiceRule::ExtrasNotInContract);
    CHECK(more.findings[0].expected == Approx(280));
    CHECK(more.findings[0].invoiced == Approx(400));
}

TEST_CASE("arithmetic off by more than a penny a day, and within it", "[invoices]") {
    // 28 days x £700 / 7 = £2,800; the invoice asks £2,820 less extras.
    const InvoiceCheck c = check(invoice("INV-9", "2026-06-01", "2026-06-28", 3100, 280, 700));
    REQUIRE(c.findings.size() == 1);
    CHECK(c.findings[0].rule == InvoiceRule::Arithmetic);
    CHECK(c.findings[0].expected == Approx(2800));
    CHECK(c.findings[0].invoiced == Approx(2820));
    // 28p over 28 days is a penny a day: allowed (rounding).
    CHECK(check(invoice("INV-9", "2026-06-01", "2026-06-28", 3080.28, 280, 700)).findings.isEmpty());
    // 29p is not.
    CHECK(check(invoice("INV-9", "2026-06-01", "2026-06-28", 3080.29, 280, 700)).findings.size() == 1);
}

TEST_CASE("a duplicate invoice number from the provider and a period already invoiced", "[invoices]") {
    Invoice first = invoice("INV-1", "2026-04-06", "2026-05-03", 3080, 280, 700);
    first.id = 1;
    first.placementId = 7;
    first.status = InvoiceStatus::Approved;
    const InvoiceCheck again = check(invoice("INV-1", "2026-04-06", "2026-05-03", 3080, 280, 700), {&first});
    REQUIRE(again.findings.size() == 1);
    CHECK(again.findings[0].rule == InvoiceRule::Duplicate);
    CHECK(again.duplicateOf == 1);
    CHECK(again.findings[0].expected == Approx(0));
    CHECK(again.findings[0].invoiced == Approx(3080));

    // Another number whose first week (27 Apr to 3 May) INV-1 already covers.
    const InvoiceCheck overlap =
        check(invoice("INV-10", "2026-04-27", "2026-05-24", 3080, 280, 700), {&first});
    REQUIRE(overlap.findings.size() == 1);
    CHECK(overlap.findings[0].rule == InvoiceRule::OverlapPaid);
    CHECK(overlap.findings[0].expected == Approx(2310)); // 21 days not yet invoiced x £110
    CHECK(overlap.findings[0].invoiced == Approx(3080));
    CHECK(overlap.findings[0].detail.contains(QStringLiteral("7 days (2026-04-27 to 2026-05-03)")));
    CHECK(overlap.duplicateOf == 0);

    // A rejected invoice does not count: its days may be invoiced again.
    first.status = InvoiceStatus::Rejected;
    CHECK(check(invoice("INV-10", "2026-04-27", "2026-05-24", 3080, 280, 700), {&first}).findings.isEmpty());
}

TEST_CASE("no placement for that child with that provider", "[invoices]") {
    Invoice i = invoice("INV-11", "2026-04-06", "2026-05-03", 3080, 280, 700);
    i.childRef = QStringLiteral("RV0000099");
    const InvoiceCheck c = checkInvoice(i, {}, {});
    REQUIRE(c.findings.size() == 1);
    CHECK(c.findings[0].rule == InvoiceRule::NoPlacement);
    CHECK(c.findings[0].invoiced == Approx(3080));
    CHECK(c.placementId == 0);
    CHECK_FALSE(c.expected);
}

TEST_CASE("the ledger checks an invoice against its own child's placements with its provider only",
          "[invoices]") {
    ContractedPlacement other = placement();
    other.placementId = 8;
    other.childRef = QStringLiteral("RV0000002");
    InvoiceLedger ledger({placement(), other});
    Invoice a = invoice("A-1", "2026-04-06", "2026-05-03", 3080, 280, 700);
    const InvoiceCheck first = ledger.check(a);
    CHECK(first.placementId == 7);
    CHECK(first.findings.isEmpty());
    a.id = 1;
    a.placementId = first.placementId;
    ledger.add(a);
    // The same period for the other child is no overlap; the same number is a duplicate.
    Invoice b = invoice("B-1", "2026-04-06", "2026-05-03", 3080, 280, 700);
    b.childRef = QStringLiteral("RV0000002");
    CHECK(ledger.check(b).findings.isEmpty());
    CHECK(ledger.check(b).placementId == 8);
    b.number = QStringLiteral("a-1");
    CHECK(ledger.check(b).duplicateOf == 1);
    // Another provider's URN: no placement.
    b.number = QStringLiteral("B-1");
    b.providerUrn = QStringLiteral("SC999999");
    CHECK(ledger.check(b).findings.first().rule == InvoiceRule::NoPlacement);
}
