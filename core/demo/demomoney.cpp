// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's money, through the real services: the providers' invoices for the placements made
// through the program (four-weekly, the last six periods before the demo's today; a few charged above
// the contract and a few sent twice), the officers' decisions on them, a block contract with an
// independent fostering agency, and two fee uplifts (one agreed in part, one declined).
#include "core/demo/actingas.h"
#include "core/demo/democontext.h"
#include "core/services/contractbook.h"
#include "core/services/invoicebook.h"
#include "core/services/providercontracts.h"
#include "core/services/upliftbook.h"
#include "core/storage/placementrepository.h"
#include "core/storage/provisionrepository.h"

#include <QBuffer>
#include <cmath>

namespace pd::core {

namespace {

constexpr int kPeriodDays = 28;
constexpr int kPeriods = 6;

QDateTime at(const QDate& day, int hour) {
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

QString money(double v) {
    return QString::number(std::round(v * 100) / 100, 'f', 2);
}

/// A placement the program made and its contract's fee: what a provider invoices.
struct Invoiced {
    PlacementRecord placement;
    double fee = 0;
    double extras = 0;
    qint64 providerId = 0;
};

/// The current placements with independent and voluntary providers (a sample: 30 per scale step): the
/// fee is the contract's when the program made the placement, else the agreed weekly cost.
Result<QList<Invoiced>> invoicedPlacements(DemoContext& c) {
    auto placements = PlacementRepository(c.db).all();
    if (!placements)
        return placements.error();
    QList<Invoiced> out;
    for (const PlacementRecord& p : placements.value()) {
        if (out.size() >= 30 * c.scale)
            break;
        if (!p.isCurrent() || p.urn.isEmpty() || (p.placeProvider != u"PR4" && p.placeProvider != u"PR5"))
            continue; // the council's own homes send no invoices
        Invoiced i{p, p.weeklyCost.value_or(0), 0, 0};
        if (p.ipcVersion > 0) {
            auto contract = ContractBook(c.db).current(p.id);
            if (!contract)
                return contract.error();
            if (contract->has_value()) {
                i.fee = (*contract)->weeklyFee;
                i.extras = (*contract)->extras;
            }
        }
        if (p.provisionId > 0) {
            auto provision = ProvisionRepository(c.db).find(p.provisionId);
            if (!provision)
                return provision.error();
            i.providerId = provision->providerId;
        }
        if (i.fee > 0)
            out << i;
    }
    return out;
}

/// One CSV of every provider's invoices (as a finance team would collect them), imported by an officer.
Status importInvoices(DemoContext& c, const QList<Invoiced>& placements, const QDate& lastDay) {
    QByteArray csv =
        "invoice_number,provider_urn,child_id,period_start,period_end,amount,extras,description\n";
    int number = 0;
    for (int i = 0; i < placements.size(); ++i) {
        const Invoiced& p = placements[i];
        for (int period = kPeriods; period >= 1; --period) {
            QDate from = lastDay.addDays(qint64(1) - qint64(period) * kPeriodDays);
            const QDate to = from.addDays(kPeriodDays - 1);
            if (to < p.placement.start)
                continue;
            if (from < p.placement.start)
                from = p.placement.start;
            const qint64 days = from.daysTo(to) + 1;
            // Every ninth placement's latest invoice charges 3% above the contract's fee.
            const double rate = (i % 9 == 4 && period == 1) ? p.fee * 1.03 : p.fee;
            const double extras = p.extras * double(days) / 7;
            const QByteArray line =
                QStringLiteral("INV-%1,%2,%3,%4,%5,%6,%7,Care %8 to %9\n")
                    .arg(QString::number(++number).rightJustified(5, u'0'), p.placement.urn,
                         p.placement.childRef, from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                         money(rate * double(days) / 7 + extras), money(extras),
                         from.toString(QStringLiteral("d MMM")), to.toString(QStringLiteral("d MMM yyyy")))
                    .toUtf8();
            csv += line;
            if (i % 13 == 6 && period == 2)
                csv += line; // sent twice: the file's own duplicate is refused, so the copy is renumbered
        }
    }
    // A second copy of a line within one file is a bad row; providers resend with the same number in a
    // later file: so the copies are imported as a second file.
    QByteArray first;
    QByteArray resent = csv.left(csv.indexOf('\n') + 1);
    QSet<QByteArray> seen;
    for (const QByteArray& line : csv.split('\n')) {
        if (line.isEmpty())
            continue;
        (seen.contains(line) ? resent : first) += line + '\n';
        seen.insert(line);
    }
    ActingAs acting(c.db, c.officers.value(1, c.officers.value(0)), at(lastDay.addDays(1), 10));
    for (const auto& [file, label] : {std::pair{first, QStringLiteral("providers-invoices.csv")},
                                      std::pair{resent, QStringLiteral("providers-invoices-resent.csv")}}) {
        if (file.count('\n') < 2)
            continue;
        QByteArray bytes = file;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        if (auto imported = InvoiceBook(c.db).import(buffer, label); !imported)
            return imported.error();
    }
    return {};
}

/// The officers approve what the check found nothing wrong with; what is charged above the contract is
/// left for them to query, and a copy sent twice is flagged and never counted (it cannot be decided).
Status decideInvoices(DemoContext& c, const QDate& day) {
    ActingAs acting(c.db, c.officers.value(0), at(day, 14));
    InvoiceBook book(c.db);
    auto invoices = book.invoices();
    if (!invoices)
        return invoices.error();
    for (const Invoice& i : invoices.value()) {
        if (i.status != InvoiceStatus::Received)
            continue;
        if (i.findings.isEmpty())
            if (auto s = book.approve(i.id); !s)
                return s;
    }
    return {};
}

/// A block of three places with the first independent fostering agency that has a placement, for the
/// financial year, at its fee.
Status blockContract(DemoContext& c, const QList<Invoiced>& placements) {
    for (const Invoiced& p : placements) {
        if (p.placement.category != u"ifa" || p.providerId == 0)
            continue;
        ActingAs acting(c.db, c.manager,
                        at(QDate(c.options.today.year() - (c.options.today.month() < 4), 3, 20), 12));
        ProviderContract block;
        block.providerId = p.providerId;
        block.kind = ProviderContractKind::Block;
        block.reference = QStringLiteral("BLK-%1").arg(c.options.today.year());
        block.startsOn = QDate(c.options.today.year() - (c.options.today.month() < 4 ? 1 : 0), 4, 1);
        block.endsOn = block.startsOn.addYears(1).addDays(-1);
        block.reviewOn = block.startsOn.addMonths(6);
        block.reservedPlaces = 3;
        block.pricePerPlace = std::round(p.fee * 0.95);
        block.note = QStringLiteral("Three places reserved at 5% below the spot fee; fill these first.");
        return ProviderContracts(c.db).save(block);
    }
    return {};
}

/// Two providers ask for an uplift from a month before the demo's today: the first is agreed in part,
/// the second declined.
Status uplifts(DemoContext& c) {
    QList<qint64> providers;
    for (const DemoProvision& d : c.provisionsByCategory.value(QStringLiteral("independent_residential"))) {
        auto provision = ProvisionRepository(c.db).find(d.id);
        if (!provision)
            return provision.error();
        if (!providers.contains(provision->providerId))
            providers << provision->providerId;
        if (providers.size() == 2)
            break;
    }
    const QDate from = c.options.today.addDays(-30);
    for (int i = 0; i < std::min<qsizetype>(2, providers.size()); ++i) {
        FeeUplift request;
        request.providerId = providers[i];
        request.effectiveFrom = from;
        request.percentage = i == 0 ? 6 : 8;
        request.evidence = i == 0 ? QStringLiteral("Staff pay rose with the national living wage in April.")
                                  : QStringLiteral("Energy and food costs; no figures attached.");
        qint64 id = 0;
        {
            ActingAs acting(c.db, c.officers.value(0), at(from.addDays(-20), 9));
            auto requested = UpliftBook(c.db).request(request);
            if (!requested)
                return requested.error();
            id = requested.value();
        }
        ActingAs acting(c.db, c.manager, at(from.addDays(-6), 16));
        UpliftDecision decision;
        if (i == 0) {
            decision.status = UpliftStatus::Partial;
            decision.agreedPercentage = 4;
            decision.reason = QStringLiteral("4% agreed: the wage rise is evidenced, the rest is not.");
        } else {
            decision.status = UpliftStatus::Declined;
            decision.reason = QStringLiteral("No evidence given; the fee is already at the top of its band.");
        }
        if (auto decided = UpliftBook(c.db).decide(id, decision); !decided)
            return decided.error();
    }
    return {};
}

} // namespace

Status writeDemoMoney(DemoContext& c) {
    auto placements = invoicedPlacements(c);
    if (!placements)
        return placements.error();
    // The last invoiced day: two days before the demo's today (invoices after an uplift's date at the
    // fee before it are below the contract, which the check accepts).
    const QDate lastDay = c.options.today.addDays(-2);
    if (auto s = importInvoices(c, placements.value(), lastDay); !s)
        return s;
    if (auto s = decideInvoices(c, c.options.today.addDays(-1)); !s)
        return s;
    if (auto s = blockContract(c, placements.value()); !s)
        return s;
    return uplifts(c);
}

} // namespace pd::core
