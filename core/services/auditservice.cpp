// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/auditservice.h"

#include "core/exchange/csvwriter.h"
#include "core/storage/auditlog.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<TableSnapshot> AuditService::entries(const AuditFilter& filter) const {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ViewAudit); !s)
        return s.error();
    auto found = AuditLog(m_db).search(filter);
    if (!found)
        return found.error();
    TableSnapshot table;
    table.headers =
        QStringList{QStringLiteral("When (UTC)"), QStringLiteral("Who"),      QStringLiteral("Record"),
                    QStringLiteral("Id"),         QStringLiteral("Action"),   QStringLiteral("Field"),
                    QStringLiteral("Old value"),  QStringLiteral("New value")};
    for (const AuditEntry& e : found.value())
        table.rows.append(QVariantList{e.at.toUTC().toString(Qt::ISODate), e.who, e.table, e.rowId, e.action,
                                       e.field, e.oldValue, e.newValue});
    return table;
}

Result<QStringList> AuditService::tables() const {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ViewAudit); !s)
        return s.error();
    return AuditLog(m_db).tables();
}

Result<int> AuditService::exportCsv(const AuditFilter& filter, const QString& path) const {
    auto table = entries(filter);
    if (!table)
        return table.error();
    if (auto s = saveTableCsv(table.value(), path); !s)
        return s.error();
    return int(table->rows.size());
}

} // namespace pd::core
