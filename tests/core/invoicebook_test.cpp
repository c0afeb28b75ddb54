// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, must-shows 1 and 2 on a real file: an invoice file imported, each line checked against
// the placement permission to place made (IPC version 1 at £930 a week, no extras); a file with a bad
// row refused with its line and reason and nothing changed; the same file twice flagged as
// duplicates and never counted twice; approve, query (.eml draft) and reject, audited.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

using namespace pd::core;

namespace {

/// The walk's child placed with Bright Futures (Ofsted URN SC123456) from 6 April 2026.
struct Invoiced {
    pd::test::PlacementWalk w;
    qint64 placementId = 0;
    QString child;

    Invoiced() {
        placementId = w.placeWithIfa(QDate(2026, 4, 6));
        PD_REQUIRE_OK(pd::test::TestSql(w.t.db()).run(
            QStringLiteral("UPDATE providers SET ofsted_urn = 'SC123456' WHERE id = "
                           "(SELECT provider_id FROM provisions WHERE id = %1)")
                .arg(w.ifa)));
        auto ref = pd::test::TestSql(w.t.db()).value(
            QStringLiteral("SELECT child_ref FROM children WHERE id = %1").arg(w.childId));
        PD_REQUIRE_OK(ref);
        child = ref->toString();
    }

    QByteArray file(const QStringList& rows) const {
        QString text = QStringLiteral("invoice_number,provider_urn,child_id,period_start,period_end,amount,"
                                      "extras,weekly_rate,description\n");
        for (QString row : rows)
            text += row.replace(QStringLiteral("CHILD"), child) + u'\n';
        return text.toUtf8();
    }

    Result<InvoiceImportSummary> import(QByteArray bytes) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return w.officer().invoices().import(buffer, QStringLiteral("invoices.csv"));
    }

    qint64 number(const QString& sql) { return w.number(sql); }
};

const QStringList kLines{
    QStringLiteral("BF-1001,SC123456,CHILD,2026-04-06,2026-05-03,3720,,930,Placement fee April"),
    QStringLiteral("BF-1002,SC123456,CHILD,2026-05-04,2026-05-31,3920,200,930,Fee and therapy"),
    QStringLiteral("BF-1003,SC123456,CHILD,2026-05-25,2026-06-21,3720,,930,Placement fee June"),
};

} // namespace

