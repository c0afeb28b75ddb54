// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL against SQLite (issue 13): the same demo seed built in a file and on a server gives the
// same answers; migrate moves a file onto the server whole, or writes nothing. These need a real
// server (PD_TEST_DB_URL, as scripts/test.sh starts one): the tag is hidden, so they run only
// when asked for by name ('[.server]').
#include "core/domain/disruptionmeeting.h"
#include "core/domain/placementreview.h"
#include "core/services/desk.h"
#include "core/services/predisruptionmeetings.h"
#include "core/services/reviewbook.h"
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"
#include "tests/support/testsql.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <utility>

using pd::test::runCli;
using pd::test::TestServer;

namespace {

QString run(const QStringList& arguments) {
    auto r = runCli(arguments);
    INFO(arguments.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

/// What the two engines must agree on, command by command.
QStringList answers(const QString& db) {
    const QString d = QStringLiteral("--db");
    return {run({QStringLiteral("match"), QStringLiteral("--referral"), QStringLiteral("1"),
                 QStringLiteral("--json"), d, db}),
            run({QStringLiteral("indicators"), QStringLiteral("--year-ending"), QStringLiteral("2026-03-31"),
                 QStringLiteral("--json"), d, db}),
            run({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--id"),
                 QStringLiteral("1"), d, db}),
            run({QStringLiteral("export"), QStringLiteral("placements"), QStringLiteral("--json"), d, db}),
            run({QStringLiteral("invoices"), QStringLiteral("--json"), d, db})};
}

void checkSame(const QStringList& file, const QStringList& server) {
    const char* names[] = {"match --json", "indicators --json", "export referral", "export placements",
                           "invoices --json"};
    REQUIRE(file.size() == server.size());
    for (int i = 0; i < file.size(); ++i) {
        INFO(names[i]);
        CHECK(file[i].size() > 100);
        CHECK(file[i] == server[i]);
    }
}

qint64 rowsOn(const QString& url, const QString& table) {
    pd::test::TestSql sql(url);
    return sql.number(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

/// A login of the tests on the server: "t<pid>_<suffix>".
QString testLogin(const char* suffix) {
    return QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(suffix));
}

/// A login to grant: its server role (`grant --role`), the role the program's Team table gives it
/// (the same, unless a test says otherwise) and its authority in a consortium (none if empty).
struct Login {
    QString name;
    QString role;
    QString programRole = role;
    QString authority;
};

/// A demo database on the test server with logins granted on it, each a user of the program too;
/// the database and the logins are dropped at the end.
struct DemoOnServer {
    QString url = TestServer::createDatabase();
    QStringList names;

    explicit DemoOnServer(const QList<Login>& logins) {
        REQUIRE(TestServer::active());
        run({QStringLiteral("demo"), QStringLiteral("--db"), url});
        pd::test::TestSql owner(url);
        for (const Login& l : logins) {
            QStringList grant{QStringLiteral("grant"),
                              QStringLiteral("--db"),
                              url,
                              QStringLiteral("--login"),
                              l.name,
                              QStringLiteral("--role"),
                              l.role};
            if (!l.authority.isEmpty())
                grant << QStringLiteral("--authority") << l.authority;
            run(grant);
            PD_REQUIRE_OK(owner.run(QStringLiteral("INSERT INTO users (login, role) VALUES (:l, :r)"),
                                    {{QStringLiteral(":l"), l.name}, {QStringLiteral(":r"), l.programRole}}));
            names << l.name;
        }
    }
    ~DemoOnServer() {
        TestServer::dropDatabase(url);
        pd::test::TestSql admin(TestServer::baseUrl());
        (void)admin.run(QStringLiteral("DROP ROLE %1").arg(names.join(QStringLiteral(", "))));
    }
    Q_DISABLE_COPY_MOVE(DemoOnServer)

    /// The database's address with another login.
    QString as(const QString& login) const {
        QUrl u(url);
        u.setUserName(login);
        return u.toString();
    }
};

} // namespace

TEST_CASE("the same demo seed in a file and on the server gives the same matches, measures and exports",
          "[.server][cli]") {
    REQUIRE(TestServer::active());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString url = TestServer::createDatabase();
    run({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--seed"),
         QStringLiteral("7")});
    const QString written = run(
        {QStringLiteral("demo"), QStringLiteral("--db"), url, QStringLiteral("--seed"), QStringLiteral("7")});
    CHECK(written.startsWith(QStringLiteral("demo database written: postgresql://"))); // no file path
    const QStringList fromFile = answers(file);
    checkSame(fromFile, answers(url));

    // A second demo into the same database is refused: it holds the first one's rows.
    auto again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), url});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds Placement Desk's data")));
    TestServer::dropDatabase(url);
}

