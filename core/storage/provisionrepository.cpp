// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/provisionrepository.h"

#include "core/domain/geo.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

QVariant textOrNull(const QString& s) {
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.trimmed());
}

// NOT NULL text columns: an empty list must be '' rather than a null QString.
QString joined(const QStringList& list) {
    return list.isEmpty() ? QStringLiteral("") : list.join(u',');
}

QVariantMap toValues(const Provision& p) {
    return {{QStringLiteral("provider_id"), p.providerId},
            {QStringLiteral("code"), p.code.trimmed()},
            {QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("placement_type"), code(p.type)},
            {QStringLiteral("min_age"), p.minAge},
            {QStringLiteral("max_age"), p.maxAge},
            {QStringLiteral("places"), p.places},
            {QStringLiteral("sexes"), code(p.sexes)},
            {QStringLiteral("skills"), joined(p.skills)},
            {QStringLiteral("carer_ethnicity"), textOrNull(p.carerEthnicity)},
            {QStringLiteral("carer_religion"), textOrNull(p.carerReligion)},
            {QStringLiteral("carer_languages"), textOrNull(p.carerLanguages.join(QStringLiteral(", ")))},
            {QStringLiteral("has_pets"), p.hasPets ? 1 : 0},
            {QStringLiteral("smoking"), p.smoking ? 1 : 0},
            {QStringLiteral("postcode"), textOrNull(normalisePostcode(p.postcode))},
            {QStringLiteral("weekly_fee"), p.weeklyFee},
            {QStringLiteral("typical_extras"), p.typicalExtras},
            {QStringLiteral("quality_notes"), textOrNull(p.qualityNotes)},
            {QStringLiteral("active"), p.active ? 1 : 0}};
}

QStringList splitList(const QString& s) {
    QStringList out;
    for (const QString& part : s.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

Result<QList<Provision>> ProvisionRepository::select(const QString& where, const QVariantMap& binds) const {
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT id, row_version, provider_id, code, name, placement_type, "
                                       "min_age, max_age, places, sexes, skills, "
                                       "carer_ethnicity, carer_religion, carer_languages, has_pets, smoking, "
                                       "postcode, weekly_fee, typical_extras, "
                                       "quality_notes, active FROM provisions WHERE %1 ORDER BY name, id")
                            .arg(where),
                        binds, QStringLiteral("reading provisions"));
    if (!rows)
        return rows.error();
    QList<Provision> out;
    while (rows->next()) {
        const SqlRow& row = *rows;
        Provision p;
        p.id = row.integer("id");
        p.rowVersion = row.integer("row_version");
        p.providerId = row.integer("provider_id");
        p.code = row.text("code");
        p.name = row.text("name");
        p.type = fromCode<PlacementType>(row.text("placement_type")).value_or(PlacementType::Foster);
        p.minAge = row.number("min_age");
        p.maxAge = row.number("max_age");
        p.places = row.number("places");
        p.sexes = fromCode<SexesAccepted>(row.text("sexes")).value_or(SexesAccepted::Any);
        p.skills = splitList(row.text("skills"));
        p.carerEthnicity = row.text("carer_ethnicity");
        p.carerReligion = row.text("carer_religion");
        p.carerLanguages = splitList(row.text("carer_languages"));
        p.hasPets = row.flag("has_pets");
        p.smoking = row.flag("smoking");
        p.postcode = row.text("postcode");
        p.weeklyFee = row.real("weekly_fee");
        p.typicalExtras = row.real("typical_extras");
        p.qualityNotes = row.text("quality_notes");
        p.active = row.flag("active");
        out << p;
    }
    rows->finish();
    for (Provision& p : out) {
        auto members = household(p.id);
        if (!members)
            return members.error();
        p.household = members.value();
    }
    return out;
}

Result<QList<Provision>> ProvisionRepository::forProvider(qint64 providerId) const {
    return select(QStringLiteral("provider_id = :p"), {{QStringLiteral(":p"), providerId}});
}

Result<Provision> ProvisionRepository::find(qint64 id) const {
    auto list = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(QStringLiteral("Provision %1 is no longer in the register.").arg(id));
    return list->first();
}

Result<std::optional<Provision>> ProvisionRepository::findByCode(qint64 providerId,
                                                                 const QString& code) const {
    auto list = select(QStringLiteral("provider_id = :p AND code = :c"),
                       {{QStringLiteral(":p"), providerId}, {QStringLiteral(":c"), code.trimmed()}});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Provision>() : std::optional<Provision>(list->first());
}

Result<QList<HouseholdMember>> ProvisionRepository::household(qint64 provisionId) const {
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT age, sex, risks FROM household_members WHERE provision_id = :p ORDER BY age DESC, id"),
        {{QStringLiteral(":p"), provisionId}}, QStringLiteral("reading a household"));
    if (!rows)
        return rows.error();
    QList<HouseholdMember> out;
    while (rows->next())
        out << HouseholdMember{rows->number("age"), rows->text("sex"), splitList(rows->text("risks"))};
    return out;
}

