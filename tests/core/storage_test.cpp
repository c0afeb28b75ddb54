// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/storage/migration.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transactionguard.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QFile>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

int count(Database& db, const QString& sql) {
    auto value = pd::test::TestSql(db).value(sql);
    REQUIRE(value.ok());
    REQUIRE(value->isValid());
    return value->toInt();
}

bool tableExists(Database& db, const QString& name) {
    auto tables = pd::test::TestSql(db).tables();
    PD_REQUIRE_OK(tables);
    return tables->contains(name);
}

qint64 addProvider(Database& db, const QString& name) {
    auto id = RecordWriter(db).insert(
        QStringLiteral("providers"),
        {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("ifa")}});
    PD_REQUIRE_OK(id);
    return id.value();
}

} // namespace

TEST_CASE("a fresh database reaches the latest schema version", "[storage][migrations]") {
    TempDatabase t;
    CHECK(t.db().schemaVersion() == latestSchemaVersion());
    CHECK(latestSchemaVersion() >= 1);
    for (const char* table :
         {"settings", "users", "audit_log", "providers", "provisions", "vacancies", "children", "referrals",
          "referral_transitions", "offers", "placements", "budgets", "postcodes"})
        CHECK(tableExists(t.db(), QString::fromLatin1(table)));
    // Foreign keys are on for the Database's own connection (a test connection has its own
    // setting, so this asks the connection that writes): a provision of no provider is refused.
    auto orphan = RecordWriter(t.db()).insert(QStringLiteral("provisions"),
                                              {{QStringLiteral("provider_id"), 9999},
                                               {QStringLiteral("name"), QStringLiteral("Orphan")},
                                               {QStringLiteral("placement_type"), QStringLiteral("foster")}});
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
}

TEST_CASE("the built-in migrations are numbered 1, 2, 3... without gaps", "[storage][migrations]") {
    const auto list = builtInMigrations();
    REQUIRE_FALSE(list.isEmpty());
    for (int i = 0; i < list.size(); ++i)
        CHECK(list[i].version == i + 1);
}

TEST_CASE("a database stamped with a future version is refused and left alone",
          "[file][storage][migrations]") {
    QString path;
    TempDatabase t;
    path = t.path();
    REQUIRE(pd::test::TestSql(t.db()).run(QStringLiteral("PRAGMA user_version = 999")).ok());
    t.close();
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Refused);
    CHECK(db.error().message.contains(QStringLiteral("newer version")));
    const QByteArray after = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    CHECK(before == after);
}

TEST_CASE("a failing migration leaves the database at its previous version", "[storage][migrations]") {
    TempDatabase t;
    const QString path = t.path();
    const int latest = t.db().schemaVersion();
    t.close();

    QList<Migration> migrations = builtInMigrations();
    migrations.append(
        {latest + 1, QStringLiteral("good_step"), QStringLiteral("CREATE TABLE step_one (x INTEGER)")});
    migrations.append(
        {latest + 2, QStringLiteral("bad_step"),
         QStringLiteral("CREATE TABLE step_two (x INTEGER); INSERT INTO no_such_table VALUES (1)")});
    Database::Options options;
    auto db = Database::open(path, options, migrations);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("version %1").arg(latest + 2)));

    auto reopened = Database::open(path, options, builtInMigrations().mid(0) << migrations[latest]);
    PD_REQUIRE_OK(reopened);
    CHECK(reopened.value()->schemaVersion() == latest + 1); // the good step stayed, the bad one left nothing
    CHECK(tableExists(*reopened.value(), QStringLiteral("step_one")));
    CHECK_FALSE(tableExists(*reopened.value(), QStringLiteral("step_two")));
}

