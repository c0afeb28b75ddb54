// SPDX-License-Identifier: GPL-3.0-or-later
// export ssda903: the authority's own return from its placements, checked against DfE's rules.
#include "core/exchange/ssda903export.h"
#include "core/exchange/ssda903import.h"
#include "core/exchange/ssda903rules.h"
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"

#include <QBuffer>
#include <QFile>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

const FinancialYear kYear = FinancialYear::ending(QDate(2026, 3, 31));

struct Ep {
    const char* start;
    const char* end;
    const char* rne;
    const char* ls;
    const char* place;
    const char* provider;
    const char* rec;
    const char* cin = "N1";
    const char* urn = "";
};

Ssda903Episode episode(const Ep& e) {
    Ssda903Episode out;
    out.childRef = QStringLiteral("A1");
    out.start = QDate::fromString(QLatin1String(e.start), Qt::ISODate);
    out.end = QDate::fromString(QLatin1String(e.end), Qt::ISODate);
    out.rne = QLatin1String(e.rne);
    out.legalStatus = QLatin1String(e.ls);
    out.place = QLatin1String(e.place);
    out.placeProvider = QLatin1String(e.provider);
    out.reasonEnd = QLatin1String(e.rec);
    out.reasonPlaceChange = out.reasonEnd == u"X1" ? QStringLiteral("CARPL") : QString();
    out.cin = QLatin1String(e.cin);
    out.urn = QLatin1String(e.urn);
    return out;
}

Ssda903Return child(const QList<Ep>& episodes, const QString& sex = QStringLiteral("M")) {
    Ssda903Return r;
    r.children << Ssda903Child{QStringLiteral("A1"), sex, QDate(2012, 1, 1), QStringLiteral("WBRI")};
    for (const Ep& e : episodes)
        r.episodes << episode(e);
    return r;
}

QStringList rules(const Ssda903Return& r) {
    QStringList out;
    for (const Ssda903Finding& f : checkSsda903(r, kYear))
        out << f.rule;
    return out;
}

void addPlacement(Database& db, qint64 childId, const Ep& e) {
    auto id = RecordWriter(db).insert(
        QStringLiteral("placements"),
        {{QStringLiteral("child_id"), childId},
         {QStringLiteral("start_date"), QString::fromLatin1(e.start)},
         {QStringLiteral("end_date"), *e.end ? QVariant(QString::fromLatin1(e.end)) : QVariant()},
         {QStringLiteral("rne"), QString::fromLatin1(e.rne)},
         {QStringLiteral("legal_status"), *e.ls ? QVariant(QString::fromLatin1(e.ls)) : QVariant()},
         {QStringLiteral("cin"), *e.cin ? QVariant(QString::fromLatin1(e.cin)) : QVariant()},
         {QStringLiteral("place"), QString::fromLatin1(e.place)},
         {QStringLiteral("place_provider"), QString::fromLatin1(e.provider)},
         {QStringLiteral("reason_end"), *e.rec ? QVariant(QString::fromLatin1(e.rec)) : QVariant()},
         {QStringLiteral("reason_place_change"),
          QString::fromLatin1(e.rec) == u"X1" ? QVariant("CARPL") : QVariant()},
         {QStringLiteral("placement_postcode"), QStringLiteral("RV3 1AA")}});
    PD_REQUIRE_OK(id);
}

qint64 addChild(Database& db, const char* ref) {
    auto id = RecordWriter(db).insert(QStringLiteral("children"),
                                      {{QStringLiteral("child_ref"), QString::fromLatin1(ref)},
                                       {QStringLiteral("sex"), QStringLiteral("F")},
                                       {QStringLiteral("dob"), QStringLiteral("2013-07-09")},
                                       {QStringLiteral("ethnicity"), QStringLiteral("BAFR")},
                                       {QStringLiteral("home_postcode"), QStringLiteral("RV1 2AB")}});
    PD_REQUIRE_OK(id);
    return id.value();
}

