// SPDX-License-Identifier: GPL-3.0-or-later
// indicators (the dashboard's measures), import ssda903 and export ssda903 (the statutory return they
// are measured on).
#include "app/clicommand.h"
#include "core/reports/indicatorreport.h"
#include "core/services/desk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

namespace pd::app {

namespace {

const QString kIndicatorsUsage =
    QStringLiteral("indicators --db FILE --year-ending YYYY-03-31 [--as-of YYYY-MM-DD] [--json]");

} // namespace

int runSsda903Import(CliContext& c, core::Desk& desk, const QStringList& files) {
    const QString usage =
        QStringLiteral("import ssda903 --db FILE --episodes EPISODES.csv --header HEADER.csv");
    const QString episodes = c.parser.value(QStringLiteral("episodes"));
    const QString header = c.parser.value(QStringLiteral("header"));
    if (episodes.isEmpty() || header.isEmpty() || !files.isEmpty())
        return usageError(
            c, QStringLiteral("import ssda903 needs --episodes FILE and --header FILE (and no other files)."),
            usage);
    QElapsedTimer timer;
    timer.start();
    auto summary = desk.dashboard().importReturn(episodes, header);
    if (!summary)
        return fail(c, summary.error());
    c.out << "imported " << summary->episodes << " episodes of " << summary->children << " children ("
          << summary->replacedChildren << " histories replaced) in " << timer.elapsed() << " ms\n";
    return ExitOk;
}

int runSsda903Export(CliContext& c) {
    const QString usage = QStringLiteral(
        "export ssda903 --db FILE --year-ending YYYY-03-31 --episodes EPISODES.csv --header HEADER.csv");
    const QString episodes = c.parser.value(QStringLiteral("episodes"));
    const QString header = c.parser.value(QStringLiteral("header"));
    const QDate yearEnd = QDate::fromString(c.parser.value(QStringLiteral("year-ending")), Qt::ISODate);
    if (c.parser.value(QStringLiteral("db")).isEmpty() || episodes.isEmpty() || header.isEmpty())
        return usageError(
            c, QStringLiteral("export ssda903 needs --db FILE, --episodes FILE and --header FILE."), usage);
    if (!core::FinancialYear::isYearEnd(yearEnd))
        return usageError(c, QStringLiteral("--year-ending must be a 31 March, written YYYY-03-31."), usage);
    // Neither output may replace the database or the other output.
    const QString db = QFileInfo(c.parser.value(QStringLiteral("db"))).absoluteFilePath();
    const QString e = QFileInfo(episodes).absoluteFilePath();
    const QString h = QFileInfo(header).absoluteFilePath();
    if (e == h || e == db || h == db)
        return usageError(c, QStringLiteral("--episodes, --header and --db must be three different files."),
                          usage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto summary = desk.value()->dashboard().exportReturn(yearEnd, episodes, header);
    if (!summary)
        return fail(c, summary.error());
    if (!summary->withoutCin.isEmpty())
        c.err
            << "placement-desk: note: CIN (category of need) is blank on " << summary->withoutCin.size()
            << " episode(s); DfE expects it. The file holds none for them (a placement made for a child new "
               "to care has no earlier episode to take it from): record it before sending the return.\n  "
            << summary->withoutCin.join(QStringLiteral("\n  ")) << "\n";
    if (!summary->noted.isEmpty())
        c.err << "placement-desk: note: " << summary->noted.size()
              << " episode(s) break a DfE rule that is reported, not refused (docs/formats.md):\n  "
              << summary->noted.join(QStringLiteral("\n  ")) << "\n";
    c.out << "wrote " << summary->episodes << " episodes of " << summary->children
          << " children for the year ending " << yearEnd.toString(Qt::ISODate) << " ("
          << summary->openAtYearEnd << " open at 31 March): " << QDir::toNativeSeparators(e) << ", "
          << QDir::toNativeSeparators(h) << "\n";
    return int(ExitOk);
}

CliCommand indicatorsCommand() {
    return {
        QStringLiteral("indicators"), kIndicatorsUsage,
        [](QCommandLineParser& p) {
            addDbOption(p);
            p.addOption({QStringLiteral("year-ending"), QStringLiteral("The 31 March the year ends on."),
                         QStringLiteral("YYYY-03-31")});
            p.addOption({QStringLiteral("as-of"),
                         QStringLiteral("The day the budget's \"spent to date\" runs to (default: today)."),
                         QStringLiteral("YYYY-MM-DD")});
            p.addOption(
                {QStringLiteral("json"), QStringLiteral("Print one JSON object (keys in docs/cli.md).")});
        },
        [](CliContext& c) {
            if (c.parser.value(QStringLiteral("db")).isEmpty())
                return usageError(c, QStringLiteral("--db FILE is required."), kIndicatorsUsage);
            const QDate yearEnd =
                QDate::fromString(c.parser.value(QStringLiteral("year-ending")), Qt::ISODate);
            if (!core::FinancialYear::isYearEnd(yearEnd))
                return usageError(c, QStringLiteral("--year-ending must be a 31 March, written YYYY-03-31."),
                                  kIndicatorsUsage);
            QDate asOf = QDate::currentDate();
            if (c.parser.isSet(QStringLiteral("as-of"))) {
                asOf = QDate::fromString(c.parser.value(QStringLiteral("as-of")), Qt::ISODate);
                if (!asOf.isValid())
                    return usageError(c, QStringLiteral("--as-of must be a date written YYYY-MM-DD."),
                                      kIndicatorsUsage);
            }
            auto desk = openDeskOption(c, false);
            if (!desk)
                return fail(c, desk.error());
            auto data = desk.value()->dashboard().data(yearEnd);
            if (!data)
                return fail(c, data.error());
            const core::IndicatorReport report = core::buildIndicatorReport(data.value(), yearEnd, asOf);
            if (c.parser.isSet(QStringLiteral("json")))
                c.out << QJsonDocument(core::indicatorJson(report)).toJson(QJsonDocument::Indented);
            else
                c.out << core::indicatorText(report);
            return int(ExitOk);
        }};
}

} // namespace pd::app
