// SPDX-License-Identifier: GPL-3.0-or-later
// import referral and export referral: the Placements Data Standard v2 exchange (docs/formats.md).
#include "app/clicommand.h"
#include "core/exchange/csvwriter.h"
#include "core/reports/placementexport.h"
#include "core/services/desk.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace pd::app {

int runSsda903Export(CliContext& context);

int importReferral(CliContext& c, core::Desk& desk, const QStringList& files) {
    if (files.isEmpty()) {
        c.err << "placement-desk: give the referral JSON file: import referral --db FILE FILE.json\n";
        return int(ExitUsage);
    }
    for (const QString& file : files) {
        QStringList notes;
        auto ids = desk.exchange().importFile(file, &notes);
        if (!ids)
            return fail(c, ids.error());
        for (const QString& note : notes)
            c.out << "note: " << note << "\n";
        for (qint64 id : ids.value()) {
            auto r = desk.referrals().load(id);
            c.out << "imported referral " << (r ? r->reference : QString()) << " (id " << id << ") from "
                  << QDir::toNativeSeparators(file) << "\n";
        }
    }
    return int(ExitOk);
}

namespace {

/// Writes text to --out (replacing it) or to the screen.
int writeOut(CliContext& c, const QByteArray& text, const QString& what) {
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        c.out << QString::fromUtf8(text);
        return int(ExitOk);
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(c, core::Error::io(QStringLiteral("Cannot write %1: %2.").arg(out, file.errorString())));
    c.out << what << " written: " << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) << "\n";
    return int(ExitOk);
}

/// export placements: one row per placement, CSV or JSON (keys in docs/cli.md).
int exportPlacements(CliContext& c) {
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto placements = desk.value()->placements().all();
    if (!placements)
        return fail(c, placements.error());
    const QByteArray text =
        c.parser.isSet(QStringLiteral("json"))
            ? QJsonDocument(core::placementsJson(placements.value())).toJson(QJsonDocument::Indented)
            : core::tableToCsv(core::placementsTable(placements.value()));
    return writeOut(c, text, QStringLiteral("placements"));
}

} // namespace

CliCommand exportCommand() {
    return {
        QStringLiteral("export"),
        QStringLiteral(
            "export referral --db FILE --id N [--format placements-standard] [--out FILE.json]\n"
            "       export placements --db FILE [--json] [--out FILE]\n"
            "       export ssda903 --db FILE --year-ending YYYY-03-31 --episodes E.csv --header H.csv"),
        [](QCommandLineParser& p) {
            addDbOption(p);
            p.addOption({QStringLiteral("id"),
                         QStringLiteral("The referral's id (or its reference, R-YYYY-NNNN)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("format"), QStringLiteral("placements-standard (the default)."),
                         QStringLiteral("FORMAT"), QStringLiteral("placements-standard")});
            p.addOption({QStringLiteral("out"), QStringLiteral("Write to this file instead of the screen."),
                         QStringLiteral("FILE")});
            p.addOption({QStringLiteral("json"), QStringLiteral("export placements: JSON instead of CSV.")});
            p.addOption({QStringLiteral("year-ending"),
                         QStringLiteral("export ssda903: the 31 March the return's year ends on."),
                         QStringLiteral("YYYY-03-31")});
            p.addOption({QStringLiteral("episodes"),
                         QStringLiteral("export ssda903: the episodes file to write."),
                         QStringLiteral("FILE")});
            p.addOption({QStringLiteral("header"),
                         QStringLiteral("export ssda903: the header file to write."),
                         QStringLiteral("FILE")});
            p.addPositionalArgument(QStringLiteral("what"),
                                    QStringLiteral("referral, placements or ssda903"));
        },
        [](CliContext& c) {
            const QStringList positional = c.parser.positionalArguments(); // [export, referral]
            if (positional.value(1) == QLatin1String("placements"))
                return exportPlacements(c);
            if (positional.value(1) == QLatin1String("ssda903"))
                return runSsda903Export(c);
            if (positional.value(1) != QLatin1String("referral")) {
                c.err << "placement-desk: unknown export '" << positional.value(1)
                      << "'.\nUsage: placement-desk export referral --db FILE --id N\n";
                return int(ExitUsage);
            }
            if (c.parser.value(QStringLiteral("format")) != QLatin1String("placements-standard")) {
                c.err << "placement-desk: unknown format '" << c.parser.value(QStringLiteral("format"))
                      << "'; the only format is placements-standard.\n";
                return int(ExitUsage);
            }
            const QString idText = c.parser.value(QStringLiteral("id"));
            if (idText.isEmpty()) {
                c.err << "placement-desk: --id N is required.\n";
                return int(ExitUsage);
            }
            auto desk = openDeskOption(c, false);
            if (!desk)
                return fail(c, desk.error());
            bool numeric = false;
            qint64 id = idText.toLongLong(&numeric);
            if (!numeric) {
                auto found = desk.value()->referrals().idForReference(idText);
                if (!found)
                    return fail(c, found.error());
                id = found.value();
            }
            auto json = desk.value()->exchange().exportReferral(id);
            if (!json)
                return fail(c, json.error());
            return writeOut(c, QJsonDocument(json.value()).toJson(QJsonDocument::Indented),
                            QStringLiteral("referral"));
        }};
}

} // namespace pd::app
