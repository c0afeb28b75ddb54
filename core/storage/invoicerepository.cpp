// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/invoicerepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

#include <QHash>

namespace pd::core {

namespace {

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant realOrNull(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

} // namespace

Result<qint64> InvoiceRepository::insert(const Invoice& i) {
    RecordWriter writer(m_db);
    auto id = writer.insert(
        QStringLiteral("invoices"),
        {{QStringLiteral("invoice_number"), i.number},
         {QStringLiteral("provider_urn"), i.providerUrn},
         {QStringLiteral("child_ref"), i.childRef},
         {QStringLiteral("placement_id"), i.placementId > 0 ? QVariant(i.placementId) : QVariant()},
         {QStringLiteral("period_start"), i.periodStart.toString(Qt::ISODate)},
         {QStringLiteral("period_end"), i.periodEnd.toString(Qt::ISODate)},
         {QStringLiteral("amount"), i.amount},
         {QStringLiteral("extras"), i.extras},
         {QStringLiteral("weekly_rate"), realOrNull(i.weeklyRate)},
         {QStringLiteral("description"), textOrNull(i.description)},
         {QStringLiteral("expected"), realOrNull(i.expected)},
         {QStringLiteral("duplicate_of"), i.duplicateOf > 0 ? QVariant(i.duplicateOf) : QVariant()},
         {QStringLiteral("status"), code(i.status)},
         {QStringLiteral("source_file"), textOrNull(i.sourceFile)},
         {QStringLiteral("source_line"), i.sourceLine > 0 ? QVariant(i.sourceLine) : QVariant()},
         {QStringLiteral("imported_at"), m_db.now().toString(Qt::ISODateWithMs)},
         {QStringLiteral("imported_by"), m_db.userName()}});
    if (!id)
        return id;
    for (const InvoiceFinding& f : i.findings) {
        auto finding =
            writer.insert(QStringLiteral("invoice_findings"), {{QStringLiteral("invoice_id"), id.value()},
                                                               {QStringLiteral("rule"), code(f.rule)},
                                                               {QStringLiteral("expected"), f.expected},
                                                               {QStringLiteral("invoiced"), f.invoiced},
                                                               {QStringLiteral("detail"), f.detail}});
        if (!finding)
            return finding.error();
    }
    return id;
}

Result<QList<Invoice>> InvoiceRepository::select(const QString& where, const QVariantMap& binds) const {
    Sql sql(m_db);
    auto rows =
        sql.query(QStringLiteral(
                      "SELECT id, row_version, invoice_number, provider_urn, child_ref, placement_id, "
                      "period_start, period_end, amount, extras, weekly_rate, description, expected, "
                      "duplicate_of, status, decision_note, decided_at, decided_by, source_file, source_line "
                      "FROM invoices %1 ORDER BY id")
                      .arg(where),
                  binds, QStringLiteral("reading the invoices"));
    if (!rows)
        return rows.error();
    QList<Invoice> out;
    QHash<qint64, qsizetype> index;
    while (rows->next()) {
        Invoice i;
        i.id = rows->integer("id");
        i.rowVersion = rows->integer("row_version");
        i.number = rows->text("invoice_number");
        i.providerUrn = rows->text("provider_urn");
        i.childRef = rows->text("child_ref");
        i.placementId = rows->integer("placement_id");
        i.periodStart = rows->date("period_start");
        i.periodEnd = rows->date("period_end");
        i.amount = rows->real("amount");
        i.extras = rows->real("extras");
        i.weeklyRate = rows->optionalReal("weekly_rate");
        i.description = rows->text("description");
        i.expected = rows->optionalReal("expected");
        i.duplicateOf = rows->integer("duplicate_of");
        i.status = fromCode<InvoiceStatus>(rows->text("status")).value_or(InvoiceStatus::Received);
        i.decisionNote = rows->text("decision_note");
        i.decidedAt = rows->dateTime("decided_at");
        i.decidedBy = rows->text("decided_by");
        i.sourceFile = rows->text("source_file");
        i.sourceLine = rows->number("source_line");
        index.insert(i.id, out.size());
        out << i;
    }
    if (out.isEmpty())
        return out;
    auto findings =
        sql.query(QStringLiteral(
                      "SELECT f.invoice_id, f.rule, f.expected, f.invoiced, f.detail FROM invoice_findings f "
                      "JOIN invoices ON invoices.id = f.invoice_id %1 ORDER BY f.invoice_id, f.id")
                      .arg(where),
                  binds, QStringLiteral("reading the invoices' findings"));
    if (!findings)
        return findings.error();
    while (findings->next()) {
        const auto it = index.constFind(findings->integer("invoice_id"));
        if (it == index.cend())
            continue;
        out[*it].findings << InvoiceFinding{
            fromCode<InvoiceRule>(findings->text("rule")).value_or(InvoiceRule::NoPlacement),
            findings->real("expected"), findings->real("invoiced"), findings->text("detail")};
    }
    return out;
}

Result<QList<Invoice>> InvoiceRepository::all() const {
    return select(QString(), {});
}

Result<Invoice> InvoiceRepository::load(qint64 id) const {
    auto found = select(QStringLiteral("WHERE invoices.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("There is no invoice %1 in this file.").arg(id));
    return found->first();
}

Result<QList<Invoice>> InvoiceRepository::withNumber(const QString& number) const {
    return select(QStringLiteral("WHERE lower(invoices.invoice_number) = lower(:n) AND "
                                 "invoices.duplicate_of IS NULL"),
                  {{QStringLiteral(":n"), number}});
}

Status InvoiceRepository::decide(const Invoice& invoice, InvoiceStatus status, const QString& note) {
    return RecordWriter(m_db).update(QStringLiteral("invoices"), invoice.id, invoice.rowVersion,
                                     {{QStringLiteral("status"), code(status)},
                                      {QStringLiteral("decision_note"), textOrNull(note)},
                                      {QStringLiteral("decided_at"), m_db.now().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("decided_by"), m_db.userName()}});
}

Result<QList<ContractedPlacement>> InvoiceRepository::contractedPlacements() const {
    Sql sql(m_db);
    auto rows = sql.query(
        QStringLiteral("SELECT pl.id, c.child_ref, COALESCE(pr.ofsted_urn, pl.urn, '') AS urn, "
                       "IFNULL(pr.id, 0) AS provider_id, IFNULL(pl.budget_line_id, 0) AS budget_line_id, "
                       "pl.start_date, pl.end_date, IFNULL(pl.weekly_cost, 0) AS weekly_cost "
                       "FROM placements pl JOIN children c ON c.id = pl.child_id "
                       "LEFT JOIN provisions v ON v.id = pl.provision_id "
                       "LEFT JOIN providers pr ON pr.id = v.provider_id ORDER BY pl.id"),
        {}, QStringLiteral("reading the placements invoices are checked against"));
    if (!rows)
        return rows.error();
    QList<ContractedPlacement> out;
    QHash<qint64, qsizetype> index;
    QList<double> agreed;
    while (rows->next()) {
        ContractedPlacement p;
        p.placementId = rows->integer("id");
        p.childRef = rows->text("child_ref");
        p.providerUrn = rows->text("urn");
        p.providerId = rows->integer("provider_id");
        p.budgetLineId = rows->integer("budget_line_id");
        p.start = rows->date("start_date");
        p.end = rows->date("end_date");
        index.insert(p.placementId, out.size());
        agreed << rows->real("weekly_cost");
        out << p;
    }
    auto steps = sql.query(QStringLiteral("SELECT placement_id, version, effective_from, weekly_fee, extras "
                                          "FROM placement_contracts ORDER BY placement_id, version"),
                           {}, QStringLiteral("reading the placements' contracts"));
    if (!steps)
        return steps.error();
    while (steps->next()) {
        const auto it = index.constFind(steps->integer("placement_id"));
        if (it != index.cend())
            out[*it].fees << FeeStep{steps->date("effective_from"), steps->real("weekly_fee"),
                                     steps->real("extras"), steps->number("version")};
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out[i].fees.isEmpty())
            out[i].fees << FeeStep{out[i].start, agreed[i], 0, 0};
    return out;
}

} // namespace pd::core
