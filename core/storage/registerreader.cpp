// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/registerreader.h"

#include <array>

#include "core/domain/isodate.h"
#include "core/storage/database.h"
#include "core/storage/interner.h"
#include "core/storage/readconnection.h"
#include "core/storage/readtransaction.h"
#include "core/storage/sql.h"

#include <QHash>

namespace pd::core {

namespace {

const char* kColumns =
    "SELECT %1, p.id, pr.id, pr.name, p.name, pr.referral_email, p.placement_type, p.min_age, p.max_age, %2, "
    "p.sexes, p.skills, p.carer_ethnicity, p.carer_religion, p.carer_languages, p.has_pets, p.smoking, "
    "pc.lat, pc.lon, "
    "p.weekly_fee, p.typical_extras, pr.kind, pr.framework_status, pr.ofsted_rating, %3, %4, p.postcode, "
    "pr.ofsted_urn ";

qint64 day(const ReadStatement& s, int col) {
    const QByteArrayView t = s.bytes(col);
    return t.isNull() ? 0 : julianDayFromIso(t.data(), int(t.size()));
}

/// One interner per text column: names, e-mails, carers' words and postcodes repeat across
/// 100,000 vacancies of a few thousand providers and provisions (one QString each, not one a row).
using RowInterners = std::array<Interner, 28>;

RegisterVacancy readRow(const ReadStatement& s, RowInterners& in) {
    RegisterVacancy v;
    v.vacancyId = s.int64(0);
    v.provisionId = s.int64(1);
    v.providerId = s.int64(2);
    v.providerName = s.shared(3, in[3]);
    v.provisionName = s.shared(4, in[4]);
    v.referralEmail = s.shared(5, in[5]);
    v.type = fromCode<PlacementType>(s.ascii(6)).value_or(PlacementType::Foster);
    v.minAge = s.integer(7);
    v.maxAge = s.integer(8);
    v.places = s.integer(9);
    v.sexes = fromCode<SexesAccepted>(s.ascii(10)).value_or(SexesAccepted::Any);
    if (s.bytes(11).size() > 0)
        v.skills = skillMask(s.text(11));
    v.carerEthnicity = s.shared(12, in[12]);
    v.carerReligion = s.shared(13, in[13]);
    v.carerLanguages = s.shared(14, in[14]);
    v.hasPets = s.integer(15) != 0;
    v.smoking = s.integer(16) != 0;
    v.hasCoordinates = !s.isNull(17);
    v.at = {s.real(17), s.real(18)};
    v.weeklyFee = s.real(19);
    v.typicalExtras = s.real(20);
    v.providerKind = s.shared(21, in[21]);
    v.framework = fromCode<FrameworkStatus>(s.ascii(22)).value_or(FrameworkStatus::Spot);
    v.ofsted = fromCode<OfstedRating>(s.ascii(23)).value_or(OfstedRating::None);
    v.availableFromDay = day(s, 24);
    v.availableUntilDay = day(s, 25);
    v.postcode = s.shared(26, in[26]);
    v.ofstedUrn = s.shared(27, in[27]);
    return v;
}

// Households, provider disruption history: attached after the rows are read (in the same snapshot).
// One provision's snapshot reads only its household and its provider's history.
/// The block places of every provider with a block contract in force on the day: places reserved and
/// used by its current placements (two grouped statements, once per snapshot; none without contracts).
Status attachBlockPlaces(ReadConnection& db, RegisterSnapshot& snap, const QDate& day) {
    const QString doing = QStringLiteral("reading the block contracts");
    const QString iso = (day.isValid() ? day : QDate::currentDate()).toString(Qt::ISODate);
    auto reserved =
        db.prepare("SELECT provider_id, SUM(reserved_places) FROM provider_contracts "
                   "WHERE kind = 'block' AND starts_on <= ?1 AND (ends_on IS NULL OR ends_on >= ?1) "
                   "GROUP BY provider_id",
                   doing);
    if (!reserved)
        return reserved.error();
    ReadStatement& r = *reserved.value();
    r.bindText(1, iso);
    ReadStatement::Step step;
    while ((step = r.step()) == ReadStatement::Step::Row)
        snap.blocks.insert(r.int64(0), BlockPlaces{r.integer(1), 0});
    if (step != ReadStatement::Step::Done)
        return r.error(doing);
    if (snap.blocks.isEmpty())
        return {};
    // Only the contracted providers' placements (by their homes' index): at scale 100 a count over
    // every placement took 200 ms on a server for the one provider that had a block contract.
    auto used =
        db.prepare("SELECT v.provider_id, COUNT(*) FROM placements pl JOIN provisions v ON v.id = "
                   "pl.provision_id WHERE v.provider_id IN (SELECT provider_id FROM provider_contracts "
                   "WHERE kind = 'block' AND starts_on <= ?1 AND (ends_on IS NULL OR ends_on >= ?1)) "
                   "AND pl.start_date <= ?1 AND (pl.end_date IS NULL OR pl.end_date > ?1) "
                   "GROUP BY v.provider_id",
                   doing);
    if (!used)
        return used.error();
    ReadStatement& u = *used.value();
    u.bindText(1, iso);
    while ((step = u.step()) == ReadStatement::Step::Row)
        if (auto it = snap.blocks.find(u.int64(0)); it != snap.blocks.end())
            it->used = u.integer(1);
    if (step != ReadStatement::Step::Done)
        return u.error(doing);
    return {};
}

Status attachHouseholdsAndHistory(ReadConnection& db, RegisterSnapshot& snap, bool oneProvision = false) {
    const qint64 provisionId = oneProvision ? snap.vacancies.front().provisionId : 0;
    const qint64 providerId = oneProvision ? snap.vacancies.front().providerId : 0;
    QHash<qint64, QPair<int, int>> ranges;
    {
        const QString doing = QStringLiteral("reading the children already in households");
        auto st = db.prepare(oneProvision ? "SELECT provision_id, age, sex, risks FROM household_members "
                                            "WHERE provision_id = ?1 ORDER BY provision_id, id"
                                          : "SELECT provision_id, age, sex, risks FROM household_members "
                                            "ORDER BY provision_id, id",
                             doing);
        if (!st)
            return st.error();
        ReadStatement& q = *st.value();
        if (oneProvision)
            q.bindInt64(1, provisionId);
        qint64 current = -1;
        ReadStatement::Step step;
        while ((step = q.step()) == ReadStatement::Step::Row) {
            const qint64 pid = q.int64(0);
            if (pid != current) {
                ranges.insert(pid, {int(snap.household.size()), 0});
                current = pid;
            }
            HouseholdMember member;
            member.age = q.integer(1);
            if (q.bytes(2).size() > 0)
                member.sex = q.text(2);
            if (q.bytes(3).size() > 0)
                member.risks = q.text(3).split(u',', Qt::SkipEmptyParts);
            snap.household.push_back(std::move(member));
            ++ranges[pid].second;
        }
        if (step != ReadStatement::Step::Done)
            return q.error(doing);
    }
    struct History {
        int placements = 0;
        int disruptions = 0;
        int meetings = 0;
    };
    QHash<qint64, History> history;
    {
        const QString doing = QStringLiteral("reading providers' disruption history");
        // provider_history is kept by triggers on placements (migration 7).
        auto st = db.prepare(
            oneProvision ? "SELECT provider_id, placements, disruptions, meetings FROM provider_history "
                           "WHERE provider_id = ?1"
                         : "SELECT provider_id, placements, disruptions, meetings FROM provider_history",
            doing);
        if (!st)
            return st.error();
        ReadStatement& q = *st.value();
        if (oneProvision)
            q.bindInt64(1, providerId);
        ReadStatement::Step step;
        while ((step = q.step()) == ReadStatement::Step::Row)
            history.insert(q.int64(0), {q.integer(1), q.integer(2), q.integer(3)});
        if (step != ReadStatement::Step::Done)
            return q.error(doing);
    }
    for (RegisterVacancy& v : snap.vacancies) {
        const auto r = ranges.value(v.provisionId, {0, 0});
        v.householdBegin = r.first;
        v.householdCount = r.second;
        const History h = history.value(v.providerId);
        v.placementsWithUs = h.placements;
        v.disruptions = h.disruptions;
        v.disruptionMeetings = h.meetings;
    }
    return {};
}

/// How many vacancy rows the file holds (an upper bound of what a read returns).
Result<qint64> vacancyCount(ReadConnection& db) {
    const QString doing = QStringLiteral("counting the register's vacancies");
    auto st = db.prepare("SELECT count(*) FROM vacancies", doing);
    if (!st)
        return st.error();
    ReadStatement& q = *st.value();
    if (q.step() != ReadStatement::Step::Row)
        return q.error(doing);
    return q.int64(0);
}

} // namespace

Result<std::shared_ptr<const RegisterSnapshot>> RegisterReader::read(const VacancyFilter& f) const {
    QByteArray sql = QString::fromLatin1(kColumns)
                         .arg(QStringLiteral("v.id"), QStringLiteral("v.places"),
                              QStringLiteral("v.available_from"), QStringLiteral("v.available_until"))
                         .toLatin1();
    sql += "FROM vacancies v JOIN provisions p ON p.id = v.provision_id JOIN providers pr ON pr.id = "
           "p.provider_id "
           "LEFT JOIN postcodes pc ON pc.postcode = p.postcode "
           "WHERE p.active = 1 AND v.used_by_placement IS NULL "
           "AND (v.available_until IS NULL OR v.available_until >= ?1) ";
    if (f.availableBy)
        sql += "AND v.available_from <= ?2 ";
    if (f.minPlaces > 0)
        sql += "AND v.places >= ?3 ";
    if (f.onlyUsableProviders)
        sql += "AND pr.framework_status NOT IN ('suspended','excluded') ";
    if (!f.types.isEmpty()) {
        QByteArrayList codes;
        for (PlacementType t : f.types)
            codes << "'" + code(t).toLatin1() + "'"; // codes come from code, not users
        sql += "AND p.placement_type IN (" + codes.join(',') + ") ";
    }
    sql += "ORDER BY v.id";
    // Vacancies, households and history from one snapshot, even while colleagues save.
    return inSnapshot(m_db, [&](ReadConnection& db) -> Result<std::shared_ptr<const RegisterSnapshot>> {
        const QString doing = QStringLiteral("reading the register of vacancies");
        auto st = db.prepare(sql.constData(), doing);
        if (!st)
            return st.error();
        ReadStatement& q = *st.value();
        q.bindText(1, (f.today.isValid() ? f.today : QDate::currentDate()).toString(Qt::ISODate));
        if (f.availableBy)
            q.bindText(2, f.availableBy->toString(Qt::ISODate));
        if (f.minPlaces > 0)
            q.bindInt(3, f.minPlaces);
        auto snap = std::make_shared<RegisterSnapshot>();
        // Room for every vacancy at once: growing the vector copied the large rows about 17 times.
        if (auto n = vacancyCount(db); !n)
            return n.error();
        else
            snap->vacancies.reserve(std::size_t(n.value()));
        ReadStatement::Step step;
        RowInterners interners;
        while ((step = q.step()) == ReadStatement::Step::Row)
            snap->vacancies.push_back(readRow(q, interners));
        if (step != ReadStatement::Step::Done)
            return q.error(doing);
        if (auto s = attachHouseholdsAndHistory(db, *snap); !s)
            return s.error();
        if (auto s = attachBlockPlaces(db, *snap, f.today); !s)
            return s.error();
        return std::shared_ptr<const RegisterSnapshot>(std::move(snap));
    });
}

Result<RegisterSnapshot> RegisterReader::provision(qint64 provisionId, const QDate& from) const {
    QByteArray sql = QString::fromLatin1(kColumns)
                         .arg(QStringLiteral("0"), QStringLiteral("p.places"), QStringLiteral("?2"),
                              QStringLiteral("NULL"))
                         .toLatin1();
    sql += "FROM provisions p JOIN providers pr ON pr.id = p.provider_id LEFT JOIN postcodes pc ON "
           "pc.postcode = p.postcode "
           "WHERE p.id = ?1";
    return inSnapshot(m_db, [&](ReadConnection& db) -> Result<RegisterSnapshot> {
        RegisterSnapshot snap;
        {
            const QString doing = QStringLiteral("reading a provision");
            auto st = db.prepare(sql.constData(), doing);
            if (!st)
                return st.error();
            ReadStatement& q = *st.value();
            q.bindInt64(1, provisionId);
            q.bindText(2, from.toString(Qt::ISODate));
            const ReadStatement::Step step = q.step();
            if (step == ReadStatement::Step::Failed)
                return q.error(doing);
            if (step != ReadStatement::Step::Row)
                return Error::notFound(QStringLiteral("Provision %1 does not exist.").arg(provisionId));
            RowInterners interners;
            snap.vacancies.push_back(readRow(q, interners));
        }
        if (auto s = attachHouseholdsAndHistory(db, snap, true); !s)
            return s.error();
        if (auto s = attachBlockPlaces(db, snap, from); !s)
            return s.error();
        return snap;
    });
}

Result<qint64> RegisterReader::changeStamp() const {
    auto db = Sql(m_db).readConnection();
    if (!db)
        return db.error();
    return db.value()->changeStamp();
}

} // namespace pd::core
