// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardqueries.h"

#include "core/domain/provider.h"
#include "core/storage/database.h"
#include "core/storage/idindex.h"
#include "core/storage/interner.h"
#include "core/storage/postcodefinder.h"
#include "core/storage/readconnection.h"
#include "core/storage/readtransaction.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace pd::core {

namespace {

SharedText providerKey(qint64 id) {
    return QString(QStringLiteral("provider:") + QString::number(id));
}

/// Providers by Ofsted URN: their key and whether they are on the select list.
Result<QHash<QString, std::pair<SharedText, bool>>> providersByUrn(ReadConnection& db) {
    const QString doing = QStringLiteral("reading providers");
    auto st = db.prepare("SELECT id, ofsted_urn, framework_status FROM providers WHERE ofsted_urn IS NOT "
                         "NULL AND ofsted_urn <> ''",
                         doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    QHash<QString, std::pair<SharedText, bool>> out;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row)
        out.insert(q.text(1), {providerKey(q.int64(0)),
                               fromCode<FrameworkStatus>(q.ascii(2)) == FrameworkStatus::SelectList});
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

/// What an episode takes from its child's row.
struct ChildRow {
    QString childRef;
    SharedText sex;
    QDate dob;
    SharedText homePostcode;
    std::string homeUtf8; ///< short: kept inline, no allocation per child
    std::optional<Coordinates> home;
    int episodes = 0;
};

/// The children by position, where IdIndex finds them by id.
struct ChildRows {
    std::vector<ChildRow> rows;
    std::vector<qint64> ids;
    qint64 placements = 0; ///< how many placements they have between them
};

Result<ChildRows> readChildRows(ReadConnection& db) {
    const QString doing = QStringLiteral("reading children");
    auto count = db.prepare("SELECT COUNT(*) FROM children", doing);
    if (!count)
        return count.error();
    if ((*count)->step() != ReadStatement::Step::Row)
        return (*count)->error(doing);
    ChildRows out;
    out.rows.reserve(std::size_t((*count)->int64(0)));
    out.ids.reserve(out.rows.capacity());
    auto st = db.prepare("SELECT id, child_ref, sex, dob, home_postcode FROM children", doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    TextInterner sexes;
    TextInterner postcodes;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        out.ids.push_back(q.int64(0));
        const QByteArrayView home = q.bytes(4);
        out.rows.push_back(ChildRow{q.text(1), q.shared(2, sexes), q.date(3), q.shared(4, postcodes),
                                    std::string(home.data(), std::size_t(home.size())), std::nullopt, 0});
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

/// How many episodes each child has (the child index alone): their list is made that size at once.
Status countEpisodes(ReadConnection& db, ChildRows& children, const IdIndex& index) {
    const QString doing = QStringLiteral("reading children");
    auto counts = db.prepare("SELECT child_id, COUNT(*) FROM placements GROUP BY child_id", doing);
    if (!counts)
        return counts.error();
    ReadStatement& c = *counts.value();
    ReadStatement::Step step;
    while ((step = c.step()) == ReadStatement::Step::Row) {
        const int n = c.integer(1);
        children.placements += n;
        if (const int at = index.find(c.int64(0)); at >= 0)
            children.rows[std::size_t(at)].episodes = n;
    }
    if (step != ReadStatement::Step::Done)
        return c.error(doing);
    return {};
}

/// The children's home coordinates, each distinct postcode looked up once.
Status placeChildren(ChildRows& children, PostcodeFinder& finder) {
    QHash<const QString*, std::optional<Coordinates>> known; // a shared text is one address
    for (ChildRow& c : children.rows) {
        if (c.homePostcode.isEmpty())
            continue;
        auto it = known.constFind(&c.homePostcode.str());
        if (it == known.cend()) {
            auto found = finder.find(c.homePostcode);
            if (!found)
                return found.error();
            it = known.insert(&c.homePostcode.str(), found.value());
        }
        c.home = *it;
    }
    return {};
}

/// A provision's provider, as the measures count it.
struct ProvisionRow {
    SharedText providerKey;
    bool selectList = false;
    bool inHouse = false;
};

/// Provisions by position (ids alongside): their provider's key and framework status.
Result<std::pair<std::vector<ProvisionRow>, std::vector<qint64>>> readProvisionProviders(ReadConnection& db) {
    const QString doing = QStringLiteral("reading provisions");
    auto st = db.prepare("SELECT pv.id, pr.id, pr.framework_status FROM provisions pv JOIN providers pr ON "
                         "pr.id = pv.provider_id",
                         doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    std::pair<std::vector<ProvisionRow>, std::vector<qint64>> out;
    QHash<qint64, SharedText> keys;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        const qint64 providerId = q.int64(1);
        auto key = keys.constFind(providerId);
        if (key == keys.cend())
            key = keys.insert(providerId, providerKey(providerId));
        const QLatin1String status = q.ascii(2); // as stored: exactly these two codes count
        out.first.push_back(
            {*key, status == QLatin1String("select_list"), status == QLatin1String("in_house")});
        out.second.push_back(q.int64(0));
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

Result<PlacementHistory> readPlacementHistory(ReadConnection& db) {
    // 100,000s of rows: read field by field, as QSqlQuery::value() costs a QVariant per field
    // (DESIGN.md, performance), and in the table's own order: children, provisions and providers are
    // looked up in memory (by position when their ids run 1, 2, 3…) and the episodes sorted here,
    // which is several times faster than a join ordered by child (an index lookup per row). The
    // provider is the provision's, else the URN's. Each distinct postcode is placed once.
    auto byUrn = providersByUrn(db);
    if (!byUrn)
        return byUrn.error();
    auto children = readChildRows(db);
    if (!children)
        return children.error();
    const IdIndex childAt(children->ids);
    if (auto s = countEpisodes(db, children.value(), childAt); !s)
        return s.error();
    auto finder = PostcodeFinder::open(db, children->placements * 2 + qint64(children->rows.size()));
    if (!finder)
        return finder.error();
    if (auto s = placeChildren(children.value(), *finder.value()); !s)
        return s.error();
    auto provisions = readProvisionProviders(db);
    if (!provisions)
        return provisions.error();
    const IdIndex provisionAt(provisions->second);
    static const char* const sql =
        "SELECT child_id, id, start_date, end_date, rne, legal_status, place, place_provider, urn, "
        "placement_postcode, category, home_postcode, weekly_cost, first_quoted_fee, budget_line_id, "
        "provision_id, referral_id FROM placements";
    const QString doing = QStringLiteral("reading placement histories");
    auto prepared = db.prepare(sql, doing);
    if (!prepared)
        return prepared.error();
    ReadStatement& st = *prepared.value();
    // Each child's episodes are gathered in the child's own list (no episode is moved twice);
    // children are put in id order and episodes in start order (an unknown date first, then the
    // placement's id) at the end, which costs nothing when the table is in that order already.
    PlacementHistory history;
    std::vector<int> historyAt(children->rows.size(), -1); // by the child's position
    history.children.reserve(qsizetype(children->rows.size()));
    std::array<TextInterner, 17> interners; // one per column: small tables, and the last value per column
    CoordinatesByValue placedAt;
    CoordinatesByValue otherHomeAt;               // an episode's own home postcode, when not the child's
    QHash<QString, PlacementCategory> categories; // a handful of distinct keys: parse each once
    ReadStatement::Step step;
    while ((step = st.step()) == ReadStatement::Step::Row) {
        const int childRow = childAt.find(st.int64(0));
        if (childRow < 0)
            continue; // as a join would: an episode belongs to a child
        const ChildRow& child = children->rows[std::size_t(childRow)];
        int& at = historyAt[std::size_t(childRow)];
        if (at < 0) {
            ChildHistory c;
            c.childId = children->ids[std::size_t(childRow)];
            c.childRef = child.childRef;
            c.sex = child.sex;
            c.dob = child.dob;
            c.episodes.reserve(child.episodes);
            history.children.append(std::move(c));
            at = int(history.children.size() - 1);
        }
        Episode& e = history.children[at].episodes.emplaceBack();
        e.placementId = st.int64(1);
        e.start = st.date(2);
        e.end = st.date(3);
        e.rne = st.shared(4, interners[4]);
        e.legalStatus = st.shared(5, interners[5]);
        e.place = st.shared(6, interners[6]);
        e.placeProvider = st.shared(7, interners[7]);
        e.urn = st.shared(8, interners[8]);
        e.placementPostcode = st.shared(9, interners[9]);
        auto placed = placedAt.of(e.placementPostcode, interners[9], *finder.value());
        if (!placed)
            return placed.error();
        e.placed = placed.value();
        const QString category = st.shared(10, interners[10]);
        if (category.isEmpty())
            e.category = categoryOf(e.place, e.placeProvider);
        else if (auto it = categories.constFind(category); it != categories.cend())
            e.category = *it;
        else
            e.category = *categories.insert(category, categoryFromKey(category));
        // The episode's home postcode is nearly always the child's: share that one without a look-up.
        const QByteArrayView home = st.bytes(11);
        if (home.isEmpty() ||
            home == QByteArrayView(child.homeUtf8.data(), qsizetype(child.homeUtf8.size()))) {
            e.homePostcode = child.homePostcode;
            e.home = child.home;
        } else {
            e.homePostcode = st.shared(11, interners[11]);
            auto own = otherHomeAt.of(e.homePostcode, interners[11], *finder.value());
            if (!own)
                return own.error();
            e.home = own.value();
        }
        if (!st.isNull(12))
            e.weeklyCost = st.real(12);
        if (!st.isNull(13))
            e.firstQuotedFee = st.real(13);
        e.budgetLineId = st.int64(14);
        e.referralId = st.int64(16);
        const int provision = st.isNull(15) ? -1 : provisionAt.find(st.int64(15));
        if (provision >= 0) {
            const ProvisionRow& p = provisions->first[std::size_t(provision)];
            e.providerKey = p.providerKey;
            e.selectList = p.selectList;
            e.inHouseProvider = p.inHouse;
        } else if (!e.urn.isEmpty()) {
            const auto known = byUrn->constFind(e.urn);
            e.providerKey =
                known == byUrn->cend() ? e.urn : known->first; // URNs never look like "provider:N"
            e.selectList = known != byUrn->cend() && known->second;
        }
    }
    if (step != ReadStatement::Step::Done)
        return st.error(doing);
    const auto byId = [](const ChildHistory& a, const ChildHistory& b) { return a.childId < b.childId; };
    if (!std::is_sorted(history.children.cbegin(), history.children.cend(), byId))
        std::sort(history.children.begin(), history.children.end(), byId);
    const auto byStart = [](const Episode& a, const Episode& b) {
        if (a.start != b.start)
            return a.start.isNull() || (!b.start.isNull() && a.start < b.start);
        return a.placementId < b.placementId;
    };
    for (ChildHistory& c : history.children)
        if (!std::is_sorted(c.episodes.cbegin(), c.episodes.cend(), byStart))
            std::sort(c.episodes.begin(), c.episodes.end(), byStart);
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
