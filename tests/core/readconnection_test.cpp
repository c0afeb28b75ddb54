// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk readers' own read-only connection: its change stamp follows every commit, each result
// is one snapshot while a colleague keeps saving, and what it refuses (in-memory files, reads
// inside a change on the same Database).
#include "core/storage/dashboardqueries.h"
#include "core/storage/registerreader.h"
#include "core/storage/transactionguard.h"
#include "tests/support/catch.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QFile>
#include <atomic>
#include <mutex>
#include <sqlite3.h>
#include <thread>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

const QDate kToday(2026, 11, 23);

void exec(Database& db, const QString& sql) {
    PD_REQUIRE_OK(pd::test::TestSql(db).run(sql));
}

VacancyFilter todaysRegister() {
    VacancyFilter f;
    f.today = kToday;
    return f;
}

} // namespace

TEST_CASE("the readers' change stamp moves when anyone commits, through this Database or another",
          "[file][storage]") {
    TempDatabase t;
    pd::test::RegisterBuilder b{t.db()};
    RegisterReader reader(t.db());
    auto first = reader.changeStamp();
    PD_REQUIRE_OK(first);
    CHECK(reader.changeStamp().value() == first.value()); // nothing committed: the snapshot stays valid

    b.provider(QStringLiteral("Saved here"), QStringLiteral("ifa"), QStringLiteral("select_list"),
               QStringLiteral("a@x.example"));
    const qint64 afterOwn = reader.changeStamp().value();
    CHECK(afterOwn != first.value());

    {
        TransactionGuard rolledBack(t.db());
        PD_REQUIRE_OK(rolledBack.started());
        b.provider(QStringLiteral("Never saved"), QStringLiteral("ifa"), QStringLiteral("spot"),
                   QStringLiteral("n@x.example"));
    }
    CHECK(reader.changeStamp().value() == afterOwn);

    auto other = t.openAnother();
    pd::test::RegisterBuilder{*other}.provider(QStringLiteral("Saved elsewhere"), QStringLiteral("ifa"),
                                               QStringLiteral("spot"), QStringLiteral("e@x.example"));
    const qint64 afterOther = reader.changeStamp().value();
    CHECK(afterOther != afterOwn);

    // Changing the mode reopens the read connection: its stamps never equal the old connection's.
    other.reset();
    PD_REQUIRE_OK(t.db().setMode(JournalMode::Shared));
    auto afterMode = reader.changeStamp();
    PD_REQUIRE_OK(afterMode);
    CHECK(afterMode.value() != afterOther);
    b.provider(QStringLiteral("Saved in shared mode"), QStringLiteral("ifa"), QStringLiteral("spot"),
               QStringLiteral("s@x.example"));
    CHECK(reader.changeStamp().value() != afterMode.value());
}

TEST_CASE("the readers refuse to read inside a change on the same Database, and an in-memory database",
          "[storage]") {
    TempDatabase t;
    {
        TransactionGuard tx(t.db());
        PD_REQUIRE_OK(tx.started());
        auto register_ = RegisterReader(t.db()).read(todaysRegister());
        REQUIRE_FALSE(register_.ok());
        CHECK(register_.error().message.contains(QLatin1String("while a change is being saved")));
        CHECK_FALSE(loadDashboardData(t.db(), QDate(2024, 3, 31)).ok());
        CHECK_FALSE(RegisterReader(t.db()).changeStamp().ok());
    }
    PD_REQUIRE_OK(RegisterReader(t.db()).read(todaysRegister()));
    PD_REQUIRE_OK(loadDashboardData(t.db(), QDate(2024, 3, 31)));

    Database::Options options;
    options.create = true;
    auto memory = Database::open(QStringLiteral(":memory:"), options);
    if (memory) { // no second connection can open it: a sentence, never undefined behaviour
        auto read = RegisterReader(*memory.value()).read(todaysRegister());
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.contains(QLatin1String("in-memory")));
        CHECK_FALSE(loadDashboardData(*memory.value(), QDate(2024, 3, 31)).ok());
    }
}