TEST_CASE("migrate moves a file onto an empty server database whole, and the server then answers as the file",
          "[.server][cli][migrate]") {
    REQUIRE(TestServer::active());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    run({QStringLiteral("demo"), QStringLiteral("--db"), file});
    const QByteArray before = [&] {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const QString url = TestServer::createDatabase();
    const QString moved =
        run({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
    CHECK(moved.contains(QStringLiteral("(schema version")));
    CHECK(moved.contains(QStringLiteral("  placements: ")));
    const QString checked = run({QStringLiteral("check"), QStringLiteral("--db"), url});
    CHECK(checked.contains(QStringLiteral("integrity: ok")));
    checkSame(answers(file), answers(url));
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before); // the file is only read
    // The move is audited, and new rows carry on after the copied ids.
    CHECK(rowsOn(url, QStringLiteral("audit_log WHERE action = 'migrate'")) == 1);
    pd::test::TestSql sql(url);
    auto next =
        sql.value(QStringLiteral("INSERT INTO providers (name, kind) VALUES ('New', 'ifa') RETURNING id"));
    PD_REQUIRE_OK(next);
    CHECK(next->toLongLong() == sql.number(QStringLiteral("SELECT MAX(id) FROM providers")));
    CHECK(next->toLongLong() > 1);

    // Into a database that has rows: refused, nothing added.
    const qint64 providers = rowsOn(url, QStringLiteral("providers"));
    auto twice =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("Nothing was written")));
    CHECK(rowsOn(url, QStringLiteral("providers")) == providers);
    TestServer::dropDatabase(url);
}

TEST_CASE("a broken file is refused by migrate and the server database is left without a row",
          "[.server][cli][migrate]") {
    REQUIRE(TestServer::active());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    run({QStringLiteral("demo"), QStringLiteral("--db"), file});
    const QString url = TestServer::createDatabase();

    SECTION("a file cut short") {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 3));
        f.close();
        auto r =
            runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("Nothing was written")));
        pd::test::TestSql sql(url);
        auto tables = sql.tables();
        PD_REQUIRE_OK(tables);
        CHECK(tables->isEmpty()); // refused before the server was touched
    }
    SECTION("a file whose last table holds what the server will not take") {
        {
            pd::test::TestSql sql(file); // SQLite keeps text in a number column; the server does not
            PD_REQUIRE_OK(
                sql.run(QStringLiteral("UPDATE vacancies SET places = 'two' WHERE id = (SELECT MAX(id) "
                                       "FROM vacancies)")));
        }
        auto r =
            runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("vacancies")));
        CHECK(r.err.contains(QStringLiteral("Nothing was written")));
        for (const char* table : {"providers", "referrals", "placements", "audit_log", "vacancies"})
            CHECK(rowsOn(url, QString::fromLatin1(table)) == 0);
    }
    TestServer::dropDatabase(url);
}

