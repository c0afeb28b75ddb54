// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardqueries.h"

#include "core/storage/database.h"

#include <QSqlDriver>
#include <array>
#include <deque>
#include <sqlite3.h>
#include <string_view>
#include <unordered_map>

namespace pd::core {

namespace {

std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

sqlite3* nativeHandle(Database& db)
{
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

/// Codes, URNs and postcodes repeat across 100,000 rows: share one QString per distinct value.
class Interner {
public:
    QString get(const char* p, int n)
    {
        if (!p || n == 0)
            return {};
        const std::string_view key(p, std::size_t(n));
        if (key == m_lastKey) // consecutive rows of one child repeat most values
            return m_last;
        auto it = m_strings.find(key);
        if (it == m_strings.end()) {
            const std::string& owned = m_keys.emplace_back(key);
            it = m_strings.emplace(std::string_view(owned), QString::fromUtf8(p, n)).first;
        }
        m_lastKey = it->first;
        m_last = it->second;
        return m_last;
    }

private:
    std::string_view m_lastKey;
    QString m_last;
    std::deque<std::string> m_keys;
    std::unordered_map<std::string_view, QString> m_strings;
};

/// A prepared statement on the connection's own handle, finalised on scope exit.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : m_db(db) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
    bool ok() const { return m_rc == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int step() { return sqlite3_step(m_stmt); }
    int bindAndStep(const QByteArray& text)
    {
        sqlite3_bind_text(m_stmt, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return sqlite3_step(m_stmt);
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    qint64 integer(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    QString shared(int i, Interner& interner) const
    {
        return interner.get(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i)), sqlite3_column_bytes(m_stmt, i));
    }
    QString text(int i) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
    }
    /// yyyy-MM-dd without the general ISO parser (100,000s of dates).
    QDate date(int i) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        if (!p || sqlite3_column_bytes(m_stmt, i) < 10 || p[4] != '-' || p[7] != '-')
            return {};
        auto digits = [p](int from, int n) {
            int v = 0;
            for (int k = from; k < from + n; ++k)
                v = v * 10 + (p[k] - '0');
            return v;
        };
        return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc;
};

// Coordinates once per distinct postcode (a few thousand) rather than a join per episode (100,000s).
// Unknown postcodes stay unknown: never guessed.
Status resolvePostcodes(sqlite3* handle, PlacementHistory& history)
{
    QHash<QString, std::optional<Coordinates>> known;
    Statement probe(handle, "SELECT lat, lon FROM postcodes WHERE postcode = ?");
    if (!probe.ok())
        return Error::storage(QStringLiteral("Could not read postcodes: %1").arg(probe.error()));
    auto find = [&](const QString& postcode) -> std::optional<Coordinates> {
        if (postcode.isEmpty())
            return std::nullopt;
        if (const auto it = known.constFind(postcode); it != known.cend())
            return *it;
        const QByteArray key = normalisePostcode(postcode).toUtf8();
        std::optional<Coordinates> found;
        if (!key.isEmpty() && probe.bindAndStep(key) == SQLITE_ROW)
            found = Coordinates{probe.real(0), probe.real(1)};
        probe.reset();
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

QString providerKey(qint64 id)
{
    return QStringLiteral("provider:") + QString::number(id);
}

/// Providers by Ofsted URN: their key and whether they are on the select list.
Result<QHash<QString, std::pair<QString, bool>>> providersByUrn(Database& db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT id, ofsted_urn, framework_status FROM providers WHERE ofsted_urn IS NOT NULL AND ofsted_urn <> ''"));
    if (auto s = db.exec(q, QStringLiteral("reading providers")); !s)
        return s.error();
    QHash<QString, std::pair<QString, bool>> out;
    while (q.next())
        out.insert(q.value(1).toString(),
                   {providerKey(q.value(0).toLongLong()), q.value(2).toString() == u"select_list"});
    return out;
}

} // namespace

Result<PlacementHistory> loadPlacementHistory(Database& db)
{
    // 100,000 rows: read through the sqlite3 C API, as QSqlQuery::value() costs a QVariant per
    // field (DESIGN.md, performance). The provider is the provision's, else the URN's (looked up
    // in memory: a few hundred providers against 100,000 episodes).
    auto byUrn = providersByUrn(db);
    if (!byUrn)
        return byUrn.error();
    sqlite3* handle = nativeHandle(db);
    if (!handle)
        return Error::storage(QStringLiteral("The database connection is not an SQLite connection."));
    static const char* const sql =
        "SELECT c.id, c.child_ref, c.sex, c.dob, p.id, p.start_date, p.end_date, p.rne, p.legal_status, p.place, "
        "p.place_provider, p.urn, p.placement_postcode, p.category, COALESCE(NULLIF(p.home_postcode, ''), c.home_postcode), "
        "p.weekly_cost, p.first_quoted_fee, p.budget_line_id, pr.id, pr.framework_status, p.referral_id "
        "FROM placements p JOIN children c ON c.id = p.child_id "
        "LEFT JOIN provisions pv ON pv.id = p.provision_id "
        "LEFT JOIN providers pr ON pr.id = pv.provider_id "
        "ORDER BY c.id, p.start_date, p.id";
    Statement st(handle, sql);
    if (!st.ok())
        return Error::storage(QStringLiteral("Could not read placement histories: %1").arg(st.error()));
    PlacementHistory history;
    std::array<Interner, 20> interners; // one per column: small tables, and the last value per column
    QHash<qint64, QString> providerKeys;
    QHash<QString, PlacementCategory> categories; // a handful of distinct keys: parse each once
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 childId = st.integer(0);
        if (history.children.isEmpty() || history.children.last().childId != childId) {
            ChildHistory child;
            child.childId = childId;
            child.childRef = st.text(1);
            child.sex = st.shared(2, interners[2]);
            child.dob = st.date(3);
            history.children.append(std::move(child));
        }
        Episode e;
        e.placementId = st.integer(4);
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
        e.referralId = st.integer(20);
        if (!st.isNull(15))
            e.weeklyCost = st.real(15);
        if (!st.isNull(16))
            e.firstQuotedFee = st.real(16);
        e.budgetLineId = st.integer(17);
        if (!st.isNull(18)) {
            e.providerKey = providerKeys.value(st.integer(18));
            if (e.providerKey.isEmpty())
                e.providerKey = *providerKeys.insert(st.integer(18), providerKey(st.integer(18)));
            const QString status = st.shared(19, interners[19]);
            e.selectList = status == u"select_list";
            e.inHouseProvider = status == u"in_house";
        } else if (!e.urn.isEmpty()) {
            const auto known = byUrn->constFind(e.urn);
            e.providerKey = known == byUrn->cend() ? e.urn : known->first; // URNs never look like "provider:N"
            e.selectList = known != byUrn->cend() && known->second;
        }
        history.children.last().episodes.append(std::move(e));
    }
    if (rc != SQLITE_DONE)
        return Error::storage(QStringLiteral("Could not read placement histories: %1").arg(st.error()));
    if (auto s = resolvePostcodes(handle, history); !s)
        return s.error();
    return history;
}

Result<QList<BudgetLineAmount>> loadBudgetLines(Database& db, const QDate& yearEnd)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT l.id, l.name, l.category, b.id, b.amount, b.row_version FROM budget_lines l "
        "LEFT JOIN budgets b ON b.budget_line_id = l.id AND b.year_ending = :year ORDER BY l.name"));
    q.bindValue(QStringLiteral(":year"), yearEnd.toString(Qt::ISODate));
    if (auto s = db.exec(q, QStringLiteral("reading the budget")); !s)
        return s.error();
    QList<BudgetLineAmount> out;
    while (q.next())
        out.append(BudgetLineAmount{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    optionalDouble(q.value(4)), q.value(3).toLongLong(), q.value(5).toLongLong()});
    return out;
}

