// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QTemporaryDir>

using pd::test::runCli;

TEST_CASE("demo, check and backup work from the command line", "[cli][storage]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("integrity: ok")));

    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    auto b = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup});
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    auto checkBackup = runCli({QStringLiteral("check"), QStringLiteral("--db"), backup});
    CHECK(checkBackup.exitCode == 0);

    auto again =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("check on a truncated file exits non-zero and leaves the file as it was", "[cli][storage]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const QByteArray head = f.read(f.size() / 3);
    f.resize(head.size());
    f.close();
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));

    auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.exitCode != 0);
    CHECK_FALSE(check.err.isEmpty());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == head);
}

TEST_CASE("unknown commands and bad arguments print usage and fail", "[cli]") {
    auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("Usage")));
    auto badScale = runCli({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                            QStringLiteral("--scale"), QStringLiteral("lots")});
    CHECK(badScale.exitCode == 2);
    auto missing =
        runCli({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("/nonexistent/x.sqlite")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no database")));
}