TEST_CASE("the server enforces the roles: a read-only login writes nothing whatever the program believes, "
          "an officer does not change users",
          "[.server][cli][roles]") {
    const QString reader = testLogin("reader");
    const QString officer = testLogin("officer");
    // The program is told the reader is an officer: only the server stands in the way.
    const DemoOnServer server({{reader, QStringLiteral("read_only"), QStringLiteral("officer")},
                               {officer, QStringLiteral("officer")}});
    const QString& url = server.url;
    const auto as = [&](const QString& login) { return server.as(login); };
    const qint64 providers = rowsOn(url, QStringLiteral("providers"));

    {
        pd::test::TestSql sql(as(reader)); // as psql would be, with the reader's login
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM referrals")) > 0);
        auto tables = sql.tables();
        PD_REQUIRE_OK(tables);
        CHECK(tables->size() > 25);
        for (const QString& table : tables.value()) {
            INFO(table.toStdString());
            auto wiped = sql.run(QStringLiteral("DELETE FROM %1").arg(table));
            REQUIRE_FALSE(wiped.ok());
            CHECK(wiped.error().message.contains(QStringLiteral("permission denied")));
        }
    }
    auto import = runCli({QStringLiteral("import"), QStringLiteral("providers"), QStringLiteral("--db"),
                          as(reader), QStringLiteral(PD_SOURCE_DIR "/docs/examples/providers.csv")});
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("does not let your login")));
    CHECK(rowsOn(url, QStringLiteral("providers")) == providers);

    {
        pd::test::TestSql sql(as(officer));
        PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE providers SET name = name WHERE id = 1")));
        auto promote = sql.run(QStringLiteral("UPDATE users SET role = 'admin'"));
        REQUIRE_FALSE(promote.ok());
        CHECK(promote.error().message.contains(QStringLiteral("permission denied")));
    }
    auto byOfficer =
        runCli({QStringLiteral("grant"), QStringLiteral("--db"), as(officer), QStringLiteral("--login"),
                testLogin("other"), QStringLiteral("--role"), QStringLiteral("admin")});
    CHECK(byOfficer.exitCode == 1);
    CHECK(byOfficer.err.contains(QStringLiteral("Nothing was changed")));
}

