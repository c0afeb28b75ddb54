// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/placementexport.h"

#include <QJsonObject>

namespace pd::core {

namespace {

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariantList rowOf(const PlacementRecord& p) {
    return {p.id,
            p.childRef,
            textOrNull(p.urn),
            textOrNull(p.provisionCode),
            p.start.toString(Qt::ISODate),
            p.end.isValid() ? QVariant(p.end.toString(Qt::ISODate)) : QVariant(),
            textOrNull(p.reasonEnd),
            textOrNull(p.reasonPlaceChange),
            textOrNull(p.endingReason),
            p.weeklyCost ? QVariant(*p.weeklyCost) : QVariant(),
            textOrNull(p.budgetLine),
            p.ipcVersion};
}

} // namespace

QStringList placementExportKeys() {
    return {QStringLiteral("placement_id"),  QStringLiteral("child_id"),
            QStringLiteral("provider_urn"),  QStringLiteral("provision_code"),
            QStringLiteral("start"),         QStringLiteral("end"),
            QStringLiteral("reason_end"),    QStringLiteral("reason_place_change"),
            QStringLiteral("ending_reason"), QStringLiteral("agreed_weekly_cost"),
            QStringLiteral("budget_line"),   QStringLiteral("ipc_version")};
}

TableSnapshot placementsTable(const QList<PlacementRecord>& placements) {
    TableSnapshot t;
    t.headers = placementExportKeys();
    for (const PlacementRecord& p : placements)
        t.rows << rowOf(p);
    return t;
}

QJsonArray placementsJson(const QList<PlacementRecord>& placements) {
    const QStringList keys = placementExportKeys();
    QJsonArray out;
    for (const PlacementRecord& p : placements) {
        const QVariantList row = rowOf(p);
        QJsonObject o;
        for (int i = 0; i < keys.size(); ++i)
            o.insert(keys[i], QJsonValue::fromVariant(row[i]));
        out.append(o);
    }
    return out;
}

} // namespace pd::core
