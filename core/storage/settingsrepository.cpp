// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/settingsrepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

#include <algorithm>

namespace pd::core {

Result<QHash<QString, QString>> SettingsRepository::all() const {
    auto rows = Sql(m_db).query(QStringLiteral("SELECT key, value FROM settings"), {},
                                QStringLiteral("reading the team's settings"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> out;
    while (rows->next())
        out.insert(rows->text("key"), rows->text("value"));
    return out;
}

Status SettingsRepository::setValues(const QHash<QString, QString>& values) {
    auto current = all();
    if (!current)
        return current.error();
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString& key : keys) {
        const QString value = values.value(key);
        const bool exists = current->contains(key);
        if (exists && current->value(key) == value)
            continue;
        if (auto s = Sql(m_db).run(
                exists ? QStringLiteral(
                             "UPDATE settings SET value = :v, row_version = row_version + 1 WHERE key = :k")
                       : QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                {{QStringLiteral(":k"), key}, {QStringLiteral(":v"), value}},
                QStringLiteral("saving a setting"));
            !s)
            return s;
        if (auto s = AuditLog(m_db).record(QStringLiteral("settings"), 0,
                                           exists ? QStringLiteral("update") : QStringLiteral("insert"), key,
                                           exists ? QVariant(current->value(key)) : QVariant(), value);
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace pd::core
