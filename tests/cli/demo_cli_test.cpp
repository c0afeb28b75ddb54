// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QTemporaryDir>

using pd::test::runCli;

TEST_CASE("demo refuses to write over an existing file", "[cli][demo]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    QFile f(db);
    const qint64 size = f.size();
    auto again = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("2")});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(f.size() == size);
}

TEST_CASE("demo --shared creates a shared-mode file", "[cli][demo]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--shared")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("scale 1, seed 1")));
    auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("mode: shared")));
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));
}
