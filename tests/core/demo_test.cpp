// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"
#include "core/domain/oslogin.h"
#include "core/domain/referral.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/workflow/referralworkflow.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

QList<QVariantList> run(Database& db, const QString& sql, const QVariantMap& binds = {},
                        QStringList* columns = nullptr) {
    auto rows = pd::test::TestSql(db).rows(sql, binds, columns);
    INFO(sql.toStdString());
    PD_REQUIRE_OK(rows);
    return rows.value();
}

int number(Database& db, const QString& sql) {
    const QList<QVariantList> rows = run(db, sql);
    REQUIRE_FALSE(rows.isEmpty());
    return rows.first().value(0).toInt();
}

/// A digest of every table's rows in id order (the audit log's time stamps left out).
QByteArray digest(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = pd::test::TestSql(db).tables();
    PD_REQUIRE_OK(tables);
    QStringList names = tables.value();
    names.removeAll(QStringLiteral("pd_schema")); // a server's list of versions, stamped when applied
    for (const QString& table : names) {
        const QString order = table == QLatin1String("postcodes")          ? QStringLiteral("postcode")
                              : table == QLatin1String("settings")         ? QStringLiteral("key")
                              : table == QLatin1String("provider_history") ? QStringLiteral("provider_id")
                              : table == QLatin1String("pd_logins")        ? QStringLiteral("login")
                                                                           : QStringLiteral("id");
        QStringList columns;
        const QList<QVariantList> rows =
            run(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order), {}, &columns);
        hash.addData(table.toUtf8());
        for (const QVariantList& q : rows) {
            for (int i = 0; i < q.size(); ++i) {
                if (table == QLatin1String("audit_log") && columns.value(i) == QLatin1String("at"))
                    continue;
                hash.addData(q.value(i).isNull() ? QByteArray("\x01null") : q.value(i).toString().toUtf8());
                hash.addData(QByteArray("\x1f"));
            }
        }
    }
    return hash.result();
}

void makeDemo(Database& db, quint32 seed) {
    DemoOptions options;
    options.seed = seed;
    PD_REQUIRE_OK(generateDemo(db, options));
}

/// Children looked after on the demo's today, by the category of the record covering it.
const QString kOpenNow =
    QStringLiteral("start_date <= '2026-11-23' AND (end_date IS NULL OR end_date > '2026-11-23')");

} // namespace

TEST_CASE("the demo database is the same for the same seed and differs for another", "[demo]") {
    TempDatabase a, b, c;
    makeDemo(a.db(), 7);
    makeDemo(b.db(), 7);
    makeDemo(c.db(), 8);
    const QByteArray da = digest(a.db());
    CHECK(da == digest(b.db()));
    CHECK(da != digest(c.db()));
}

