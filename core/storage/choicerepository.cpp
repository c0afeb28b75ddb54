// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/choicerepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<qint64> ChoiceRepository::insert(const PlacementChoice& c) {
    return RecordWriter(m_db).insert(QStringLiteral("placement_choices"),
                                     {{QStringLiteral("referral_id"), c.referralId},
                                      {QStringLiteral("offer_id"), c.offerId},
                                      {QStringLiteral("chosen_at"), m_db.now().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("chosen_by"), m_db.userName()},
                                      {QStringLiteral("child_view"), c.childView},
                                      {QStringLiteral("family_view"), c.familyView}});
}

Result<std::optional<PlacementChoice>> ChoiceRepository::latest(qint64 referralId) const {
    auto row = Sql(m_db).query(
        QStringLiteral("SELECT id, offer_id, chosen_at, chosen_by, child_view, family_view FROM "
                       "placement_choices WHERE referral_id = :r ORDER BY id DESC LIMIT 1"),
        {{QStringLiteral(":r"), referralId}}, QStringLiteral("reading the social worker's choice"));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<PlacementChoice>();
    PlacementChoice c;
    c.id = row->integer("id");
    c.referralId = referralId;
    c.offerId = row->integer("offer_id");
    c.chosenAt = row->dateTime("chosen_at");
    c.chosenBy = row->text("chosen_by");
    c.childView = row->text("child_view");
    c.familyView = row->text("family_view");
    return std::optional<PlacementChoice>(c);
}

} // namespace pd::core
