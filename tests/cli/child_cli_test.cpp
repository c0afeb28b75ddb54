// SPDX-License-Identifier: GPL-3.0-or-later
// `child` (the child's page as text and JSON) and `contract --out` (the printed contract) on a real demo
// file; an unknown child refused with a sentence.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using pd::test::runCli;

TEST_CASE("child prints the child's page of a demo child, contract --out prints the contract",
          "[cli][childpage]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    // A child whose current placement has a contract (made through permission to place).
    auto placements = runCli({QStringLiteral("export"), QStringLiteral("placements"), QStringLiteral("--db"),
                              db, QStringLiteral("--json")});
    REQUIRE(placements.exitCode == 0);
    QString childId;
    qint64 placementId = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(placements.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("ipc_version")).toInt() >= 1 && o.value(QStringLiteral("end")).isNull()) {
            childId = o.value(QStringLiteral("child_id")).toString();
            placementId = o.value(QStringLiteral("placement_id")).toInteger();
            break;
        }
    }
    REQUIRE_FALSE(childId.isEmpty());

    auto json = runCli({QStringLiteral("child"), QStringLiteral("--db"), db, QStringLiteral("--child"),
                        childId, QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject page = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(page.value(QStringLiteral("child_id")).toString() == childId);
    for (const char* key : {"name", "date_of_birth", "sex", "home_postcode", "social_worker", "officer",
                            "placements", "referrals", "contacts", "timeline"})
        CHECK(page.contains(QString::fromLatin1(key)));
    const QJsonArray lives = page.value(QStringLiteral("placements")).toArray();
    REQUIRE_FALSE(lives.isEmpty());
    bool found = false;
    for (const QJsonValue& v : lives)
        if (v.toObject().value(QStringLiteral("placement_id")).toInteger() == placementId) {
            found = true;
            CHECK(v.toObject().value(QStringLiteral("contract_versions")).toInt() >= 1);
            CHECK(v.toObject().value(QStringLiteral("end")).toString().isEmpty());
            CHECK_FALSE(v.toObject().value(QStringLiteral("next_review_due")).toString().isEmpty());
        }
    CHECK(found);
    const QJsonArray timeline = page.value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() >= 2);
    // In words: no bare SSDA903 PLACE or PLACE_PROVIDER code, no stored category key.
    const QRegularExpression code(QStringLiteral("\\b(U[1-6]|PR[0-5]|K2|in_house_foster|ifa)\\b"));
    for (const QJsonValue& v : timeline) {
        const QString what = v.toObject().value(QStringLiteral("what")).toString();
        CHECK_FALSE(what.contains(code));
        CHECK_FALSE(what.isEmpty());
    }
    // Newest first.
    CHECK(timeline.first().toObject().value(QStringLiteral("day")).toString() >=
          timeline.last().toObject().value(QStringLiteral("day")).toString());

    auto text =
        runCli({QStringLiteral("child"), QStringLiteral("--db"), db, QStringLiteral("--child"), childId});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Now: ")));
    CHECK(text.out.contains(page.value(QStringLiteral("name")).toString()));

    const QString pdf = dir.filePath(QStringLiteral("contract.pdf"));
    auto printed =
        runCli({QStringLiteral("contract"), QStringLiteral("--db"), db, QStringLiteral("--placement"),
                QString::number(placementId), QStringLiteral("--out"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 5000);

    auto unknown = runCli({QStringLiteral("child"), QStringLiteral("--db"), db, QStringLiteral("--child"),
                           QStringLiteral("NOBODY-1")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no child with the reference 'NOBODY-1'")));
    auto missing = runCli({QStringLiteral("child"), QStringLiteral("--db"), db});
    CHECK(missing.exitCode == 2);
}