TEST_CASE("each register and dashboard read is one snapshot while a colleague keeps saving",
          "[file][storage][concurrency]") {
    const JournalMode mode = GENERATE(JournalMode::Shared, JournalMode::Local);
    INFO("mode " << journalModeName(mode).toStdString());
    TempDatabase t(mode);
    pd::test::RegisterBuilder b{t.db()};
    const qint64 provider = b.provider(QStringLiteral("Harbour"), QStringLiteral("ifa"),
                                       QStringLiteral("select_list"), QStringLiteral("h@x.example"));
    const qint64 watched = b.provision(provider, QStringLiteral("Watched home"), QStringLiteral("foster"),
                                       QStringLiteral("RV1 2AB"), 700);
    const qint64 filler = b.provision(provider, QStringLiteral("Other home"), QStringLiteral("foster"),
                                      QStringLiteral("RV1 2AB"), 700);
    const qint64 vacancy = b.vacancy(watched, kToday.addDays(-1).toString(Qt::ISODate), 1);
    // Enough other rows that each read takes a while, so saves land between its statements.
    exec(t.db(),
         QStringLiteral(
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
             "INSERT INTO vacancies (provision_id, available_from, places) SELECT %1, '2026-11-01', 1 FROM n")
             .arg(filler));
    exec(t.db(), QStringLiteral("INSERT INTO children (id, child_ref) VALUES (1, 'C-1')"));

    // Each save adds a place to the watched vacancy and a child to its household (two tables
    // the register reads with two statements), and an episode and a referral (two statements
    // of the dashboard's). A reader that mixed two states would see the pairs disagree.
    constexpr int kSaves = 150;
    std::atomic<bool> readerStarted{false}, done{false};
    std::atomic<int> readsDone{0};
    std::mutex mutex;
    QStringList writerErrors;
    std::thread writer([&] {
        // A colleague's PC saving: its own connection, each save one transaction.
        pd::test::TestSql db(t.path());
        auto fail = [&](const QString& message) {
            std::lock_guard<std::mutex> lock(mutex);
            writerErrors << message;
        };
        while (!readerStarted)
            std::this_thread::yield();
        for (int i = 1; i <= kSaves && writerErrors.isEmpty(); ++i) {
            // Pace the saves so that reads fall between them (one read every 15 saves at least).
            while (readsDone < i / 15)
                std::this_thread::yield();
            if (auto s = db.run(QStringLiteral("BEGIN IMMEDIATE")); !s) {
                fail(s.error().message);
                break;
            }
            const QStringList statements{
                QStringLiteral("UPDATE vacancies SET places = places + 1 WHERE id = %1").arg(vacancy),
                QStringLiteral("INSERT INTO household_members (provision_id, age) VALUES (%1, 9)")
                    .arg(watched),
                QStringLiteral(
                    "INSERT INTO placements (child_id, start_date, rne, place) VALUES (1, '%1', 'P', 'U4')")
                    .arg(QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate)),
                QStringLiteral(
                    "INSERT INTO referrals (reference, received_at) VALUES ('T-%1', '2023-05-01T09:00:00')")
                    .arg(i)};
            for (const QString& sql : statements)
                if (auto s = db.run(sql); !s)
                    fail(s.error().message);
            if (auto s = db.run(QStringLiteral("COMMIT")); !s)
                fail(s.error().message);
        }
        done = true;
    });

    int reads = 0, midway = 0, inconsistent = 0;
    QStringList readerErrors;
    readerStarted = true;
    while (!done || reads == 0) {
        auto snap = RegisterReader(t.db()).read(todaysRegister());
        auto data = loadDashboardData(t.db(), QDate(2024, 3, 31));
        if (!snap || !data) {
            readerErrors << (!snap ? snap.error() : data.error()).message;
            readsDone = kSaves; // let the writer finish
            break;
        }
        ++reads;
        ++readsDone;
        int places = -1, household = -1;
        for (const RegisterVacancy& v : snap.value()->vacancies)
            if (v.vacancyId == vacancy) {
                places = v.places;
                household = v.householdCount;
            }
        const int episodes =
            data->history.children.isEmpty() ? 0 : int(data->history.children.first().episodes.size());
        const int referrals = int(data->referrals.size());
        if (places - 1 != household || episodes != referrals)
            ++inconsistent;
        if (household > 0 && household < kSaves)
            ++midway;
    }
    writer.join();

    INFO("reads " << reads << ", midway " << midway);
    CHECK(writerErrors.join(QLatin1Char(' ')).toStdString() == "");
    CHECK(readerErrors.join(QLatin1Char(' ')).toStdString() == "");
    CHECK(inconsistent == 0);
    CHECK(midway > 0); // the reads did overlap the saves
    auto last = RegisterReader(t.db()).read(todaysRegister());
    PD_REQUIRE_OK(last);
    CHECK(last.value()->vacancies.front().places == 1 + kSaves);
}

TEST_CASE("a save another PC left unfinished (a hot journal) is undone before the readers read",
          "[file][storage]") {
    TempDatabase t(JournalMode::Shared);
    pd::test::RegisterBuilder b{t.db()};
    const qint64 provider = b.provider(QStringLiteral("Harbour"), QStringLiteral("ifa"),
                                       QStringLiteral("select_list"), QStringLiteral("h@x.example"));
    b.vacancy(b.provision(provider, QStringLiteral("Home"), QStringLiteral("foster"),
                          QStringLiteral("RV1 2AB"), 700),
              kToday.toString(Qt::ISODate));
    PD_REQUIRE_OK(RegisterReader(t.db()).read(todaysRegister()));

    // The journal of a save caught half-way, as a colleague's PC leaves it when it dies mid-save.
    const QString journalPath = t.path() + QStringLiteral("-journal");
    QByteArray journal;
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(t.path().toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        REQUIRE(sqlite3_exec(
                    raw,
                    "PRAGMA synchronous = OFF; BEGIN IMMEDIATE; UPDATE providers SET name = 'Half saved'",
                    nullptr, nullptr, nullptr) == SQLITE_OK);
        QFile f(journalPath);
        REQUIRE(f.open(QIODevice::ReadOnly));
        journal = f.readAll();
        f.close();
        sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
    }
    REQUIRE(journal.size() > 0);
    {
        QFile f(journalPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(journal);
    }

    auto snap = RegisterReader(t.db()).read(todaysRegister());
    PD_REQUIRE_OK(snap);
    REQUIRE(snap.value()->vacancies.size() == 1);
    CHECK(snap.value()->vacancies.front().providerName == QLatin1String("Harbour"));
    CHECK_FALSE(QFile::exists(journalPath));
}
