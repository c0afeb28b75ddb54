// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/placementrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

namespace {

const char* kSelect =
    "SELECT p.id, p.row_version, p.child_id, c.child_ref, c.first_name, c.last_name, p.start_date, "
    "p.end_date, p.rne, p.legal_status, p.cin, p.home_postcode, p.placement_postcode, p.category, p.place, "
    "p.place_provider, p.reason_end, p.reason_place_change, p.ending_reason, "
    "p.urn, p.provision_id, p.referral_id, p.weekly_cost, p.budget_line_id, pv.name AS provision_name, "
    "pv.code AS provision_code, pr.name AS provider_name, bl.name AS budget_line, p.follow_up_referral_id, "
    "(SELECT MAX(k.version) FROM placement_contracts k WHERE k.placement_id = p.id) AS ipc_version "
    "FROM placements p JOIN children c ON c.id = p.child_id "
    "LEFT JOIN provisions pv ON pv.id = p.provision_id LEFT JOIN providers pr ON pr.id = pv.provider_id "
    "LEFT JOIN budget_lines bl ON bl.id = p.budget_line_id ";

PlacementRecord readPlacement(const SqlRow& row) {
    PlacementRecord p;
    p.id = row.integer("id");
    p.rowVersion = row.integer("row_version");
    p.childId = row.integer("child_id");
    p.childRef = row.text("child_ref");
    p.childName = QStringList{row.text("first_name"), row.text("last_name")}.join(u' ').trimmed();
    p.start = row.date("start_date");
    p.end = row.date("end_date");
    p.rne = row.text("rne");
    p.legalStatus = row.text("legal_status");
    p.cin = row.text("cin");
    p.homePostcode = row.text("home_postcode");
    p.placementPostcode = row.text("placement_postcode");
    p.category = row.text("category");
    p.place = row.text("place");
    p.placeProvider = row.text("place_provider");
    p.reasonEnd = row.text("reason_end");
    p.reasonPlaceChange = row.text("reason_place_change");
    p.endingReason = row.text("ending_reason");
    p.urn = row.text("urn");
    p.provisionId = row.integer("provision_id");
    p.referralId = row.integer("referral_id");
    p.weeklyCost = row.optionalReal("weekly_cost");
    p.budgetLineId = row.integer("budget_line_id");
    p.provisionName = row.text("provision_name");
    p.provisionCode = row.text("provision_code");
    p.providerName = row.text("provider_name");
    p.budgetLine = row.text("budget_line");
    p.followUpReferralId = row.integer("follow_up_referral_id");
    p.ipcVersion = row.number("ipc_version");
    return p;
}

} // namespace

Result<qint64> PlacementRepository::insert(const QVariantMap& values) {
    return RecordWriter(m_db).insert(QStringLiteral("placements"), values);
}

Result<QList<PlacementRecord>> PlacementRepository::select(const QString& where,
                                                           const QVariantMap& binds) const {
    auto rows =
        Sql(m_db).query(QString::fromLatin1(kSelect) + where, binds, QStringLiteral("reading placements"));
    if (!rows)
        return rows.error();
    QList<PlacementRecord> out;
    while (rows->next())
        out << readPlacement(*rows);
    return out;
}

Result<QList<PlacementRecord>> PlacementRepository::all() const {
    return select(QStringLiteral("ORDER BY c.child_ref, p.start_date, p.id"), {});
}

Result<QList<PlacementRecord>> PlacementRepository::ofReferral(qint64 referralId) const {
    return select(QStringLiteral("WHERE p.referral_id = :r ORDER BY p.id"),
                  {{QStringLiteral(":r"), referralId}});
}

