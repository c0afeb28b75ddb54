// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, must-show 4: every bad value the testers found silently changed and stored is refused
// with a message naming the field and the line, and the database is left unchanged.
#include "core/exchange/postcodeimport.h"
#include "core/exchange/registerimport.h"
#include "core/exchange/ssda903import.h"
#include "core/services/referralexchange.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/registerfixture.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QFile>
#include <QJsonDocument>

using namespace pd::core;
using pd::test::importText;
using pd::test::registerFingerprint;
using pd::test::TempDatabase;

namespace {

/// Everything an import can change, as row counts and the audit log's size.
QString everything(Database& db) {
    pd::test::TestSql sql(db);
    return registerFingerprint(db) + QStringLiteral("|%1|%2|%3")
                                         .arg(sql.number(QStringLiteral("SELECT COUNT(*) FROM referrals")))
                                         .arg(sql.number(QStringLiteral("SELECT COUNT(*) FROM children")))
                                         .arg(sql.number(QStringLiteral("SELECT COUNT(*) FROM placements")));
}

/// A valid referral as the export writes it (indented, one key a line).
QByteArray referralJson() {
    Referral r = pd::test::completeReferral();
    r.siblingCount = 1;
    r.budgetGuideWeekly = 900;
    r.contact = {{QStringLiteral("Mum"), 2, QStringLiteral("RV1 2AB")}};
    return QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
}

int lineOf(const QByteArray& text, const QByteArray& needle) {
    const qsizetype at = text.indexOf(needle);
    REQUIRE(at >= 0);
    return int(text.left(at).count('\n')) + 1;
}

struct JsonCase {
    const char* what;
    QByteArray from; // text of the valid file to replace ...
    QByteArray to;   // ... with this
    const char* field;
};

} // namespace

TEST_CASE("a referral file with a bad value is refused naming field and line", "[strict][exchange]") {
    const JsonCase c = GENERATE(
        JsonCase{"siblingCount -1", "\"siblingCount\": 1", "\"siblingCount\": -1",
                 "PlacementAvailability.siblingCount: -1 is not a whole number from 0 to 12"},
        JsonCase{"siblingCount 2147483648", "\"siblingCount\": 1", "\"siblingCount\": 2147483648",
                 "PlacementAvailability.siblingCount: 2147483648 is not a whole number"},
        JsonCase{"siblingCount 1e9", "\"siblingCount\": 1", "\"siblingCount\": 1e9",
                 "PlacementAvailability.siblingCount: 1000000000 is not a whole number"},
        JsonCase{"budget as text", "\"budgetGuideWeekly\": 900", "\"budgetGuideWeekly\": \"920\"",
                 "PlacementDeskExtension.budgetGuideWeekly: \"920\" is not a number"},
        JsonCase{"negative budget", "\"budgetGuideWeekly\": 900", "\"budgetGuideWeekly\": -900",
                 "PlacementDeskExtension.budgetGuideWeekly: -900 is not a number from 0"},
        JsonCase{"negative sessions a week", "\"sessionsPerWeek\": 2", "\"sessionsPerWeek\": -2",
                 "PlacementDeskExtension.contact[0].sessionsPerWeek: -2 is not a number from 0"},
        JsonCase{"date of birth in 2099", "\"dateOfBirth\": \"2014-05-02\"",
                 "\"dateOfBirth\": \"2099-05-02\"",
                 "PlacementDeskExtension.children[0].dateOfBirth: 02/05/2099 is in the future"},
        JsonCase{"date of birth in 1800", "\"dateOfBirth\": \"2014-05-02\"",
                 "\"dateOfBirth\": \"1800-05-02\"",
                 "PlacementDeskExtension.children[0].dateOfBirth: 02/05/1800 is more than 25 years ago"});
    INFO(c.what);
    TempDatabase t;
    const QByteArray valid = referralJson();
    REQUIRE(valid.contains(c.from));
    QByteArray bad = valid;
    bad.replace(c.from, c.to);
    const QString before = everything(t.db());
    auto result = ReferralExchange(t.db()).importJson(bad, QStringLiteral("bad.json"));
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(QString::fromUtf8(c.field)));
    CHECK(result.error().message.contains(QStringLiteral("(line %1)").arg(lineOf(bad, c.to))));
    CHECK(everything(t.db()) == before);
    // The same file with the good value imports.
    PD_REQUIRE_OK(ReferralExchange(t.db()).importJson(valid, QStringLiteral("good.json")));
}