TEST_CASE("an invoice file is checked line by line against the placement's contract", "[invoices]") {
    Invoiced f;
    auto summary = f.import(f.file(kLines));
    PD_REQUIRE_OK(summary);
    CHECK(summary->rows == 3);
    CHECK(summary->clean == 1);
    CHECK(summary->withFindings == 2);
    CHECK(summary->duplicates == 0);

    auto list = f.w.officer().invoices().invoices();
    PD_REQUIRE_OK(list);
    REQUIRE(list->size() == 3);
    const Invoice& april = list->at(0);
    CHECK(april.placementId == f.placementId);
    CHECK(april.expected.value() == Approx(3720)); // 28 days x £930 / 7
    CHECK(april.findings.isEmpty());
    CHECK(april.sourceLine == 2);
    const Invoice& therapy = list->at(1);
    REQUIRE(therapy.findings.size() == 1);
    CHECK(therapy.findings[0].rule == InvoiceRule::ExtrasNotInContract);
    CHECK(therapy.findings[0].invoiced == Approx(200));
    const Invoice& june = list->at(2);
    REQUIRE(june.findings.size() == 1);
    CHECK(june.findings[0].rule == InvoiceRule::OverlapPaid);
    CHECK(june.findings[0].expected == Approx(2790)); // 21 days not on BF-1002 x £930 / 7
    CHECK(f.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'invoices'")) > 0);
}

TEST_CASE("an invoice file with a bad row is refused with its line and reason, and nothing changes",
          "[invoices]") {
    Invoiced f;
    PD_REQUIRE_OK(f.import(f.file({kLines[0]})));
    const qint64 invoices = f.number(QStringLiteral("SELECT COUNT(*) FROM invoices"));
    const qint64 audit = f.number(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto bad = f.import(
        f.file({kLines[1], QStringLiteral("BF-1004,SC123456,CHILD,2026-06-22,2026-13-01,3720,,930,")}));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(
        QStringLiteral("invoices.csv, line 3: period_end '2026-13-01' is not a date")));
    CHECK(bad.error().message.contains(QStringLiteral("Nothing was imported")));
    CHECK(f.number(QStringLiteral("SELECT COUNT(*) FROM invoices")) == invoices);
    CHECK(f.number(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == audit);

    auto backwards =
        f.import(f.file({QStringLiteral("BF-1005,SC123456,CHILD,2026-06-22,2026-06-01,100,,,")}));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().message.contains(
        QStringLiteral("line 2: period_end 2026-06-01 is before period_start")));
    auto noAmount = f.import(f.file({QStringLiteral("BF-1006,SC123456,CHILD,2026-06-22,2026-06-28,,,,")}));
    REQUIRE_FALSE(noAmount.ok());
    CHECK(noAmount.error().message.contains(QStringLiteral("line 2: amount is missing.")));
    CHECK(f.number(QStringLiteral("SELECT COUNT(*) FROM invoices")) == invoices);
}

TEST_CASE("the same file imported twice: every line a duplicate, nothing counted twice", "[invoices]") {
    Invoiced f;
    PD_REQUIRE_OK(f.import(f.file(kLines)));
    auto before = f.w.officer().invoices().checkAll();
    PD_REQUIRE_OK(before);
    CHECK(before->invoiced == Approx(11360)); // 3,720 + 3,920 + 3,720

    auto again = f.import(f.file(kLines));
    PD_REQUIRE_OK(again);
    CHECK(again->rows == 3);
    CHECK(again->duplicates == 3);
    CHECK(again->clean == 0);
    auto after = f.w.officer().invoices().checkAll();
    PD_REQUIRE_OK(after);
    CHECK(after->invoices == 6);
    CHECK(after->invoiced == Approx(11360));
    auto list = f.w.officer().invoices().invoices();
    PD_REQUIRE_OK(list);
    for (int i = 3; i < 6; ++i) {
        CHECK(list->at(i).duplicateOf == list->at(i - 3).id);
        // The duplicate first, then what the contract check finds (BF-1002's extras), never an overlap.
        REQUIRE(list->at(i).findings.size() == list->at(i - 3).findings.size() + (i == 5 ? 0 : 1));
        CHECK(list->at(i).findings[0].rule == InvoiceRule::Duplicate);
        for (const InvoiceFinding& finding : list->at(i).findings)
            CHECK(finding.rule != InvoiceRule::OverlapPaid);
    }
    // A duplicate is never paid.
    auto paid = f.w.officer().invoices().approve(list->at(3).id);
    REQUIRE_FALSE(paid.ok());
    CHECK(paid.error().message.contains(QStringLiteral("duplicate")));
}

TEST_CASE("approve, query with an e-mail draft and reject, each audited", "[invoices]") {
    Invoiced f;
    PD_REQUIRE_OK(f.import(f.file(kLines)));
    InvoiceBook& book = f.w.officer().invoices();
    auto april = book.numbered(QStringLiteral("BF-1001"));
    PD_REQUIRE_OK(april);
    PD_REQUIRE_OK(book.approve(april->id));
    auto again = book.approve(april->id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already approved by tester")));

    auto therapy = book.numbered(QStringLiteral("bf-1002"), QStringLiteral("SC123456"));
    PD_REQUIRE_OK(therapy);
    auto unexplained = book.approve(therapy->id);
    REQUIRE_FALSE(unexplained.ok());
    CHECK(unexplained.error().message.contains(QStringLiteral("1 finding(s)")));
    const QString eml = QDir(f.w.t.dir()).filePath(QStringLiteral("BF-1002 query.eml"));
    PD_REQUIRE_OK(book.query(therapy->id, QStringLiteral("The contract has no therapy in it."), eml));
    QFile draft(eml);
    REQUIRE(draft.open(QIODevice::ReadOnly));
    const QByteArray text = draft.readAll();
    CHECK(text.contains("To: referrals@bright.example"));
    CHECK(text.contains("Subject: Query on invoice BF-1002"));
    CHECK_FALSE(text.contains("Content-Disposition: attachment"));
    auto queried = book.invoice(therapy->id);
    PD_REQUIRE_OK(queried);
    CHECK(queried->status == InvoiceStatus::Queried);
    CHECK(queried->decisionNote == QStringLiteral("The contract has no therapy in it."));
    // A query already written is not overwritten.
    auto twice = book.query(therapy->id, QStringLiteral("Again."), eml);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("already exists")));

    auto june = book.numbered(QStringLiteral("BF-1003"));
    PD_REQUIRE_OK(june);
    REQUIRE_FALSE(book.reject(june->id, QString()).ok());
    PD_REQUIRE_OK(book.reject(june->id, QStringLiteral("The week of 25 May is on BF-1002.")));
    CHECK(f.number(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'invoices' AND "
                                  "action = 'update' AND field = 'status'")) == 3);
    auto run = book.checkAll();
    PD_REQUIRE_OK(run);
    CHECK(run->invoiced == Approx(7640)); // the rejected invoice is not counted
}