Result<PlacementRecord> PlacementRepository::load(qint64 placementId) const {
    auto found = select(QStringLiteral("WHERE p.id = :id"), {{QStringLiteral(":id"), placementId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("Placement %1 does not exist.").arg(placementId));
    return found->first();
}

Result<QList<PlacementRecord>> PlacementRepository::current() const {
    return select(QStringLiteral("WHERE p.end_date IS NULL ORDER BY p.start_date DESC, p.id DESC"), {});
}

Result<QList<PlacementRecord>> PlacementRepository::currentOf(qint64 childId) const {
    return select(
        QStringLiteral("WHERE p.child_id = :child AND p.end_date IS NULL ORDER BY p.start_date, p.id"),
        {{QStringLiteral(":child"), childId}});
}

Result<ReferralChild> PlacementRepository::child(const PlacementRecord& placement) const {
    auto row =
        Sql(m_db).query(QStringLiteral("SELECT first_name, last_name, sex, dob, ethnicity, religion, "
                                       "first_language FROM children WHERE id = :id"),
                        {{QStringLiteral(":id"), placement.childId}}, QStringLiteral("reading a child"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(QStringLiteral("Child %1 does not exist.").arg(placement.childRef));
    ReferralChild c;
    c.childId = placement.childId;
    c.firstName = row->text("first_name");
    c.lastName = row->text("last_name");
    c.sex = row->text("sex");
    c.dateOfBirth = row->date("dob");
    c.ethnicity = row->text("ethnicity");
    c.religion = row->text("religion");
    c.firstLanguage = row->text("first_language");
    c.legalStatus = placement.legalStatus;
    return c;
}

Result<QList<PlacementRecord>> PlacementRepository::ofChild(qint64 childId) const {
    return select(QStringLiteral("WHERE p.child_id = :child ORDER BY p.start_date, p.id"),
                  {{QStringLiteral(":child"), childId}});
}

Status PlacementRepository::setFollowUp(const PlacementRecord& p, qint64 referralId) {
    return RecordWriter(m_db).update(QStringLiteral("placements"), p.id, p.rowVersion,
                                     {{QStringLiteral("follow_up_referral_id"), referralId}});
}

Status PlacementRepository::end(const PlacementRecord& p, const QDate& day, const QString& rec,
                                const QString& reasonPlaceChange, const QString& endingReason) {
    return RecordWriter(m_db).update(
        QStringLiteral("placements"), p.id, p.rowVersion,
        {{QStringLiteral("end_date"), day.toString(Qt::ISODate)},
         {QStringLiteral("reason_end"), rec},
         {QStringLiteral("reason_place_change"),
          reasonPlaceChange.isEmpty() ? QVariant() : QVariant(reasonPlaceChange)},
         {QStringLiteral("ending_reason"), endingReason.isEmpty() ? QVariant() : QVariant(endingReason)}});
}

Result<qint64> PlacementRepository::budgetLineFor(const QString& category) const {
    auto id = Sql(m_db).scalar(
        QStringLiteral("SELECT id FROM budget_lines WHERE category = :c ORDER BY name, id LIMIT 1"),
        {{QStringLiteral(":c"), category}}, QStringLiteral("finding the budget line"));
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : 0;
}

Result<qint64> PlacementRepository::useVacancy(qint64 provisionId, const QDate& start, int places,
                                               qint64 placementId) {
    // The vacancy open on the start day, else the next one to open.
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT id, row_version, places FROM vacancies WHERE provision_id = :p "
            "AND used_by_placement IS NULL AND (available_until IS NULL OR available_until >= :day) "
            "ORDER BY available_from > :day, available_from, id LIMIT 1"),
        {{QStringLiteral(":p"), provisionId}, {QStringLiteral(":day"), start.toString(Qt::ISODate)}},
        QStringLiteral("finding the vacancy the placement uses"));
    if (!rows)
        return rows.error();
    if (!rows->next())
        return qint64(0);
    const qint64 id = rows->integer("id");
    const int left = rows->number("places") - places;
    const QVariantMap change = left > 0 ? QVariantMap{{QStringLiteral("places"), left}}
                                        : QVariantMap{{QStringLiteral("used_by_placement"), placementId}};
    if (auto s =
            RecordWriter(m_db).update(QStringLiteral("vacancies"), id, rows->integer("row_version"), change);
        !s)
        return s.error();
    return id;
}

} // namespace pd::core
