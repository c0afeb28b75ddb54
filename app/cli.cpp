// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include "app/clicommand.h"
#include "core/services/desk.h"

#include <QDir>

namespace pd::app {

CliCommand demoCommand();
CliCommand checkCommand();
CliCommand backupCommand();
CliCommand migrateCommand();
CliCommand grantCommand();
CliCommand importCommand();
CliCommand exportCommand();
CliCommand indicatorsCommand();
CliCommand matchCommand();
CliCommand packCommand();
CliCommand endPlacementCommand();
CliCommand reviewsCommand();
CliCommand meetingsCommand();
CliCommand contractCommand();
CliCommand newHomeCommand();
CliCommand childCommand();
CliCommand homeProfileCommand();
CliCommand invoicesCommand();
CliCommand invoiceCommand();
CliCommand upliftCommand();
CliCommand upliftsCommand();
CliCommand providerContractCommand();
CliCommand blockUtilisationCommand();
CliCommand budgetCommand();
CliCommand retenderCommand();

namespace {

QList<CliCommand> commands() {
    return {demoCommand(),
            checkCommand(),
            backupCommand(),
            migrateCommand(),
            grantCommand(),
            importCommand(),
            exportCommand(),
            matchCommand(),
            packCommand(),
            indicatorsCommand(),
            reviewsCommand(),
            meetingsCommand(),
            contractCommand(),
            endPlacementCommand(),
            newHomeCommand(),
            homeProfileCommand(),
            invoicesCommand(),
            invoiceCommand(),
            upliftCommand(),
            upliftsCommand(),
            providerContractCommand(),
            blockUtilisationCommand(),
            budgetCommand(),
            retenderCommand(),
            childCommand()};
}

void printUsage(QTextStream& stream) {
    stream << "Usage:\n  placement-desk [--db FILE]            open the program (the last database, else a "
              "demo one)\n";
    for (const CliCommand& c : commands())
        stream << "  placement-desk " << c.usage << "\n";
    stream << "\nRun 'placement-desk COMMAND --help' for one command's options.\n";
    stream.flush();
}

} // namespace

int usageError(CliContext& c, const QString& message, const QString& usage) {
    c.err << "placement-desk: " << message << "\nUsage: placement-desk " << usage << "\n";
    c.err.flush();
    return ExitUsage;
}

int fail(CliContext& context, const core::Error& error) {
    context.err << "placement-desk: " << error.message << "\n";
    context.err.flush();
    return ExitFailed;
}

void addDbOption(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("FILE")});
}

void addReferralOption(QCommandLineParser& p) {
    addDbOption(p);
    p.addOption({QStringLiteral("referral"),
                 QStringLiteral("The referral id (or its reference, e.g. R-2026-0042)."),
                 QStringLiteral("N")});
}

core::Result<qint64> referralId(CliContext& c, core::Desk& desk) {
    const QString value = c.parser.value(QStringLiteral("referral"));
    if (value.isEmpty())
        return core::Error::invalid(QStringLiteral("--referral N is required."));
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? core::Result<qint64>(id) : desk.referrals().idForReference(value);
}

core::Result<ReferralDocument> referralDocument(CliContext& c) {
    ReferralDocument d;
    d.out = c.parser.value(QStringLiteral("out"));
    if (d.out.isEmpty())
        return core::Error::invalid(QStringLiteral("--out FILE.pdf is required."));
    auto desk = openDeskOption(c, false);
    if (!desk)
        return desk.error();
    d.desk = std::move(desk.value());
    auto id = referralId(c, *d.desk);
    if (!id)
        return id.error();
    d.referralId = id.value();
    return d;
}

void addSharedOption(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("shared"),
                      QStringLiteral("Create a new file in shared mode (for a team network drive).")});
}

core::Result<std::unique_ptr<core::Desk>> openDeskOption(CliContext& context, bool create) {
    const QString path = context.parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return core::Error::invalid(QStringLiteral("--db FILE is required."));
    core::Desk::OpenOptions options; // a file it creates gets its creator as first administrator
    options.create = create;
    if (create && context.parser.optionNames().contains(QStringLiteral("shared")))
        options.newFileMode = context.parser.isSet(QStringLiteral("shared")) ? core::JournalMode::Shared
                                                                             : core::JournalMode::Local;
    return core::Desk::open(path, options);
}

bool isCommandLineInvocation(const QStringList& arguments) {
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help") ||
        first == QLatin1String("--version"))
        return true;
    return !first.startsWith(u'-');
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out);
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        out << "placement-desk " << PD_VERSION << "\n";
        return ExitOk;
    }
    for (const CliCommand& command : commands()) {
        if (command.name != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral("placement-desk ") + command.usage);
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("command"), command.name);
        command.addOptions(parser);
        QStringList args = arguments;
        if (!parser.parse(args)) {
            err << "placement-desk " << name << ": " << parser.errorText() << "\nUsage: placement-desk "
                << command.usage << "\n";
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return ExitOk;
        }
        CliContext context{parser, out, err};
        const int code = command.run(context);
        out.flush();
        err.flush();
        return code;
    }
    err << "placement-desk: unknown command '" << name << "'.\n";
    printUsage(err);
    return ExitUsage;
}

} // namespace pd::app
