// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/registerreader.h"

#include "core/domain/isodate.h"
#include "core/storage/database.h"

#include <QHash>
#include <QSqlDriver>
#include <cstring>
#include <sqlite3.h>

namespace pd::core {

namespace {

const char* kColumns =
    "SELECT %1, p.id, pr.id, pr.name, p.name, pr.referral_email, p.placement_type, p.min_age, p.max_age, %2, "
    "p.sexes, p.skills, p.carer_ethnicity, p.carer_religion, p.carer_languages, p.has_pets, p.smoking, pc.lat, pc.lon, "
    "p.weekly_fee, p.typical_extras, pr.kind, pr.framework_status, pr.ofsted_rating, %3, %4, p.postcode, pr.ofsted_urn ";

Result<sqlite3*> handleOf(Database& db)
{
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return Error::storage(QStringLiteral("The database connection is not SQLite."));
    sqlite3* s = *static_cast<sqlite3* const*>(h.constData());
    if (!s)
        return Error::storage(QStringLiteral("The database is not open."));
    return s;
}

// A prepared statement that finalises itself.
class Statement {
public:
    Statement(sqlite3* db, const QByteArray& sql) : m_db(db) { m_rc = sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_stmt; }
    Error error(const char* doing) const
    {
        return Error::storage(QStringLiteral("Placement Desk could not %1: %2").arg(QLatin1String(doing),
                                                                                   QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    void bindText(int i, const QString& s) { bindBytes(i, s.toUtf8()); }
    void bindBytes(int i, const QByteArray& b) { sqlite3_bind_text(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

QString text(sqlite3_stmt* s, int col)
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(s, col)) : QString();
}

bool textIs(sqlite3_stmt* s, int col, const char* value)
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
    return t && qstrcmp(t, value) == 0;
}

qint64 day(sqlite3_stmt* s, int col)
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, col));
    return t ? julianDayFromIso(t, sqlite3_column_bytes(s, col)) : 0;
}

RegisterVacancy readRow(sqlite3_stmt* s)
{
    RegisterVacancy v;
    v.vacancyId = sqlite3_column_int64(s, 0);
    v.provisionId = sqlite3_column_int64(s, 1);
    v.providerId = sqlite3_column_int64(s, 2);
    v.providerName = text(s, 3);
    v.provisionName = text(s, 4);
    v.referralEmail = text(s, 5);
    v.type = textIs(s, 6, "residential") ? PlacementType::Residential
             : textIs(s, 6, "supported") ? PlacementType::Supported : PlacementType::Foster;
    v.minAge = sqlite3_column_int(s, 7);
    v.maxAge = sqlite3_column_int(s, 8);
    v.places = sqlite3_column_int(s, 9);
    v.sexes = textIs(s, 10, "male") ? ApprovedSexes::Male : textIs(s, 10, "female") ? ApprovedSexes::Female : ApprovedSexes::Any;
    if (sqlite3_column_bytes(s, 11) > 0)
        v.skills = skillMask(text(s, 11));
    v.carerEthnicity = text(s, 12);
    v.carerReligion = text(s, 13);
    v.carerLanguages = text(s, 14);
    v.hasPets = sqlite3_column_int(s, 15) != 0;
    v.smoking = sqlite3_column_int(s, 16) != 0;
    v.hasCoordinates = sqlite3_column_type(s, 17) != SQLITE_NULL;
    v.at = {sqlite3_column_double(s, 17), sqlite3_column_double(s, 18)};
    v.weeklyFee = sqlite3_column_double(s, 19);
    v.typicalExtras = sqlite3_column_double(s, 20);
    v.providerKind = text(s, 21);
    v.framework = frameworkStatusOrSpot(text(s, 22));
    v.ofsted = ofstedRatingOrNone(text(s, 23));
    v.availableFromDay = day(s, 24);
    v.availableUntilDay = day(s, 25);
    v.postcode = text(s, 26);
    v.ofstedUrn = text(s, 27);
    return v;
}

// Households, provider disruption history: attached after the rows are read.
Status attachHouseholdsAndHistory(sqlite3* db, RegisterSnapshot& snap)
{
    QHash<qint64, QPair<int, int>> ranges;
    {
        Statement st(db, "SELECT provision_id, age, risks FROM household_members ORDER BY provision_id, id");
        if (!st.ok())
            return st.error("read the children already in households");
        qint64 current = -1;
        while (sqlite3_step(st.get()) == SQLITE_ROW) {
            const qint64 pid = sqlite3_column_int64(st.get(), 0);
            if (pid != current) {
                ranges.insert(pid, {int(snap.household.size()), 0});
                current = pid;
            }
            const auto* risks = reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 2));
            snap.household.push_back({sqlite3_column_int(st.get(), 1), risks && std::strstr(risks, "sexual") != nullptr});
            ++ranges[pid].second;
        }
    }
    QHash<qint64, QPair<int, int>> history;
    {
        Statement st(db, "SELECT p.provider_id, COUNT(*), "
                         "SUM(pl.reason_place_change IN ('CREQB','CREQO','CHILD','STAND','ALLEG')) "
                         "FROM placements pl JOIN provisions p ON p.id = pl.provision_id WHERE pl.rne <> 'L' "
                         "GROUP BY p.provider_id");
        if (!st.ok())
            return st.error("read providers' disruption history");
        while (sqlite3_step(st.get()) == SQLITE_ROW)
            history.insert(sqlite3_column_int64(st.get(), 0), {sqlite3_column_int(st.get(), 1), sqlite3_column_int(st.get(), 2)});
    }
    for (RegisterVacancy& v : snap.vacancies) {
        const auto r = ranges.value(v.provisionId, {0, 0});
        v.householdBegin = r.first;
        v.householdCount = r.second;
        const auto h = history.value(v.providerId, {0, 0});
        v.placementsWithUs = h.first;
        v.disruptions = h.second;
    }
    return {};
}

} // namespace

