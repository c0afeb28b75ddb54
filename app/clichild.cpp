// SPDX-License-Identifier: GPL-3.0-or-later
// child: the child's page on the command line — the placements with their contracts, reviews,
// meetings and endings, the referrals and the contacts, as a timeline (docs/cli.md).
#include "app/clicommand.h"
#include "core/reports/childtimeline.h"
#include "core/services/desk.h"

#include <QJsonDocument>

namespace pd::app {

namespace {

const QString kChildUsage = QStringLiteral("child --db FILE --child ID [--json]");

int runChild(CliContext& c) {
    const QString ref = c.parser.value(QStringLiteral("child")).trimmed();
    if (ref.isEmpty()) {
        c.err << "placement-desk: --child ID is required (the child's identifier, as export placements "
                 "prints it).\nUsage: placement-desk "
              << kChildUsage << "\n";
        return ExitUsage;
    }
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    core::ChildPages& pages = desk.value()->children();
    auto id = pages.idOf(ref);
    if (!id)
        return fail(c, id.error());
    auto record = pages.record(id.value());
    if (!record)
        return fail(c, record.error());
    const QDate today = QDate::currentDate();
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(core::childJson(record.value(), today)).toJson(QJsonDocument::Indented);
    else
        c.out << core::childText(record.value(), today);
    return ExitOk;
}

} // namespace

CliCommand childCommand() {
    return {QStringLiteral("child"), kChildUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                p.addOption({QStringLiteral("child"),
                             QStringLiteral("The child's identifier (child_id of export placements)."),
                             QStringLiteral("ID")});
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys in docs/cli.md).")});
            },
            &runChild};
}

} // namespace pd::app