TEST_CASE("a referral file that is not strict UTF-8 JSON is refused with its line", "[strict][exchange]") {
    struct Case {
        const char* what;
        QByteArray from, to;
        const char* reason;
    };
    const Case c = GENERATE(
        Case{"Latin-1 text", "\"socialWorker\": \"", "\"socialWorker\": \"Fost\xe9ring ", "not UTF-8"},
        Case{"a NUL byte in a name", "\"firstName\": \"",
             QByteArray("\"firstName\": \"A#B").replace('#', '\0'), "NUL byte"},
        Case{"an escaped NUL in a name", "\"firstName\": \"", "\"firstName\": \"A\\u0000B",
             "control character"},
        Case{"an escape sequence in a name", "\"firstName\": \"", "\"firstName\": \"\\u001b[2J", "U+001B"},
        Case{"a duplicated key", "\"siblingCount\": 1", "\"siblingCount\": 1,\n        \"siblingCount\": 3",
             "the key \"siblingCount\" appears twice"});
    INFO(c.what);
    TempDatabase t;
    QByteArray bad = referralJson();
    REQUIRE(bad.contains(c.from));
    bad.replace(c.from, c.to);
    const QString before = everything(t.db());
    auto result = ReferralExchange(t.db()).importJson(bad, QStringLiteral("bad.json"));
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.contains(QString::fromUtf8(c.reason)));
    const int line = lineOf(bad, c.to.right(c.to.size() - c.to.lastIndexOf('\n') - 1));
    CHECK(result.error().message.startsWith(QStringLiteral("bad.json, line %1:").arg(line)));
    CHECK(everything(t.db()) == before);
}

TEST_CASE("a UTF-16 file is refused with a hint to save it as UTF-8", "[strict][exchange][register]") {
    TempDatabase t;
    const QString text = QStringLiteral("urn,name,kind\nSC910001,Ash,ifa\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const QString before = everything(t.db());
    auto csv = importText(t.db(), &importProviders, utf16, QStringLiteral("p.csv"));
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().message.startsWith(QStringLiteral("p.csv, line 1:")));
    CHECK(csv.error().message.contains(QStringLiteral("UTF-16")));
    CHECK(csv.error().message.contains(QStringLiteral("Save the file as UTF-8")));
    auto json = ReferralExchange(t.db()).importJson(utf16, QStringLiteral("r.json"));
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().message.contains(QStringLiteral("UTF-16")));
    CHECK(everything(t.db()) == before);
}