TEST_CASE("in a consortium database each authority's officer sees only its own referrals and children, and "
          "every authority's vacancies",
          "[.server][cli][authorities]") {
    const QString a = testLogin("a");
    const QString b = testLogin("b");
    const DemoOnServer consortium(
        {{a, QStringLiteral("officer"), QStringLiteral("officer"), QStringLiteral("A")},
         {b, QStringLiteral("officer"), QStringLiteral("officer"), QStringLiteral("B")}});
    const QString& url = consortium.url;
    const auto as = [&](const QString& login) { return consortium.as(login); };
    const QString example = QStringLiteral(PD_SOURCE_DIR "/docs/examples/referral.json");
    run({QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), as(a), example});
    run({QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), as(b), example});
    const qint64 all = rowsOn(url, QStringLiteral("referrals"));
    const qint64 ofA =
        pd::test::TestSql(url).number(QStringLiteral("SELECT id FROM referrals WHERE authority = 'A'"));
    const qint64 ofB =
        pd::test::TestSql(url).number(QStringLiteral("SELECT id FROM referrals WHERE authority = 'B'"));
    REQUIRE(ofA > 0);
    REQUIRE(ofB > 0);

    {
        // Through its own connection (as psql): A's one referral, none of B's, nothing of the demo's.
        pd::test::TestSql sql(as(a));
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM referrals")) == 1);
        CHECK(sql.number(QStringLiteral("SELECT id FROM referrals")) == ofA);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM children")) == 0);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM placements")) == 0);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM invoices")) == 0);
        PD_REQUIRE_OK(
            sql.run(QStringLiteral("UPDATE referrals SET authority = 'A'"))); // changes only its own
        auto planted =
            sql.run(QStringLiteral("INSERT INTO referrals (reference, state, received_at, record_json, "
                                   "authority) VALUES ('R-X', 'draft', '2026-12-06', '{}', 'B')"));
        REQUIRE_FALSE(planted.ok());
        CHECK(planted.error().message.contains(QStringLiteral("row-level security")));
    }
    CHECK(pd::test::TestSql(url).number(
              QStringLiteral("SELECT COUNT(*) FROM referrals WHERE authority = 'B'")) == 1);
    CHECK(rowsOn(url, QStringLiteral("referrals")) == all);
    {
        // What hangs off a referral, a placement or an invoice is seen only with it; the audit log
        // holds A's own entries only (its import wrote some).
        pd::test::TestSql sql(as(a));
        CHECK(rowsOn(url, QStringLiteral("referral_children")) > 0); // the demo's referrals' children
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM referral_children WHERE referral_id <> :id"),
                         {{QStringLiteral(":id"), ofA}}) == 0);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM referral_transitions")) > 0);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM referral_transitions WHERE referral_id <> :id"),
                         {{QStringLiteral(":id"), ofA}}) == 0);
        for (const char* table : {"offers", "options_papers", "placement_choices", "referral_sends",
                                  "placement_contracts", "contract_outcomes", "placement_reviews",
                                  "review_ratings", "disruption_meetings", "invoice_findings"})
            CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) == 0);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
        CHECK(sql.number(QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE authority IS DISTINCT FROM 'A'")) == 0);
        auto planted = sql.run(QStringLiteral("INSERT INTO offers (referral_id, provision_id, status) "
                                              "SELECT :id, MIN(id), 'received' FROM provisions"),
                               {{QStringLiteral(":id"), ofB}});
        REQUIRE_FALSE(planted.ok());
        CHECK(planted.error().message.contains(QStringLiteral("row-level security")));
    }
    CHECK(pd::test::TestSql(url).number(QStringLiteral("SELECT COUNT(*) FROM offers")) ==
          rowsOn(url, QStringLiteral("offers")));
    CHECK(pd::test::TestSql(url).number(QStringLiteral("SELECT COUNT(*) FROM placement_reviews")) > 0);

    // The register is shared, but an authority's own in-house provider is changed by it alone.
    PD_REQUIRE_OK(pd::test::TestSql(as(a)).run(QStringLiteral(
        "INSERT INTO providers (name, kind, framework_status) VALUES ('A fostering', 'in_house_fostering', "
        "'in_house')")));
    const qint64 inHouseOfA = pd::test::TestSql(url).number(
        QStringLiteral("SELECT id FROM providers WHERE name = 'A fostering' AND authority = 'A'"));
    REQUIRE(inHouseOfA > 0);
    const qint64 independent = pd::test::TestSql(url).number(
        QStringLiteral("SELECT MIN(id) FROM providers WHERE framework_status <> 'in_house'"));
    {
        pd::test::TestSql sql(as(b));
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM providers WHERE id = :id"),
                         {{QStringLiteral(":id"), inHouseOfA}}) == 1); // B sees it in the register
        PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE providers SET name = 'taken' WHERE id = :id"),
                              {{QStringLiteral(":id"), inHouseOfA}})); // … but its change touches nothing
        PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE providers SET contacts = 'by B' WHERE id = :id"),
                              {{QStringLiteral(":id"), independent}}));
    }
    const auto textOf = [&](const QString& sql, qint64 id) {
        auto v = pd::test::TestSql(url).value(sql, {{QStringLiteral(":id"), id}});
        return v ? v->toString() : QString();
    };
    CHECK(textOf(QStringLiteral("SELECT name FROM providers WHERE id = :id"), inHouseOfA) ==
          QStringLiteral("A fostering"));
    CHECK(textOf(QStringLiteral("SELECT contacts FROM providers WHERE id = :id"), independent) ==
          QStringLiteral("by B"));

    // So are its homes, their households and vacancies; another authority may still use a vacancy.
    const auto id = [](qint64 v) { return QVariantMap{{QStringLiteral(":id"), v}}; };
    PD_REQUIRE_OK(pd::test::TestSql(as(a)).run(
        QStringLiteral("INSERT INTO provisions (provider_id, name, placement_type) VALUES (:id, 'A house', "
                       "'foster')"),
        id(inHouseOfA)));
    const qint64 homeOfA = pd::test::TestSql(url).number(
        QStringLiteral("SELECT id FROM provisions WHERE provider_id = :id"), id(inHouseOfA));
    PD_REQUIRE_OK(pd::test::TestSql(as(a)).run(
        QStringLiteral("INSERT INTO vacancies (provision_id, available_from, places) VALUES (:id, "
                       "'2026-12-01', 2)"),
        id(homeOfA)));
    {
        pd::test::TestSql sql(as(b));
        for (const char* change :
             {"UPDATE provisions SET name = 'taken' WHERE id = :id", "DELETE FROM provisions WHERE id = :id",
              "INSERT INTO provisions (provider_id, name, placement_type) SELECT provider_id, 'B''s', "
              "'foster' "
              "FROM provisions WHERE id = :id",
              "INSERT INTO vacancies (provision_id, available_from) VALUES (:id, '2026-12-02')",
              "UPDATE vacancies SET available_from = '2027-01-01' WHERE provision_id = :id",
              "UPDATE vacancies SET places = places + 1 WHERE provision_id = :id",
              "DELETE FROM vacancies WHERE provision_id = :id",
              "INSERT INTO household_members (provision_id, age) VALUES (:id, 9)"}) {
            INFO(change);
            auto refused = sql.run(QString::fromLatin1(change), id(homeOfA));
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().message.contains(QStringLiteral("in-house service of authority A")));
        }
        // B's placement takes a place, as PlacementRepository::useVacancy writes it.
        PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE vacancies SET places = places - 1, row_version = "
                                             "row_version + 1 WHERE provision_id = :id"),
                              id(homeOfA)));
        // An independent provider's homes stay the consortium's.
        PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE provisions SET quality_notes = 'seen by B' WHERE id = "
                                             "(SELECT MIN(id) FROM provisions WHERE provider_id = :id)"),
                              id(independent)));
    }
    CHECK(textOf(QStringLiteral("SELECT name FROM provisions WHERE id = :id"), homeOfA) ==
          QStringLiteral("A house"));
    CHECK(pd::test::TestSql(url).number(
              QStringLiteral("SELECT places FROM vacancies WHERE provision_id = :id"), id(homeOfA)) == 1);
    CHECK(pd::test::TestSql(url).number(
              QStringLiteral("SELECT COUNT(*) FROM household_members WHERE provision_id = :id"),
              id(homeOfA)) == 0);
    CHECK(textOf(QStringLiteral("SELECT quality_notes FROM provisions WHERE id = (SELECT MIN(id) FROM "
                                "provisions WHERE provider_id = :id)"),
                 independent) == QStringLiteral("seen by B"));
    PD_REQUIRE_OK(pd::test::TestSql(as(a)).run(
        QStringLiteral("UPDATE provisions SET name = 'A house, renamed' WHERE id = :id"), id(homeOfA)));
    CHECK(textOf(QStringLiteral("SELECT name FROM provisions WHERE id = :id"), homeOfA) ==
          QStringLiteral("A house, renamed"));

    // Through the program: B's referral does not exist for A; both share the register.
    auto other = runCli({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--id"),
                         QString::number(ofB), QStringLiteral("--db"), as(a)});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("does not exist")));
    const QString own = run({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--id"),
                             QString::number(ofA), QStringLiteral("--db"), as(a)});
    CHECK(own.contains(QStringLiteral("R-2026-0001")));
    const QString mine = run({QStringLiteral("match"), QStringLiteral("--referral"), QString::number(ofA),
                              QStringLiteral("--db"), as(a)});
    const QString byOwner = run({QStringLiteral("match"), QStringLiteral("--referral"), QString::number(ofA),
                                 QStringLiteral("--db"), url});
    CHECK(mine.section(u'\n', 0, 0) == byOwner.section(u'\n', 0, 0)); // "… excluded, of 979 vacancies."
    CHECK(mine.contains(QStringLiteral(" vacancies.")));
}

