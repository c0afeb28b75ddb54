// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/invoicebook.h"

#include "core/domain/invoiceledger.h"
#include "core/exchange/invoicefile.h"
#include "core/reports/emaildraft.h"
#include "core/storage/database.h"
#include "core/storage/invoicereader.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/providerrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

#include <QDir>
#include <QFile>

namespace pd::core {

namespace {

/// The ledger of everything on file: placements with their contracts, and the invoices so far.
Result<InvoiceLedger> ledgerOf(Database& db, const QList<Invoice>& onFile) {
    auto placements = InvoiceRepository(db).contractedPlacements();
    if (!placements)
        return placements.error();
    InvoiceLedger ledger(std::move(placements.value()));
    for (const Invoice& i : onFile)
        ledger.add(i);
    return ledger;
}

QString queryBody(const Invoice& i, const QString& note) {
    QString body =
        QStringLiteral("Dear colleague,\n\nWe are querying your invoice %1 for child %2, %3 to %4, "
                       "amount %5.\n\n%6\n")
            .arg(i.number, i.childRef, i.periodStart.toString(Qt::ISODate), i.periodEnd.toString(Qt::ISODate),
                 pounds(i.amount), note.trimmed());
    if (!i.findings.isEmpty()) {
        body += QStringLiteral("\nWhat our check of the invoice against the placement contract found:\n");
        for (const InvoiceFinding& f : i.findings)
            body += QStringLiteral("- %1: %2 (contract: %3, invoiced: %4)\n")
                        .arg(label(f.rule), f.detail, pounds(f.expected), pounds(f.invoiced));
    }
    body +=
        QStringLiteral("\nPlease reply quoting the invoice number with a corrected invoice or the evidence "
                       "for the amount.\n\nPlacement Finding Team\n");
    return body;
}

} // namespace

Result<InvoiceImportSummary> InvoiceBook::import(QIODevice& file, const QString& label) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ImportInvoices); !s)
        return s.error();
    auto lines = readInvoiceFile(file, label);
    if (!lines)
        return lines.error();
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    InvoiceRepository repo(m_db);
    auto onFile = repo.all();
    if (!onFile)
        return onFile.error();
    auto ledger = ledgerOf(m_db, onFile.value());
    if (!ledger)
        return ledger.error();
    InvoiceImportSummary summary;
    for (Invoice& i : lines.value()) {
        const InvoiceCheck check = ledger->check(i);
        i.placementId = check.placementId;
        i.expected = check.expected;
        i.duplicateOf = check.duplicateOf;
        i.findings = check.findings;
        auto id = repo.insert(i);
        if (!id)
            return Error{id.error().kind, QStringLiteral("%1, line %2: %3 Nothing was imported.")
                                              .arg(label)
                                              .arg(i.sourceLine)
                                              .arg(id.error().message)};
        i.id = id.value();
        ledger->add(i);
        ++summary.rows;
        summary.duplicates += i.duplicateOf != 0 ? 1 : 0;
        (i.findings.isEmpty() ? summary.clean : summary.withFindings)++;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<QList<Invoice>> InvoiceBook::invoices() const {
    return InvoiceRepository(m_db).all();
}

Result<Invoice> InvoiceBook::invoice(qint64 id) const {
    return InvoiceRepository(m_db).load(id);
}

Result<Invoice> InvoiceBook::numbered(const QString& number, const QString& providerUrn) const {
    auto found = InvoiceRepository(m_db).withNumber(number.trimmed());
    if (!found)
        return found.error();
    QList<Invoice> matches;
    for (const Invoice& i : found.value())
        if (providerUrn.isEmpty() || i.providerUrn.compare(providerUrn.trimmed(), Qt::CaseInsensitive) == 0)
            matches << i;
    if (matches.isEmpty())
        return Error::notFound(
            QStringLiteral("There is no invoice numbered %1%2 in this file: see the list of "
                           "invoices.")
                .arg(number, providerUrn.isEmpty() ? QString() : QStringLiteral(" from ") + providerUrn));
    if (matches.size() > 1) {
        QStringList urns;
        for (const Invoice& i : matches)
            urns << i.providerUrn;
        return Error::invalid(
            QStringLiteral("Invoice number %1 is used by %2 providers (%3): name the provider's "
                           "Ofsted URN too.")
                .arg(number)
                .arg(matches.size())
                .arg(urns.join(QStringLiteral(", "))));
    }
    return matches.first();
}

Result<Invoice> InvoiceBook::decidable(qint64 id) const {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::DecideInvoice); !s)
        return s.error();
    auto invoice = InvoiceRepository(m_db).load(id);
    if (!invoice)
        return invoice.error();
    if (invoice->duplicateOf != 0)
        return Error::refused(
            QStringLiteral("Invoice %1 is a duplicate of one imported before (id %2): it is "
                           "never paid twice; decide the first one.")
                .arg(invoice->number)
                .arg(invoice->duplicateOf));
    if (invoice->status == InvoiceStatus::Approved || invoice->status == InvoiceStatus::Rejected)
        return Error::refused(QStringLiteral("Invoice %1 was already %2 by %3 on %4.")
                                  .arg(invoice->number, label(invoice->status).toLower(), invoice->decidedBy,
                                       invoice->decidedAt.date().toString(Qt::ISODate)));
    return invoice;
}

