// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvreader.h"
#include "tests/support/catch.h"

#include <QBuffer>

using pd::core::CsvReader;

TEST_CASE("CSV: quotes, doubled quotes, CRLF, BOM and line numbers", "[csv]") {
    QByteArray data(
        "\xEF\xBB\xBFName,Notes\r\n\"Oak, Ltd\",\"said \"\"hi\"\"\"\r\nPlain,\"two\nlines\"\nLast,x\n");
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader csv(buffer);
    REQUIRE(csv.readHeader().ok());
    CHECK(csv.column(QStringLiteral("name")) == 0);
    CHECK(csv.column(QStringLiteral("NOTES")) == 1);
    QStringList row;
    REQUIRE(csv.next(&row));
    CHECK(row == QStringList{QStringLiteral("Oak, Ltd"), QStringLiteral("said \"hi\"")});
    CHECK(csv.line() == 2);
    REQUIRE(csv.next(&row));
    CHECK(row == QStringList{QStringLiteral("Plain"), QStringLiteral("two\nlines")});
    CHECK(csv.line() == 3);
    REQUIRE(csv.next(&row));
    CHECK(row.first() == QStringLiteral("Last"));
    CHECK(csv.line() == 5);
    CHECK_FALSE(csv.next(&row));
    CHECK(csv.requireColumns({QStringLiteral("name"), QStringLiteral("urn")}, QStringLiteral("p.csv"))
              .error()
              .message.contains(QStringLiteral("urn")));
}

TEST_CASE("CSV: an unclosed quote is an error with its line", "[csv]") {
    QByteArray data("a,b\n1,\"open\n2,3\n");
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader csv(buffer);
    REQUIRE(csv.readHeader().ok());
    QStringList row;
    CHECK_FALSE(csv.next(&row));
    CHECK(csv.error().contains(QStringLiteral("line 2")));
}
