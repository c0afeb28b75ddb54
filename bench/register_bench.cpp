// SPDX-License-Identifier: GPL-3.0-or-later
// The provider register at volume: importing an ONS-sized postcode file, and "provisions
// within 20 miles of a postcode" over a scale-100 register. Results: docs/benchmarks.md.
#include "core/domain/registerrow.h"
#include "core/exchange/postcodeimport.h"
#include "core/storage/database.h"
#include "core/storage/postcodedirectory.h"
#include "core/storage/registerqueries.h"
#include "tests/support/testsql.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace pd::core;

namespace {

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

/// A distinct, valid postcode for every n below 26*26*99*10*26*26.
QString postcodeFor(qint64 n)
{
    const QChar letters[] = {u'A', u'B', u'C', u'D', u'E', u'F', u'G', u'H', u'J', u'K', u'L', u'M', u'N',
                             u'P', u'Q', u'R', u'S', u'T', u'U', u'W', u'X', u'Y', u'Z', u'O', u'I', u'V'};
    const int in2 = int(n % 26), in1 = int(n / 26 % 26), digit = int(n / 676 % 10);
    const int district = int(n / 6760 % 99) + 1;
    const int area2 = int(n / 669240 % 26), area1 = int(n / 17400240 % 26);
    return QStringLiteral("%1%2%3 %4%5%6")
        .arg(letters[area1]).arg(letters[area2]).arg(district).arg(digit).arg(letters[in1]).arg(letters[in2]);
}

/// Coordinates spread over England and Wales, repeatable.
Coordinates placeFor(QRandomGenerator& random)
{
    return {50.6 + random.bounded(4.4), -4.5 + random.bounded(6.2)};
}

/// An ONS Postcode Directory style file (extra columns included) of rows lines, made once.
QString postcodeFile(qint64 rows)
{
    const QString path = scratch().filePath(QStringLiteral("onspd-%1.csv").arg(rows));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,lat,long\n");
    QRandomGenerator random(7);
    QByteArray chunk;
    for (qint64 i = 0; i < rows; ++i) {
        const QString pc = postcodeFor(i);
        const Coordinates c = placeFor(random);
        chunk += QStringLiteral("%1,%1,%1,198001,,E10000028,E58000001,E06000001,E05000001,%2,%3\n")
                     .arg(pc)
                     .arg(c.lat, 0, 'f', 6)
                     .arg(c.lon, 0, 'f', 6)
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

std::unique_ptr<Database> newDatabase(const QString& name)
{
    const QString path = scratch().filePath(name);
    QFile::remove(path);
    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    db.value()->setUserName(QStringLiteral("bench"));
    return std::move(db.value());
}

void BM_PostcodeImport(benchmark::State& state)
{
    const qint64 rows = state.range(0);
    const QString path = postcodeFile(rows);
    for (auto _ : state) {
        state.PauseTiming();
        auto db = newDatabase(QStringLiteral("postcodes.sqlite"));
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        state.ResumeTiming();
        auto summary = importPostcodes(*db, file, QStringLiteral("onspd.csv"), [](int) { return true; });
        if (!summary)
            state.SkipWithError(qPrintable(summary.error().message));
        // Searchable at once: the first look-up after the commit.
        auto found = PostcodeDirectory(*db).find(postcodeFor(rows / 2));
        benchmark::DoNotOptimize(found);
    }
    state.counters["rows"] = double(rows);
    state.counters["rows/s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_PostcodeImport)->Arg(2'600'000)->Unit(benchmark::kSecond)->Iterations(1);

/// A scale-100 register written straight into the schema (the demo generator in this branch
/// is a stub): 15,000 providers, 60,000 provisions, a vacancy at one in five, 100,000 postcodes.
Database& scale100()
{
    static std::unique_ptr<Database> db = [] {
        auto d = newDatabase(QStringLiteral("s100.sqlite"));
        QRandomGenerator random(100);
        QList<QVariantList> postcodes, providers, provisions, vacancies;
        for (int i = 0; i < 100'000; ++i) {
            const Coordinates c = placeFor(random);
            postcodes.append(QVariantList{postcodeFor(i * 17), c.lat, c.lon});
        }
        const char* kinds[] = {"ifa", "childrens_home", "in_house_fostering", "supported_accommodation"};
        for (int p = 1; p <= 15'000; ++p) {
            providers.append(QVariantList{p, QStringLiteral("Provider %1").arg(p), QLatin1String(kinds[p % 4]),
                              QStringLiteral("SC%1").arg(p, 6, 10, QLatin1Char('0')),
                              postcodeFor(qint64(random.bounded(100'000)) * 17)});
            for (int k = 0; k < 4; ++k) {
                const int id = (p - 1) * 4 + k + 1;
                provisions.append(QVariantList{id, p, QStringLiteral("H-%1").arg(k), QStringLiteral("Household %1").arg(id),
                                   postcodeFor(qint64(random.bounded(100'000)) * 17), 400 + random.bounded(4000)});
                if (id % 5 == 0)
                    vacancies.append(QVariantList{id});
            }
        }
        // Bench data through the benchmark's own connection, in one transaction.
        pd::test::TestSql sql(*d);
        const bool written =
            sql.run(QStringLiteral("BEGIN IMMEDIATE")) &&
            sql.runEach(QStringLiteral("INSERT INTO postcodes VALUES (?, ?, ?)"), postcodes) &&
            sql.runEach(QStringLiteral("INSERT INTO providers (id, name, kind, ofsted_urn, ofsted_rating, "
                                       "framework_status, postcode) VALUES (?, ?, ?, ?, 'good', 'spot', ?)"),
                        providers) &&
            sql.runEach(QStringLiteral("INSERT INTO provisions (id, provider_id, code, name, placement_type, skills, "
                                       "postcode, weekly_fee) VALUES (?, ?, ?, ?, 'foster', 'ebd,asd', ?, ?)"),
                        provisions) &&
            sql.runEach(QStringLiteral("INSERT INTO vacancies (provision_id, available_from) VALUES (?, '2026-11-01')"),
                        vacancies) &&
            sql.run(QStringLiteral("COMMIT"));
        if (!written)
            qFatal("could not write the scale-100 register");
        return d;
    }();
    return *db;
}

/// What the register does when the user asks for provisions within 20 miles: read the
/// register (one query), look the postcode up, keep the rows within the distance.
void BM_ProvisionsWithin20Miles(benchmark::State& state)
{
    Database& db = scale100();
    const QDate today(2026, 11, 23);
    qint64 found = 0;
    for (auto _ : state) {
        auto rows = registerRows(db, today);
        auto origin = PostcodeDirectory(db).find(postcodeFor(50'000 * 17));
        RegisterCriteria criteria;
        criteria.origin = *origin.value();
        criteria.maxMiles = 20;
        found = 0;
        for (const RegisterRow& r : rows.value())
            found += criteria.matches(r) ? 1 : 0;
    }
    state.counters["provisions"] = 60'000;
    state.counters["within 20 miles"] = double(found);
}
BENCHMARK(BM_ProvisionsWithin20Miles)->Unit(benchmark::kMillisecond);

/// The same question asked of the database with a bounding box first (registerRows' area).
void BM_ProvisionsWithin20MilesBoxed(benchmark::State& state)
{
    Database& db = scale100();
    qint64 found = 0;
    for (auto _ : state) {
        auto origin = PostcodeDirectory(db).find(postcodeFor(50'000 * 17));
        auto rows = registerRows(db, QDate(2026, 11, 23), RegisterArea{*origin.value(), 20});
        RegisterCriteria criteria;
        criteria.origin = *origin.value();
        criteria.maxMiles = 20;
        found = 0;
        for (const RegisterRow& r : rows.value())
            found += criteria.matches(r) ? 1 : 0;
    }
    state.counters["within 20 miles"] = double(found);
}
BENCHMARK(BM_ProvisionsWithin20MilesBoxed)->Unit(benchmark::kMillisecond);

/// The filter alone, as when only the miles or postcode change on rows already loaded.
void BM_FilterWithin20MilesInMemory(benchmark::State& state)
{
    Database& db = scale100();
    auto rows = registerRows(db, QDate(2026, 11, 23));
    auto origin = PostcodeDirectory(db).find(postcodeFor(50'000 * 17));
    RegisterCriteria criteria;
    criteria.origin = *origin.value();
    criteria.maxMiles = 20;
    qint64 found = 0;
    for (auto _ : state) {
        found = 0;
        for (const RegisterRow& r : rows.value())
            found += criteria.matches(r) ? 1 : 0;
        benchmark::DoNotOptimize(found);
    }
    state.counters["within 20 miles"] = double(found);
}
BENCHMARK(BM_FilterWithin20MilesInMemory)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
