// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postcodedirectory.h"

#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

Result<std::optional<Coordinates>> PostcodeDirectory::find(const QString& postcode) const {
    const QString key = normalisePostcode(postcode);
    if (key.isEmpty())
        return std::optional<Coordinates>();
    auto row = Sql(m_db).query(QStringLiteral("SELECT lat, lon FROM postcodes WHERE postcode = :p"),
                               {{QStringLiteral(":p"), key}}, QStringLiteral("looking up a postcode"));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Coordinates>();
    return std::optional<Coordinates>(Coordinates{row->real("lat"), row->real("lon")});
}

Result<QHash<QString, Coordinates>> PostcodeDirectory::findAll(const QStringList& postcodes) const {
    QHash<QString, Coordinates> out;
    auto q = Sql(m_db).prepare(QStringLiteral("SELECT lat, lon FROM postcodes WHERE postcode = :p"),
                               QStringLiteral("looking up postcodes"));
    if (!q)
        return q.error();
    for (const QString& p : postcodes) {
        const QString key = normalisePostcode(p);
        if (key.isEmpty() || out.contains(key))
            continue;
        if (auto s = q->run({{QStringLiteral(":p"), key}}, QStringLiteral("looking up postcodes")); !s)
            return s.error();
        if (q->next())
            out.insert(key, Coordinates{q->real("lat"), q->real("lon")});
        q->finish();
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