TEST_CASE("in a consortium database each authority's budget lines and their amounts are its own",
          "[.server][cli][authorities]") {
    const DemoOnServer consortium(
        {{testLogin("a"), QStringLiteral("manager"), QStringLiteral("manager"), QStringLiteral("A")},
         {testLogin("b"), QStringLiteral("manager"), QStringLiteral("manager"), QStringLiteral("B")}});
    const QString demoLines = QString::number(rowsOn(consortium.url, QStringLiteral("budget_lines")));
    REQUIRE(demoLines.toInt() > 0);
    // Each adds a line of the same name and sets its amount for the year, as its own login.
    for (const QString& login : {consortium.names[0], consortium.names[1]}) {
        pd::test::TestSql sql(consortium.as(login));
        PD_REQUIRE_OK(sql.run(QStringLiteral(
            "INSERT INTO budget_lines (name, category) VALUES ('Fostering', 'in_house_foster')")));
        PD_REQUIRE_OK(
            sql.run(QStringLiteral("INSERT INTO budgets (budget_line_id, year_ending, amount) SELECT "
                                   "id, '2030-03-31', :amount FROM budget_lines"),
                    {{QStringLiteral(":amount"), login == consortium.names[0] ? 1000 : 2000}}));
    }
    pd::test::TestSql owner(consortium.url);
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM budget_lines WHERE authority = 'A'")) == 1);
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM budget_lines WHERE authority = 'B'")) == 1);
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year_ending = '2030-03-31'")) == 2);
    {
        // A sees its one line and amount, none of B's or the demo's, and cannot reach B's.
        pd::test::TestSql sql(consortium.as(consortium.names[0]));
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM budget_lines")) == 1);
        CHECK(sql.number(QStringLiteral("SELECT SUM(amount) FROM budgets")) == 1000);
        PD_REQUIRE_OK(sql.run(QStringLiteral("UPDATE budgets SET amount = 0"))); // its own only
        auto planted =
            sql.run(QStringLiteral("INSERT INTO budgets (budget_line_id, year_ending, amount) "
                                   "SELECT id, '2028-03-31', 5 FROM budget_lines WHERE authority = "
                                   "'B'"));
        CHECK(planted.ok()); // selects nothing: B's line is not there for A
        auto asB = sql.run(QStringLiteral(
            "INSERT INTO budget_lines (name, category, authority) VALUES ('B''s', 'ifa', 'B')"));
        REQUIRE_FALSE(asB.ok());
        CHECK(asB.error().message.contains(QStringLiteral("row-level security")));
    }
    CHECK(owner.number(QStringLiteral("SELECT amount FROM budgets b JOIN budget_lines l ON l.id = "
                                      "b.budget_line_id WHERE l.authority = 'B'")) == 2000);
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM budgets WHERE year_ending = '2028-03-31'")) == 0);
    // Through the program: A's `budget` lists its own line; the owner's lists the demo's too.
    const QString ofA = run({QStringLiteral("budget"), QStringLiteral("--json"), QStringLiteral("--db"),
                             consortium.as(consortium.names[0])});
    CHECK(ofA.count(QStringLiteral("\"budget_line\"")) == 1);
    CHECK(ofA.contains(QStringLiteral("Fostering")));
    const QString all =
        run({QStringLiteral("budget"), QStringLiteral("--json"), QStringLiteral("--db"), consortium.url});
    CHECK(all.count(QStringLiteral("\"budget_line\"")) == demoLines.toInt() + 2);
}

