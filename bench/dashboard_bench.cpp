// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard measures at 20,000 children / 100,000 episodes, and the SSDA903 import of that return.
// Run: build/bench/pd_dashboard_bench --benchmark_min_time=2
#include "core/exchange/ssda903import.h"
#include "core/reports/indicatorreport.h"
#include "core/storage/dashboardqueries.h"
#include "core/storage/database.h"
#include "tests/support/testsql.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <benchmark/benchmark.h>

using namespace pd::core;

namespace {

constexpr int kChildren = 20000;
constexpr int kEpisodes = 100000;
const QDate kYearEnd(2024, 3, 31);

const char* pick(QRandomGenerator& rng, std::initializer_list<std::pair<const char*, int>> weighted)
{
    int total = 0;
    for (const auto& w : weighted)
        total += w.second;
    int r = int(rng.bounded(total));
    for (const auto& w : weighted) {
        if (r < w.second)
            return w.first;
        r -= w.second;
    }
    return weighted.begin()->first;
}

QString postcode(int n)
{
    return QStringLiteral("BS%1 %2%3%4").arg(n % 40 + 1).arg(n % 9 + 1).arg(QChar(u'A' + n % 26)).arg(QChar(u'A' + n / 26 % 26));
}

// Writes a synthetic statutory return: 20,000 children with 5 contiguous episodes each on average.
void writeReturn(const QString& episodesPath, const QString& headerPath)
{
    QRandomGenerator rng(903);
    QFile ef(episodesPath), hf(headerPath);
    ef.open(QIODevice::WriteOnly);
    hf.open(QIODevice::WriteOnly);
    QTextStream e(&ef), h(&hf);
    h << "CHILD,SEX,DOB,ETHNIC\n";
    e << "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";
    const QString fmt = QStringLiteral("dd/MM/yyyy");
    int written = 0;
    for (int c = 0; c < kChildren; ++c) {
        const QDate dob = QDate(2003, 1, 1).addDays(rng.bounded(17 * 365));
        h << 500000 + c << ',' << (rng.bounded(2) + 1) << ',' << dob.toString(fmt) << ','
          << pick(rng, {{"WBRI", 70}, {"MWBC", 10}, {"BAFR", 8}, {"APKN", 6}, {"WOTH", 6}}) << '\n';
        const int count = kEpisodes / kChildren;
        QDate start = std::max(dob, QDate(2013, 4, 1)).addDays(rng.bounded(3650));
        const QString home = postcode(int(rng.bounded(2000)));
        for (int i = 0; i < count && written < kEpisodes; ++i, ++written) {
            const bool last = i == count - 1;
            const QDate end = last && rng.bounded(10) < 7 ? QDate() : start.addDays(rng.bounded(20, 300));
            const char* place = pick(rng, {{"U4", 45}, {"U1", 12}, {"U5", 10}, {"K2", 8}, {"R1", 4}, {"H5", 5},
                                           {"R3", 2}, {"T1", 4}, {"P1", 5}, {"Z1", 5}});
            const char* provider = pick(rng, {{"PR1", 50}, {"PR4", 40}, {"PR5", 6}, {"PR2", 4}});
            const char* rne = i == 0 ? "S" : pick(rng, {{"P", 70}, {"L", 15}, {"T", 7}, {"U", 5}, {"B", 3}});
            e << 500000 + c << ',' << start.toString(fmt) << ',' << rne << ','
              << pick(rng, {{"C2", 80}, {"C1", 10}, {"E1", 5}, {"V3", 3}, {"V4", 2}}) << ",N1," << place << ','
              << provider << ',' << (end.isNull() ? QString() : end.toString(fmt)) << ','
              << (end.isNull() ? "" : "X1") << ",," << home << ',' << postcode(int(rng.bounded(2000))) << ",SC"
              << 100000 + rng.bounded(300) << '\n';
            start = end;
        }
    }
}

// Costs, budgets, postcodes and referrals so that measures 3 and 5-9 have work to do.
void addTeamData(Database& db)
{
    const QStringList sql{
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999) "
                       "INSERT OR IGNORE INTO postcodes (postcode, lat, lon) SELECT 'BS' || (i % 40 + 1) || ' ' || "
                       "(i % 9 + 1) || char(65 + i % 26) || char(65 + i / 26 % 26), 51.2 + (i % 50) / 60.0, "
                       "-2.9 + (i / 50) / 60.0 FROM n"),
        QStringLiteral("INSERT INTO budget_lines (name, category) VALUES ('Fostering', 'in_house_foster'), "
                       "('IFA', 'ifa'), ('Residential', 'independent_residential')"),
        QStringLiteral("INSERT INTO budgets (budget_line_id, year_ending, amount) SELECT id, '2024-03-31', 9000000 "
                       "FROM budget_lines"),
        QStringLiteral("UPDATE placements SET weekly_cost = 300 + (id % 700), first_quoted_fee = 320 + (id % 750), "
                       "budget_line_id = 1 + id % 3"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2999) "
                       "INSERT INTO referrals (reference, emergency, received_at) SELECT 'R' || i, i % 4 = 0, "
                       "date('2023-04-01', '+' || (i % 366) || ' days') FROM n"),
    };
    pd::test::TestSql own(db); // bench data through the benchmark's own connection
    for (const QString& s : sql)
        if (auto r = own.run(s); !r)
            qFatal("%s", qPrintable(r.error().message));
}

struct Fixture {
    QTemporaryDir dir;
    QString episodes = dir.filePath(QStringLiteral("episodes.csv"));
    QString header = dir.filePath(QStringLiteral("header.csv"));
    std::unique_ptr<Database> db;
    Fixture()
    {
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("PD_BENCH_KEEP")); // keep the files to inspect them
        writeReturn(episodes, header);
        Database::Options o;
        o.create = true;
        db = std::move(Database::open(dir.filePath(QStringLiteral("bench.sqlite")), o).value());
        if (auto s = importSsda903(*db, episodes, header); !s)
            qFatal("%s", qPrintable(s.error().message));
        addTeamData(*db);
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

void BM_Ssda903Import(benchmark::State& state)
{
    Fixture& f = fixture();
    Database::Options o;
    o.create = true;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(f.dir.filePath(QStringLiteral("import%1.sqlite").arg(round++)), o);
        state.ResumeTiming();
        auto s = importSsda903(*db.value(), f.episodes, f.header);
        if (!s)
            state.SkipWithError(qPrintable(s.error().message));
    }
}

void BM_LoadAndMeasureOneYear(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        auto data = loadDashboardData(*f.db, kYearEnd);
        benchmark::DoNotOptimize(buildIndicatorReport(data.value(), kYearEnd, QDate(2023, 12, 31)));
    }
}

void BM_LoadPlacementHistory(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(loadPlacementHistory(*f.db));
}

void BM_MeasuresInMemory(benchmark::State& state)
{
    Fixture& f = fixture();
    const DashboardData data = loadDashboardData(*f.db, kYearEnd).value();
    int episodes = 0;
    for (const ChildHistory& c : data.history.children)
        episodes += int(c.episodes.size());
    state.counters["children"] = double(data.history.children.size());
    state.counters["episodes"] = episodes;
    for (auto _ : state)
        benchmark::DoNotOptimize(buildIndicatorReport(data, kYearEnd, QDate(2023, 12, 31), int(state.range(0))));
}

} // namespace

BENCHMARK(BM_Ssda903Import)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_LoadPlacementHistory)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadAndMeasureOneYear)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MeasuresInMemory)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
