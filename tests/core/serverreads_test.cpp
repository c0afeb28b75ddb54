// SPDX-License-Identifier: GPL-3.0-or-later
// The server's bulk reads (ServerReadConnection: libpq directly where the build has it, else QtSql):
// they run inside the reader's snapshot, and a statement left after its first row, or put aside
// while another runs, leaves the connection usable. Storage's own test: it drives the read
// connection itself, so it compiles as storage does. The server cases need a real server
// (PD_TEST_DB_URL): their tag is hidden, as the other server-only tests' ([.server]).
#define PD_STORAGE_INTERNAL
#include "core/domain/serveraddress.h"
#include "core/storage/pgdialect.h"
#include "core/storage/serverreadconnection.h"
#ifdef PD_HAS_LIBPQ
#include "core/storage/pgreadstatement.h"
#endif
#include "tests/support/catch.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"
#include "tests/support/testsql.h"

using namespace pd::core;
using pd::test::TempDatabase;
using pd::test::TestServer;

namespace {

const QString kDoing = QStringLiteral("reading in a test");

std::unique_ptr<ReadStatement> prepared(ReadConnection& reader, const char* sql) {
    auto st = reader.prepare(sql, kDoing);
    PD_REQUIRE_OK(st);
    return std::move(st.value());
}

qint64 providers(ReadConnection& reader) {
    auto st = prepared(reader, "SELECT COUNT(*) FROM providers");
    const ReadStatement::Step step = st->step();
    INFO(st->errorMessage().toStdString());
    REQUIRE(step == ReadStatement::Step::Row);
    return st->int64(0);
}

/// ReadTransaction's snapshot, without the QtSql headers its header brings.
class Snapshot {
  public:
    explicit Snapshot(ReadConnection& reader) : m_reader(reader) { PD_REQUIRE_OK(m_reader.begin()); }
    ~Snapshot() { m_reader.end(); }
    Q_DISABLE_COPY_MOVE(Snapshot)

  private:
    ReadConnection& m_reader;
};

QList<qint64> ids(ReadStatement& st) {
    QList<qint64> out;
    while (st.step() == ReadStatement::Step::Row)
        out << st.int64(0);
    return out;
}

} // namespace

TEST_CASE("a reader's '?N' parameters are numbered for libpq without gaps", "[storage]") {
    std::vector<int> numbers;
    CHECK(PgDialect::numberedParameters("a >= ?1 AND b = ?3 AND c <= ?1 AND d = ?", &numbers) ==
          QLatin1String("a >= $1 AND b = $2 AND c <= $1 AND d = $3"));
    CHECK(numbers == std::vector<int>{1, 3, 4});
    CHECK(PgDialect::namedParameters("a >= ?1 AND b = ?3") == QLatin1String("a >= :p1 AND b = :p3"));
}

TEST_CASE("server reads see the reader's snapshot, and a statement left after its first row frees the "
          "connection",
          "[.server][storage]") {
    if (!TestServer::active()) {
        WARN("no server (PD_TEST_DB_URL): nothing to check");
        return;
    }
    TempDatabase t;
    pd::test::RegisterBuilder b{t.db()};
    QList<qint64> made;
    for (const char* name : {"Alder", "Birch", "Cedar"})
        made << b.provider(QString::fromLatin1(name), QStringLiteral("ifa"), QStringLiteral("spot"),
                           QStringLiteral("a@x.example"));
    auto address = ServerAddress::parse(t.path());
    PD_REQUIRE_OK(address);
    auto opened = ServerReadConnection::open(address.value());
    PD_REQUIRE_OK(opened);
    ReadConnection& reader = *opened.value();
#ifdef PD_HAS_LIBPQ
    CHECK(dynamic_cast<PgReadStatement*>(prepared(reader, "SELECT 1").get()) != nullptr);
#endif

    SECTION("a colleague's save after the snapshot began is not seen until the next snapshot") {
        {
            Snapshot tx(reader);
            CHECK(providers(reader) == 3);
            b.provider(QStringLiteral("Saved meanwhile"), QStringLiteral("ifa"), QStringLiteral("spot"),
                       QStringLiteral("m@x.example"));
            CHECK(pd::test::TestSql(t.path()).number(QStringLiteral("SELECT COUNT(*) FROM providers")) == 4);
            CHECK(providers(reader) == 3);
            auto all = prepared(reader, "SELECT id FROM providers ORDER BY id");
            CHECK(ids(*all) == made);
        }
        Snapshot next(reader);
        CHECK(providers(reader) == 4);
    }

    SECTION("statements left mid-read, reset or put aside leave the connection usable") {
        Snapshot tx(reader);
        {
            auto first = prepared(reader, "SELECT id FROM providers ORDER BY id");
            REQUIRE(first->step() == ReadStatement::Step::Row);
            CHECK(first->int64(0) == made[0]);
        } // abandoned after its first row
        CHECK(providers(reader) == 3);

        // Parameters by number (?1 twice, ?3 without ?2), booleans as "1"/"0", reset mid-read.
        auto named = prepared(reader, "SELECT name, id = ?1, id FROM providers WHERE id >= ?1 AND id <= ?3 "
                                      "ORDER BY id");
        named->bindInt64(1, made[1]);
        named->bindInt64(3, made[2]);
        REQUIRE(named->step() == ReadStatement::Step::Row);
        CHECK(named->text(0) == QLatin1String("Birch"));
        CHECK(named->bytes(1) == QByteArrayView("1"));
        CHECK(named->integer(1) == 1);
        named->reset();
        named->bindInt64(1, made[2]);
        named->bindInt64(3, made[2]);
        REQUIRE(named->step() == ReadStatement::Step::Row);
        CHECK(named->text(0) == QLatin1String("Cedar"));
        CHECK(named->int64(2) == made[2]);
        CHECK(named->step() == ReadStatement::Step::Done);

#ifdef PD_HAS_LIBPQ
        // One statement put aside mid-read while another runs, and while QtSql asks for the stamp
        // (QtSql's own path cannot: QPSQL drops the rows still coming when another query runs).
        auto outer = prepared(reader, "SELECT id FROM providers ORDER BY id");
        REQUIRE(outer->step() == ReadStatement::Step::Row);
        CHECK(outer->int64(0) == made[0]);
        CHECK(providers(reader) == 3);
        REQUIRE(outer->step() == ReadStatement::Step::Row);
        CHECK(outer->int64(0) == made[1]);
        PD_REQUIRE_OK(reader.changeStamp());
        CHECK(ids(*outer) == QList<qint64>{made[2]});
#endif

        // A sum comes back as a decimal: read as a whole number, as from SQLite.
        auto sum = prepared(reader, "SELECT SUM(id), CAST(2.0 AS NUMERIC) FROM providers");
        REQUIRE(sum->step() == ReadStatement::Step::Row);
        CHECK(sum->int64(0) == made[0] + made[1] + made[2]);
        CHECK(sum->integer(1) == 2);
    }

    SECTION("a failed statement gives the server's words and the connection still reads") {
        // Through libpq the statement fails at its first step; through QtSql, whose driver
        // prepares on the server, already when prepared.
        auto bad = reader.prepare("SELECT no_such_column FROM providers", kDoing);
        if (bad) {
            CHECK(bad.value()->step() == ReadStatement::Step::Failed);
            CHECK(bad.value()->error(kDoing).message.contains(QLatin1String("no_such_column")));
            bad.value().reset();
        } else {
            CHECK(bad.error().message.contains(QLatin1String("no_such_column")));
        }
        CHECK(providers(reader) == 3);
    }
}