TEST_CASE("a register file with a bad value is refused naming field and line", "[strict][register]") {
    struct Case {
        const char* what;
        pd::test::Importer importer;
        QByteArray text;
        int line;
        const char* reason;
    };
    const QByteArray provisions("provider_urn,code,name,placement_type,weekly_fee\n");
    const Case c = GENERATE_COPY(
        Case{"Latin-1 name", &importProviders, "urn,name,kind\nSC910001,Fost\xe9ring,ifa\n", 2, "not UTF-8"},
        Case{"NUL in a name", &importProviders,
             QByteArray("urn,name,kind\nSC910001,Oak#Lodge,ifa\n").replace('#', '\0'), 2, "NUL byte"},
        Case{"escape in a name", &importProviders, "urn,name,kind\nSC910001,\x1b[31mOak,ifa\n", 2, "U+001B"},
        Case{"duplicated column", &importProviders, "urn,name,kind,name\nSC910001,Oak,ifa,Elm\n", 1,
             "the column name appears twice (columns 2 and 4)"},
        Case{"fee 1,0,5,0", &importProvisions, provisions + "SC900001,H-900,House,foster,\"1,0,5,0\"\n", 2,
             "weekly_fee '1,0,5,0' is not a number"},
        Case{"fee NaN", &importProvisions, provisions + "SC900001,H-900,House,foster,NaN\n", 2,
             "weekly_fee 'NaN' is not a number"},
        Case{"fee infinite", &importProvisions, provisions + "SC900001,H-900,House,foster,inf\n", 2,
             "weekly_fee 'inf' is not a number"},
        Case{"negative fee", &importProvisions, provisions + "SC900001,H-900,House,foster,-420\n", 2,
             "weekly_fee '-420' is not a number"},
        Case{"duplicated postcode column", &importPostcodes, "pcds,lat,long,lat\nAB1 2CD,57.1,-2.1,1\n", 1,
             "the column lat appears twice"});
    INFO(c.what);
    TempDatabase t;
    pd::test::importAllExamples(t.db());
    const QString before = everything(t.db());
    auto result = importText(t.db(), c.importer, c.text, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(result.ok());
    INFO(result.error().message.toStdString());
    CHECK(result.error().message.startsWith(QStringLiteral("bad.csv, line %1:").arg(c.line)));
    CHECK(result.error().message.contains(QString::fromUtf8(c.reason)));
    CHECK(everything(t.db()) == before);
}

TEST_CASE("a fee with thousands separators where they belong is read as written", "[strict][register]") {
    TempDatabase t;
    pd::test::importAllExamples(t.db());
    auto result =
        importText(t.db(), &importProvisions,
                   "provider_urn,code,name,placement_type,weekly_fee\n"
                   "SC900001,H-900,House,foster,\"1,050\"\nSC900001,H-901,House,foster,\"\u00a31,050.50\"\n");
    PD_REQUIRE_OK(result);
    auto fees = pd::test::TestSql(t.db()).rows(
        QStringLiteral("SELECT weekly_fee FROM provisions WHERE code IN ('H-900', 'H-901') ORDER BY code"));
    REQUIRE(fees.ok());
    REQUIRE(fees->size() == 2);
    CHECK(fees->at(0).at(0).toDouble() == 1050.0);
    CHECK(fees->at(1).at(0).toDouble() == 1050.5);
}

TEST_CASE("a register import lists every bad row, not only the first", "[strict][register]") {
    TempDatabase t;
    const QString before = everything(t.db());
    auto result = importText(t.db(), &importProviders,
                             "urn,name,kind\nSC910001,Ash,ifa\nSC910002,,ifa\nSC910003,Elm,castle\n"
                             "SC910004,Oak,ifa\nSC910005,Yew,moat\n",
                             QStringLiteral("p.csv"));
    REQUIRE_FALSE(result.ok());
    const QString m = result.error().message;
    INFO(m.toStdString());
    CHECK(m.startsWith(QStringLiteral("p.csv, line 3: name is missing.")));
    CHECK(m.contains(QStringLiteral("p.csv, line 4: kind 'castle'")));
    CHECK(m.contains(QStringLiteral("p.csv, line 6: kind 'moat'")));
    CHECK(m.contains(QStringLiteral("Nothing was imported: 3 problems")));
    CHECK(everything(t.db()) == before);

    auto postcodes = importText(t.db(), &importPostcodes,
                                "pcds,lat,long\nHELLO,57.1,-2.1\nAB1 2CD,57.1,-2.1\nAB1 2CE,nan,-2.1\n",
                                QStringLiteral("pc.csv"));
    REQUIRE_FALSE(postcodes.ok());
    CHECK(postcodes.error().message.contains(QStringLiteral("pc.csv, line 2:")));
    CHECK(postcodes.error().message.contains(QStringLiteral("pc.csv, line 4:")));
    CHECK(everything(t.db()) == before);
}

TEST_CASE("an SSDA903 return with an implausible date of birth is refused", "[strict][ssda903]") {
    TempDatabase t;
    const QString header = t.dir() + QStringLiteral("/header.csv");
    const QString episodes = t.dir() + QStringLiteral("/episodes.csv");
    auto write = [](const QString& path, const QByteArray& text) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    write(episodes,
          "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
          "1,03/03/2021,S,C2,N1,U4,PR1,,,,,,\n2,03/03/2021,S,C2,N1,U4,PR1,,,,,,\n");
    write(header, "CHILD,SEX,DOB,ETHNIC\n1,1,14/06/2099,WBRI\n2,2,14/06/1800,WBRI\n");
    const QString before = everything(t.db());
    auto result = importSsda903(t.db(), episodes, header);
    REQUIRE_FALSE(result.ok());
    const QString m = result.error().message;
    INFO(m.toStdString());
    CHECK(m.contains(QStringLiteral("header.csv, line 2: DOB 14/06/2099 is in the future")));
    CHECK(m.contains(QStringLiteral("header.csv, line 3: DOB 14/06/1800 is more than 25 years ago")));
    CHECK(everything(t.db()) == before);
}
