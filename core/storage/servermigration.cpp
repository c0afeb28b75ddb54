// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/servermigration.h"

#include "core/domain/serveraddress.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

#include <QFileInfo>

namespace pd::core {

namespace {

constexpr int kRowsPerInsert = 200;

Result<QStringList> columnsOf(const Sql& source, const QString& table) {
    auto info =
        source.query(QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid"),
                     {{QStringLiteral(":t"), table}}, QStringLiteral("reading the columns of %1").arg(table));
    if (!info)
        return info.error();
    QStringList out;
    while (info->next())
        out << info->text("name");
    return out;
}

QString insertFor(const QString& table, const QStringList& columns, int rows) {
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString one = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values(rows, one);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns.join(u','), values.join(u','));
}

/// Copies one table's rows, kRowsPerInsert to a statement; returns how many.
Result<qint64> copyTable(const Sql& source, const Sql& target, const QString& table,
                         const QStringList& columns) {
    const QString doing = QStringLiteral("copying %1 to the server").arg(table);
    auto rows = source.query(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table), {}, doing);
    if (!rows)
        return rows.error();
    auto full = target.prepare(insertFor(table, columns, kRowsPerInsert), doing);
    if (!full)
        return full.error();
    qint64 copied = 0;
    QVariantList batch;
    int inBatch = 0;
    while (rows->next()) {
        for (int i = 0; i < columns.size(); ++i)
            batch << rows->valueAt(i);
        if (++inBatch == kRowsPerInsert) {
            if (auto s = full->runPositional(batch, doing); !s)
                return s.error();
            copied += inBatch;
            batch.clear();
            inBatch = 0;
        }
    }
    if (inBatch > 0) {
        auto rest = target.prepare(insertFor(table, columns, inBatch), doing);
        if (!rest)
            return rest.error();
        if (auto s = rest->runPositional(batch, doing); !s)
            return s.error();
        copied += inBatch;
    }
    return copied;
}

Result<QStringList> tablesOf(const Sql& sql, bool server) {
    auto rows =
        sql.query(server ? QStringLiteral("SELECT table_name AS name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() AND table_type = "
                                          "'BASE TABLE' AND table_name <> 'pd_schema' ORDER BY 1")
                         : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                          "NOT LIKE 'sqlite_%' ORDER BY 1"),
                  {}, QStringLiteral("listing the tables"));
    if (!rows)
        return rows.error();
    QStringList out;
    while (rows->next())
        out << rows->text("name");
    return out;
}

Status refuseUnlessEmpty(const Sql& target, const QStringList& tables, const QString& shown) {
    for (const QString& table : tables) {
        auto n = target.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {},
                               QStringLiteral("checking that %1 is empty").arg(shown));
        if (!n)
            return n.error();
        if (n->toLongLong() > 0)
            return Error::refused(QStringLiteral("%1 already holds %2 rows in %3; migrate writes only into a "
                                                 "database without Placement Desk rows. Nothing was written: "
                                                 "give it a new database.")
                                      .arg(shown)
                                      .arg(n->toLongLong())
                                      .arg(table));
    }
    return {};
}

/// The copy itself, inside the caller's transaction on target.
Status copyAll(Database& source, Database& target, const QStringList& tables, ServerMigrationReport& report) {
    const Sql from(source);
    const Sql to(target);
    // Links are checked at the commit, so tables may come in any order; the triggers that keep
    // running tallies (the providers' history) stand aside: the copy brings the tallies.
    for (const QString& setting :
         {QStringLiteral("SET CONSTRAINTS ALL DEFERRED"), QStringLiteral("SET LOCAL pd.copying = 'on'")})
        if (auto s = to.run(setting, {}, QStringLiteral("starting the copy")); !s)
            return s;
    for (const QString& table : tables) {
        auto columns = columnsOf(from, table);
        if (!columns)
            return columns.error();
        const QString doing = QStringLiteral("copying %1 to the server").arg(table);
        auto copied = copyTable(from, to, table, columns.value());
        if (!copied)
            return copied.error();
        auto there = to.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, doing);
        if (!there)
            return there.error();
        if (there->toLongLong() != copied.value())
            return Error::storage(
                QStringLiteral("The server holds %1 rows of %2 after copying %3. Nothing was "
                               "written.")
                    .arg(there->toLongLong())
                    .arg(table)
                    .arg(copied.value()));
        if (columns->contains(QStringLiteral("id"))) {
            if (auto s = to.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                    .arg(table),
                                {}, doing);
                !s)
                return s;
        }
        report.tables << ServerMigrationReport::Table{table, copied.value()};
        report.rows += copied.value();
    }
    return AuditLog(target).record(QStringLiteral("database"), 0, QStringLiteral("migrate"),
                                   QStringLiteral("from"), QVariant(), report.from);
}

} // namespace

