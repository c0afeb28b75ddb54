// SPDX-License-Identifier: GPL-3.0-or-later
// import KIND --db FILE ...: one entry per kind of file; each kind's work is a core service.
#include "app/clicommand.h"
#include "core/storage/database.h"

namespace pd::app {

/// One kind of import: its name, its usage and what it does with the open database.
struct ImportKind {
    QString name;
    QString usage;
    int (*run)(CliContext& context, core::Database& db, const QStringList& files);
};

int importReferral(CliContext& context, core::Database& db, const QStringList& files);

namespace {

QList<ImportKind> importKinds()
{
    // Each kind is added by the feature that owns it (providers, referral, ssda903, ...).
    return {
        {QStringLiteral("referral"), QStringLiteral("import referral --db FILE FILE.json"), &importReferral},
    };
}

QString importUsage()
{
    QStringList kinds;
    for (const ImportKind& k : importKinds())
        kinds << k.name;
    return QStringLiteral("import %1 --db FILE FILE...  (import ssda903 --db FILE --episodes FILE --header FILE)")
        .arg(kinds.isEmpty() ? QStringLiteral("KIND") : kinds.join(u'|'));
}

} // namespace

CliCommand importCommand()
{
    return {QStringLiteral("import"), importUsage(),
            [](QCommandLineParser& p) {
                addDbOption(p);
                addSharedOption(p);
                p.addOption({QStringLiteral("episodes"), QStringLiteral("SSDA903 episodes file."), QStringLiteral("FILE")});
                p.addOption({QStringLiteral("header"), QStringLiteral("SSDA903 header file."), QStringLiteral("FILE")});
                p.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("What to import."));
                p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("The file(s) to import."));
            },
            [](CliContext& c) {
                const QStringList positional = c.parser.positionalArguments(); // [import, kind, files...]
                const QString kind = positional.value(1);
                for (const ImportKind& k : importKinds()) {
                    if (k.name != kind)
                        continue;
                    auto db = openDatabaseOption(c, true);
                    if (!db)
                        return fail(c, db.error());
                    return k.run(c, *db.value(), positional.mid(2));
                }
                c.err << "placement-desk: unknown import kind '" << kind << "'.\nUsage: placement-desk "
                      << importUsage() << "\n";
                return int(ExitUsage);
            }};
}

} // namespace pd::app
