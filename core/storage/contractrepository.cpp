// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/contractrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<qint64> ContractRepository::insert(const ContractVersion& c) {
    RecordWriter writer(m_db);
    auto id = writer.insert(
        QStringLiteral("placement_contracts"),
        {{QStringLiteral("placement_id"), c.placementId},
         {QStringLiteral("version"), c.version},
         {QStringLiteral("effective_from"), c.effectiveFrom.toString(Qt::ISODate)},
         {QStringLiteral("start_date"), c.start.toString(Qt::ISODate)},
         {QStringLiteral("weekly_fee"), c.weeklyFee},
         {QStringLiteral("extras"), c.extras},
         {QStringLiteral("extras_note"), c.extrasNote.isEmpty() ? QVariant() : QVariant(c.extrasNote)},
         {QStringLiteral("notice_days"), c.noticeDays},
         {QStringLiteral("provision_id"), c.provisionId > 0 ? QVariant(c.provisionId) : QVariant()},
         {QStringLiteral("change_note"), c.changeNote},
         {QStringLiteral("made_at"), m_db.now().toString(Qt::ISODateWithMs)},
         {QStringLiteral("made_by"), m_db.userName()}});
    if (!id)
        return id.error();
    for (int i = 0; i < c.outcomes.size(); ++i) {
        const ContractOutcome& o = c.outcomes[i];
        auto outcome = writer.insert(
            QStringLiteral("contract_outcomes"),
            {{QStringLiteral("contract_id"), id.value()},
             {QStringLiteral("position"), i},
             {QStringLiteral("wording"), o.wording},
             {QStringLiteral("measure"), o.measure.isEmpty() ? QVariant() : QVariant(o.measure)},
             {QStringLiteral("review_months"), o.reviewMonths > 0 ? QVariant(o.reviewMonths) : QVariant()}});
        if (!outcome)
            return outcome.error();
    }
    return id;
}

Result<QList<ContractVersion>> ContractRepository::select(qint64 placementId, bool latestOnly) const {
    Sql sql(m_db);
    auto rows = sql.query(
        QStringLiteral("SELECT c.id, c.version, c.effective_from, c.start_date, c.weekly_fee, c.extras, "
                       "c.extras_note, c.notice_days, c.provision_id, c.change_note, c.made_at, c.made_by, "
                       "v.name AS provision_name, pr.name AS provider_name FROM placement_contracts c "
                       "LEFT JOIN provisions v ON v.id = c.provision_id "
                       "LEFT JOIN providers pr ON pr.id = v.provider_id WHERE c.placement_id = :p "
                       "ORDER BY c.version %1")
            .arg(latestOnly ? QStringLiteral("DESC LIMIT 1") : QString()),
        {{QStringLiteral(":p"), placementId}}, QStringLiteral("reading the placement's contract"));
    if (!rows)
        return rows.error();
    QList<ContractVersion> out;
    while (rows->next()) {
        ContractVersion c;
        c.id = rows->integer("id");
        c.placementId = placementId;
        c.version = rows->number("version");
        c.effectiveFrom = rows->date("effective_from");
        c.start = rows->date("start_date");
        c.weeklyFee = rows->real("weekly_fee");
        c.extras = rows->real("extras");
        c.extrasNote = rows->text("extras_note");
        c.noticeDays = rows->number("notice_days");
        c.provisionId = rows->integer("provision_id");
        c.changeNote = rows->text("change_note");
        c.madeAt = rows->dateTime("made_at");
        c.madeBy = rows->text("made_by");
        c.provisionName = rows->text("provision_name");
        c.providerName = rows->text("provider_name");
        out << c;
    }
    for (ContractVersion& c : out) {
        auto outcomes =
            sql.query(QStringLiteral("SELECT id, wording, measure, review_months FROM "
                                     "contract_outcomes WHERE contract_id = :c ORDER BY position"),
                      {{QStringLiteral(":c"), c.id}}, QStringLiteral("reading the contract's outcomes"));
        if (!outcomes)
            return outcomes.error();
        while (outcomes->next())
            c.outcomes << ContractOutcome{outcomes->integer("id"), outcomes->text("wording"),
                                          outcomes->text("measure"), outcomes->number("review_months")};
    }
    return out;
}

Result<QList<ContractVersion>> ContractRepository::versions(qint64 placementId) const {
    return select(placementId, false);
}

Result<std::optional<ContractVersion>> ContractRepository::current(qint64 placementId) const {
    auto latest = select(placementId, true);
    if (!latest)
        return latest.error();
    if (latest->isEmpty())
        return std::optional<ContractVersion>();
    return std::optional<ContractVersion>(latest->first());
}

} // namespace pd::core
