// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/referral.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pd;

namespace {

QString writeJson(const QTemporaryDir& dir, const QString& name, const QJsonObject& json) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(json).toJson());
    return path;
}

} // namespace

TEST_CASE("import referral then export referral gives back the standard JSON", "[cli][referral]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    const QJsonObject original = test::completeReferral().toJson();
    const QString file = writeJson(dir, QStringLiteral("referral.json"), original);

    const test::CliRun imported = test::runCli(
        {QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), db, file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("imported referral R-")));

    const test::CliRun exported =
        test::runCli({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--db"), db,
                      QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--format"),
                      QStringLiteral("placements-standard")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject back = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    for (const char* entity :
         {"PlacementAvailability", "PlacementRequirements", "PlacementRecommendation", "Risks"})
        CHECK(back.value(QLatin1String(entity)) == original.value(QLatin1String(entity)));

    const test::CliRun missing = test::runCli(
        {QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--db"),
         dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--id"), QStringLiteral("1")});
    CHECK(missing.exitCode != 0);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

TEST_CASE("import referral refuses an invalid file by field and imports nothing", "[cli][referral]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    QJsonObject json = test::completeReferral().toJson();
    QJsonObject risks = json.value(QStringLiteral("Risks")).toObject();
    risks.insert(QStringLiteral("riskMissing"), QStringLiteral("Often"));
    json.insert(QStringLiteral("Risks"), risks);
    QJsonObject needs = json.value(QStringLiteral("PlacementRequirements")).toObject();
    needs.insert(QStringLiteral("pets"), QStringLiteral("Cats"));
    json.insert(QStringLiteral("PlacementRequirements"), needs);
    const QString file = writeJson(dir, QStringLiteral("bad.json"), json);

    const test::CliRun run = test::runCli(
        {QStringLiteral("import"), QStringLiteral("referral"), QStringLiteral("--db"), db, file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Risks.riskMissing: 'Often' is not one of")));
    CHECK(run.err.contains(QStringLiteral("PlacementRequirements.pets: 'Cats' is not one of")));
    CHECK(run.err.contains(QStringLiteral("nothing was changed")));
    auto opened = core::Database::open(db);
    PD_REQUIRE_OK(opened);
    CHECK(core::ReferralRepository(*opened.value()).list()->isEmpty());
}
