// SPDX-License-Identifier: GPL-3.0-or-later
// Matching one referral against ~100,000 vacancies (~30,000 provisions), against a plain sqlite3
// scan of the same rows. Results and the command in docs/benchmarks.md ("## Matching").
#include "core/matching/matchengine.h"
#include "core/matching/matchservice.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "core/storage/registerreader.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <random>
#include <sqlite3.h>

using namespace pd::core;

namespace {

const QDate kToday(2026, 11, 23);
constexpr int kProviders = 3000, kProvisions = 30000, kVacancies = 100000, kPostcodes = 5000;

// A connection of the bench's own (never the handle inside Qt's driver, which may be another SQLite).
sqlite3* openFile(const QString& path, int flags)
{
    sqlite3* s = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &s, flags, nullptr) != SQLITE_OK)
        qFatal("%s: %s", qPrintable(path), sqlite3_errmsg(s));
    sqlite3_busy_timeout(s, Database::kBusyTimeoutMs);
    return s;
}

void exec(sqlite3* s, const char* sql)
{
    if (sqlite3_exec(s, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("%s: %s", sql, sqlite3_errmsg(s));
}

// Generates the register straight through sqlite3 (bench data only; the product writes through RecordWriter).
void generate(const QString& path)
{
    sqlite3* s = openFile(path, SQLITE_OPEN_READWRITE);
    std::mt19937 rng(2026);
    exec(s, "BEGIN");
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(s, "INSERT INTO postcodes (postcode, lat, lon) VALUES (?, ?, ?)", -1, &st, nullptr);
    for (int i = 0; i < kPostcodes; ++i) {
        const QByteArray pc = QStringLiteral("RV%1 %2AB").arg(i / 10).arg(i % 10).toLatin1();
        sqlite3_bind_text(st, 1, pc.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(st, 2, 52.0 + (rng() % 20000) / 10000.0);
        sqlite3_bind_double(st, 3, -2.5 + (rng() % 20000) / 10000.0);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    const char* kinds[] = {"ifa", "childrens_home", "supported_accommodation", "in_house_fostering"};
    const char* status[] = {"select_list", "spot", "regional_framework", "in_house", "suspended"};
    const char* ofsted[] = {"outstanding", "good", "good", "requires_improvement", "inadequate"};
    sqlite3_prepare_v2(s, "INSERT INTO providers (name, kind, framework_status, ofsted_rating, referral_email) VALUES (?, ?, ?, ?, ?)", -1, &st, nullptr);
    for (int i = 0; i < kProviders; ++i) {
        const QByteArray name = QStringLiteral("Provider %1").arg(i).toLatin1();
        sqlite3_bind_text(st, 1, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, kinds[rng() % 4], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, status[rng() % 5], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, ofsted[rng() % 5], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, "referrals@example.org", -1, SQLITE_STATIC);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    const char* types[] = {"foster", "foster", "residential", "supported"};
    const char* skills[] = {"", "ebd", "asd,ebd", "therapeutic", "sibling_groups,ebd", "sexualised_behaviour"};
    sqlite3_prepare_v2(s, "INSERT INTO provisions (provider_id, name, placement_type, min_age, max_age, places, skills, "
                          "carer_ethnicity, has_pets, postcode, weekly_fee, typical_extras) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, nullptr);
    for (int i = 0; i < kProvisions; ++i) {
        const QByteArray name = QStringLiteral("Home %1").arg(i).toLatin1();
        const int pc = int(rng() % kPostcodes);
        const QByteArray postcode = QStringLiteral("RV%1 %2AB").arg(pc / 10).arg(pc % 10).toLatin1();
        sqlite3_bind_int(st, 1, 1 + int(rng() % kProviders));
        sqlite3_bind_text(st, 2, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, types[rng() % 4], -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 4, int(rng() % 8));
        sqlite3_bind_int(st, 5, 10 + int(rng() % 8));
        sqlite3_bind_int(st, 6, 1 + int(rng() % 3));
        sqlite3_bind_text(st, 7, skills[rng() % 6], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 8, rng() % 2 ? "WBRI" : "BAFR", -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 9, int(rng() % 3 == 0));
        sqlite3_bind_text(st, 10, postcode.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(st, 11, 500 + rng() % 4000);
        sqlite3_bind_double(st, 12, rng() % 300);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_prepare_v2(s, "INSERT INTO vacancies (provision_id, available_from, places) VALUES (?, ?, ?)", -1, &st, nullptr);
    for (int i = 0; i < kVacancies; ++i) {
        const QByteArray from = kToday.addDays(int(rng() % 40) - 20).toString(Qt::ISODate).toLatin1();
        sqlite3_bind_int(st, 1, 1 + int(rng() % kProvisions));
        sqlite3_bind_text(st, 2, from.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, 1 + int(rng() % 2));
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_prepare_v2(s, "INSERT INTO household_members (provision_id, age, risks) VALUES (?, ?, '')", -1, &st, nullptr);
    for (int i = 0; i < kProvisions / 2; ++i) {
        sqlite3_bind_int(st, 1, 1 + int(rng() % kProvisions));
        sqlite3_bind_int(st, 2, int(rng() % 18));
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    exec(s, "COMMIT");
    sqlite3_close(s);
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 referralId = 0;

    Fixture()
    {
        Database::Options o;
        o.create = true;
        db = std::move(Database::open(dir.filePath(QStringLiteral("bench.sqlite")), o).value());
        db->setUserName(QStringLiteral("bench"));
        generate(db->path());
        Referral r;
        r.neededByDate = kToday.addDays(3);
        ReferralChild c;
        c.dateOfBirth = QDate(2013, 3, 4);
        c.sex = QStringLiteral("M");
        c.ethnicity = QStringLiteral("WBRI");
        r.children << c;
        r.homePostcode = QStringLiteral("RV100 1AB");
        r.schoolPostcode = QStringLiteral("RV101 2AB");
        r.keepSchoolPlace = true;
        r.contact << ContactArrangement{QStringLiteral("Mother"), 2, QStringLiteral("RV100 1AB")};
        r.essentialCriteria << Criterion{QStringLiteral("skill"), QStringLiteral("ebd")};
        r.desirableCriteria << Criterion{QStringLiteral("skill"), QStringLiteral("therapeutic")};
        r.residentialCareSuitability = QStringLiteral("Unsuitable");
        referralId = ReferralRepository(*db).insert(r).value();
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

// The same rows and columns the register read fetches, through the plain C API.
void BM_RawSqliteScan(benchmark::State& state)
{
    sqlite3* s = openFile(fixture().db->path(), SQLITE_OPEN_READONLY);
    const char* sql =
        "SELECT v.id, p.id, pr.id, pr.name, p.name, pr.referral_email, p.placement_type, p.min_age, p.max_age, v.places, "
        "p.sexes, p.skills, p.carer_ethnicity, p.carer_religion, p.carer_languages, p.has_pets, p.smoking, pc.lat, pc.lon, "
        "p.weekly_fee, p.typical_extras, pr.kind, pr.framework_status, pr.ofsted_rating, v.available_from, v.available_until, "
        "p.postcode, pr.ofsted_urn FROM vacancies v JOIN provisions p ON p.id = v.provision_id JOIN providers pr ON pr.id = p.provider_id "
        "LEFT JOIN postcodes pc ON pc.postcode = p.postcode WHERE p.active = 1 AND (v.available_until IS NULL OR v.available_until >= '2026-11-23') ORDER BY v.id";
    for (auto _ : state) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(s, sql, -1, &st, nullptr);
        qint64 rows = 0, bytes = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < 28; ++c) {
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

// Read the register afresh (no snapshot) and match: the like-for-like comparison with the scan.
void BM_MatchColdRead(benchmark::State& state)
{
    Fixture& f = fixture();
    MatchService service(*f.db);
    auto referral = ReferralRepository(*f.db).load(f.referralId).value();
    auto prepared = service.prepare(referral, kToday).value();
    for (auto _ : state) {
        VacancyFilter filter;
        filter.today = kToday;
        auto snap = RegisterReader(*f.db).read(filter).value();
        MatchResult r = MatchEngine::run(prepared, snap, MatchSettings{});
        benchmark::DoNotOptimize(r.candidates.size());
        state.counters["candidates"] = double(r.candidates.size());
        state.counters["vacancies"] = double(snap->vacancies.size());
    }
}

// Candidates only, cold: SQL applies type, date, places and provider status first.
void BM_ShortlistColdRead(benchmark::State& state)
{
    Fixture& f = fixture();
    MatchService service(*f.db);
    for (auto _ : state) {
        auto r = service.shortlist(f.referralId, kToday);
        benchmark::DoNotOptimize(r.value().candidates.size());
        state.counters["candidates"] = double(r.value().candidates.size());
        state.counters["rows_read"] = double(r.value().snapshot->vacancies.size());
    }
}

// What the GUI and the CLI do: the register snapshot is reused until the file changes.
void BM_MatchWithSnapshot(benchmark::State& state)
{
    Fixture& f = fixture();
    MatchService service(*f.db);
    (void)service.match(f.referralId, kToday);
    for (auto _ : state) {
        auto r = service.match(f.referralId, kToday);
        benchmark::DoNotOptimize(r.value().candidates.size());
    }
}

} // namespace

BENCHMARK(BM_RawSqliteScan)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_MatchColdRead)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_ShortlistColdRead)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK(BM_MatchWithSnapshot)->Unit(benchmark::kMillisecond)->Repetitions(10)->ReportAggregatesOnly(true);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