QString fileText(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("the SSDA903 rules: a clean child passes, each broken rule is named", "[ssda903][export]") {
    // A move within the year (X1, then P the same day) and an open placement: nothing to report.
    CHECK(rules(child({{"2024-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "X1"},
                       {"2025-06-01", "", "P", "C2", "U5", "PR4", ""}}))
              .isEmpty());

    struct Case {
        const char* rule;
        QList<Ep> episodes;
        const char* sex = "M";
    };
    const Case c = GENERATE(Case{"501",
                                 {{"2025-05-01", "2025-06-10", "S", "C2", "U4", "PR1", "X1"},
                                  {"2025-06-01", "", "P", "C2", "U4", "PR4", ""}}},
                            Case{"142",
                                 {{"2025-05-01", "", "S", "C2", "U4", "PR1", ""},
                                  {"2025-06-01", "", "P", "C2", "U4", "PR4", ""}}},
                            Case{"388", {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "X1"}}},
                            Case{"388",
                                 {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "E4A"},
                                  {"2025-06-01", "", "S", "C2", "U4", "PR1", ""}}},
                            Case{"431",
                                 {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "X1"},
                                  {"2025-06-01", "", "S", "C2", "U4", "PR4", ""}}},
                            Case{"rne",
                                 {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "E4A"},
                                  {"2025-09-01", "", "P", "C2", "U4", "PR1", ""}}},
                            Case{"504",
                                 {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "X1", "N1"},
                                  {"2025-06-01", "", "P", "C2", "U4", "PR4", "", "N2"}}},
                            Case{"436",
                                 {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", "X1"},
                                  {"2025-06-01", "", "B", "C2", "U4", "PR4", ""}}},
                            Case{"222", {{"2025-05-01", "", "S", "C2", "P2", "PR4", "", "N1", "SC123456"}}},
                            Case{"526", {{"2025-05-01", "", "S", "C2", "U4", "", ""}}},
                            Case{"213",
                                 {{"2025-05-01", "2025-06-01", "P", "C2", "T1", "PR1", "X1"},
                                  {"2025-06-01", "", "P", "C2", "U4", "PR1", ""}}},
                            Case{"380",
                                 {{"2025-05-01", "2025-06-01", "S", "C2", "T1", "", "X1"},
                                  {"2025-06-01", "", "P", "C2", "U4", "PR1", ""}}},
                            Case{"355", {{"2025-05-01", "2025-05-01", "S", "C2", "U4", "PR1", "E4A"}}},
                            Case{"148", {{"2025-05-01", "2025-06-01", "S", "C2", "U4", "PR1", ""}}},
                            Case{"ls", {{"2025-05-01", "", "S", "", "U4", "PR1", ""}}},
                            Case{"year", {{"2025-05-01", "2026-06-01", "S", "C2", "U4", "PR1", "E4A"}}},
                            Case{"144", {{"2025-05-01", "", "S", "Q9", "U4", "PR1", ""}}},
                            Case{"101", {{"2025-05-01", "", "S", "C2", "U4", "PR1", ""}}, "U"});
    const QStringList found = rules(child(c.episodes, QString::fromLatin1(c.sex)));
    CAPTURE(c.rule, found.join(u' ').toStdString());
    CHECK(found.contains(QLatin1String(c.rule)));
    CHECK(ssda903RulesChecked().contains(QLatin1String(c.rule)));
}

TEST_CASE("export ssda903 writes the year's episodes, open ones without DEC, and import reads them back",
          "[ssda903][export]") {
    TempDatabase t;
    const qint64 a = addChild(t.db(), "A1");
    const qint64 b = addChild(t.db(), "B2");
    addPlacement(t.db(), a, {"2023-02-01", "2025-06-01", "S", "C2", "U4", "PR1", "X1"});
    addPlacement(t.db(), a,
                 {"2025-06-01", "2026-05-01", "P", "C2", "U5", "PR4", "X1"}); // moves after 31 March
    addPlacement(t.db(), a, {"2026-05-01", "", "P", "C2", "U4", "PR1", ""});  // next year's
    addPlacement(t.db(), b, {"2020-01-01", "2024-12-01", "S", "C2", "U4", "PR1", "E4A"}); // left before
    const QString episodes = t.dir() + QStringLiteral("/episodes.csv");
    const QString header = t.dir() + QStringLiteral("/header.csv");

    auto written = exportSsda903(t.db(), QDate(2026, 3, 31), episodes, header);
    PD_REQUIRE_OK(written);
    CHECK(written->children == 1);
    CHECK(written->episodes == 2);
    CHECK(written->openAtYearEnd == 1);
    CHECK(fileText(header) == QStringLiteral("CHILD,SEX,DOB,ETHNIC\r\nA1,2,09/07/2013,BAFR\r\n"));
    CHECK(fileText(episodes) ==
          QStringLiteral("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                         "PL_POST,URN\r\n"
                         "A1,01/02/2023,S,C2,N1,U4,PR1,01/06/2025,X1,CARPL,RV1 2AB,RV3 1AA,\r\n"
                         "A1,01/06/2025,P,C2,N1,U5,PR4,,,,RV1 2AB,RV3 1AA,\r\n"));

    QFile e(episodes), h(header);
    REQUIRE(e.open(QIODevice::ReadOnly));
    REQUIRE(h.open(QIODevice::ReadOnly));
    auto back = readSsda903(e, QStringLiteral("episodes.csv"), h, QStringLiteral("header.csv"));
    PD_REQUIRE_OK(back);
    CHECK(back->episodes.size() == 2);
    CHECK(checkSsda903(back.value(), kYear).isEmpty());
}

TEST_CASE("export ssda903 refuses overlapping episodes, naming the child and the dates, and writes nothing",
          "[ssda903][export]") {
    TempDatabase t;
    const qint64 a = addChild(t.db(), "A1");
    addPlacement(t.db(), a, {"2025-05-01", "2025-08-01", "S", "C2", "U4", "PR1", "X1"});
    addPlacement(t.db(), a, {"2025-07-15", "", "P", "C2", "U4", "PR4", "", ""});
    const QString episodes = t.dir() + QStringLiteral("/episodes.csv");
    const QString header = t.dir() + QStringLiteral("/header.csv");
    auto refused = exportSsda903(t.db(), QDate(2026, 3, 31), episodes, header);
    REQUIRE_FALSE(refused.ok());
    const QString m = refused.error().message;
    INFO(m.toStdString());
    CHECK(m.contains(QStringLiteral("was not written")));
    CHECK(m.contains(QStringLiteral("child A1, episode starting 15/07/2025: rule 501: it starts before the "
                                    "previous episode ends (DEC 01/08/2025)")));
    CHECK_FALSE(QFile::exists(episodes));
    CHECK_FALSE(QFile::exists(header));
}
