// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/overviewqueries.h"

#include "core/storage/database.h"

#include <QSqlRecord>

namespace pd::core {

Result<TableSnapshot> snapshotOf(Database& db, const QString& sql, const QStringList& headers) {
    QSqlQuery q = db.prepare(sql);
    if (auto s = db.exec(q, QStringLiteral("reading a list")); !s)
        return s.error();
    TableSnapshot t;
    t.headers = headers;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        t.rows << row;
    }
    return t;
}

Result<TableSnapshot> placementOverview(Database& db) {
    return snapshotOf(
        db,
        QStringLiteral("SELECT c.child_ref, p.start_date, p.end_date, p.place, p.place_provider, p.category, "
                       "p.legal_status, "
                       "p.weekly_cost FROM placements p JOIN children c ON c.id = p.child_id "
                       "WHERE p.end_date IS NULL OR p.end_date >= date('now') ORDER BY p.start_date DESC"),
        {QStringLiteral("Child"), QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Placement"),
         QStringLiteral("Provider type"), QStringLiteral("Category"), QStringLiteral("Legal status"),
         QStringLiteral("Weekly cost (\u00a3)")});
}

} // namespace pd::core
