// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/childrepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

#include <QSet>

namespace pd::core {

namespace {

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<std::optional<LookedAfterChild>> ChildRepository::find(qint64 id) const {
    auto row = Sql(m_db).query(
        QStringLiteral("SELECT id, child_ref, first_name, last_name, sex, dob FROM children WHERE id = :id"),
        {{QStringLiteral(":id"), id}}, QStringLiteral("finding a child"));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<LookedAfterChild>();
    return std::optional<LookedAfterChild>(LookedAfterChild{row->integer("id"), row->text("child_ref"),
                                                            row->text("first_name"), row->text("last_name"),
                                                            row->text("sex"), row->date("dob")});
}

Result<qint64> ChildRepository::idOf(const QString& childRef) const {
    auto id =
        Sql(m_db).scalar(QStringLiteral("SELECT id FROM children WHERE child_ref = :ref"),
                         {{QStringLiteral(":ref"), childRef.trimmed()}}, QStringLiteral("finding a child"));
    if (!id)
        return id.error();
    return id->isNull() ? qint64(0) : id->toLongLong();
}

Result<QString> ChildRepository::homePostcode(qint64 id) const {
    auto postcode = Sql(m_db).scalar(QStringLiteral("SELECT home_postcode FROM children WHERE id = :id"),
                                     {{QStringLiteral(":id"), id}}, QStringLiteral("reading a child's home"));
    if (!postcode)
        return postcode.error();
    return postcode->toString();
}

Result<QHash<qint64, QString>> ChildRepository::names(const QList<qint64>& ids) const {
    // A few hundred: asked for by id; more (every child looked after at scale 100): one scan.
    constexpr int kAskedFor = 500;
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QString sql = QStringLiteral("SELECT id, first_name, last_name FROM children");
    QVariantMap binds;
    if (wanted.size() <= kAskedFor) {
        if (wanted.isEmpty())
            return QHash<qint64, QString>();
        QStringList marks;
        for (qint64 id : wanted) {
            marks << QStringLiteral(":c%1").arg(marks.size());
            binds.insert(marks.last(), id);
        }
        sql += QStringLiteral(" WHERE id IN (%1)").arg(marks.join(u','));
    }
    auto rows = Sql(m_db).query(sql, binds, QStringLiteral("reading children's names"));
    if (!rows)
        return rows.error();
    QHash<qint64, QString> out;
    while (rows->next()) {
        const qint64 id = rows->integer("id");
        const QString name =
            QStringList{rows->text("first_name"), rows->text("last_name")}.join(u' ').trimmed();
        if (wanted.contains(id) && !name.isEmpty())
            out.insert(id, name);
    }
    return out;
}

Result<qint64> ChildRepository::add(const ReferralChild& child, const QString& homePostcode,
                                    const QString& from) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto last =
        Sql(m_db).scalar(QStringLiteral("SELECT MAX(CAST(substr(child_ref, 5) AS INTEGER)) FROM children "
                                        "WHERE child_ref LIKE 'IMP-%'"),
                         {}, QStringLiteral("numbering a new child"));
    if (!last)
        return last.error();
    const QString ref = QStringLiteral("IMP-%1").arg(last->toLongLong() + 1, 6, 10, QLatin1Char('0'));
    auto id = RecordWriter(m_db).insert(
        QStringLiteral("children"),
        {{QStringLiteral("child_ref"), ref},
         {QStringLiteral("first_name"), textOrNull(child.firstName)},
         {QStringLiteral("last_name"), textOrNull(child.lastName)},
         {QStringLiteral("sex"), child.sex == u"M" || child.sex == u"F" ? QVariant(child.sex) : QVariant()},
         {QStringLiteral("dob"),
          child.dateOfBirth.isValid() ? QVariant(child.dateOfBirth.toString(Qt::ISODate)) : QVariant()},
         {QStringLiteral("ethnicity"), textOrNull(child.ethnicity)},
         {QStringLiteral("religion"), textOrNull(child.religion)},
         {QStringLiteral("first_language"), textOrNull(child.firstLanguage)},
         {QStringLiteral("home_postcode"), textOrNull(homePostcode)}});
    if (!id)
        return id.error();
    if (auto s = AuditLog(m_db).record(QStringLiteral("children"), id.value(), QStringLiteral("import"),
                                       QStringLiteral("from"), QVariant(), from);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

} // namespace pd::core
