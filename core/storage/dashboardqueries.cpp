// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardqueries.h"

#include "core/domain/provider.h"
#include "core/storage/database.h"
#include "core/storage/interner.h"
#include "core/storage/readconnection.h"
#include "core/storage/readtransaction.h"

#include <array>

namespace pd::core {

namespace {

// Coordinates once per distinct postcode (a few thousand) rather than a join per episode (100,000s).
// Unknown postcodes stay unknown: never guessed.
Status resolvePostcodes(ReadConnection& db, PlacementHistory& history) {
    QHash<QString, std::optional<Coordinates>> known;
    const QString doing = QStringLiteral("reading postcodes");
    auto st = db.prepare("SELECT lat, lon FROM postcodes WHERE postcode = ?", doing);
    if (!st)
        return st.error();
    ReadStatement& probe = *st.value();
    auto find = [&](const QString& postcode) -> std::optional<Coordinates> {
        if (postcode.isEmpty())
            return std::nullopt;
        if (const auto it = known.constFind(postcode); it != known.cend())
            return *it;
        const QByteArray key = normalisePostcode(postcode).toUtf8();
        std::optional<Coordinates> found;
        if (!key.isEmpty()) {
            probe.bindText(1, QByteArrayView(key));
            if (probe.step() == ReadStatement::Step::Row)
                found = Coordinates{probe.real(0), probe.real(1)};
            probe.reset();
        }
        known.insert(postcode, found);
        return found;
    };
    for (ChildHistory& c : history.children)
        for (Episode& e : c.episodes) {
            e.home = find(e.homePostcode);
            e.placed = find(e.placementPostcode);
        }
    return {};
}

QString providerKey(qint64 id) {
    return QStringLiteral("provider:") + QString::number(id);
}

/// Providers by Ofsted URN: their key and whether they are on the select list.
Result<QHash<QString, std::pair<QString, bool>>> providersByUrn(ReadConnection& db) {
    const QString doing = QStringLiteral("reading providers");
    auto st = db.prepare("SELECT id, ofsted_urn, framework_status FROM providers WHERE ofsted_urn IS NOT "
                         "NULL AND ofsted_urn <> ''",
                         doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    QHash<QString, std::pair<QString, bool>> out;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row)
        out.insert(q.text(1), {providerKey(q.int64(0)),
                               fromCode<FrameworkStatus>(q.ascii(2)) == FrameworkStatus::SelectList});
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

Result<PlacementHistory> readPlacementHistory(ReadConnection& db) {
    // 100,000 rows: read field by field, as QSqlQuery::value() costs a QVariant per field
    // (DESIGN.md, performance). The provider is the provision's, else the URN's (looked up
    // in memory: a few hundred providers against 100,000 episodes).
    auto byUrn = providersByUrn(db);
    if (!byUrn)
        return byUrn.error();
    static const char* const sql =
        "SELECT c.id, c.child_ref, c.sex, c.dob, p.id, p.start_date, p.end_date, p.rne, p.legal_status, "
        "p.place, "
        "p.place_provider, p.urn, p.placement_postcode, p.category, COALESCE(NULLIF(p.home_postcode, ''), "
        "c.home_postcode), "
        "p.weekly_cost, p.first_quoted_fee, p.budget_line_id, pr.id, pr.framework_status, p.referral_id "
        "FROM placements p JOIN children c ON c.id = p.child_id "
        "LEFT JOIN provisions pv ON pv.id = p.provision_id "
        "LEFT JOIN providers pr ON pr.id = pv.provider_id "
        "ORDER BY c.id, p.start_date, p.id";
    const QString doing = QStringLiteral("reading placement histories");
    auto prepared = db.prepare(sql, doing);
    if (!prepared)
        return prepared.error();
    ReadStatement& st = *prepared.value();
    PlacementHistory history;
    std::array<Interner, 20> interners; // one per column: small tables, and the last value per column
    QHash<qint64, QString> providerKeys;
    QHash<QString, PlacementCategory> categories; // a handful of distinct keys: parse each once
    ReadStatement::Step step;
    while ((step = st.step()) == ReadStatement::Step::Row) {
        const qint64 childId = st.int64(0);
        if (history.children.isEmpty() || history.children.last().childId != childId) {
            ChildHistory child;
            child.childId = childId;
            child.childRef = st.text(1);
            child.sex = st.shared(2, interners[2]);
            child.dob = st.date(3);
            history.children.append(std::move(child));
        }
        Episode e;
        e.placementId = st.int64(4);
        e.start = st.date(5);
        e.end = st.date(6);
        e.rne = st.shared(7, interners[7]);
        e.legalStatus = st.shared(8, interners[8]);
        e.place = st.shared(9, interners[9]);
        e.placeProvider = st.shared(10, interners[10]);
        e.urn = st.shared(11, interners[11]);
        e.placementPostcode = st.shared(12, interners[12]);
        const QString category = st.shared(13, interners[13]);
        if (category.isEmpty())
            e.category = categoryOf(e.place, e.placeProvider);
        else if (auto it = categories.constFind(category); it != categories.cend())
            e.category = *it;
        else
            e.category = *categories.insert(category, categoryFromKey(category));
        e.homePostcode = st.shared(14, interners[14]);
        e.referralId = st.int64(20);
        if (!st.isNull(15))
            e.weeklyCost = st.real(15);
        if (!st.isNull(16))
            e.firstQuotedFee = st.real(16);
        e.budgetLineId = st.int64(17);
        if (!st.isNull(18)) {
            const qint64 providerId = st.int64(18);
            e.providerKey = providerKeys.value(providerId);
            if (e.providerKey.isEmpty())
                e.providerKey = *providerKeys.insert(providerId, providerKey(providerId));
            const QString status = st.shared(19, interners[19]);
            e.selectList = status == u"select_list";
            e.inHouseProvider = status == u"in_house";
        } else if (!e.urn.isEmpty()) {
            const auto known = byUrn->constFind(e.urn);
            e.providerKey =
                known == byUrn->cend() ? e.urn : known->first; // URNs never look like "provider:N"
            e.selectList = known != byUrn->cend() && known->second;
        }
        history.children.last().episodes.append(std::move(e));
    }
    if (step != ReadStatement::Step::Done)
        return st.error(doing);
    if (auto s = resolvePostcodes(db, history); !s)
        return s.error();
    return history;
}

Result<QList<BudgetLineAmount>> readBudgetLines(ReadConnection& db, const QDate& yearEnd) {
    const QString doing = QStringLiteral("reading the budget");
    auto st =
        db.prepare("SELECT l.id, l.name, l.category, b.id, b.amount, b.row_version FROM budget_lines l "
                   "LEFT JOIN budgets b ON b.budget_line_id = l.id AND b.year_ending = ?1 ORDER BY l.name",
                   doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    q.bindText(1, yearEnd.toString(Qt::ISODate));
    QList<BudgetLineAmount> out;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row)
        out.append(BudgetLineAmount{q.int64(0), q.text(1), q.text(2),
                                    q.isNull(4) ? std::nullopt : std::optional<double>(q.real(4)), q.int64(3),
                                    q.int64(5)});
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

Result<QList<FunnelReferral>> readFunnelReferrals(ReadConnection& db, const PlacementHistory& history) {
    // The first placement made through each referral, from the histories already in memory.
    QHash<qint64, std::pair<QDate, bool>> firstPlacement;
    for (const ChildHistory& c : history.children)
        for (const Episode& e : c.episodes) {
            if (e.referralId == 0)
                continue;
            auto it = firstPlacement.find(e.referralId);
            if (it == firstPlacement.end() || e.start < it->first)
                firstPlacement.insert(e.referralId, {e.start, isInHouse(e.category) || e.inHouseProvider});
        }
    const QString doing = QStringLiteral("reading referrals for the funnel");
    auto st =
        db.prepare("SELECT r.id, r.reference, substr(r.received_at, 1, 10), r.emergency, "
                   "(SELECT COUNT(*) FROM offers o WHERE o.referral_id = r.id AND o.meets_essential = 1) "
                   "FROM referrals r ORDER BY r.received_at",
                   doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    QList<FunnelReferral> out;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        FunnelReferral r;
        r.id = q.int64(0);
        r.reference = q.text(1);
        r.received = QDate::fromString(q.text(2), Qt::ISODate);
        r.emergency = q.integer(3) != 0;
        if (const auto it = firstPlacement.constFind(r.id); it != firstPlacement.cend()) {
            r.placed = it->first;
            r.placedInHouse = it->second;
        }
        r.offersMeetingEssentials = q.integer(4);
        out.append(r);
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

} // namespace

Result<PlacementHistory> loadPlacementHistory(Database& db) {
    return inSnapshot(db, [](ReadConnection& reader) { return readPlacementHistory(reader); });
}

Result<QList<BudgetLineAmount>> loadBudgetLines(Database& db, const QDate& yearEnd) {
    return inSnapshot(db, [&](ReadConnection& reader) { return readBudgetLines(reader, yearEnd); });
}

Result<QList<FunnelReferral>> loadFunnelReferrals(Database& db, const PlacementHistory& history) {
    return inSnapshot(db, [&](ReadConnection& reader) { return readFunnelReferrals(reader, history); });
}

Result<DashboardData> loadDashboardData(Database& db, const QDate& yearEnd) {
    // Histories, budget and referrals from one snapshot of the file, even while colleagues save.
    return inSnapshot(db, [&](ReadConnection& reader) -> Result<DashboardData> {
        DashboardData data;
        auto history = readPlacementHistory(reader);
        if (!history)
            return history.error();
        auto lines = readBudgetLines(reader, yearEnd);
        if (!lines)
            return lines.error();
        auto referrals = readFunnelReferrals(reader, history.value());
        if (!referrals)
            return referrals.error();
        data.history = std::move(history.value());
        data.budgetLines = std::move(lines.value());
        data.referrals = std::move(referrals.value());
        return data;
    });
}

} // namespace pd::core
