// SPDX-License-Identifier: GPL-3.0-or-later
// The server's commands: migrate (a file onto a PostgreSQL database) and grant (a login's role
// there, enforced by the server).
#include "app/clicommand.h"
#include "core/storage/database.h"
#include "core/storage/servermigration.h"
#include "core/storage/serverroles.h"

#include <QElapsedTimer>

namespace pd::app {

CliCommand migrateCommand() {
    return {QStringLiteral("migrate"),
            QStringLiteral("migrate --from FILE --to postgresql://[user@]host[:port]/name"),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("from"),
                             QStringLiteral("The Placement Desk file to move (only read)."),
                             QStringLiteral("FILE")});
                p.addOption(
                    {QStringLiteral("to"),
                     QStringLiteral("The server database to fill (it must hold no Placement Desk rows)."),
                     QStringLiteral("URL")});
            },
            [](CliContext& c) {
                const QString from = c.parser.value(QStringLiteral("from"));
                const QString to = c.parser.value(QStringLiteral("to"));
                if (from.isEmpty() || to.isEmpty())
                    return usageError(
                        c, QStringLiteral("--from FILE and --to URL are required."),
                        QStringLiteral("migrate --from FILE --to postgresql://[user@]host[:port]/name"));
                QElapsedTimer timer;
                timer.start();
                auto report = core::migrateToServer(from, to);
                if (!report)
                    return fail(c, report.error());
                c.out << "moved " << report->from << " to " << report->to << " (schema version "
                      << report->schemaVersion << "): " << report->rows << " rows in "
                      << report->tables.size() << " tables, " << timer.elapsed() << " ms\n";
                for (const auto& t : report->tables)
                    c.out << "  " << t.name << ": " << t.rows << "\n";
                return int(ExitOk);
            }};
}

CliCommand grantCommand() {
    return {
        QStringLiteral("grant"),
        QStringLiteral("grant --db postgresql://admin@host/name --login NAME --role ROLE [--authority CODE]"),
        [](QCommandLineParser& p) {
            addDbOption(p);
            p.addOption({QStringLiteral("login"), QStringLiteral("The server login (created when missing)."),
                         QStringLiteral("NAME")});
            p.addOption({QStringLiteral("authority"),
                         QStringLiteral("In a consortium: the login's authority (it then sees only that "
                                        "authority's referrals, children, placements and invoices)."),
                         QStringLiteral("CODE")});
            p.addOption(
                {QStringLiteral("role"),
                 QStringLiteral("officer, manager, budget_holder, social_worker, read_only or admin."),
                 QStringLiteral("ROLE")});
        },
        [](CliContext& c) {
            const QString usage = QStringLiteral(
                "grant --db postgresql://admin@host/name --login NAME --role ROLE [--authority CODE]");
            const QString login = c.parser.value(QStringLiteral("login"));
            const auto role = core::fromCode<core::Role>(c.parser.value(QStringLiteral("role")));
            if (c.parser.value(QStringLiteral("db")).isEmpty() || login.isEmpty())
                return usageError(c, QStringLiteral("--db URL, --login NAME and --role ROLE are required."),
                                  usage);
            if (!role)
                return usageError(c,
                                  QStringLiteral("--role is one of officer, manager, budget_holder, "
                                                 "social_worker, read_only, admin."),
                                  usage);
            auto db = core::Database::open(c.parser.value(QStringLiteral("db")));
            if (!db)
                return fail(c, db.error());
            if (auto s = core::grantServerRole(*db.value(), login, *role,
                                               c.parser.value(QStringLiteral("authority")));
                !s)
                return fail(c, s.error());
            c.out << login << " is now in " << core::serverGroupOf(*role)
                  << " on the server. Add the same login in Tools › Team with the role " << core::label(*role)
                  << ", so the program's buttons match what the server allows.\n";
            return int(ExitOk);
        }};
}

} // namespace pd::app
