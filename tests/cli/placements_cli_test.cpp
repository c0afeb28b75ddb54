// SPDX-License-Identifier: GPL-3.0-or-later
// export placements on a real demo file: one row per placement, the documented keys, CSV and JSON.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pd::test::runCli;

TEST_CASE("export placements prints one row per placement with the documented keys", "[cli][placements]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    auto json = runCli({QStringLiteral("export"), QStringLiteral("placements"), QStringLiteral("--db"), db,
                        QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() > 1000);
    const QStringList keys{QStringLiteral("placement_id"),  QStringLiteral("child_id"),
                           QStringLiteral("provider_urn"),  QStringLiteral("provision_code"),
                           QStringLiteral("start"),         QStringLiteral("end"),
                           QStringLiteral("reason_end"),    QStringLiteral("reason_place_change"),
                           QStringLiteral("ending_reason"), QStringLiteral("agreed_weekly_cost"),
                           QStringLiteral("budget_line"),   QStringLiteral("ipc_version")};
    int madeThroughReferrals = 0;
    int withContract = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        CHECK(o.keys().size() == keys.size());
        for (const QString& k : keys)
            CHECK(o.contains(k));
        CHECK(o.value(QStringLiteral("child_id")).toString().startsWith(QLatin1String("RV")));
        // The current contract version: 0 for an imported history episode (no contract), else 1 or more.
        CHECK(o.value(QStringLiteral("ipc_version")).toInt(-1) >= 0);
        withContract += o.value(QStringLiteral("ipc_version")).toInt() >= 1;
        if (o.value(QStringLiteral("end")).isNull())
            CHECK(o.value(QStringLiteral("reason_end")).isNull());
        madeThroughReferrals +=
            o.value(QStringLiteral("ending_reason")).toString() == QLatin1String("planned_move");
    }
    // Permission to place ended the child's previous placement as a planned move.
    CHECK(madeThroughReferrals > 0);
    // Permission to place made each of its placements' Individual Placement Contract.
    CHECK(withContract > 0);

    // To a file: RFC 4180 CSV with CRLF line ends, one line per placement after the header.
    const QString out = dir.filePath(QStringLiteral("placements.csv"));
    auto csv = runCli({QStringLiteral("export"), QStringLiteral("placements"), QStringLiteral("--db"), db,
                       QStringLiteral("--out"), out});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() == keys.join(u','));
    CHECK(lines.size() == rows.size() + 1);
}
