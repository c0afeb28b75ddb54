// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, must-show 5: checking a year of invoices for the scale-10 demo (one invoice per placement
// per four weeks, generated in the set-up from the placements' agreed weekly cost) against the
// placements' contracts, beside a plain sqlite3 scan of the same invoice rows.
// Run: build/bench/pd_invoices_bench
#include "core/demo/demogenerator.h"
#include "core/domain/invoiceledger.h"
#include "core/services/desk.h"
#include "core/storage/database.h"
#include "core/storage/invoicereader.h"
#include "tests/support/testsql.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <sqlite3.h>

#include <benchmark/benchmark.h>

using namespace pd::core;

namespace {

const QDate kToday(2026, 11, 23); // the demo's today: the year invoiced is the 364 days before it

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<Desk> desk;
    qint64 invoices = 0;

    Fixture() {
        Database::Options options;
        options.create = true;
        db = std::move(Database::open(dir.filePath(QStringLiteral("demo10.sqlite")), options).value());
        DemoOptions demo;
        demo.scale = 10;
        if (auto s = generateDemo(*db, demo); !s)
            qFatal("%s", qPrintable(s.error().message));
        // One invoice per placement per four weeks from 13 four-week periods before today, each at the
        // placement's agreed weekly cost, for the days the placement covers; written in one statement.
        pd::test::TestSql sql(db->path());
        const QString from = kToday.addDays(-364).toString(Qt::ISODate);
        const QString to = kToday.toString(Qt::ISODate);
        auto written = sql.run(QStringLiteral(
            "INSERT INTO invoices (invoice_number, provider_urn, child_ref, period_start, period_end, amount, "
            "imported_at, imported_by) "
            "WITH RECURSIVE periods(k, s) AS (SELECT 0, '%1' UNION ALL SELECT k + 1, date(s, '+28 days') FROM "
            "periods WHERE k < 12), "
            "stays AS (SELECT pl.id, c.child_ref, COALESCE(pr.ofsted_urn, pl.urn) AS urn, pl.start_date, "
            "IFNULL(pl.end_date, '%2') AS end_date, pl.weekly_cost FROM placements pl JOIN children c ON c.id = "
            "pl.child_id JOIN provisions v ON v.id = pl.provision_id JOIN providers pr ON pr.id = v.provider_id "
            "WHERE pl.weekly_cost > 0 AND COALESCE(pr.ofsted_urn, pl.urn) IS NOT NULL AND pl.start_date < '%2' "
            "AND IFNULL(pl.end_date, '%2') > '%1'), "
            "lines AS (SELECT st.id, st.child_ref, st.urn, max(p.s, st.start_date) AS ps, "
            "min(date(p.s, '+27 days'), date(st.end_date, '-1 day')) AS pe, st.weekly_cost FROM stays st JOIN periods p "
            "ON p.s < st.end_date AND date(p.s, '+27 days') >= st.start_date) "
            "SELECT 'B' || id || '-' || ps, urn, child_ref, ps, pe, "
            "round(weekly_cost * (julianday(pe) - julianday(ps) + 1) / 7, 2), '%2', 'bench' FROM lines WHERE pe >= ps")
                                   .arg(from, to));
        if (!written)
            qFatal("%s", qPrintable(written.error().message));
        invoices = sql.number(QStringLiteral("SELECT COUNT(*) FROM invoices"));
        desk = std::make_unique<Desk>(*db);
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

// Every invoice row, every column, through the plain C API.
void BM_RawInvoiceScan(benchmark::State& state) {
    sqlite3* s = nullptr;
    if (sqlite3_open_v2(fixture().db->path().toUtf8().constData(), &s, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open the bench file");
    for (auto _ : state) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(s, "SELECT * FROM invoices ORDER BY id", -1, &st, nullptr);
        qint64 rows = 0, bytes = 0;
        const int columns = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(st, c) == SQLITE_TEXT) {
                    sqlite3_column_text(st, c);
                    bytes += sqlite3_column_bytes(st, c);
                } else {
                    bytes += sqlite3_column_int64(st, c);
                }
            }
        }
        sqlite3_finalize(st);
        benchmark::DoNotOptimize(bytes);
        state.counters["rows"] = double(rows);
    }
    sqlite3_close(s);
}

// The check: every invoice read with its findings, the placements and contracts read, each invoice
// checked against its placement and the invoices before it.
void BM_CheckYearOfInvoices(benchmark::State& state) {
    Fixture& f = fixture();
    for (auto _ : state) {
        auto run = f.desk->invoices().checkAll();
        if (!run)
            qFatal("%s", qPrintable(run.error().message));
        benchmark::DoNotOptimize(run->findings);
        state.counters["invoices"] = double(run->invoices);
        state.counters["with_findings"] = double(run->withFindings);
    }
}

// The rules alone: the rows read once before timing, then every invoice checked against its
// placements and the invoices before it (InvoiceLedger, checkInvoice).
void BM_RulesOnly(benchmark::State& state) {
    auto books = InvoiceReader(*fixture().db).read();
    if (!books)
        qFatal("%s", qPrintable(books.error().message));
    const InvoiceBooks& read = books.value();
    for (auto _ : state) {
        InvoiceLedger ledger(read.placements);
        ledger.reserve(read.invoices.size());
        qint64 findings = 0;
        for (const Invoice& i : read.invoices) {
            const InvoiceCheck check = ledger.check(i);
            findings += check.findings.size();
            Invoice stored = i;
            stored.placementId = check.placementId;
            stored.duplicateOf = check.duplicateOf;
            ledger.add(std::move(stored));
        }
        benchmark::DoNotOptimize(findings);
        state.counters["findings"] = double(findings);
    }
}

} // namespace

BENCHMARK(BM_RulesOnly)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_RawInvoiceScan)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_CheckYearOfInvoices)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
