// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodedirectory.h"

#include "core/storage/database.h"

namespace pd::core {

Result<std::optional<Coordinates>> PostcodeDirectory::find(const QString& postcode) const {
    const QString key = normalisePostcode(postcode);
    if (key.isEmpty())
        return std::optional<Coordinates>();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT lat, lon FROM postcodes WHERE postcode = :p"));
    q.bindValue(QStringLiteral(":p"), key);
    if (auto s = m_db.exec(q, QStringLiteral("looking up a postcode")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Coordinates>();
    return std::optional<Coordinates>(Coordinates{q.value(0).toDouble(), q.value(1).toDouble()});
}

Result<QHash<QString, Coordinates>> PostcodeDirectory::findAll(const QStringList& postcodes) const {
    QHash<QString, Coordinates> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT lat, lon FROM postcodes WHERE postcode = :p"));
    for (const QString& p : postcodes) {
        const QString key = normalisePostcode(p);
        if (key.isEmpty() || out.contains(key))
            continue;
        q.bindValue(QStringLiteral(":p"), key);
        if (auto s = m_db.exec(q, QStringLiteral("looking up postcodes")); !s)
            return s.error();
        if (q.next())
            out.insert(key, Coordinates{q.value(0).toDouble(), q.value(1).toDouble()});
        q.finish();
    }
    return out;
}

Result<std::optional<double>> PostcodeDirectory::milesBetween(const QString& from, const QString& to) const {
    auto a = find(from);
    if (!a)
        return a.error();
    auto b = find(to);
    if (!b)
        return b.error();
    if (!a.value() || !b.value())
        return std::optional<double>();
    return std::optional<double>(core::milesBetween(*a.value(), *b.value()));
}

} // namespace pd::core