Result<QList<FunnelReferral>> loadFunnelReferrals(Database& db, const PlacementHistory& history)
{
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
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT r.id, r.reference, substr(r.received_at, 1, 10), r.emergency, "
        "(SELECT COUNT(*) FROM offers o WHERE o.referral_id = r.id AND o.meets_essential = 1) "
        "FROM referrals r ORDER BY r.received_at"));
    q.setForwardOnly(true);
    if (auto s = db.exec(q, QStringLiteral("reading referrals for the funnel")); !s)
        return s.error();
    QList<FunnelReferral> out;
    while (q.next()) {
        FunnelReferral r;
        r.id = q.value(0).toLongLong();
        r.reference = q.value(1).toString();
        r.received = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.emergency = q.value(3).toInt() != 0;
        if (const auto it = firstPlacement.constFind(r.id); it != firstPlacement.cend()) {
            r.placed = it->first;
            r.placedInHouse = it->second;
        }
        r.offersMeetingEssentials = q.value(4).toInt();
        out.append(r);
    }
    return out;
}

Result<DashboardData> loadDashboardData(Database& db, const QDate& yearEnd)
{
    DashboardData data;
    auto history = loadPlacementHistory(db);
    if (!history)
        return history.error();
    auto lines = loadBudgetLines(db, yearEnd);
    if (!lines)
        return lines.error();
    auto referrals = loadFunnelReferrals(db, history.value());
    if (!referrals)
        return referrals.error();
    data.history = std::move(history.value());
    data.budgetLines = std::move(lines.value());
    data.referrals = std::move(referrals.value());
    return data;
}

} // namespace pd::core