TEST_CASE("a scale-1 demo looks like a mid-sized city", "[demo]") {
    TempDatabase t;
    makeDemo(t.db(), 1);
    Database& db = t.db();

    const int now =
        number(db, QStringLiteral("SELECT COUNT(DISTINCT child_id) FROM placements WHERE ") + kOpenNow);
    CHECK(now >= 550);
    CHECK(now <= 750);
    // Children who left care in the five years are part of the history too.
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM children")) > now + 300);
    CHECK(number(db, QStringLiteral("SELECT MIN(start_date) < '2021-11-23' FROM placements")) == 1);

    SECTION("mix of placements today") {
        const auto category =
            GENERATE(table<const char*, double>({{"'in_house_foster'", 55},
                                                 {"'kinship_foster'", 13},
                                                 {"'ifa'", 18},
                                                 {"'in_house_residential','independent_residential'", 8},
                                                 {"'supported_accommodation'", 4},
                                                 {"'parent_and_child'", 1}}));
        const int n = number(
            db,
            QStringLiteral("SELECT COUNT(DISTINCT child_id) FROM placements WHERE %1 AND category IN (%2)")
                .arg(kOpenNow, QLatin1String(std::get<0>(category))));
        INFO(std::get<0>(category) << ": " << n << " of " << now);
        CHECK(std::abs(100.0 * n / now - std::get<1>(category)) <= 3.0);
    }

    SECTION("providers, households and vacancies") {
        const int ifasUsed = number(
            db, QStringLiteral("SELECT COUNT(DISTINCT v.provider_id) FROM placements p JOIN provisions v "
                               "ON v.id = p.provision_id WHERE p.category = 'ifa' AND ") +
                    kOpenNow);
        CHECK(std::abs(ifasUsed - 16) <= 3);
        const int households = number(
            db, QStringLiteral("SELECT COUNT(*) FROM provisions v JOIN providers p ON p.id = v.provider_id "
                               "WHERE p.kind = 'in_house_fostering'"));
        CHECK(households >= 200);
        CHECK(households <= 240);
        CHECK(number(db, QStringLiteral("SELECT COUNT(DISTINCT kind) FROM providers")) == 7);
        CHECK(
            number(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM providers WHERE kind = 'ifa' AND framework_status = 'select_list' "
                    "AND price_band_lower < price_band_upper")) == 10);
        CHECK(number(db,
                     QStringLiteral(
                         "SELECT COUNT(*) FROM providers WHERE framework_status IN ('suspended','excluded') "
                         "AND status_reason <> '' AND status_date IS NOT NULL")) == 2);
        CHECK(
            number(db, QStringLiteral(
                           "SELECT COUNT(*) FROM providers WHERE referral_email NOT LIKE '%@example.org'")) ==
            0);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT ofsted_urn) FROM providers")) == 0);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT name) FROM providers")) == 0);
        const int vacancies = number(db, QStringLiteral("SELECT COUNT(*) FROM vacancies"));
        CHECK(vacancies >= 800);
        CHECK(vacancies <= 1200);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM household_members")) > 200);
    }

    SECTION("histories have the SSDA903 variety the measures need") {
        for (const char* rne : {"S", "P", "T", "L"})
            CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM placements WHERE rne = '%1'")
                                 .arg(QLatin1String(rne))) > 20);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM placements WHERE rne = 'B'")) > 0);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM placements WHERE place LIKE 'T_'")) > 20);
        // Independent providers' first quotes (for the savings measure) are never below the agreed fee.
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM placements WHERE first_quoted_fee > weekly_cost")) > 100);
        // (History episodes: a placement made through a referral adds the agreed extras to weekly_cost.)
        CHECK(
            number(db, QStringLiteral("SELECT COUNT(*) FROM placements WHERE first_quoted_fee < weekly_cost "
                                      "AND referral_id IS NULL")) == 0);
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM placements WHERE legal_status IN ('V3','V4') AND ") +
                             kOpenNow) > 0);
        // Same-carer changes keep the URN and the placement postcode.
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM placements a JOIN placements b ON b.child_id = a.child_id "
                             "AND b.start_date = a.end_date WHERE b.rne = 'T' AND "
                             "(a.urn IS DISTINCT FROM b.urn OR a.placement_postcode IS DISTINCT FROM "
                             "b.placement_postcode)")) == 0);
        // About one child in ten had three or more placements in the last year.
        const int moved =
            number(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT p.child_id FROM placements p WHERE "
                                      "p.child_id IN (SELECT child_id FROM placements WHERE %1) "
                                      "AND p.rne IN ('S','P','B') AND p.place NOT LIKE 'T_' AND (p.end_date "
                                      "IS NULL OR p.end_date >= '2025-11-23') "
                                      "GROUP BY p.child_id HAVING COUNT(*) >= 3) AS moved")
                           .arg(kOpenNow));
        INFO(moved << " of " << now);
        CHECK(100.0 * moved / now >= 6);
        CHECK(100.0 * moved / now <= 18);
        const auto costs = GENERATE(table<const char*, int, int>({{"in_house_foster", 300, 450},
                                                                  {"kinship_foster", 200, 300},
                                                                  {"ifa", 750, 1100},
                                                                  {"independent_residential", 3000, 6000},
                                                                  {"supported_accommodation", 800, 1500},
                                                                  {"parent_and_child", 1500, 2500}}));
        const QString cat = QLatin1String(std::get<0>(costs));
        CHECK(number(db, QStringLiteral("SELECT MIN(weekly_cost) FROM placements WHERE category = '%1'")
                             .arg(cat)) >= std::get<1>(costs));
        // History episodes (placements made through referrals add the agreed extras to the fee).
        CHECK(number(db, QStringLiteral("SELECT MAX(weekly_cost) FROM placements WHERE category = '%1' "
                                        "AND referral_id IS NULL")
                             .arg(cat)) <= std::get<2>(costs));
    }

    SECTION("every postcode has coordinates or is deliberately unknown") {
        for (const char* column : {"children.home_postcode", "provisions.postcode", "providers.postcode",
                                   "placements.home_postcode", "placements.placement_postcode"}) {
            const QString c = QLatin1String(column);
            const QString table = c.section(u'.', 0, 0);
            INFO(column);
            CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL AND %2 NOT IN "
                                            "(SELECT postcode FROM postcodes)")
                                 .arg(table, c)) == 0);
        }
        const int unknownHomes =
            number(db, QStringLiteral("SELECT COUNT(*) FROM children WHERE home_postcode IS NULL"));
        CHECK(unknownHomes > 0);
        CHECK(unknownHomes < number(db, QStringLiteral("SELECT COUNT(*) FROM children")) / 20);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM postcodes WHERE postcode NOT LIKE 'RV%' AND "
                                        "postcode NOT LIKE 'RX%' "
                                        "AND postcode NOT LIKE 'RZ%'")) == 0);
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM postcodes WHERE postcode LIKE 'RV%' AND "
                             "(lat NOT BETWEEN 52.45 AND 52.75 OR lon NOT BETWEEN -1.75 AND -1.25)")) == 0);
    }

    SECTION("referrals: every state, complete records, consistent histories and offers") {
        QSet<QString> states;
        int referrals = 0;
        for (const QVariantList& q :
             run(db, QStringLiteral("SELECT id, state, held_from_state, record_json FROM referrals"))) {
            ++referrals;
            states << q.value(1).toString();
            QStringList errors;
            const Referral r =
                Referral::fromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(), &errors);
            INFO(q.value(3).toString().toStdString());
            INFO(errors.join(u'\n').toStdString());
            CHECK(errors.isEmpty());
            CHECK_FALSE(r.children.isEmpty());
            CHECK_FALSE(r.essentialCriteria.isEmpty());
            CHECK_FALSE(r.expectedOutcomes.isEmpty());
            // The transitions chain from Draft to the referral's state.
            QVariant previous;
            QString lastFrom;
            for (const QVariantList& t :
                 run(db,
                     QStringLiteral("SELECT from_state, to_state, who, event FROM referral_transitions "
                                    "WHERE referral_id = :id ORDER BY id"),
                     {{QStringLiteral(":id"), q.value(0)}})) {
                CHECK(t.value(0).toString() == previous.toString());
                CHECK_FALSE(t.value(2).toString().isEmpty());
                CHECK_FALSE(t.value(3).toString().isEmpty());
                lastFrom = t.value(0).toString();
                previous = t.value(1);
            }
            CHECK(previous.toString() == q.value(1).toString());
            if (q.value(1).toString() == QLatin1String("OnHold"))
                CHECK(q.value(2).toString() == lastFrom);
        }
        CHECK(referrals >= 50);
        for (ReferralState s : all<ReferralState>())
            CHECK(states.contains(code(s)));
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM referrals WHERE emergency = 1")) > 0);
        // Follow-ups of emergencies are planned referrals received after the emergency, for the same
        // children.
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM referrals f JOIN referrals e ON e.id = f.follow_up_of "
                             "WHERE e.emergency = 1 AND f.emergency = 0 AND f.received_at > e.received_at")) >
              0);
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM referrals f JOIN referrals e ON e.id = f.follow_up_of "
                             "WHERE e.emergency = 0 OR f.received_at <= e.received_at")) == 0);
        CHECK(
            number(db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM referrals f JOIN referral_children fc ON fc.referral_id = f.id "
                       "WHERE f.follow_up_of IS NOT NULL AND fc.child_id NOT IN "
                       "(SELECT child_id FROM referral_children WHERE referral_id = f.follow_up_of)")) == 0);
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM referral_transitions WHERE at > '2026-11-24'")) == 0);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM referral_children")) >= referrals);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM offers WHERE first_quoted_fee < weekly_fee")) ==
              0);
        CHECK(number(db,
                     QStringLiteral(
                         "SELECT COUNT(DISTINCT r.id) FROM referrals r JOIN offers o ON o.referral_id = r.id "
                         "WHERE r.state IN ('OptionsReady','AwaitingDecision','Placed')")) ==
              number(db, QStringLiteral("SELECT COUNT(*) FROM referrals WHERE state IN "
                                        "('OptionsReady','AwaitingDecision','Placed')")));
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM offers o JOIN referrals r ON r.id = o.referral_id "
                             "WHERE r.state IN ('Draft','Submitted','AwaitingPanel','QualityCheck')")) == 0);
    }

    SECTION("decisions went through the services: placed referrals have placements, the history the "
            "workflow's own events") {
        QSet<QString> events{QStringLiteral("create"), QStringLiteral("openFollowUp")};
        for (ReferralEvent e : all<ReferralEvent>())
            events << code(e);
        for (const QVariantList& q :
             run(db, QStringLiteral("SELECT DISTINCT event FROM referral_transitions"))) {
            INFO(q.value(0).toString().toStdString());
            CHECK(events.contains(q.value(0).toString()));
        }
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM referrals WHERE state = 'Placed'")) > 0);
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM referrals r WHERE r.state = 'Placed' AND NOT EXISTS "
                             "(SELECT 1 FROM placements p WHERE p.referral_id = r.id AND "
                             "p.end_date IS NULL)")) == 0);
        // Every referral that was given permission has its options paper, choice and placement.
        CHECK(number(
                  db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM referral_transitions t WHERE t.event = 'approvePlacement' AND "
                      "(NOT EXISTS (SELECT 1 FROM options_papers o WHERE o.referral_id = t.referral_id) OR "
                      "NOT EXISTS (SELECT 1 FROM placement_choices c WHERE c.referral_id = t.referral_id) OR "
                      "NOT EXISTS (SELECT 1 FROM placements p WHERE p.referral_id = t.referral_id))")) == 0);
        // The permission's transaction: one accepted offer, the others declined, a budget line set.
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM placements WHERE referral_id IS NOT NULL AND "
                                        "budget_line_id IS NULL")) == 0);
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM referrals r WHERE r.state IN ('Placed','Closed') AND "
                             "EXISTS (SELECT 1 FROM placements p WHERE p.referral_id = r.id) AND "
                             "(SELECT COUNT(*) FROM offers o WHERE o.referral_id = r.id AND "
                             "o.status = 'accepted') <> 1")) == 0);
        // No child has two current placements.
        CHECK(number(db,
                     QStringLiteral("SELECT COUNT(*) FROM (SELECT child_id FROM placements WHERE end_date IS "
                                    "NULL GROUP BY child_id HAVING COUNT(*) > 1) AS twice")) == 0);
    }

    SECTION("users, budgets and settings") {
        for (const char* role :
             {"officer", "manager", "budget_holder", "social_worker", "read_only", "admin"})
            CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = '%1'")
                                 .arg(QLatin1String(role))) >= 1);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'officer'")) == 4);
        const QList<QVariantList> me = run(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE login = :l"),
                                           {{QStringLiteral(":l"), operatingSystemLogin()}});
        REQUIRE_FALSE(me.isEmpty());
        CHECK(me.first().value(0).toInt() == 1);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM budgets")) ==
              5 * number(db, QStringLiteral("SELECT COUNT(*) FROM budget_lines")));
        CHECK(number(db, QStringLiteral(
                             "SELECT COUNT(*) FROM budgets WHERE year_ending NOT LIKE '____-03-31'")) == 0);
        CHECK(
            number(db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM settings WHERE key = 'mileage_rate_pence' AND value = '45'")) ==
            1);
        CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo'")) == 1);
    }

    SECTION("the integrity check passes") {
        const QString path = t.path();
        t.close();
        auto report = checkDatabaseFile(path);
        PD_REQUIRE_OK(report);
        INFO(report->problems.join(u'\n').toStdString());
        CHECK(report->ok);
    }
}

TEST_CASE("cancelling the demo keeps nothing", "[demo]") {
    TempDatabase t;
    int calls = 0;
    const Status s = generateDemo(t.db(), {}, [&](int percent) {
        ++calls;
        return percent < 20;
    });
    REQUIRE_FALSE(s.ok());
    CHECK(calls > 1);
    CHECK(number(t.db(), QStringLiteral("SELECT COUNT(*) FROM providers")) == 0);
    CHECK(number(t.db(), QStringLiteral("SELECT COUNT(*) FROM children")) == 0);
}
