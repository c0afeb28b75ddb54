// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/upliftrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

namespace {

QVariant realOrNull(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

} // namespace

Result<qint64> UpliftRepository::insert(const FeeUplift& u) {
    return RecordWriter(m_db).insert(
        QStringLiteral("fee_uplifts"),
        {{QStringLiteral("provider_id"), u.providerId},
         {QStringLiteral("placement_id"), u.placementId > 0 ? QVariant(u.placementId) : QVariant()},
         {QStringLiteral("requested_on"), u.requestedOn.toString(Qt::ISODate)},
         {QStringLiteral("effective_from"), u.effectiveFrom.toString(Qt::ISODate)},
         {QStringLiteral("percentage"), realOrNull(u.percentage)},
         {QStringLiteral("new_fee"), realOrNull(u.newFee)},
         {QStringLiteral("evidence"), u.evidence},
         {QStringLiteral("status"), code(UpliftStatus::Requested)},
         {QStringLiteral("recorded_at"), m_db.now().toString(Qt::ISODateWithMs)},
         {QStringLiteral("recorded_by"), m_db.userName()}});
}

Result<QList<FeeUplift>> UpliftRepository::select(const QString& where, const QVariantMap& binds) const {
    auto rows = Sql(m_db).query(
        QStringLiteral("SELECT u.id, u.row_version, u.provider_id, p.name AS provider_name, u.placement_id, "
                       "u.requested_on, u.effective_from, u.percentage, u.new_fee, u.evidence, u.status, "
                       "u.agreed_percentage, u.agreed_fee, u.decision_reason, u.decided_at, u.decided_by "
                       "FROM fee_uplifts u JOIN providers p ON p.id = u.provider_id %1 "
                       "ORDER BY u.effective_from, u.id")
            .arg(where),
        binds, QStringLiteral("reading the fee uplifts"));
    if (!rows)
        return rows.error();
    QList<FeeUplift> out;
    while (rows->next()) {
        FeeUplift u;
        u.id = rows->integer("id");
        u.rowVersion = rows->integer("row_version");
        u.providerId = rows->integer("provider_id");
        u.providerName = rows->text("provider_name");
        u.placementId = rows->integer("placement_id");
        u.requestedOn = rows->date("requested_on");
        u.effectiveFrom = rows->date("effective_from");
        u.percentage = rows->optionalReal("percentage");
        u.newFee = rows->optionalReal("new_fee");
        u.evidence = rows->text("evidence");
        u.status = fromCode<UpliftStatus>(rows->text("status")).value_or(UpliftStatus::Requested);
        u.agreedPercentage = rows->optionalReal("agreed_percentage");
        u.agreedFee = rows->optionalReal("agreed_fee");
        u.decisionReason = rows->text("decision_reason");
        u.decidedAt = rows->dateTime("decided_at");
        u.decidedBy = rows->text("decided_by");
        out << u;
    }
    return out;
}

Result<FeeUplift> UpliftRepository::load(qint64 id) const {
    auto found = select(QStringLiteral("WHERE u.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("There is no fee uplift %1 in this file.").arg(id));
    return found->first();
}

Result<QList<FeeUplift>> UpliftRepository::all(qint64 providerId) const {
    if (providerId > 0)
        return select(QStringLiteral("WHERE u.provider_id = :p"), {{QStringLiteral(":p"), providerId}});
    return select(QString(), {});
}

Status UpliftRepository::decide(const FeeUplift& u, const UpliftDecision& d) {
    return RecordWriter(m_db).update(QStringLiteral("fee_uplifts"), u.id, u.rowVersion,
                                     {{QStringLiteral("status"), code(d.status)},
                                      {QStringLiteral("agreed_percentage"), realOrNull(d.agreedPercentage)},
                                      {QStringLiteral("agreed_fee"), realOrNull(d.agreedFee)},
                                      {QStringLiteral("decision_reason"), d.reason},
                                      {QStringLiteral("decided_at"), m_db.now().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("decided_by"), m_db.userName()}});
}

Result<QList<qint64>> UpliftRepository::contractedPlacements(qint64 providerId, const QDate& day) const {
    auto rows = Sql(m_db).query(
        QStringLiteral("SELECT pl.id FROM placements pl JOIN provisions v ON v.id = pl.provision_id "
                       "WHERE v.provider_id = :p AND pl.start_date <= :d AND (pl.end_date IS NULL OR "
                       "pl.end_date > :d) AND EXISTS (SELECT 1 FROM placement_contracts c WHERE "
                       "c.placement_id = pl.id) ORDER BY pl.id"),
        {{QStringLiteral(":p"), providerId}, {QStringLiteral(":d"), day.toString(Qt::ISODate)}},
        QStringLiteral("finding the placements an uplift changes"));
    if (!rows)
        return rows.error();
    QList<qint64> out;
    while (rows->next())
        out << rows->integer("id");
    return out;
}

} // namespace pd::core
