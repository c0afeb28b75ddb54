// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordwriter.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

#include <QRegularExpression>

namespace pd::core {

namespace {

bool isIdentifier(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

Status checkNames(const QString& table, const QVariantMap& values) {
    if (!isIdentifier(table))
        return Error::invalid(QStringLiteral("Internal error: bad table name '%1'.").arg(table));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!isIdentifier(it.key()) || it.key() == QLatin1String("id") ||
            it.key() == QLatin1String("row_version"))
            return Error::invalid(QStringLiteral("Internal error: bad column name '%1'.").arg(it.key()));
    return {};
}

bool sameValue(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

Result<qint64> RecordWriter::insert(const QString& table, const QVariantMap& values) {
    if (auto s = checkNames(table, values); !s)
        return s.error();
    QStringList cols = values.keys();
    QStringList marks;
    for (const QString& c : cols)
        marks << u':' + c;
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QVariantMap binds;
    for (const QString& c : cols)
        binds.insert(u':' + c, values.value(c));
    auto inserted = Sql(m_db).execute(
        cols.isEmpty()
            ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)
            : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(u','), marks.join(u',')),
        binds, QStringLiteral("adding a %1 record").arg(table));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    AuditLog audit(m_db);
    for (const QString& c : cols)
        if (!values.value(c).isNull())
            if (auto s = audit.record(table, id, QStringLiteral("insert"), c, QVariant(), values.value(c));
                !s)
                return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> RecordWriter::currentVersion(const QString& table, qint64 id) const {
    if (!isIdentifier(table))
        return Error::invalid(QStringLiteral("Internal error: bad table name '%1'.").arg(table));
    auto version =
        Sql(m_db).scalar(QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(table),
                         {{QStringLiteral(":id"), id}}, QStringLiteral("reading a %1 record").arg(table));
    if (!version)
        return version.error();
    if (!version->isValid())
        return Error::notFound(
            QStringLiteral("The %1 record %2 no longer exists: a colleague may have deleted it.")
                .arg(table)
                .arg(id));
    return version->toLongLong();
}

Error RecordWriter::conflictError(const QString& table, qint64 id) const {
    auto version = currentVersion(table, id);
    if (!version)
        return version.error();
    QString who = QStringLiteral("another user");
    QString when;
    if (auto log = AuditLog(m_db).entries(table, id, 1); log && !log->isEmpty()) {
        who = log->first().who;
        when = QStringLiteral(" at %1").arg(
            log->first().at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    return Error::conflict(
        QStringLiteral("%1 changed this record%2 after you opened it. Your changes were not "
                       "saved and are still in the form: compare them with the current "
                       "version, then save again.")
            .arg(who, when));
}

Status RecordWriter::update(const QString& table, qint64 id, qint64 expectedVersion,
                            const QVariantMap& values) {
    if (auto s = checkNames(table, values); !s)
        return s;
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();

    const QStringList cols = values.keys();
    const Sql sql(m_db);
    // Column names come from code (checkNames), values are bound.
    auto read = sql.query(QStringLiteral("SELECT row_version%1%2 FROM %3 WHERE id = :id")
                              .arg(cols.isEmpty() ? QString() : QStringLiteral(","), cols.join(u','), table),
                          {{QStringLiteral(":id"), id}}, QStringLiteral("reading a %1 record").arg(table));
    if (!read)
        return read.error();
    if (!read->next())
        return Error::notFound(
            QStringLiteral("The %1 record %2 no longer exists: a colleague may have deleted it.")
                .arg(table)
                .arg(id));
    if (read->integer("row_version") != expectedVersion)
        return conflictError(table, id);

    QStringList sets;
    QVariantMap changed{{QStringLiteral(":id"), id}, {QStringLiteral(":version"), expectedVersion}};
    QVariantMap old;
    for (int i = 0; i < cols.size(); ++i) {
        const QVariant before = read->valueAt(i + 1); // the columns are row_version, then cols
        old.insert(cols[i], before);
        if (!sameValue(before, values.value(cols[i]))) {
            sets << QStringLiteral("%1 = :%1").arg(cols[i]);
            changed.insert(u':' + cols[i], values.value(cols[i]));
        }
    }
    read->finish();
    if (sets.isEmpty())
        return tx.commit();

    sets << QStringLiteral("row_version = row_version + 1");
    auto update = sql.query(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND row_version = :version")
                                .arg(table, sets.join(u',')),
                            changed, QStringLiteral("saving a %1 record").arg(table));
    if (!update)
        return update.error();
    if (update->rowsAffected() != 1)
        return conflictError(table, id);

    AuditLog audit(m_db);
    for (const QString& c : cols)
        if (!sameValue(old.value(c), values.value(c)))
            if (auto s = audit.record(table, id, QStringLiteral("update"), c, old.value(c), values.value(c));
                !s)
                return s;
    return tx.commit();
}

Status RecordWriter::remove(const QString& table, qint64 id, qint64 expectedVersion) {
    if (!isIdentifier(table))
        return Error::invalid(QStringLiteral("Internal error: bad table name '%1'.").arg(table));
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    auto removed =
        Sql(m_db).query(QStringLiteral("DELETE FROM %1 WHERE id = :id AND row_version = :version").arg(table),
                        {{QStringLiteral(":id"), id}, {QStringLiteral(":version"), expectedVersion}},
                        QStringLiteral("deleting a %1 record").arg(table));
    if (!removed)
        return removed.error();
    if (removed->rowsAffected() != 1)
        return conflictError(table, id);
    if (auto s = AuditLog(m_db).record(table, id, QStringLiteral("delete"), {}, {}, {}); !s)
        return s;
    return tx.commit();
}

} // namespace pd::core
