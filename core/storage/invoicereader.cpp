// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/invoicereader.h"

#include "core/storage/database.h"
#include "core/storage/interner.h"
#include "core/storage/readconnection.h"
#include "core/storage/readstatement.h"
#include "core/storage/readtransaction.h"

#include <QHash>

namespace pd::core {

namespace {

qint64 countOf(ReadConnection& db, const char* sql, const QString& doing) {
    auto st = db.prepare(sql, doing);
    if (!st || st.value()->step() != ReadStatement::Step::Row)
        return 0;
    return st.value()->int64(0);
}

Status readInvoices(ReadConnection& db, Interner& interner, QList<Invoice>& out) {
    const QString doing = QStringLiteral("reading the invoices");
    out.reserve(countOf(db, "SELECT COUNT(*) FROM invoices", doing));
    auto st = db.prepare(
        "SELECT id, invoice_number, provider_urn, child_ref, placement_id, period_start, period_end, "
        "amount, extras, weekly_rate, duplicate_of, status FROM invoices ORDER BY id",
        doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        Invoice& i = out.emplace_back();
        i.id = q.int64(0);
        i.number = q.text(1);
        i.providerUrn = q.shared(2, interner);
        i.childRef = q.shared(3, interner);
        i.placementId = q.int64(4);
        i.periodStart = q.date(5);
        i.periodEnd = q.date(6);
        i.amount = q.real(7);
        i.extras = q.real(8);
        if (!q.isNull(9))
            i.weeklyRate = q.real(9);
        i.duplicateOf = q.int64(10);
        i.status = fromCode<InvoiceStatus>(q.ascii(11)).value_or(InvoiceStatus::Received);
    }
    return step == ReadStatement::Step::Done ? Status() : Status(q.error(doing));
}

Status readPlacements(ReadConnection& db, Interner& interner, QList<ContractedPlacement>& out) {
    const QString doing = QStringLiteral("reading the placements invoices are checked against");
    out.reserve(countOf(db, "SELECT COUNT(*) FROM placements", doing));
    auto st =
        db.prepare("SELECT pl.id, c.child_ref, COALESCE(pr.ofsted_urn, pl.urn, ''), IFNULL(pr.id, 0), "
                   "IFNULL(pl.budget_line_id, 0), pl.start_date, pl.end_date, IFNULL(pl.weekly_cost, 0) "
                   "FROM placements pl JOIN children c ON c.id = pl.child_id "
                   "LEFT JOIN provisions v ON v.id = pl.provision_id "
                   "LEFT JOIN providers pr ON pr.id = v.provider_id ORDER BY pl.id",
                   doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    QHash<qint64, qsizetype> index;
    QList<double> agreed;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        ContractedPlacement& p = out.emplace_back();
        p.placementId = q.int64(0);
        p.childRef = q.shared(1, interner);
        p.providerUrn = q.shared(2, interner);
        p.providerId = q.int64(3);
        p.budgetLineId = q.int64(4);
        p.start = q.date(5);
        p.end = q.date(6);
        agreed << q.real(7);
        index.insert(p.placementId, out.size() - 1);
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    auto fees =
        db.prepare("SELECT placement_id, version, effective_from, weekly_fee, extras, "
                   "change_note LIKE 'Fee uplift %' FROM placement_contracts ORDER BY placement_id, version",
                   doing);
    if (!fees)
        return fees.error();
    ReadStatement& f = *fees.value();
    while ((step = f.step()) == ReadStatement::Step::Row) {
        const auto it = index.constFind(f.int64(0));
        if (it != index.cend())
            out[*it].fees << FeeStep{f.date(2), f.real(3), f.real(4), f.integer(1), f.integer(5) != 0};
    }
    if (step != ReadStatement::Step::Done)
        return f.error(doing);
    for (qsizetype i = 0; i < out.size(); ++i)
        if (out[i].fees.isEmpty())
            out[i].fees << FeeStep{out[i].start, agreed[i], 0, 0};
    return {};
}

} // namespace

Result<InvoiceBooks> InvoiceReader::read() const {
    return inSnapshot(m_db, [](ReadConnection& db) -> Result<InvoiceBooks> {
        Interner interner;
        InvoiceBooks books;
        if (auto s = readInvoices(db, interner, books.invoices); !s)
            return s.error();
        if (auto s = readPlacements(db, interner, books.placements); !s)
            return s.error();
        return books;
    });
}

} // namespace pd::core
