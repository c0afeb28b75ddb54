// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, must-show 3: every command that does not create a database refuses a file that is not
// a Placement Desk database (an empty file, another program's SQLite file, a newer schema) with a
// sentence saying what it is, and leaves the file byte for byte as it was.
#include "core/storage/database.h"
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/testsql.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using pd::test::runCli;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString example(const char* name) {
    return QStringLiteral(PD_SOURCE_DIR "/docs/examples/") + QLatin1String(name);
}

/// Every command of the command line that opens an existing database, with arguments that
/// would otherwise do its work (out files land in dir).
QList<QStringList> commandsOn(const QString& db, const QDir& dir) {
    const QString d = QStringLiteral("--db");
    return {
        {QStringLiteral("check"), d, db},
        {QStringLiteral("backup"), d, db, QStringLiteral("--out"), dir.filePath(QStringLiteral("b.sqlite"))},
        {QStringLiteral("import"), QStringLiteral("referral"), d, db, example("referral.json")},
        {QStringLiteral("import"), QStringLiteral("providers"), d, db, example("providers.csv")},
        {QStringLiteral("import"), QStringLiteral("provisions"), d, db, example("provisions.csv")},
        {QStringLiteral("import"), QStringLiteral("vacancies"), d, db, example("vacancies.csv")},
        {QStringLiteral("import"), QStringLiteral("postcodes"), d, db, example("postcodes.csv")},
        {QStringLiteral("import"), QStringLiteral("ssda903"), d, db, QStringLiteral("--episodes"),
         example("ssda903-episodes.csv"), QStringLiteral("--header"), example("ssda903-header.csv")},
        {QStringLiteral("export"), QStringLiteral("referral"), d, db, QStringLiteral("--id"),
         QStringLiteral("1")},
        {QStringLiteral("match"), d, db, QStringLiteral("--referral"), QStringLiteral("1")},
        {QStringLiteral("pack"), d, db, QStringLiteral("--referral"), QStringLiteral("1"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("p.pdf"))},
        {QStringLiteral("indicators"), d, db, QStringLiteral("--year-ending"), QStringLiteral("2026-03-31")},
        {QStringLiteral("demo"), d, db},
    };
}

/// Runs every command on the file and checks each refused it, said why, and changed nothing.
int refuseEverywhere(const QString& path, const QString& sentence) {
    const QDir dir = QFileInfo(path).absoluteDir();
    const QByteArray before = bytesOf(path);
    const QStringList filesBefore = dir.entryList(QDir::Files | QDir::Hidden);
    int refused = 0;
    for (const QStringList& args : commandsOn(path, dir)) {
        const auto run = runCli(args);
        INFO(args.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(args.first() == QLatin1String("demo") ? QStringLiteral("already exists")
                                                                     : sentence));
        CHECK(bytesOf(path) == before);
        CHECK(dir.entryList(QDir::Files | QDir::Hidden) == filesBefore); // no -wal, backup or pack left
        refused += run.exitCode == 1 && bytesOf(path) == before ? 1 : 0;
    }
    return refused;
}

} // namespace

