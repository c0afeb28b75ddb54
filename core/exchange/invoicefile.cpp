// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/invoicefile.h"

#include "core/exchange/csvrecord.h"
#include "core/exchange/importproblems.h"

#include <QHash>

namespace pd::core {

namespace {

constexpr double kMostPounds = 10000000;
constexpr int kLongestPeriodDays = 366;

/// One row as an invoice; the row's first problem is recorded on it.
Invoice readRow(CsvRecord& row, const QString& label) {
    Invoice i;
    i.number = row.text(QStringLiteral("invoice_number"), true);
    i.providerUrn = row.text(QStringLiteral("provider_urn"), true).toUpper();
    i.childRef = row.text(QStringLiteral("child_id"), true);
    i.periodStart = row.date(QStringLiteral("period_start"), true);
    i.periodEnd = row.date(QStringLiteral("period_end"), true);
    const auto amount = row.number(QStringLiteral("amount"), 0, kMostPounds);
    if (!amount && !row.failed())
        row.fail(QStringLiteral("amount is missing."));
    i.amount = amount.value_or(0);
    i.extras = row.number(QStringLiteral("extras"), 0, kMostPounds).value_or(0);
    i.weeklyRate = row.number(QStringLiteral("weekly_rate"), 0.01, kMostPounds);
    i.description = row.text(QStringLiteral("description"));
    i.sourceFile = label;
    i.sourceLine = row.line();
    if (row.failed())
        return i;
    if (i.periodEnd < i.periodStart)
        row.fail(QStringLiteral("period_end %1 is before period_start %2.")
                     .arg(i.periodEnd.toString(Qt::ISODate), i.periodStart.toString(Qt::ISODate)));
    else if (i.days() > kLongestPeriodDays)
        row.fail(QStringLiteral("the period is %1 days long; split it into invoices of a year or less.")
                     .arg(i.days()));
    else if (i.extras > i.amount)
        row.fail(QStringLiteral("extras %1 is more than the amount %2 (the amount includes the extras).")
                     .arg(i.extras)
                     .arg(i.amount));
    return i;
}

} // namespace

Result<QList<Invoice>> readInvoiceFile(QIODevice& file, const QString& label) {
    CsvReader csv(file);
    if (auto s = csv.readHeader(); !s)
        return Error::invalid(
            QStringLiteral("%1, line 1: %2 Nothing was imported.").arg(label, s.error().message));
    if (auto s = csv.requireColumns({QStringLiteral("invoice_number"), QStringLiteral("provider_urn"),
                                     QStringLiteral("child_id"), QStringLiteral("period_start"),
                                     QStringLiteral("period_end"), QStringLiteral("amount")},
                                    label);
        !s)
        return Error::invalid(s.error().message + QStringLiteral(" Nothing was imported."));
    CsvRecord row(csv, label);
    ImportProblems problems;
    QHash<QString, int> seen; // provider + number: the line it was first on
    QList<Invoice> out;
    QStringList fields;
    while (csv.next(&fields)) {
        row.setRow(fields);
        Invoice i = readRow(row, label);
        const QString key = i.providerUrn + u'\n' + i.number.toLower();
        if (!row.failed()) {
            if (auto it = seen.constFind(key); it != seen.cend())
                row.fail(QStringLiteral("invoice %1 from %2 appears twice in the file (also on line %3).")
                             .arg(i.number, i.providerUrn)
                             .arg(*it));
            else
                seen.insert(key, row.line());
        }
        if (row.failed())
            problems.add(label, csv.line(), row.reason());
        else
            out << i;
    }
    if (!csv.errorReason().isEmpty())
        problems.add(label, csv.line(), csv.errorReason());
    if (problems.any())
        return problems.error();
    if (out.isEmpty())
        return Error::invalid(
            QStringLiteral("%1 has no invoice lines under its header. Nothing was imported.").arg(label));
    return out;
}

} // namespace pd::core
