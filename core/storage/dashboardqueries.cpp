// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardqueries.h"

#include "core/domain/provider.h"
#include "core/storage/database.h"
#include "core/storage/idindex.h"
#include "core/storage/interner.h"
#include "core/storage/postcodefinder.h"
#include "core/storage/readconnection.h"
#include "core/storage/readtransaction.h"
#include "core/storage/rowhandover.h"

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
    std::string homeUtf8; ///< the home postcode as stored; short: kept inline, no allocation per child
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
    ReadStatement::Step step;
    while ((step = q.step()) == ReadStatement::Step::Row) {
        out.ids.push_back(q.int64(0));
        const QByteArrayView home = q.bytes(4);
        out.rows.push_back(ChildRow{q.text(1), q.shared(2, sexes), q.date(3),
                                    std::string(home.data(), std::size_t(home.size())), std::nullopt, 0});
    }
    if (step != ReadStatement::Step::Done)
        return q.error(doing);
    return out;
}

/// How many episodes each child has (the child index alone): their list is made that size at once.
Status countEpisodes(ReadConnection& db, ChildRows& children, const IdIndex& index) {
    const QString doing = QStringLiteral("reading children");
    // In child order: an index scan in both engines (a server's hash of 140,000 children spilled
    // to disk and took twice as long).
    auto counts =
        db.prepare("SELECT child_id, COUNT(*) FROM placements GROUP BY child_id ORDER BY child_id", doing);
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

/// The children's home coordinates, each distinct postcode looked up once (the texts are not kept:
/// the measures need where a child lived, not the postcode).
Status placeChildren(ChildRows& children, PostcodeFinder& finder) {
    Interner homes;
    CoordinatesByValue known;
    for (ChildRow& c : children.rows) {
        const QString home = homes.get(c.homeUtf8.data(), int(c.homeUtf8.size()));
        auto found = known.of(home, homes, finder);
        if (!found)
            return found.error();
        c.home = found.value();
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

/// Placements rows as read, up to 4,096 at a time: their texts (columns 4-11) one after the other
/// in `bytes`, so a batch is filled without an allocation once it has been used.
struct EpisodeBatch {
    static constexpr int kTexts = 8;
    struct Row {
        qint64 childId = 0;
        qint64 placementId = 0;
        QDate start;
        QDate end;
        std::array<quint32, kTexts + 1> textAt{}; ///< text k is bytes[textAt[k], textAt[k + 1])
        std::optional<double> weeklyCost;
        std::optional<double> firstQuotedFee;
        qint64 budgetLineId = 0;
        qint64 provisionId = -1; ///< -1: none
        qint64 referralId = 0;
    };
    std::vector<Row> rows;
    std::string bytes;

    /// Text column `column` (4-11) of a row, as UTF-8.
    std::pair<const char*, int> text(const Row& r, int column) const {
        const int k = column - 4;
        return {bytes.data() + r.textAt[std::size_t(k)],
                int(r.textAt[std::size_t(k) + 1] - r.textAt[std::size_t(k)])};
    }

    /// Fills the batch from the statement: whether rows may follow (false: the table is read).
    Result<bool> read(ReadStatement& st, const QString& doing) {
        rows.clear();
        bytes.clear();
        while (rows.size() < 4096) {
            const ReadStatement::Step step = st.step();
            if (step == ReadStatement::Step::Done)
                return false;
            if (step != ReadStatement::Step::Row)
                return st.error(doing);
            Row& r = rows.emplace_back();
            r.childId = st.int64(0);
            r.placementId = st.int64(1);
            r.start = st.date(2);
            r.end = st.date(3);
            for (int k = 0; k < kTexts; ++k) {
                r.textAt[std::size_t(k)] = quint32(bytes.size());
                const QByteArrayView v = st.bytes(4 + k);
                if (!v.isEmpty())
                    bytes.append(v.data(), std::size_t(v.size()));
            }
            r.textAt[kTexts] = quint32(bytes.size());
            if (!st.isNull(12))
                r.weeklyCost = st.real(12);
            if (!st.isNull(13))
                r.firstQuotedFee = st.real(13);
            r.budgetLineId = st.int64(14);
            r.provisionId = st.isNull(15) ? -1 : st.int64(15);
            r.referralId = st.int64(16);
        }
        return true;
    }
};

/// Turns placements rows into episodes in their children's histories, looking up children,
/// provisions, providers and postcodes in memory.
class EpisodeBuilder {
  public:
    EpisodeBuilder(PlacementHistory& history, const ChildRows& children, const IdIndex& childAt,
                   const std::vector<ProvisionRow>& provisions, const IdIndex& provisionAt,
                   const QHash<QString, std::pair<SharedText, bool>>& byUrn, PostcodeFinder& finder)
        : m_history(history), m_children(children), m_childAt(childAt), m_provisions(provisions),
          m_provisionAt(provisionAt), m_byUrn(byUrn), m_finder(finder),
          m_historyAt(children.rows.size(), -1) {
        m_history.children.reserve(qsizetype(children.rows.size()));
    }

    Status add(const EpisodeBatch& batch) {
        for (const EpisodeBatch::Row& row : batch.rows)
            if (Status s = add(batch, row); !s)
                return s;
        return {};
    }

  private:
    SharedText shared(const EpisodeBatch& batch, const EpisodeBatch::Row& row, int column) {
        const auto [p, n] = batch.text(row, column);
        return m_interners[std::size_t(column)].get(p, n);
    }

    Status add(const EpisodeBatch& batch, const EpisodeBatch::Row& row) {
        const int childRow = m_childAt.find(row.childId);
        if (childRow < 0)
            return {}; // as a join would: an episode belongs to a child
        const ChildRow& child = m_children.rows[std::size_t(childRow)];
        int& at = m_historyAt[std::size_t(childRow)];
        if (at < 0) {
            ChildHistory c;
            c.childId = m_children.ids[std::size_t(childRow)];
            c.childRef = child.childRef;
            c.sex = child.sex;
            c.dob = child.dob;
            c.episodes.reserve(child.episodes);
            m_history.children.append(std::move(c));
            at = int(m_history.children.size() - 1);
        }
        Episode& e = m_history.children[at].episodes.emplaceBack();
        e.placementId = row.placementId;
        e.start = row.start;
        e.end = row.end;
        e.rne = shared(batch, row, 4);
        e.legalStatus = shared(batch, row, 5);
        e.place = shared(batch, row, 6);
        e.placeProvider = shared(batch, row, 7);
        e.urn = shared(batch, row, 8);
        e.placementPostcode = shared(batch, row, 9);
        auto placed = m_placedAt.of(e.placementPostcode, m_interners[9], m_finder);
        if (!placed)
            return placed.error();
        e.placed = placed.value();
        const QString category = shared(batch, row, 10);
        if (category.isEmpty())
            e.category = categoryOf(e.place, e.placeProvider);
        else if (auto it = m_categories.constFind(category); it != m_categories.cend())
            e.category = *it;
        else
            e.category = *m_categories.insert(category, categoryFromKey(category));
        // The episode's home postcode is nearly always the child's: take its place without a look-up.
        const auto [home, homeLength] = batch.text(row, 11);
        if (homeLength == 0 || std::string_view(home, std::size_t(homeLength)) == child.homeUtf8) {
            e.home = child.home;
        } else {
            auto own = m_otherHomeAt.of(m_otherHomes.get(home, homeLength), m_otherHomes, m_finder);
            if (!own)
                return own.error();
            e.home = own.value();
        }
        e.weeklyCost = row.weeklyCost;
        e.firstQuotedFee = row.firstQuotedFee;
        e.budgetLineId = row.budgetLineId;
        e.referralId = row.referralId;
        const int provision = row.provisionId < 0 ? -1 : m_provisionAt.find(row.provisionId);
        if (provision >= 0) {
            const ProvisionRow& p = m_provisions[std::size_t(provision)];
            e.providerKey = p.providerKey;
            e.selectList = p.selectList;
            e.inHouseProvider = p.inHouse;
        } else if (!e.urn.isEmpty()) {
            const auto known = m_byUrn.constFind(e.urn);
            e.providerKey =
                known == m_byUrn.cend() ? e.urn : known->first; // URNs never look like "provider:N"
            e.selectList = known != m_byUrn.cend() && known->second;
        }
        return {};
    }

    PlacementHistory& m_history;
    const ChildRows& m_children;
    const IdIndex& m_childAt;
    const std::vector<ProvisionRow>& m_provisions;
    const IdIndex& m_provisionAt;
    const QHash<QString, std::pair<SharedText, bool>>& m_byUrn;
    PostcodeFinder& m_finder;
    std::vector<int> m_historyAt; ///< a child's place in the history, by the child's position; -1: none yet
    std::array<TextInterner, 12> m_interners; ///< by column: small tables, and the last value per column
    CoordinatesByValue m_placedAt;
    Interner m_otherHomes; ///< an episode's own home postcode, when not the child's
    CoordinatesByValue m_otherHomeAt;
    QHash<QString, PlacementCategory> m_categories; ///< a handful of distinct keys: parse each once
};

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
    // The rows are read here and built into episodes on a second thread, batch by batch, unless
    // finding a postcode itself reads the database (a small file beside a national postcode table).
    PlacementHistory history;
    EpisodeBuilder builder{history,     children.value(), childAt,        provisions->first,
                           provisionAt, byUrn.value(),    *finder.value()};
    const Status read = readAndBuild<EpisodeBatch>(
        !finder.value()->readsDatabase(), [&st, &doing](EpisodeBatch& b) { return b.read(st, doing); },
        [&builder](const EpisodeBatch& b) { return builder.add(b); });
    if (!read)
        return read.error();
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
