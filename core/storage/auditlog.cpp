// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/auditlog.h"

#include "core/storage/database.h"

namespace pd::core {

namespace {
QVariant textOf(const QVariant& v) {
    return v.isNull() ? QVariant() : QVariant(v.toString());
}
} // namespace

Status AuditLog::record(const QString& table, qint64 rowId, const QString& action, const QString& field,
                        const QVariant& oldValue, const QVariant& newValue) {
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, who, table_name, row_id, action, field, old_value, new_value) "
        "VALUES (:at, :who, :table, :row, :action, :field, :old, :new)"));
    q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":who"), m_db.userName());
    q.bindValue(QStringLiteral(":table"), table);
    q.bindValue(QStringLiteral(":row"), rowId);
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":field"), field);
    q.bindValue(QStringLiteral(":old"), textOf(oldValue));
    q.bindValue(QStringLiteral(":new"), textOf(newValue));
    return m_db.exec(q, QStringLiteral("writing the audit log"));
}

Result<QList<AuditEntry>> AuditLog::entries(const QString& table, qint64 rowId, int limit) const {
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, at, who, table_name, row_id, action, field, old_value, new_value FROM audit_log "
        "WHERE (:table = '' OR table_name = :table) AND (:row = 0 OR row_id = :row) "
        "ORDER BY id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":table"), table);
    q.bindValue(QStringLiteral(":row"), rowId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto s = m_db.exec(q, QStringLiteral("reading the audit log")); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.table = q.value(3).toString();
        e.rowId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.field = q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        out.append(e);
    }
    return out;
}

} // namespace pd::core