Status InvoiceBook::decide(qint64 id, InvoiceStatus status, const QString& note) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto invoice = decidable(id);
    if (!invoice)
        return invoice.error();
    if (auto s = InvoiceRepository(m_db).decide(invoice.value(), status, note.trimmed()); !s)
        return s;
    return tx.commit();
}

Status InvoiceBook::approve(qint64 id, const QString& note) {
    auto invoice = decidable(id);
    if (!invoice)
        return invoice.error();
    if (!invoice->findings.isEmpty() && note.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("Invoice %1 has %2 finding(s) (first: %3): give a note saying why it "
                           "is paid anyway, or query it with the provider.")
                .arg(invoice->number)
                .arg(invoice->findings.size())
                .arg(invoice->findings.first().detail));
    return decide(id, InvoiceStatus::Approved, note);
}

Status InvoiceBook::reject(qint64 id, const QString& reason) {
    if (auto invoice = decidable(id); !invoice)
        return invoice.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("Reason: say why the invoice is rejected (the provider is told)."));
    return decide(id, InvoiceStatus::Rejected, reason);
}

Status InvoiceBook::query(qint64 id, const QString& note, const QString& emlPath) {
    auto invoice = decidable(id);
    if (!invoice)
        return invoice.error();
    if (note.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("Note: write what the provider is asked (it goes in the e-mail)."));
    if (emlPath.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("Give the file the e-mail draft is written to (an .eml file)."));
    if (QFile::exists(emlPath))
        return Error::refused(
            QStringLiteral("%1 already exists: choose another file name for the e-mail draft.")
                .arg(QDir::toNativeSeparators(emlPath)));
    auto provider = ProviderRepository(m_db).findByUrn(invoice->providerUrn);
    if (!provider)
        return provider.error();
    EmailDraft draft;
    draft.to = provider->has_value() ? (*provider)->referralEmail : QString();
    draft.subject = QStringLiteral("Query on invoice %1").arg(invoice->number);
    draft.body = queryBody(invoice.value(), note);
    draft.date = m_db.now();
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = decide(id, InvoiceStatus::Queried, note); !s)
        return s;
    QFile f(emlPath);
    const QByteArray eml = draft.toEml();
    if (!f.open(QIODevice::WriteOnly) || f.write(eml) != eml.size()) {
        f.remove();
        return Error::io(
            QStringLiteral("Could not write %1: %2").arg(QDir::toNativeSeparators(emlPath), f.errorString()));
    }
    f.close();
    if (auto s = tx.commit(); !s) {
        QFile::remove(emlPath);
        return s;
    }
    return {};
}

Result<InvoiceCheckRun> InvoiceBook::checkAll() const {
    auto books = InvoiceReader(m_db).read();
    if (!books)
        return books.error();
    InvoiceLedger ledger(std::move(books->placements));
    ledger.reserve(books->invoices.size());
    InvoiceCheckRun run;
    for (Invoice& i : books->invoices) {
        const InvoiceCheck check = ledger.check(i);
        i.placementId = check.placementId;
        i.duplicateOf = check.duplicateOf;
        ++run.invoices;
        run.findings += int(check.findings.size());
        if (!check.findings.isEmpty()) {
            ++run.withFindings;
            run.flagged << i.id;
        }
        if (i.counts()) {
            run.invoiced += i.amount;
            run.expected += check.expected.value_or(0);
        }
        ledger.add(std::move(i));
    }
    return run;
}

} // namespace pd::core
