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
    AuditFilter filter;
    filter.table = table;
    filter.rowId = rowId;
    filter.limit = limit;
    return search(filter);
}

Result<QList<AuditEntry>> AuditLog::search(const AuditFilter& filter) const {
    // `at` is ISO 8601 UTC text, so a day's bounds compare as text.
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString();
    const QString before = filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString();
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT id, at, who, table_name, row_id, action, field, old_value, new_value "
            "FROM audit_log WHERE (IFNULL(:table, '') = '' OR table_name = :table) "
            "AND (:row = 0 OR row_id = :row) AND (IFNULL(:who, '') = '' OR who = :who) "
            "AND (IFNULL(:from, '') = '' OR at >= :from) AND (IFNULL(:before, '') = '' OR at < :before) "
            "ORDER BY id DESC LIMIT :limit"),
        {{QStringLiteral(":table"), filter.table},
         {QStringLiteral(":row"), filter.rowId},
         {QStringLiteral(":who"), filter.who.trimmed()},
         {QStringLiteral(":from"), from},
         {QStringLiteral(":before"), before},
         {QStringLiteral(":limit"), filter.limit}},
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

Result<QStringList> AuditLog::tables() const {
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"), {},
                        QStringLiteral("reading the audit log"));
    if (!rows)
        return rows.error();
    QStringList out;
    while (rows->next())
        out << rows->text("table_name");
    return out;
}

} // namespace pd::core