TEST_CASE("the server keeps each role to the tables its work changes: a social worker records reviews and "
          "meetings but not the register, placements or money; an officer not budgets, settings or contracts",
          "[.server][cli][roles]") {
    const QString worker = testLogin("sw");
    const QString officer = testLogin("of");
    const DemoOnServer server(
        {{worker, QStringLiteral("social_worker")}, {officer, QStringLiteral("officer")}});
    const QString& url = server.url;
    const auto as = [&](const QString& login) { return server.as(login); };
    pd::test::TestSql owner(url);
    // A current placement without a contract or a review yet.
    const qint64 placement = owner.number(QStringLiteral(
        "SELECT MIN(p.id) FROM placements p WHERE p.end_date IS NULL AND p.start_date < '2026-10-01' AND NOT "
        "EXISTS (SELECT 1 FROM placement_contracts c WHERE c.placement_id = p.id) AND NOT EXISTS (SELECT 1 "
        "FROM placement_reviews r WHERE r.placement_id = p.id)"));
    REQUIRE(placement > 0);
    const auto refused = [](pd::test::TestSql& sql, const char* statement) {
        INFO(statement);
        auto r = sql.run(QString::fromLatin1(statement));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("permission denied")));
    };

    {
        // Through the program, as the social worker: a review, a meeting, a referral imported.
        auto desk = pd::core::Desk::open(as(worker));
        PD_REQUIRE_OK(desk);
        pd::core::PlacementReview review;
        review.placementId = placement;
        review.heldOn = QDate(2026, 11, 20);
        review.iroView = QStringLiteral("Settled.");
        PD_REQUIRE_OK(desk.value()->reviews().record(review));
        pd::core::DisruptionMeeting meeting;
        meeting.placementId = placement;
        meeting.heldOn = QDate(2026, 11, 21);
        meeting.askedBy = pd::core::MeetingAskedBy::SocialWorker;
        meeting.attendees = QStringLiteral("Carers, social worker");
        meeting.concerns = QStringLiteral("Late nights.");
        meeting.actions = QStringLiteral("Agree a curfew (carers).");
        PD_REQUIRE_OK(desk.value()->meetings().record(meeting));
    }
    run({QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), as(worker),
         QStringLiteral(PD_SOURCE_DIR "/docs/examples/referral.json")});
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM placement_reviews WHERE recorded_by = :w"),
                       {{QStringLiteral(":w"), worker}}) == 1);
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM disruption_meetings WHERE recorded_by = :w"),
                       {{QStringLiteral(":w"), worker}}) == 1);
    {
        // As psql would be, with the social worker's login: the register, placements, offers, invoices
        // and money are not theirs to change.
        pd::test::TestSql sql(as(worker));
        for (const char* statement :
             {"UPDATE providers SET contacts = 'by a social worker'",
              "INSERT INTO vacancies (provision_id, available_from) SELECT MIN(id), '2027-01-01' FROM "
              "provisions",
              "UPDATE placements SET weekly_cost = 1", "UPDATE offers SET status = 'withdrawn'",
              "DELETE FROM invoices", "UPDATE budgets SET amount = 0", "UPDATE settings SET value = '1'",
              "UPDATE placement_contracts SET weekly_fee = 0"})
            refused(sql, statement);
    }
    {
        // The officer keeps the register, but budgets, settings and contracts are a manager's.
        pd::test::TestSql sql(as(officer));
        PD_REQUIRE_OK(sql.run(QStringLiteral(
            "UPDATE providers SET contacts = 'by an officer' WHERE id = (SELECT MIN(id) FROM providers)")));
        for (const char* statement :
             {"UPDATE budgets SET amount = 0",
              "INSERT INTO budget_lines (name, category) VALUES ('x', 'ifa')",
              "UPDATE settings SET value = '1'", "UPDATE placement_contracts SET weekly_fee = 0",
              "UPDATE provider_contracts SET reserved_places = 0", "DELETE FROM contract_outcomes"})
            refused(sql, statement);
    }
    run({QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), as(officer),
         QStringLiteral(PD_SOURCE_DIR "/docs/examples/referral.json")});
    CHECK(owner.number(QStringLiteral("SELECT COUNT(*) FROM providers WHERE contacts = 'by an officer'")) ==
          1);
}
