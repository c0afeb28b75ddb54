// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pd::core {

/// What the officer decided about an invoice.
enum class InvoiceStatus { Received, Approved, Queried, Rejected };

template <> struct Vocabulary<InvoiceStatus> {
    static constexpr Term<InvoiceStatus> terms[] = {
        {InvoiceStatus::Received, "received", "Received"},
        {InvoiceStatus::Approved, "approved", "Approved"},
        {InvoiceStatus::Queried, "queried", "Queried"},
        {InvoiceStatus::Rejected, "rejected", "Rejected"},
    };
};

/// The checks an invoice line goes through against the placement and its contract.
enum class InvoiceRule {
    NoPlacement,         ///< no placement of that child with that provider
    OutsidePlacement,    ///< days before the placement began or after it ended
    RateAboveContract,   ///< a weekly rate above the contract's fee in force (uplifts included)
    ExtrasNotInContract, ///< extras the contract does not pay
    Duplicate,           ///< the same invoice number from the provider already on file
    OverlapPaid,         ///< days another invoice for the placement already covers
    Arithmetic,          ///< days x weekly rate / 7 off by more than a penny a day
};

template <> struct Vocabulary<InvoiceRule> {
    static constexpr Term<InvoiceRule> terms[] = {
        {InvoiceRule::NoPlacement, "no_placement", "No placement with this provider"},
        {InvoiceRule::OutsidePlacement, "outside_placement", "Period outside the placement"},
        {InvoiceRule::RateAboveContract, "rate_above_contract", "Rate above the contract"},
        {InvoiceRule::ExtrasNotInContract, "extras_not_in_contract", "Extras not in the contract"},
        {InvoiceRule::Duplicate, "duplicate", "Duplicate invoice"},
        {InvoiceRule::OverlapPaid, "overlap_paid", "Period already invoiced"},
        {InvoiceRule::Arithmetic, "arithmetic", "Arithmetic"},
    };
};

/// One thing wrong with an invoice: which rule, what the contract says and what was invoiced (pounds;
/// a weekly rate for the rate rule), and a sentence that says why.
struct InvoiceFinding {
    InvoiceRule rule = InvoiceRule::NoPlacement;
    double expected = 0;
    double invoiced = 0;
    QString detail;
};

/// One line of a provider's invoice file, as stored with what the check found.
struct Invoice {
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString number;
    QString providerUrn;
    QString childRef; ///< the SSDA903 CHILD
    QDate periodStart;
    QDate periodEnd;                  ///< inclusive
    double amount = 0;                ///< the total for the period, extras included
    double extras = 0;                ///< the part of the amount for extras
    std::optional<double> weeklyRate; ///< the rate the provider charged, when the file says
    QString description;
    qint64 placementId = 0;         ///< the placement it was checked against (0: none)
    std::optional<double> expected; ///< what the contract pays for the period
    qint64 duplicateOf = 0;         ///< the invoice imported before with the same number
    InvoiceStatus status = InvoiceStatus::Received;
    QString decisionNote;
    QDateTime decidedAt;
    QString decidedBy;
    QString sourceFile;
    int sourceLine = 0;
    QList<InvoiceFinding> findings;

    /// The days the invoice covers (both ends included).
    qint64 days() const { return periodStart.daysTo(periodEnd) + 1; }
    /// Whether it counts as money asked for: not a duplicate and not rejected.
    bool counts() const { return duplicateOf == 0 && status != InvoiceStatus::Rejected; }
};

} // namespace pd::core
