// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardqueries.h"

#include "core/domain/provider.h"
#include "core/storage/database.h"
#include "core/storage/interner.h"
#include "core/storage/readconnection.h"
#include "core/storage/readtransaction.h"

#include <algorithm>
#include <array>
#include <vector>

namespace pd::core {

namespace {

// Coordinates once per distinct postcode rather than a join per episode (100,000s): probed one by one
// when there are few, else from one scan of the postcode table. Unknown postcodes stay unknown.
Status resolvePostcodes(ReadConnection& db, PlacementHistory& history) {
    // Episodes share one QString per distinct postcode (Interner): gather them by their data.
    using Key = std::pair<const QChar*, qsizetype>;
    QHash<Key, QString> distinct;
    for (const ChildHistory& c : history.children)
        for (const Episode& e : c.episodes)
            for (const QString* p : {&e.homePostcode, &e.placementPostcode})
                if (!p->isEmpty())
                    distinct.insert({p->constData(), p->size()}, *p);
    QHash<QString, std::optional<Coordinates>> byText; // normalised postcode -> coordinates
    QHash<Key, QString> normalised;
    normalised.reserve(distinct.size());
    for (auto it = distinct.cbegin(); it != distinct.cend(); ++it) {
        const QString n = normalisePostcode(it.value());
        normalised.insert(it.key(), n);
        byText.insert(n, std::nullopt);
    }
    byText.remove(QString());
    const QString doing = QStringLiteral("reading postcodes");
    auto count = db.prepare("SELECT COUNT(*) FROM postcodes", doing);
    if (!count)
        return count.error();
    if ((*count)->step() != ReadStatement::Step::Row)
        return (*count)->error(doing);
    const bool scan = qint64(byText.size()) * 20 > (*count)->int64(0);
    auto st = db.prepare(scan ? "SELECT postcode, lat, lon FROM postcodes"
                              : "SELECT postcode, lat, lon FROM postcodes WHERE postcode = ?",
                         doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    ReadStatement::Step step = ReadStatement::Step::Done;
    if (scan) {
        while ((step = q.step()) == ReadStatement::Step::Row)
            if (auto it = byText.find(q.text(0)); it != byText.end())
                *it = Coordinates{q.real(1), q.real(2)};
    } else {
        for (auto it = byText.begin(); it != byText.end() && step == ReadStatement::Step::Done; ++it) {
            q.bindText(1, it.key());
            if ((step = q.step()) == ReadStatement::Step::Row) {
                *it = Coordinates{q.real(1), q.real(2)};
                step = ReadStatement::Step::Done;
            }
            q.reset();
        }
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    QHash<Key, std::optional<Coordinates>> found;
    for (auto it = normalised.cbegin(); it != normalised.cend(); ++it)
        found.insert(it.key(), byText.value(it.value()));
    for (ChildHistory& c : history.children)
        for (Episode& e : c.episodes) {
            e.home = found.value({e.homePostcode.constData(), e.homePostcode.size()});
            e.placed = found.value({e.placementPostcode.constData(), e.placementPostcode.size()});
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

/// What an episode takes from its child's row.
struct ChildRow {
    QString childRef;
    QString sex;
    QDate dob;
    QString homePostcode;
    QByteArray homeUtf8;
    int episodes = 0;
};

Result<QHash<qint64, ChildRow>> readChildRows(ReadConnection& db) {
    const QString doing = QStringLiteral("reading children");
    auto st = db.prepare("SELECT id, child_ref, sex, dob, home_postcode FROM children", doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    QHash<qint64, ChildRow> out;
    Interner sexes;
    Interner postcodes;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row)
        out.insert(q.int64(0), ChildRow{q.text(1), q.shared(2, sexes), q.date(3), q.shared(4, postcodes),
                                        q.bytes(4).toByteArray()});
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    // How many episodes each child has (the child index alone): their list is made that size at once.
    auto counts = db.prepare("SELECT child_id, COUNT(*) FROM placements GROUP BY child_id", doing);
    if (!counts)
        return counts.error();
    ReadStatement& c = *counts.value();
    while ((step = c.step()) == ReadStatement::Step::Row)
        if (auto it = out.find(c.int64(0)); it != out.end())
            it->episodes = c.integer(1);
    if (step != ReadStatement::Step::Done)
        return c.error(doing);
    return out;
}

/// Provisions by id: their provider's key and framework status.
Result<QHash<qint64, std::pair<QString, QString>>> readProvisionProviders(ReadConnection& db) {
    const QString doing = QStringLiteral("reading provisions");
    auto st = db.prepare("SELECT pv.id, pr.id, pr.framework_status FROM provisions pv JOIN providers pr ON "
                         "pr.id = pv.provider_id",
                         doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    QHash<qint64, std::pair<QString, QString>> out;
    QHash<qint64, QString> keys;
    Interner statuses;
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        const qint64 providerId = q.int64(1);
        auto key = keys.constFind(providerId);
        if (key == keys.cend())
            key = keys.insert(providerId, providerKey(providerId));
        out.insert(q.int64(0), {*key, q.shared(2, statuses)});
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

Result<PlacementHistory> readPlacementHistory(ReadConnection& db) {
    // 100,000s of rows: read field by field, as QSqlQuery::value() costs a QVariant per field
    // (DESIGN.md, performance), and in the table's own order: children, provisions and providers are
    // looked up in memory and the episodes sorted here, which is several times faster than a join
    // ordered by child (an index lookup per row). The provider is the provision's, else the URN's.
    auto byUrn = providersByUrn(db);
    if (!byUrn)
        return byUrn.error();
    auto children = readChildRows(db);
    if (!children)
        return children.error();
    auto provisions = readProvisionProviders(db);
    if (!provisions)
        return provisions.error();
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
    QHash<qint64, qsizetype> childIndex;
    std::vector<const ChildRow*> homes; // by index in history.children, while reading
    childIndex.reserve(children->size());
    history.children.reserve(children->size());
    std::array<Interner, 17> interners; // one per column: small tables, and the last value per column
    QHash<QString, PlacementCategory> categories; // a handful of distinct keys: parse each once
    ReadStatement::Step step;
    while ((step = st.step()) == ReadStatement::Step::Row) {
        const qint64 childId = st.int64(0);
        auto at = childIndex.constFind(childId);
        if (at == childIndex.cend()) {
            const auto child = children->constFind(childId);
            if (child == children->cend())
                continue; // as a join would: an episode belongs to a child
            ChildHistory c;
            c.childId = childId;
            c.childRef = child->childRef;
            c.sex = child->sex;
            c.dob = child->dob;
            c.episodes.reserve(child->episodes);
            history.children.append(std::move(c));
            homes.push_back(&*child);
            at = childIndex.insert(childId, history.children.size() - 1);
        }
        ChildHistory& child = history.children[*at];
        Episode& e = child.episodes.emplaceBack();
        e.placementId = st.int64(1);
        e.start = st.date(2);
        e.end = st.date(3);
        e.rne = st.shared(4, interners[4]);
        e.legalStatus = st.shared(5, interners[5]);
        e.place = st.shared(6, interners[6]);
        e.placeProvider = st.shared(7, interners[7]);
        e.urn = st.shared(8, interners[8]);
        e.placementPostcode = st.shared(9, interners[9]);
        const QString category = st.shared(10, interners[10]);
        if (category.isEmpty())
            e.category = categoryOf(e.place, e.placeProvider);
        else if (auto it = categories.constFind(category); it != categories.cend())
            e.category = *it;
        else
            e.category = *categories.insert(category, categoryFromKey(category));
        // The episode's home postcode is nearly always the child's: share that one without a look-up.
        const QByteArrayView home = st.bytes(11);
        if (home.isEmpty() || home == QByteArrayView(homes[*at]->homeUtf8))
            e.homePostcode = homes[*at]->homePostcode;
        else
            e.homePostcode = st.shared(11, interners[11]);
        if (!st.isNull(12))
            e.weeklyCost = st.real(12);
        if (!st.isNull(13))
            e.firstQuotedFee = st.real(13);
        e.budgetLineId = st.int64(14);
        e.referralId = st.int64(16);
        const auto provision = st.isNull(15) ? provisions->cend() : provisions->constFind(st.int64(15));
        if (provision != provisions->cend()) {
            e.providerKey = provision->first;
            e.selectList = provision->second == u"select_list";
            e.inHouseProvider = provision->second == u"in_house";
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
