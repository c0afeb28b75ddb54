// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

namespace {
QVariant textOf(const QVariant& v) {
    return v.isNull() ? QVariant() : QVariant(v.toString());
}
} // namespace

Status AuditLog::record(const QString& table, qint64 rowId, const QString& action, const QString& field,
                        const QVariant& oldValue, const QVariant& newValue) {
    return Sql(m_db).run(
        QStringLiteral(
            "INSERT INTO audit_log (at, who, table_name, row_id, action, field, old_value, new_value) "
            "VALUES (:at, :who, :table, :row, :action, :field, :old, :new)"),
        {{QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral(":who"), m_db.userName()},
         {QStringLiteral(":table"), table},
         {QStringLiteral(":row"), rowId},
         {QStringLiteral(":action"), action},
         {QStringLiteral(":field"), field},
         {QStringLiteral(":old"), textOf(oldValue)},
         {QStringLiteral(":new"), textOf(newValue)}},
        QStringLiteral("writing the audit log"));
}

Result<QList<AuditEntry>> AuditLog::entries(const QString& table, qint64 rowId, int limit) const {
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT id, at, who, table_name, row_id, action, field, old_value, new_value "
            "FROM audit_log WHERE (:table = '' OR table_name = :table) AND (:row = 0 OR row_id = :row) "
            "ORDER BY id DESC LIMIT :limit"),
        {{QStringLiteral(":table"), table},
         {QStringLiteral(":row"), rowId},
         {QStringLiteral(":limit"), limit}},
        QStringLiteral("reading the audit log"));
    if (!rows)
        return rows.error();
    QList<AuditEntry> out;
    while (rows->next())
        out.append({rows->integer("id"), rows->dateTime("at"), rows->text("who"), rows->text("table_name"),
                    rows->integer("row_id"), rows->text("action"), rows->text("field"),
                    rows->text("old_value"), rows->text("new_value")});
    return out;
}

} // namespace pd::core
