// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvwriter.h"
#include "tests/support/catch.h"

using namespace pd::core;

TEST_CASE("CSV export keeps formula-like text as text, after a tab or carriage return too", "[csv][export]") {
    TableSnapshot table;
    table.headers = {QStringLiteral("name")};
    for (const char* text : {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "plain", "a=b"})
        table.rows << QVariantList{QString::fromLatin1(text)};
    table.rows << QVariantList{-5.5}; // a number stays a number
    const QList<QByteArray> lines = tableToCsv(table).split('\n');
    REQUIRE(lines.size() >= 10);
    CHECK(lines[1] == "'=1+1\r");
    CHECK(lines[2] == "'+1\r");
    CHECK(lines[3] == "'-1\r");
    CHECK(lines[4] == "'@SUM(A1)\r");
    CHECK(lines[5] == "'\t=1+1\r");
    CHECK(lines[6] == "\"'\r=1+1\"\r"); // quoted (it holds a carriage return) and guarded
    CHECK(lines[7] == "plain\r");
    CHECK(lines[8] == "a=b\r");
    CHECK(lines[9] == "-5.50\r");
}