Result<ServerMigrationReport> migrateToServer(const QString& file, const QString& serverUrl) {
    if (ServerAddress::isServer(file))
        return Error::invalid(QStringLiteral("--from must be a Placement Desk file; %1 is a server address.")
                                  .arg(ServerAddress::shown(file)));
    if (!ServerAddress::isServer(serverUrl))
        return Error::invalid(QStringLiteral("--to must be a server database, written postgresql://host/name "
                                             "(%1 is not one)")
                                  .arg(serverUrl));
    if (!QFileInfo::exists(file))
        return Error::notFound(QStringLiteral("There is no file %1: check the name after --from.")
                                   .arg(ServerAddress::shown(file)));
    ServerMigrationReport report;
    report.from = ServerAddress::shown(file);
    auto checked = checkDatabaseFile(file);
    if (!checked)
        return Error{checked.error().kind, checked.error().message + QStringLiteral(" Nothing was written.")};
    if (!checked->ok)
        return Error::refused(
            QStringLiteral("%1 fails its check (%2). Nothing was written: restore the file from "
                           "a backup, or repair it, before moving it to the server.")
                .arg(report.from, checked->problems.mid(0, 3).join(QStringLiteral("; "))));
    if (checked->schemaVersion != checked->latestVersion)
        return Error::refused(QStringLiteral("%1 is at schema version %2 and this program at %3. Nothing was "
                                             "written: open the file once with this version (it brings the "
                                             "file up to date), then migrate it.")
                                  .arg(report.from)
                                  .arg(checked->schemaVersion)
                                  .arg(checked->latestVersion));
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    auto source = Database::open(file, readOnly);
    if (!source)
        return source.error();
    Database::Options create;
    create.create = true;
    auto target = Database::open(serverUrl, create);
    if (!target)
        return target.error();
    report.to = target.value()->displayName();
    report.schemaVersion = target.value()->schemaVersion();
    auto sourceTables = tablesOf(Sql(*source.value()), false);
    if (!sourceTables)
        return sourceTables.error();
    auto targetTables = tablesOf(Sql(*target.value()), true);
    if (!targetTables)
        return targetTables.error();
    for (const QString& table : sourceTables.value())
        if (!targetTables->contains(table))
            return Error::refused(
                QStringLiteral("%1 holds a table %2 that Placement Desk's server schema does not "
                               "have. Nothing was written.")
                    .arg(report.from, table));
    if (auto s = refuseUnlessEmpty(Sql(*target.value()), targetTables.value(), report.to); !s)
        return s.error();
    TransactionGuard tx(*target.value());
    if (!tx.started())
        return tx.started().error();
    if (auto s = copyAll(*source.value(), *target.value(), sourceTables.value(), report); !s)
        return Error{s.error().kind,
                     s.error().message + QStringLiteral(" Nothing was written to %1.").arg(report.to)};
    if (auto s = tx.commit(); !s)
        return Error{s.error().kind,
                     s.error().message +
                         QStringLiteral(" Nothing was written to %1: the file breaks a rule the "
                                        "server checks at the end (a link to a missing row?).")
                             .arg(report.to)};
    return report;
}

} // namespace pd::core