TEST_CASE("the SQL splitter respects quotes and comments", "[storage][migrations]") {
    const auto parts =
        splitSqlStatements(QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- c; d\nSELECT 1;"));
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    CHECK(parts[1] == QStringLiteral("SELECT 1"));
}

TEST_CASE("the mode belongs to the file", "[file][storage][modes]") {
    TempDatabase shared(JournalMode::Shared);
    CHECK(shared.db().mode() == JournalMode::Shared);
    auto other = shared.openAnother();
    CHECK(other->mode() == JournalMode::Shared);

    TempDatabase local(JournalMode::Local);
    CHECK(local.db().mode() == JournalMode::Local);
    PD_REQUIRE_OK(local.db().setMode(JournalMode::Shared));
    CHECK(local.openAnother()->mode() == JournalMode::Shared);
}

TEST_CASE("a missing file is not created unless asked", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a transaction guard rolls back unless committed, and nests", "[storage][transactions]") {
    TempDatabase t;
    {
        TransactionGuard outer(t.db());
        PD_REQUIRE_OK(outer.started());
        addProvider(t.db(), QStringLiteral("Kept"));
        {
            TransactionGuard inner(t.db());
            addProvider(t.db(), QStringLiteral("Dropped"));
        }
        PD_REQUIRE_OK(outer.commit());
    }
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM providers")) == 1);
    {
        TransactionGuard tx(t.db());
        addProvider(t.db(), QStringLiteral("Never"));
    }
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM providers")) == 1);
    CHECK(t.db().transactionDepth() == 0);
}

TEST_CASE("every change writes an audit row in the same transaction", "[storage][audit]") {
    TempDatabase t;
    const qint64 id = addProvider(t.db(), QStringLiteral("Brightwater Fostering"));
    PD_REQUIRE_OK(
        RecordWriter(t.db()).update(QStringLiteral("providers"), id, 1,
                                    {{QStringLiteral("name"), QStringLiteral("Brightwater Foster Care")}}));
    auto log = AuditLog(t.db()).entries(QStringLiteral("providers"), id);
    PD_REQUIRE_OK(log);
    REQUIRE(log->size() == 3); // insert name, insert kind, update name
    CHECK(log->first().action == QStringLiteral("update"));
    CHECK(log->first().who == QStringLiteral("tester"));
    CHECK(log->first().oldValue == QStringLiteral("Brightwater Fostering"));
    CHECK(log->first().newValue == QStringLiteral("Brightwater Foster Care"));
}

TEST_CASE("shared mode: a stale row version is refused and nothing is overwritten",
          "[storage][concurrency]") {
    TempDatabase t(JournalMode::Shared);
    const qint64 id = addProvider(t.db(), QStringLiteral("Original"));
    auto colleague = t.openAnother(QStringLiteral("colleague"));

    // Both read version 1; the colleague saves first.
    PD_REQUIRE_OK(RecordWriter(*colleague)
                      .update(QStringLiteral("providers"), id, 1,
                              {{QStringLiteral("name"), QStringLiteral("Colleague's name")}}));
    auto mine = RecordWriter(t.db()).update(QStringLiteral("providers"), id, 1,
                                            {{QStringLiteral("name"), QStringLiteral("My name")}});
    REQUIRE_FALSE(mine.ok());
    CHECK(mine.error().kind == Error::Kind::Conflict);
    CHECK(mine.error().message.contains(QStringLiteral("colleague")));

    auto rows = pd::test::TestSql(t.db()).rows(
        QStringLiteral("SELECT name, row_version FROM providers WHERE id = :id"),
        {{QStringLiteral(":id"), id}});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const QVariantList q = rows->first();
    CHECK(q.value(0).toString() == QStringLiteral("Colleague's name"));
    CHECK(q.value(1).toInt() == 2);
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update'")) == 1);
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value = 'My name'")) == 0);
}

TEST_CASE("backup writes a snapshot that passes the check, and never overwrites", "[file][storage][backup]") {
    TempDatabase t;
    addProvider(t.db(), QStringLiteral("Snapshot Homes"));
    const QString out = t.dir() + QStringLiteral("/backup.sqlite");
    PD_REQUIRE_OK(backupDatabase(t.db(), out));
    auto report = checkDatabaseFile(out);
    PD_REQUIRE_OK(report);
    CHECK(report->ok);
    CHECK(report->schemaVersion == latestSchemaVersion());
    auto again = backupDatabase(t.db(), out);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Refused);
}

TEST_CASE("check refuses a garbage file without changing it", "[storage][check]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray garbage(8192, 'x');
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto report = checkDatabaseFile(path);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message.contains(QStringLiteral("not a usable Placement Desk database")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == garbage);
}