Result<std::shared_ptr<const RegisterSnapshot>> RegisterReader::read(const VacancyFilter& f) const
{
    auto db = handleOf(m_db);
    if (!db)
        return db.error();
    QByteArray sql = QString::fromLatin1(kColumns)
                         .arg(QStringLiteral("v.id"), QStringLiteral("v.places"), QStringLiteral("v.available_from"),
                              QStringLiteral("v.available_until"))
                         .toLatin1();
    sql += "FROM vacancies v JOIN provisions p ON p.id = v.provision_id JOIN providers pr ON pr.id = p.provider_id "
           "LEFT JOIN postcodes pc ON pc.postcode = p.postcode "
           "WHERE p.active = 1 AND (v.available_until IS NULL OR v.available_until >= ?1) ";
    if (f.availableBy)
        sql += "AND v.available_from <= ?2 ";
    if (f.minPlaces > 0)
        sql += "AND v.places >= ?3 ";
    if (f.onlyUsableProviders)
        sql += "AND pr.framework_status NOT IN ('suspended','excluded') ";
    if (!f.types.isEmpty()) {
        QByteArrayList codes;
        for (PlacementType t : f.types)
            codes << "'" + placementTypeCode(t).toLatin1() + "'"; // codes come from code, not users
        sql += "AND p.placement_type IN (" + codes.join(',') + ") ";
    }
    sql += "ORDER BY v.id";
    Statement st(db.value(), sql);
    if (!st.ok())
        return st.error("read the register of vacancies");
    st.bindText(1, (f.today.isValid() ? f.today : QDate::currentDate()).toString(Qt::ISODate));
    if (f.availableBy)
        st.bindText(2, f.availableBy->toString(Qt::ISODate));
    if (f.minPlaces > 0)
        sqlite3_bind_int(st.get(), 3, f.minPlaces);
    auto snap = std::make_shared<RegisterSnapshot>();
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        snap->vacancies.push_back(readRow(st.get()));
    if (rc != SQLITE_DONE)
        return st.error("read the register of vacancies");
    if (auto s = attachHouseholdsAndHistory(db.value(), *snap); !s)
        return s.error();
    return std::shared_ptr<const RegisterSnapshot>(std::move(snap));
}

Result<RegisterSnapshot> RegisterReader::provision(qint64 provisionId, const QDate& from) const
{
    auto db = handleOf(m_db);
    if (!db)
        return db.error();
    QByteArray sql = QString::fromLatin1(kColumns)
                         .arg(QStringLiteral("0"), QStringLiteral("p.places"), QStringLiteral("?2"), QStringLiteral("NULL"))
                         .toLatin1();
    sql += "FROM provisions p JOIN providers pr ON pr.id = p.provider_id LEFT JOIN postcodes pc ON pc.postcode = p.postcode "
           "WHERE p.id = ?1";
    RegisterSnapshot snap;
    {
        Statement st(db.value(), sql);
        if (!st.ok())
            return st.error("read a provision");
        sqlite3_bind_int64(st.get(), 1, provisionId);
        st.bindText(2, from.toString(Qt::ISODate));
        if (sqlite3_step(st.get()) != SQLITE_ROW)
            return Error::notFound(QStringLiteral("Provision %1 does not exist.").arg(provisionId));
        snap.vacancies.push_back(readRow(st.get()));
    }
    if (auto s = attachHouseholdsAndHistory(db.value(), snap); !s)
        return s.error();
    return snap;
}

Result<qint64> RegisterReader::changeStamp() const
{
    auto db = handleOf(m_db);
    if (!db)
        return db.error();
    Statement st(db.value(), "PRAGMA data_version");
    if (!st.ok() || sqlite3_step(st.get()) != SQLITE_ROW)
        return st.error("check whether the register changed");
    return (sqlite3_column_int64(st.get(), 0) << 32) ^ sqlite3_total_changes64(db.value());
}

} // namespace pd::core
