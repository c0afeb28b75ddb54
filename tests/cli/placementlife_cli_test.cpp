// SPDX-License-Identifier: GPL-3.0-or-later
// The placement's life on the command line, on a real demo file: the demo's reviews, meetings and
// contracts made through the services; reviews --overdue on a given date; end-placement refusing bad
// dates and opening the follow-up referral on a move; export placements printing the IPC version.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {

QJsonArray jsonOf(const pd::test::CliRun& run) {
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace

TEST_CASE("reviews, meetings, contract and end-placement on the demo", "[cli][placementlife]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString on = QStringLiteral("2026-11-23"); // the demo's today

    // Every current placement with its next review; the overdue list only those due before the day.
    const QJsonArray all = jsonOf(runCli({QStringLiteral("reviews"), QStringLiteral("--db"), db,
                                          QStringLiteral("--on"), on, QStringLiteral("--json")}));
    REQUIRE(all.size() > 500);
    const QStringList keys{QStringLiteral("placement_id"), QStringLiteral("child_id"),
                           QStringLiteral("provider"),     QStringLiteral("provision"),
                           QStringLiteral("start"),        QStringLiteral("reviews_held"),
                           QStringLiteral("last_review"),  QStringLiteral("next_due"),
                           QStringLiteral("overdue"),      QStringLiteral("days_overdue")};
    int reviewed = 0, overdueCount = 0;
    qint64 toEnd = 0;
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        CHECK(o.keys().size() == keys.size());
        for (const QString& k : keys)
            CHECK(o.contains(k));
        reviewed += o.value(QStringLiteral("reviews_held")).toInt() > 0;
        overdueCount += o.value(QStringLiteral("overdue")).toBool();
        if (!toEnd && !o.value(QStringLiteral("provider")).toString().isEmpty() &&
            o.value(QStringLiteral("start")).toString() < QStringLiteral("2026-06-01"))
            toEnd = o.value(QStringLiteral("placement_id")).toInteger();
    }
    CHECK(reviewed > all.size() / 2); // the demo recorded reviews through ReviewBook
    CHECK(overdueCount > 0);          // and left some behind
    CHECK(overdueCount < all.size() / 4);
    const QJsonArray overdue =
        jsonOf(runCli({QStringLiteral("reviews"), QStringLiteral("--db"), db, QStringLiteral("--overdue"),
                       QStringLiteral("--on"), on, QStringLiteral("--json")}));
    CHECK(overdue.size() == overdueCount);
    for (const QJsonValue& v : overdue) {
        CHECK(v.toObject().value(QStringLiteral("overdue")).toBool());
        CHECK(v.toObject().value(QStringLiteral("next_due")).toString() < on);
        CHECK(v.toObject().value(QStringLiteral("days_overdue")).toInt() > 0);
    }
    auto text = runCli({QStringLiteral("reviews"), QStringLiteral("--db"), db, QStringLiteral("--overdue"),
                        QStringLiteral("--on"), on});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("OVERDUE by")));
    CHECK(runCli({QStringLiteral("reviews"), QStringLiteral("--db"), db, QStringLiteral("--on"),
                  QStringLiteral("23/11/2026")})
              .exitCode == 2);

    // The demo's pre-disruption meetings.
    const QJsonArray meetings =
        jsonOf(runCli({QStringLiteral("meetings"), QStringLiteral("--db"), db, QStringLiteral("--json")}));
    REQUIRE(meetings.size() > 5);
    for (const QJsonValue& v : meetings) {
        const QString outcome = v.toObject().value(QStringLiteral("outcome")).toString();
        CHECK((outcome == QLatin1String("stabilised") || outcome == QLatin1String("ending_planned")));
        CHECK_FALSE(v.toObject().value(QStringLiteral("concerns")).toString().isEmpty());
    }

    // Contracts: every placement made through permission to place has one; some have a second version.
    const QJsonArray placements = jsonOf(runCli({QStringLiteral("export"), QStringLiteral("placements"),
                                                 QStringLiteral("--db"), db, QStringLiteral("--json")}));
    qint64 withContract = 0;
    int versionOne = 0, later = 0;
    for (const QJsonValue& v : placements) {
        const int version = v.toObject().value(QStringLiteral("ipc_version")).toInt(-1);
        CHECK(version >= 0);
        versionOne += version == 1;
        later += version > 1;
        if (version > 1 && !withContract)
            withContract = v.toObject().value(QStringLiteral("placement_id")).toInteger();
    }
    CHECK(versionOne > 0);
    REQUIRE(later > 0);
    const QJsonArray versions =
        jsonOf(runCli({QStringLiteral("contract"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
                       QString::number(withContract), QStringLiteral("--json")}));
    REQUIRE(versions.size() >= 2);
    CHECK(versions[0].toObject().value(QStringLiteral("version")).toInt() == 1);
    CHECK(versions[0].toObject().value(QStringLiteral("change_note")).toString() ==
          QStringLiteral("Made by permission to place"));

    // end-placement: bad dates and reasons refused, nothing changed; a move opens the follow-up referral.
    REQUIRE(toEnd > 0);
    const QString id = QString::number(toEnd);
    auto future =
        runCli({QStringLiteral("end-placement"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
                id, QStringLiteral("--date"), QStringLiteral("2099-01-01"), QStringLiteral("--reason"),
                QStringLiteral("planned_move")});
    CHECK(future.exitCode == 1);
    CHECK(future.err.contains(QStringLiteral("is after today")));
    auto before =
        runCli({QStringLiteral("end-placement"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
                id, QStringLiteral("--date"), QStringLiteral("1990-01-01"), QStringLiteral("--reason"),
                QStringLiteral("planned_move")});
    CHECK(before.exitCode == 1);
    CHECK(before.err.contains(QStringLiteral("is before placement")));
    auto badReason =
        runCli({QStringLiteral("end-placement"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
                id, QStringLiteral("--date"), on, QStringLiteral("--reason"), QStringLiteral("moved")});
    CHECK(badReason.exitCode == 2);
    CHECK(badReason.err.contains(QStringLiteral("planned_move, disruption_provider")));
    auto moved = runCli({QStringLiteral("end-placement"), QStringLiteral("--db"), db,
                         QStringLiteral("--placement"), id, QStringLiteral("--date"), on,
                         QStringLiteral("--reason"), QStringLiteral("disruption_provider")});
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QStringLiteral("ended on 2026-11-23 (REC X1, CREQB)")));
    CHECK(moved.out.contains(QStringLiteral("follow-up referral R-")));
    CHECK(moved.out.contains(QStringLiteral("opened in Draft")));
    auto again =
        runCli({QStringLiteral("end-placement"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
                id, QStringLiteral("--date"), on, QStringLiteral("--reason"), QStringLiteral("other")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already")));
}
