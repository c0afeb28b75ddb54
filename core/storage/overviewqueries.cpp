// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/overviewqueries.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

namespace {

/// Runs a read-only SELECT (from code, never from users) into a snapshot.
Result<TableSnapshot> snapshotOf(Database& db, const QString& sql, const QStringList& headers) {
    auto rows = Sql(db).query(sql, {}, QStringLiteral("reading a list"));
    if (!rows)
        return rows.error();
    TableSnapshot t;
    t.headers = headers;
    const int columns = rows->columnCount();
    while (rows->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << rows->valueAt(i);
        t.rows << row;
    }
    return t;
}

} // namespace

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
