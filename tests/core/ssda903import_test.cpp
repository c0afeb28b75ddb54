// SPDX-License-Identifier: GPL-3.0-or-later
// The SSDA903 import on the example return of docs/examples (6 children, 12 episodes, rows out of order).
#include "core/exchange/ssda903import.h"
#include "core/reports/indicatorreport.h"
#include "core/storage/auditlog.h"
#include "core/storage/dashboardqueries.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

QByteArray example(const char* name) {
    QFile f(QStringLiteral(PD_SOURCE_DIR "/docs/examples/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString writeFile(const TempDatabase& t, const QString& name, const QByteArray& content) {
    const QString path = t.dir() + u'/' + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

Result<Ssda903ImportSummary> importTexts(TempDatabase& t, const QByteArray& episodes,
                                         const QByteArray& header) {
    return importSsda903(t.db(), writeFile(t, QStringLiteral("ssda903-episodes.csv"), episodes),
                         writeFile(t, QStringLiteral("ssda903-header.csv"), header));
}

// Everything the import can change, as one fingerprint.
QByteArray fingerprint(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM children ORDER BY id", "SELECT * FROM placements ORDER BY id",
                            "SELECT COUNT(*) FROM audit_log"}) {
        auto rows = pd::test::TestSql(db).rows(QLatin1String(sql));
        REQUIRE(rows.ok());
        for (const QVariantList& q : rows.value())
            for (int i = 0; i < 30 && q.value(i).isValid(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '|');
    }
    return hash.result();
}

QJsonObject figures(Database& db) {
    auto data = loadDashboardData(db, QDate(2024, 3, 31));
    REQUIRE(data.ok());
    return indicatorJson(buildIndicatorReport(data.value(), QDate(2024, 3, 31), QDate(2023, 12, 31)));
}

} // namespace

TEST_CASE("a valid SSDA903 return imports as placement histories", "[ssda903][import]") {
    TempDatabase t;
    auto summary = importTexts(t, example("ssda903-episodes.csv"), example("ssda903-header.csv"));
    PD_REQUIRE_OK(summary);
    CHECK(summary->children == 6);
    CHECK(summary->episodes == 12);
    CHECK(summary->replacedChildren == 0);

    auto history = loadPlacementHistory(t.db());
    PD_REQUIRE_OK(history);
    REQUIRE(history->children.size() == 6);
    // Child 100002's rows came out of order; they are stored in date order, SEX 2 -> F.
    const ChildHistory& c2 = history->children.at(1);
    CHECK(c2.childRef == QStringLiteral("100002"));
    CHECK(c2.sex == QStringLiteral("F"));
    REQUIRE(c2.episodes.size() == 4);
    CHECK(c2.episodes.first().start == QDate(2022, 2, 10));
    CHECK(c2.episodes.last().category == PlacementCategory::IndependentResidential); // K2 + PR4

    // Worked out by hand: 100003 is V3 (left out); of the other five, 100002 has 4 placements in the
    // year (1 of 5 = 20%); 100004's respite (T1) and return to the same URN/postcode is one placement.
    // Long-term: 100001 (11, since 2021) and 100005 (9, since 2020, L keeps the carer); 100004 is 16
    // and 100002 came into care in 2022 -> 2 of 2. No postcode table: all 5 distances unknown.
    const QJsonObject json = figures(t.db());
    CHECK(json[QStringLiteral("three_or_more_placements")][QStringLiteral("numerator")].toInt() == 1);
    CHECK(json[QStringLiteral("three_or_more_placements")][QStringLiteral("denominator")].toInt() == 5);
    CHECK(json[QStringLiteral("three_or_more_placements")][QStringLiteral("percent")].toDouble() ==
          Approx(20.0));
    CHECK(json[QStringLiteral("long_term_stability")][QStringLiteral("numerator")].toInt() == 2);
    CHECK(json[QStringLiteral("long_term_stability")][QStringLiteral("denominator")].toInt() == 2);
    CHECK(json[QStringLiteral("distance_over_20_miles")][QStringLiteral("unknown")].toInt() == 5);
    CHECK(json[QStringLiteral("mix")][QStringLiteral("in_house_foster")].toInt() == 2);
    CHECK(json[QStringLiteral("mix")][QStringLiteral("parent_and_child")].toInt() == 1);
}

TEST_CASE("an invalid SSDA903 row is refused with file, line and reason, and nothing changes",
          "[ssda903][import]") {
    struct Case {
        const char* what;
        bool inHeader;
        const char* from;
        const char* to;
        const char* expected;
    };
    const Case c = GENERATE(values<Case>({
        {"bad date", false, "100001,03/03/2021", "100001,31/02/2021",
         "ssda903-episodes.csv, line 2: DECOM '31/02/2021' is not a date (dd/mm/yyyy)."},
        {"unknown PLACE code", false, "N1,U4,PR1,,,,BS5 9QP", "N1,X9,PR1,,,,BS5 9QP",
         "ssda903-episodes.csv, line 2: PLACE 'X9' is not a known SSDA903 code."},
        {"unknown legal status", false, "100006,04/01/2024,S,E1", "100006,04/01/2024,S,Q7",
         "ssda903-episodes.csv, line 13: LS 'Q7' is not a known SSDA903 code."},
        {"ends before it starts", false, "N1,R3,PR4,,", "N1,R3,PR4,01/01/2024,E11",
         "ssda903-episodes.csv, line 13: the episode ends (DEC 01/01/2024) before it starts (DECOM "
         "04/01/2024)."},
        {"overlapping episodes", false, "100004,08/08/2023", "100004,05/08/2023",
         "ssda903-episodes.csv, line 10: child 100004's episode starting 05/08/2023 overlaps the episode on "
         "line 9"},
        {"child missing from the header", true, "100006,2,12/12/2010,WBRI\n", "",
         "ssda903-episodes.csv, line 13: child 100006 is not in the header file."},
        {"missing column", false, "PL_POST,URN", "PL_POST",
         "ssda903-episodes.csv, line 1: the header lacks the column(s) URN."},
        {"bad SEX in the header", true, "100003,1,", "100003,3,",
         "ssda903-header.csv, line 4: SEX '3' must be 1 (male) or 2 (female)."},
    }));
    INFO(c.what);
    TempDatabase t;
    PD_REQUIRE_OK(importTexts(t, example("ssda903-episodes.csv"), example("ssda903-header.csv")));
    const QByteArray before = fingerprint(t.db());

    QByteArray episodes = example("ssda903-episodes.csv");
    QByteArray header = example("ssda903-header.csv");
    QByteArray& target = c.inHeader ? header : episodes;
    REQUIRE(target.contains(c.from));
    target.replace(c.from, c.to);
    // Change the same return so that a valid re-import would also have changed something.
    episodes.replace("BS16 2LJ", "BS16 9ZZ");

    auto result = importTexts(t, episodes, header);
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(QLatin1String(c.expected)));
    CHECK(result.error().message.contains(QStringLiteral("nothing was changed")));
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("importing the same return again replaces the histories and gives the same figures",
          "[ssda903][import]") {
    TempDatabase t;
    PD_REQUIRE_OK(importTexts(t, example("ssda903-episodes.csv"), example("ssda903-header.csv")));
    const QJsonObject first = figures(t.db());
    // A cost the team recorded on child 100001's episode survives the re-import.
    REQUIRE(pd::test::TestSql(t.db())
                .run(QStringLiteral("UPDATE placements SET weekly_cost = 420 WHERE child_id = "
                                    "(SELECT id FROM children WHERE child_ref = '100001')"))
                .ok());

    auto again = importTexts(t, example("ssda903-episodes.csv"), example("ssda903-header.csv"));
    PD_REQUIRE_OK(again);
    CHECK(again->replacedChildren == 6);
    auto history = loadPlacementHistory(t.db());
    PD_REQUIRE_OK(history);
    int episodes = 0;
    for (const ChildHistory& c : history->children)
        episodes += int(c.episodes.size());
    CHECK(episodes == 12); // replaced, not duplicated
    CHECK(history->children.first().episodes.first().weeklyCost == std::optional<double>(420.0));
    QJsonObject second = figures(t.db());
    // Only the unit cost of in-house foster changed (the cost added above); the rest is identical.
    second.remove(QStringLiteral("unit_costs"));
    QJsonObject firstWithout = first;
    firstWithout.remove(QStringLiteral("unit_costs"));
    CHECK(QJsonDocument(second).toJson() == QJsonDocument(firstWithout).toJson());
}

TEST_CASE("a return that changes a child's sex, date of birth or ethnicity audits old and new values",
          "[ssda903][import][audit]") {
    TempDatabase t;
    PD_REQUIRE_OK(importTexts(t, example("ssda903-episodes.csv"), example("ssda903-header.csv")));
    QByteArray header = example("ssda903-header.csv");
    REQUIRE(header.contains("100001,1,14/06/2012,WBRI"));
    header.replace("100001,1,14/06/2012,WBRI", "100001,2,15/06/2012,WIRI");
    PD_REQUIRE_OK(importTexts(t, example("ssda903-episodes.csv"), header));

    auto entries = AuditLog(t.db()).entries(QStringLiteral("children"));
    PD_REQUIRE_OK(entries);
    QMap<QString, QPair<QString, QString>> changed;
    for (const AuditEntry& e : entries.value())
        if (e.field != QLatin1String("child"))
            changed.insert(e.field, {e.oldValue, e.newValue});
    CHECK(changed.value(QStringLiteral("sex")) == qMakePair(QStringLiteral("M"), QStringLiteral("F")));
    CHECK(changed.value(QStringLiteral("dob")) ==
          qMakePair(QStringLiteral("2012-06-14"), QStringLiteral("2012-06-15")));
    CHECK(changed.value(QStringLiteral("ethnicity")) ==
          qMakePair(QStringLiteral("WBRI"), QStringLiteral("WIRI")));
    CHECK(changed.size() == 3); // the other five children did not change
    // Each new child of the first import was audited with what it was given.
    int added = 0;
    for (const AuditEntry& e : entries.value())
        added += e.field == QLatin1String("child") && e.oldValue.isEmpty() ? 1 : 0;
    CHECK(added == 6);
}
