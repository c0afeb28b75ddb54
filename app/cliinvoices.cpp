// SPDX-License-Identifier: GPL-3.0-or-later
// Money on the command line: import invoices, the list of invoices with their findings, and an
// officer's decision on one invoice (docs/cli.md).
#include "app/clicommand.h"
#include "core/reports/invoicereport.h"
#include "core/services/desk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pd::app {

namespace {

const QString kInvoicesUsage = QStringLiteral("invoices --db FILE [--json]");
const QString kInvoiceUsage =
    QStringLiteral("invoice --db FILE (--id N | --number TEXT [--provider URN]) "
                   "(--approve [--note TEXT] | --query TEXT --out FILE.eml | --reject TEXT)");

int invoices(CliContext& c) {
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto list = desk.value()->invoices().invoices();
    if (!list)
        return fail(c, list.error());
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(core::invoicesJson(list.value())).toJson(QJsonDocument::Indented);
    else
        c.out << core::invoicesText(list.value());
    return int(ExitOk);
}

/// The invoice --id or --number (with --provider) names.
core::Result<core::Invoice> chosenInvoice(CliContext& c, core::Desk& desk) {
    if (c.parser.isSet(QStringLiteral("id"))) {
        bool ok = false;
        const qint64 id = c.parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0)
            return core::Error::invalid(
                QStringLiteral("--id must be an invoice's id (the id of `invoices --json`)."));
        return desk.invoices().invoice(id);
    }
    return desk.invoices().numbered(c.parser.value(QStringLiteral("number")),
                                    c.parser.value(QStringLiteral("provider")));
}

int invoice(CliContext& c) {
    const bool approve = c.parser.isSet(QStringLiteral("approve"));
    const bool query = c.parser.isSet(QStringLiteral("query"));
    const bool reject = c.parser.isSet(QStringLiteral("reject"));
    if (int(approve) + int(query) + int(reject) != 1)
        return usageError(c, QStringLiteral("give one of --approve, --query TEXT or --reject TEXT."),
                          kInvoiceUsage);
    if (!c.parser.isSet(QStringLiteral("id")) && c.parser.value(QStringLiteral("number")).isEmpty())
        return usageError(c, QStringLiteral("--id N or --number TEXT is required (which invoice)."),
                          kInvoiceUsage);
    if (query && c.parser.value(QStringLiteral("out")).isEmpty())
        return usageError(c, QStringLiteral("--out FILE.eml is required with --query (the e-mail draft)."),
                          kInvoiceUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto chosen = chosenInvoice(c, *desk.value());
    if (!chosen)
        return fail(c, chosen.error());
    core::InvoiceBook& book = desk.value()->invoices();
    const qint64 id = chosen->id;
    core::Status done;
    if (approve)
        done = book.approve(id, c.parser.value(QStringLiteral("note")));
    else if (query)
        done = book.query(id, c.parser.value(QStringLiteral("query")), c.parser.value(QStringLiteral("out")));
    else
        done = book.reject(id, c.parser.value(QStringLiteral("reject")));
    if (!done)
        return fail(c, done.error());
    c.out << "invoice " << chosen->number << " (id " << id << ") "
          << (approve ? "approved"
              : query ? "queried"
                      : "rejected");
    if (query)
        c.out << "; e-mail draft " << QDir::toNativeSeparators(c.parser.value(QStringLiteral("out")));
    c.out << "\n";
    return int(ExitOk);
}

} // namespace

int importInvoicesKind(CliContext& c, core::Desk& desk, const QStringList& files) {
    if (files.isEmpty()) {
        c.err << "placement-desk: give the invoices file to import.\n";
        return int(ExitUsage);
    }
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(c, core::Error::io(QStringLiteral("Cannot read %1: %2")
                                               .arg(QDir::toNativeSeparators(path), file.errorString())));
        auto summary = desk.invoices().import(file, QFileInfo(path).fileName());
        if (!summary)
            return fail(c, summary.error());
        c.out << QFileInfo(path).fileName() << ": " << summary->rows << " invoices, " << summary->clean
              << " clean, " << summary->withFindings << " with findings (" << summary->duplicates
              << " duplicates, not counted)\n";
    }
    return int(ExitOk);
}

CliCommand invoicesCommand() {
    return {QStringLiteral("invoices"), kInvoicesUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys in docs/cli.md).")});
            },
            &invoices};
}

CliCommand invoiceCommand() {
    return {QStringLiteral("invoice"), kInvoiceUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                p.addOption({QStringLiteral("id"), QStringLiteral("The invoice's id."), QStringLiteral("N")});
                p.addOption({QStringLiteral("number"), QStringLiteral("The provider's invoice number."),
                             QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("provider"),
                             QStringLiteral("The provider's Ofsted URN (when two providers use the number)."),
                             QStringLiteral("URN")});
                p.addOption({QStringLiteral("approve"), QStringLiteral("Approve it for payment.")});
                p.addOption({QStringLiteral("note"),
                             QStringLiteral("Why it is approved despite its findings."),
                             QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("query"), QStringLiteral("Query it with the provider: the note."),
                             QStringLiteral("TEXT")});
                p.addOption({QStringLiteral("out"), QStringLiteral("The e-mail draft a query writes."),
                             QStringLiteral("FILE.eml")});
                p.addOption({QStringLiteral("reject"), QStringLiteral("Reject it: the reason."),
                             QStringLiteral("TEXT")});
            },
            &invoice};
}

} // namespace pd::app
