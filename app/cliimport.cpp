// SPDX-License-Identifier: GPL-3.0-or-later
// import KIND --db FILE ...: one entry per kind of file; each kind's work is a core service.
#include "app/clicommand.h"
#include "core/services/desk.h"

namespace pd::app {

/// One kind of import: its name, its usage and what it does with the open database.
struct ImportKind {
    QString name;
    QString usage;
    int (*run)(CliContext& context, core::Desk& desk, const QStringList& files);
};

int importReferral(CliContext& context, core::Desk& desk, const QStringList& files);
// The provider register's kinds (app/cliregister.cpp).
int importProvidersKind(CliContext& context, core::Desk& desk, const QStringList& files);
int importProvisionsKind(CliContext& context, core::Desk& desk, const QStringList& files);
int importVacanciesKind(CliContext& context, core::Desk& desk, const QStringList& files);
int importPostcodesKind(CliContext& context, core::Desk& desk, const QStringList& files);
int runSsda903Import(CliContext& context, core::Desk& desk, const QStringList& files);
// Providers' invoices (app/cliinvoices.cpp).
int importInvoicesKind(CliContext& context, core::Desk& desk, const QStringList& files);

namespace {

QList<ImportKind> importKinds() {
    // Each kind is added by the feature that owns it (providers, referral, ssda903, ...).
    return {
        {QStringLiteral("referral"), QStringLiteral("import referral --db FILE FILE.json"), &importReferral},
        {QStringLiteral("providers"), QStringLiteral("import providers --db FILE PROVIDERS.csv"),
         &importProvidersKind},
        {QStringLiteral("provisions"), QStringLiteral("import provisions --db FILE PROVISIONS.csv"),
         &importProvisionsKind},
        {QStringLiteral("vacancies"), QStringLiteral("import vacancies --db FILE VACANCIES.csv"),
         &importVacanciesKind},
        {QStringLiteral("postcodes"), QStringLiteral("import postcodes --db FILE ONSPD.csv"),
         &importPostcodesKind},
        {QStringLiteral("ssda903"), QStringLiteral("import ssda903 --db FILE --episodes FILE --header FILE"),
         &runSsda903Import},
        {QStringLiteral("invoices"), QStringLiteral("import invoices --db FILE INVOICES.csv"),
         &importInvoicesKind},
    };
}

QString importUsage() {
    QStringList kinds;
    for (const ImportKind& k : importKinds())
        kinds << k.name;
    return QStringLiteral(
               "import %1 --db FILE FILE...  (import ssda903 --db FILE --episodes FILE --header FILE)")
        .arg(kinds.isEmpty() ? QStringLiteral("KIND") : kinds.join(u'|'));
}

} // namespace

CliCommand importCommand() {
    return {QStringLiteral("import"), importUsage(),
            [](QCommandLineParser& p) {
                addDbOption(p);
                addSharedOption(p);
                p.addOption({QStringLiteral("episodes"), QStringLiteral("SSDA903 episodes file."),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("header"), QStringLiteral("SSDA903 header file."),
                             QStringLiteral("FILE")});
                p.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("What to import."));
                p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("The file(s) to import."));
            },
            [](CliContext& c) {
                const QStringList positional = c.parser.positionalArguments(); // [import, kind, files...]
                const QString kind = positional.value(1);
                for (const ImportKind& k : importKinds()) {
                    if (k.name != kind)
                        continue;
                    auto desk = openDeskOption(c, true);
                    if (!desk)
                        return fail(c, desk.error());
                    return k.run(c, *desk.value(), positional.mid(2));
                }
                c.err << "placement-desk: unknown import kind '" << kind << "'.\nUsage: placement-desk "
                      << importUsage() << "\n";
                return int(ExitUsage);
            }};
}

} // namespace pd::app
