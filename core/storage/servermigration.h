// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace pd::core {

/// What `placement-desk migrate` moved: each table's rows, in the order they were copied.
struct ServerMigrationReport {
    struct Table {
        QString name;
        qint64 rows = 0;
    };
    QString from; ///< the file, as shown to a person
    QString to;   ///< the server database, without its password
    int schemaVersion = 0;
    QList<Table> tables;
    qint64 rows = 0;
};

/// Moves an authority's SQLite file onto an empty PostgreSQL database, all or nothing: the file
/// must pass its check and be at this program's schema version; the server database must hold no
/// Placement Desk rows. Every table is copied in one transaction (foreign keys checked at its
/// commit; the tally triggers stand aside, so the providers' history is copied, not counted again), the ids
/// carry on from the highest copied, each table's count is compared, and the move is audited.
/// The file is only read.
Result<ServerMigrationReport> migrateToServer(const QString& file, const QString& serverUrl);

} // namespace pd::core
