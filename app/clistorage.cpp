// SPDX-License-Identifier: GPL-3.0-or-later
// check, backup and demo: the storage subcommands.
#include "app/clicommand.h"
#include "core/demo/demofile.h"
#include "core/domain/serveraddress.h"
#include "core/services/desk.h"
#include "core/storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace pd::app {

CliCommand checkCommand() {
    return {QStringLiteral("check"), QStringLiteral("check --db FILE"), &addDbOption, [](CliContext& c) {
                const QString path = c.parser.value(QStringLiteral("db"));
                if (path.isEmpty())
                    return usageError(c, QStringLiteral("--db FILE is required."),
                                      QStringLiteral("check --db FILE"));
                auto report = core::Desk::check(path);
                if (!report)
                    return fail(c, report.error());
                c.out << (core::ServerAddress::isServer(path) ? "database: " : "file: ")
                      << core::ServerAddress::shown(path) << "\n"
                      << "schema version: " << report->schemaVersion
                      << " (this program: " << report->latestVersion << ")\n"
                      << "mode: " << report->mode << "\n";
                if (report->ok) {
                    c.out << "integrity: ok\n";
                    return int(ExitOk);
                }
                c.out.flush();
                c.err << "placement-desk: the database has problems; restore it from a backup:\n";
                for (const QString& p : report->problems)
                    c.err << "  " << p << "\n";
                return int(ExitFailed);
            }};
}

CliCommand backupCommand() {
    return {QStringLiteral("backup"), QStringLiteral("backup --db FILE --out FILE"),
            [](QCommandLineParser& p) {
                addDbOption(p);
                p.addOption({QStringLiteral("out"),
                             QStringLiteral("The backup file to write (must not exist)."),
                             QStringLiteral("FILE")});
            },
            [](CliContext& c) {
                const QString out = c.parser.value(QStringLiteral("out"));
                if (out.isEmpty())
                    return usageError(c, QStringLiteral("--out FILE is required."),
                                      QStringLiteral("backup --db FILE --out FILE"));
                auto desk = openDeskOption(c, false);
                if (!desk)
                    return fail(c, desk.error());
                if (auto s = desk.value()->backup(out); !s)
                    return fail(c, s.error());
                c.out << "backup written: " << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())
                      << " (" << QFileInfo(out).size() << " bytes)\n";
                return int(ExitOk);
            }};
}

CliCommand demoCommand() {
    return {
        QStringLiteral("demo"), QStringLiteral("demo --db FILE [--scale N] [--seed S] [--shared]"),
        [](QCommandLineParser& p) {
            addDbOption(p);
            addSharedOption(p);
            p.addOption({QStringLiteral("scale"), QStringLiteral("Volume multiplier (1 = a mid-sized city)."),
                         QStringLiteral("N"), QStringLiteral("1")});
            p.addOption({QStringLiteral("seed"),
                         QStringLiteral("Random seed; the same seed gives the same data."),
                         QStringLiteral("S"), QStringLiteral("1")});
        },
        [](CliContext& c) {
            const QString usage = QStringLiteral("demo --db FILE [--scale N] [--seed S] [--shared]");
            const QString path = c.parser.value(QStringLiteral("db"));
            if (path.isEmpty())
                return usageError(c, QStringLiteral("--db FILE is required."), usage);
            bool okScale = false, okSeed = false;
            const int scale = c.parser.value(QStringLiteral("scale")).toInt(&okScale);
            const uint seed = c.parser.value(QStringLiteral("seed")).toUInt(&okSeed);
            if (!okScale || scale < 1 || scale > 1000)
                return usageError(c, QStringLiteral("--scale must be a whole number from 1 to 1000."), usage);
            if (!okSeed)
                return usageError(c, QStringLiteral("--seed must be a whole number."), usage);
            QElapsedTimer timer;
            timer.start();
            core::DemoOptions options;
            options.scale = scale;
            options.seed = seed;
            const auto mode = c.parser.isSet(QStringLiteral("shared")) ? core::JournalMode::Shared
                                                                       : core::JournalMode::Local;
            if (auto s = core::createDemoFile(path, mode, options); !s)
                return fail(c, s.error());
            c.out << "demo database written: " << core::ServerAddress::shown(path) << " (scale " << scale
                  << ", seed " << seed << ", " << timer.elapsed() << " ms)\n";
            return int(ExitOk);
        }};
}

} // namespace pd::app