TEST_CASE("every command refuses an empty file and leaves it empty", "[cli][notours]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(path).open(QIODevice::WriteOnly);
    CHECK(refuseEverywhere(path, QStringLiteral("it is an empty file")) == commandsOn(path, QDir()).size());
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("every command refuses another program's SQLite file and leaves it byte-identical",
          "[cli][notours]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipes.sqlite"));
    {
        pd::test::TestSql sql(path);
        REQUIRE(sql.run(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")).ok());
        REQUIRE(sql.run(QStringLiteral("INSERT INTO recipes (name) VALUES ('Shepherd''s pie')")).ok());
    }
    CHECK(refuseEverywhere(path, QStringLiteral("another program (its tables: recipes)")) ==
          commandsOn(path, QDir()).size());
}

TEST_CASE("every command refuses a SQLite file with no tables and one of another application id",
          "[cli][notours]") {
    QTemporaryDir dir;
    const QString blank = dir.filePath(QStringLiteral("blank.sqlite"));
    {
        pd::test::TestSql sql(blank);
        REQUIRE(sql.run(QStringLiteral("PRAGMA user_version = 0")).ok());
        REQUIRE(sql.run(QStringLiteral("VACUUM")).ok()); // writes the header: a real, table-less file
    }
    REQUIRE(QFileInfo(blank).size() > 0);
    CHECK(refuseEverywhere(blank, QStringLiteral("no tables")) == commandsOn(blank, QDir()).size());

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        pd::test::TestSql sql(other);
        REQUIRE(sql.run(QStringLiteral("PRAGMA application_id = 1234")).ok());
        REQUIRE(sql.run(QStringLiteral("CREATE TABLE settings (key TEXT)")).ok());
    }
    CHECK(refuseEverywhere(other, QStringLiteral("application id 0x000004d2")) ==
          commandsOn(other, QDir()).size());
}

TEST_CASE("every command refuses a database of a newer schema and leaves it byte-identical",
          "[cli][notours]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        pd::core::Database::Options options;
        options.create = true;
        options.newFileMode = pd::core::JournalMode::Shared;
        auto db = pd::core::Database::open(path, options);
        REQUIRE(db.ok());
    }
    {
        pd::test::TestSql sql(path);
        REQUIRE(sql.run(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    CHECK(refuseEverywhere(path, QStringLiteral("newer version of Placement Desk")) ==
          commandsOn(path, QDir()).size());
}

TEST_CASE("a damaged header gives a sentence, not the engine's words", "[cli][notours]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--shared")}).exitCode ==
        0);
    QByteArray bytes = bytesOf(path);
    for (int offset : {16, 18, 21, 44, 56}) { // page size, versions, payload fraction, format, encoding
        QByteArray damaged = bytes;
        for (int i = 0; i < 4; ++i)
            damaged[offset + i] = char(0xFF);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(damaged);
        f.close();
        for (const QString& command : {QStringLiteral("check"), QStringLiteral("indicators")}) {
            QStringList args{command, QStringLiteral("--db"), path};
            if (command == QLatin1String("indicators"))
                args << QStringLiteral("--year-ending") << QStringLiteral("2026-03-31");
            const auto run = runCli(args);
            INFO("offset " << offset << ": " << run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK_FALSE(run.err.contains(QStringLiteral("No query")));
            CHECK(run.err.contains(QStringLiteral("Placement Desk database")));
            CHECK(bytesOf(path) == damaged);
        }
    }
}

TEST_CASE("a killed demo leaves no file that blocks demo later", "[cli][notours][demo]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(PD_EXECUTABLE), {QStringLiteral("demo"), QStringLiteral("--db"), path,
                                               QStringLiteral("--scale"), QStringLiteral("4")});
    REQUIRE(demo.waitForStarted());
    // Kill it as soon as its temporary file is there (unless it finished first).
    const auto partFiles = [&] {
        return QDir(dir.path()).entryList({QStringLiteral("*.part*")}, QDir::Files);
    };
    while (demo.state() == QProcess::Running && partFiles().isEmpty())
        QThread::msleep(5);
    const bool killed = demo.state() == QProcess::Running;
    demo.kill();
    demo.waitForFinished();
    if (killed)
        CHECK_FALSE(QFile::exists(path));  // the name is free: nothing half-written sits under it
    const QStringList stale = partFiles(); // the killed demo's: they block nothing

    const auto again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    INFO(again.err.toStdString());
    if (killed)
        REQUIRE(again.exitCode == 0);
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    for (const QString& s : stale)
        files.removeOne(s);
    CHECK(files == QStringList{QStringLiteral("demo.sqlite")}); // no -wal, no temporary file of its own
    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.exitCode == 0);
}