Status ProvisionRepository::replaceHousehold(qint64 provisionId, const QList<HouseholdMember>& members) {
    auto current = household(provisionId);
    if (!current)
        return current.error();
    if (formatHousehold(current.value()) == formatHousehold(members))
        return {};
    auto read = Sql(m_db).query(
        QStringLiteral("SELECT id, row_version FROM household_members WHERE provision_id = :p"),
        {{QStringLiteral(":p"), provisionId}}, QStringLiteral("reading a household"));
    if (!read)
        return read.error();
    QList<std::pair<qint64, qint64>> rows;
    while (read->next())
        rows << std::pair{read->integer("id"), read->integer("row_version")};
    read->finish();
    RecordWriter writer(m_db);
    for (const auto& [id, version] : rows)
        if (auto s = writer.remove(QStringLiteral("household_members"), id, version); !s)
            return s;
    for (const HouseholdMember& m : members) {
        auto id =
            writer.insert(QStringLiteral("household_members"), {{QStringLiteral("provision_id"), provisionId},
                                                                {QStringLiteral("age"), m.age},
                                                                {QStringLiteral("sex"), textOrNull(m.sex)},
                                                                {QStringLiteral("risks"), joined(m.risks)}});
        if (!id)
            return id.error();
    }
    return {};
}

Status ProvisionRepository::save(Provision& provision) {
    if (auto s = provision.validate(); !s)
        return s;
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    auto same = findByCode(provision.providerId, provision.code);
    if (!same)
        return same.error();
    if (!provision.code.isEmpty() && same.value() && same.value()->id != provision.id)
        return Error::conflict(QStringLiteral("The provider already has a provision with code %1 (%2).")
                                   .arg(provision.code, same.value()->name));
    RecordWriter writer(m_db);
    if (provision.id == 0) {
        auto id = writer.insert(QStringLiteral("provisions"), toValues(provision));
        if (!id)
            return id.error();
        provision.id = id.value();
    } else if (auto s = writer.update(QStringLiteral("provisions"), provision.id, provision.rowVersion,
                                      toValues(provision));
               !s) {
        return s;
    }
    if (auto s = replaceHousehold(provision.id, provision.household); !s)
        return s;
    auto version = writer.currentVersion(QStringLiteral("provisions"), provision.id);
    if (!version)
        return version.error();
    if (provision.code.isEmpty()) {
        // Rows written without a code (e.g. by hand or an older tool) still get a stable key.
        const QString code = QStringLiteral("P%1").arg(provision.id);
        if (auto s = writer.update(QStringLiteral("provisions"), provision.id, version.value(),
                                   {{QStringLiteral("code"), code}});
            !s)
            return s;
        version = writer.currentVersion(QStringLiteral("provisions"), provision.id);
        if (!version)
            return version.error();
        provision.code = code;
    }
    if (auto s = tx.commit(); !s)
        return s;
    provision.rowVersion = version.value();
    return {};
}

Result<QList<Vacancy>> ProvisionRepository::vacancies(qint64 provisionId) const {
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT id, row_version, available_from, available_until, places "
                                       "FROM vacancies WHERE provision_id = :p AND used_by_placement IS NULL "
                                       "ORDER BY available_from, id"),
                        {{QStringLiteral(":p"), provisionId}}, QStringLiteral("reading vacancies"));
    if (!rows)
        return rows.error();
    QList<Vacancy> out;
    while (rows->next()) {
        Vacancy v;
        v.id = rows->integer("id");
        v.rowVersion = rows->integer("row_version");
        v.provisionId = provisionId;
        v.from = rows->date("available_from");
        v.until = rows->date("available_until");
        v.places = rows->number("places");
        out << v;
    }
    return out;
}

Status ProvisionRepository::save(Vacancy& vacancy) {
    if (auto s = vacancy.validate(); !s)
        return s;
    const QVariantMap values{{QStringLiteral("provision_id"), vacancy.provisionId},
                             {QStringLiteral("available_from"), vacancy.from.toString(Qt::ISODate)},
                             {QStringLiteral("available_until"),
                              vacancy.until.isValid() ? QVariant(vacancy.until.toString(Qt::ISODate))
                                                      : QVariant(QMetaType(QMetaType::QString))},
                             {QStringLiteral("places"), vacancy.places}};
    RecordWriter writer(m_db);
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    if (vacancy.id == 0) {
        auto id = writer.insert(QStringLiteral("vacancies"), values);
        if (!id)
            return id.error();
        vacancy.id = id.value();
    } else if (auto s = writer.update(QStringLiteral("vacancies"), vacancy.id, vacancy.rowVersion, values);
               !s) {
        return s;
    }
    auto version = writer.currentVersion(QStringLiteral("vacancies"), vacancy.id);
    if (!version)
        return version.error();
    if (auto s = tx.commit(); !s)
        return s;
    vacancy.rowVersion = version.value();
    return {};
}

Status ProvisionRepository::remove(const Vacancy& vacancy) {
    return RecordWriter(m_db).remove(QStringLiteral("vacancies"), vacancy.id, vacancy.rowVersion);
}

} // namespace pd::core
