// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoice.h"
#include "core/result.h"

#include <QIODevice>

namespace pd::core {

class Database;

/// What an invoice import did.
struct InvoiceImportSummary {
    int rows = 0;         ///< invoice lines read
    int clean = 0;        ///< lines the check found nothing wrong with
    int withFindings = 0; ///< lines with at least one finding (duplicates included)
    int duplicates = 0;   ///< lines already on file: stored and flagged, never counted twice
};

/// What checking every invoice on file found (InvoiceBook::checkAll).
struct InvoiceCheckRun {
    int invoices = 0;
    int withFindings = 0;
    int findings = 0;
    double invoiced = 0;   ///< counted invoices only (no duplicates, no rejected ones)
    double expected = 0;   ///< what the contracts pay for the same periods
    QList<qint64> flagged; ///< the invoices with a finding, in the order imported
};

/// Providers' invoices: imported all-or-nothing from a file, each line checked against the placement
/// and its Individual Placement Contract (InvoiceLedger, checkInvoice) and stored with its findings;
/// then approved, queried (an .eml draft to the provider) or rejected by an officer, audited.
class InvoiceBook {
  public:
    explicit InvoiceBook(Database& db) : m_db(db) {}

    /// Reads, checks and stores every line (Operation::ImportInvoices); a bad line refuses the whole
    /// file with its line and reason and nothing is written. A line already on file (same provider and
    /// number) is stored as a duplicate of the first, flagged, and never counted.
    Result<InvoiceImportSummary> import(QIODevice& file, const QString& fileLabel);
    /// Every invoice with its findings, in the order imported.
    Result<QList<Invoice>> invoices() const;
    Result<Invoice> invoice(qint64 id) const;
    /// The invoice (not a duplicate) with this number; providerUrn chooses when two providers used it.
    Result<Invoice> numbered(const QString& number, const QString& providerUrn = {}) const;

    /// Approves it for payment (Operation::DecideInvoice). An invoice with findings needs a note saying
    /// why it is paid anyway; a duplicate, or one already approved or rejected, is refused.
    Status approve(qint64 id, const QString& note = {});
    /// Queries it with the provider: writes an .eml draft (to the provider's e-mail in the register)
    /// with the note and the findings to emlPath and marks it queried.
    Status query(qint64 id, const QString& note, const QString& emlPath);
    /// Rejects it with the reason (a rejected invoice is not counted).
    Status reject(qint64 id, const QString& reason);

    /// Checks every invoice on file again, in the order imported, as the placements and contracts now
    /// stand (nothing is written): what the benchmark times.
    Result<InvoiceCheckRun> checkAll() const;

  private:
    Result<Invoice> decidable(qint64 id) const;
    Status decide(qint64 id, InvoiceStatus status, const QString& note);
    Database& m_db;
};

} // namespace pd::core
