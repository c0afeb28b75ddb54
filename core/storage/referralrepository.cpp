// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referralrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

#include <QJsonDocument>

namespace pd::core {

namespace {

QVariantMap recordColumns(const Referral& r) {
    return {
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("emergency"), r.emergency ? 1 : 0},
        {QStringLiteral("needed_by"), r.neededBy.isEmpty() ? QVariant() : QVariant(r.neededBy)},
        {QStringLiteral("needed_by_date"),
         r.neededByDate.isValid() ? QVariant(r.neededByDate.toString(Qt::ISODate)) : QVariant()},
        {QStringLiteral("officer"), r.officer.isEmpty() ? QVariant() : QVariant(r.officer)},
        {QStringLiteral("social_worker"), r.socialWorker.isEmpty() ? QVariant() : QVariant(r.socialWorker)},
        {QStringLiteral("record_json"),
         QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact))}};
}

} // namespace

Result<Referral> ReferralRepository::load(qint64 id) const {
    auto row = Sql(m_db).query(QStringLiteral("SELECT reference, state, held_from_state, emergency, officer, "
                                              "social_worker, received_at, follow_up_of, "
                                              "record_json, row_version FROM referrals WHERE id = :id"),
                               {{QStringLiteral(":id"), id}}, QStringLiteral("reading a referral"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(QStringLiteral("Referral %1 does not exist.").arg(id));
    QStringList problems;
    Referral r =
        Referral::fromJson(QJsonDocument::fromJson(row->text("record_json").toUtf8()).object(), &problems);
    r.id = id;
    r.reference = row->text("reference");
    if (const auto state = fromCode<ReferralState>(row->text("state")))
        r.state = *state;
    else
        return Error::storage(
            QStringLiteral("Referral %1 has an unknown state '%2'.").arg(r.reference, row->text("state")));
    if (!row->isNull("held_from_state"))
        r.heldFromState = fromCode<ReferralState>(row->text("held_from_state")).value_or(r.heldFromState);
    r.emergency = row->flag("emergency");
    r.officer = row->text("officer");
    r.socialWorker = row->text("social_worker");
    r.receivedAt = QDateTime::fromString(row->text("received_at"), Qt::ISODate);
    r.followUpOf = row->integer("follow_up_of");
    r.rowVersion = row->integer("row_version");
    return r;
}

Result<QList<ReferralListRow>> ReferralRepository::list() const {
    return listWhere(QString(), {});
}

Result<QList<ReferralListRow>> ReferralRepository::ofChild(qint64 childId) const {
    return listWhere(
        QStringLiteral("WHERE r.id IN (SELECT referral_id FROM referral_children WHERE child_id = :child) "),
        {{QStringLiteral(":child"), childId}});
}

Result<QList<ReferralListRow>> ReferralRepository::listWhere(const QString& where,
                                                             const QVariantMap& binds) const {
    // Names come out of record_json with the engine's JSON functions, so the list needs one query.
    const QString children =
        m_db.isServer()
            ? QStringLiteral("(SELECT string_agg(trim(coalesce(c.value ->> 'firstName', '') || ' ' || "
                             "coalesce(c.value ->> 'lastName', '')), ', ' ORDER BY c.n) "
                             "FROM json_array_elements(r.record_json::json -> 'PlacementDeskExtension' -> "
                             "'children') WITH ORDINALITY AS c(value, n)) AS children ")
            : QStringLiteral(
                  "(SELECT group_concat(trim(coalesce(json_extract(c.value, "
                  "'$.firstName'), '') || ' ' || "
                  "coalesce(json_extract(c.value, '$.lastName'), '')), ', ') "
                  "FROM json_each(r.record_json, '$.PlacementDeskExtension.children') c) AS children ");
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT r.id, r.reference, r.state, r.emergency, r.needed_by, "
                                       "r.needed_by_date, r.officer, r.social_worker, r.received_at, ") +
                            children + QStringLiteral("FROM referrals r ") + where +
                            QStringLiteral("ORDER BY r.received_at DESC, r.id DESC"),
                        binds, QStringLiteral("listing referrals"));
    if (!rows)
        return rows.error();
    QList<ReferralListRow> out;
    while (rows->next()) {
        ReferralListRow row;
        row.id = rows->integer("id");
        row.reference = rows->text("reference");
        row.state = fromCode<ReferralState>(rows->text("state")).value_or(row.state);
        row.emergency = rows->flag("emergency");
        row.neededBy = rows->text("needed_by");
        row.neededByDate = rows->date("needed_by_date");
        row.officer = rows->text("officer");
        row.socialWorker = rows->text("social_worker");
        row.receivedAt = QDateTime::fromString(rows->text("received_at"), Qt::ISODate);
        row.children = rows->text("children");
        out << row;
    }
    return out;
}

Result<qint64> ReferralRepository::idForReference(const QString& reference) const {
    auto id = Sql(m_db).scalar(QStringLiteral("SELECT id FROM referrals WHERE reference = :r"),
                               {{QStringLiteral(":r"), reference}}, QStringLiteral("finding a referral"));
    if (!id)
        return id.error();
    if (id->isNull())
        return Error::notFound(QStringLiteral("There is no referral %1.").arg(reference));
    return id->toLongLong();
}

Result<QString> ReferralRepository::nextReference(int year) const {
    const QString prefix = QStringLiteral("R-%1-").arg(year);
    auto last =
        Sql(m_db).scalar(QStringLiteral("SELECT MAX(CAST(substr(reference, 8) AS INTEGER)) FROM referrals "
                                        "WHERE reference LIKE :p"),
                         {{QStringLiteral(":p"), prefix + u'%'}}, QStringLiteral("numbering a referral"));
    if (!last)
        return last.error();
    return prefix + QStringLiteral("%1").arg(last->toInt() + 1, 4, 10, QLatin1Char('0'));
}

Result<qint64> ReferralRepository::insert(Referral referral) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (!referral.receivedAt.isValid())
        referral.receivedAt = QDateTime::currentDateTime();
    if (referral.reference.isEmpty()) {
        auto ref = nextReference(referral.receivedAt.date().year());
        if (!ref)
            return ref.error();
        referral.reference = ref.value();
    }
    QVariantMap values = recordColumns(referral);
    values.insert(QStringLiteral("state"), code(referral.state));
    values.insert(QStringLiteral("received_at"), referral.receivedAt.toString(Qt::ISODate));
    if (referral.followUpOf)
        values.insert(QStringLiteral("follow_up_of"), referral.followUpOf);
    auto id = RecordWriter(m_db).insert(QStringLiteral("referrals"), values);
    if (!id)
        return id.error();
    for (int i = 0; i < referral.children.size(); ++i) {
        if (!referral.children[i].childId)
            continue;
        auto link = RecordWriter(m_db).insert(QStringLiteral("referral_children"),
                                              {{QStringLiteral("referral_id"), id.value()},
                                               {QStringLiteral("child_id"), referral.children[i].childId},
                                               {QStringLiteral("position"), i}});
        if (!link)
            return link.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status ReferralRepository::linkChild(qint64 referralId, qint64 childId, int position) {
    auto link = RecordWriter(m_db).insert(QStringLiteral("referral_children"),
                                          {{QStringLiteral("referral_id"), referralId},
                                           {QStringLiteral("child_id"), childId},
                                           {QStringLiteral("position"), position}});
    if (!link)
        return link.error();
    return {};
}

Status ReferralRepository::save(const Referral& referral) {
    return RecordWriter(m_db).update(QStringLiteral("referrals"), referral.id, referral.rowVersion,
                                     recordColumns(referral));
}

} // namespace pd::core
