// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/invoicereport.h"

#include "core/domain/contractedplacement.h"

#include <QJsonObject>

namespace pd::core {

namespace {

QJsonValue numberOrNull(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue idOrNull(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue textOrNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonArray invoicesJson(const QList<Invoice>& invoices) {
    QJsonArray out;
    for (const Invoice& i : invoices) {
        QJsonArray findings;
        for (const InvoiceFinding& f : i.findings)
            findings.append(QJsonObject{{QStringLiteral("rule"), code(f.rule)},
                                        {QStringLiteral("expected"), f.expected},
                                        {QStringLiteral("invoiced"), f.invoiced},
                                        {QStringLiteral("detail"), f.detail}});
        out.append(QJsonObject{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("invoice_number"), i.number},
            {QStringLiteral("provider_urn"), i.providerUrn},
            {QStringLiteral("child_id"), i.childRef},
            {QStringLiteral("placement_id"), idOrNull(i.placementId)},
            {QStringLiteral("period_start"), i.periodStart.toString(Qt::ISODate)},
            {QStringLiteral("period_end"), i.periodEnd.toString(Qt::ISODate)},
            {QStringLiteral("days"), i.days()},
            {QStringLiteral("amount"), i.amount},
            {QStringLiteral("extras"), i.extras},
            {QStringLiteral("weekly_rate"), numberOrNull(i.weeklyRate)},
            {QStringLiteral("expected"), numberOrNull(i.expected)},
            {QStringLiteral("duplicate_of"), idOrNull(i.duplicateOf)},
            {QStringLiteral("counted"), i.counts()},
            {QStringLiteral("status"), code(i.status)},
            {QStringLiteral("decision_note"), textOrNull(i.decisionNote)},
            {QStringLiteral("decided_by"), textOrNull(i.decidedBy)},
            {QStringLiteral("decided_at"),
             i.decidedAt.isValid() ? QJsonValue(i.decidedAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("source"), QStringLiteral("%1:%2").arg(i.sourceFile).arg(i.sourceLine)},
            {QStringLiteral("findings"), findings}});
    }
    return out;
}

QString invoicesText(const QList<Invoice>& invoices) {
    QString out;
    double counted = 0, approved = 0;
    int flagged = 0;
    for (const Invoice& i : invoices) {
        out += QStringLiteral("%1  %2  child %3  %4 to %5  %6  expected %7  %8%9\n")
                   .arg(i.number, i.providerUrn, i.childRef, i.periodStart.toString(Qt::ISODate),
                        i.periodEnd.toString(Qt::ISODate), pounds(i.amount),
                        i.expected ? pounds(*i.expected) : QStringLiteral("-"), label(i.status).toLower(),
                        i.duplicateOf ? QStringLiteral(" (duplicate, not counted)") : QString());
        for (const InvoiceFinding& f : i.findings)
            out += QStringLiteral("    %1: expected %2, invoiced %3. %4\n")
                       .arg(label(f.rule), pounds(f.expected), pounds(f.invoiced), f.detail);
        flagged += i.findings.isEmpty() ? 0 : 1;
        if (i.counts())
            counted += i.amount;
        if (i.counts() && i.status == InvoiceStatus::Approved)
            approved += i.amount;
    }
    out += QStringLiteral("%1 invoices, %2 with findings; invoiced %3 (duplicates and rejected not counted), "
                          "approved %4\n")
               .arg(invoices.size())
               .arg(flagged)
               .arg(pounds(counted), pounds(approved));
    return out;
}

} // namespace pd::core
