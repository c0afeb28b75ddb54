// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/placementhistorywriter.h"

#include "core/domain/placementcategory.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/transactionguard.h"

#include <QHash>

namespace pd::core {

namespace {

/// What the team added to an episode (costs, budget line, referral) that a return does not carry.
struct TeamFields {
    QVariant provisionId, referralId, weeklyCost, firstQuotedFee, budgetLineId, expectedOutcomes;
};

QString episodeKey(qint64 childId, const QString& start, const QString& place) {
    return QStringLiteral("%1|%2|%3").arg(childId).arg(start, place);
}

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<Ssda903ImportSummary> PlacementHistoryWriter::replaceHistories(const Ssda903Return& data) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    AuditLog audit(m_db);

    QHash<QString, qint64> childIds;
    QSqlQuery all = m_db.prepare(QStringLiteral("SELECT id, child_ref FROM children"));
    if (auto s = m_db.exec(all, QStringLiteral("reading children")); !s)
        return s.error();
    while (all.next())
        childIds.insert(all.value(1).toString(), all.value(0).toLongLong());

    QHash<QString, TeamFields> kept;
    QSqlQuery team = m_db.prepare(QStringLiteral(
        "SELECT child_id, start_date, place, provision_id, referral_id, weekly_cost, first_quoted_fee, "
        "budget_line_id, "
        "expected_outcomes FROM placements WHERE provision_id IS NOT NULL OR referral_id IS NOT NULL "
        "OR weekly_cost IS NOT NULL OR budget_line_id IS NOT NULL OR first_quoted_fee IS NOT NULL"));
    if (auto s = m_db.exec(team, QStringLiteral("reading placement costs")); !s)
        return s.error();
    while (team.next())
        kept.insert(
            episodeKey(team.value(0).toLongLong(), team.value(1).toString(), team.value(2).toString()),
            {team.value(3), team.value(4), team.value(5), team.value(6), team.value(7), team.value(8)});

    Ssda903ImportSummary summary;
    QSqlQuery insertChild = m_db.prepare(QStringLiteral(
        "INSERT INTO children (child_ref, sex, dob, ethnicity) VALUES (:ref, :sex, :dob, :eth)"));
    QSqlQuery updateChild =
        m_db.prepare(QStringLiteral("UPDATE children SET sex = :sex, dob = :dob, ethnicity = :eth, "
                                    "row_version = row_version + 1 WHERE id = :id"));
    QSqlQuery count = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM placements WHERE child_id = :id"));
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM placements WHERE child_id = :id"));
    QHash<QString, qint64> written;
    QHash<qint64, int> oldCounts;
    for (const Ssda903Child& c : data.children) {
        const auto found = childIds.constFind(c.childRef);
        QSqlQuery& q = found == childIds.cend() ? insertChild : updateChild;
        if (found == childIds.cend())
            q.bindValue(QStringLiteral(":ref"), c.childRef);
        else
            q.bindValue(QStringLiteral(":id"), *found);
        q.bindValue(QStringLiteral(":sex"), c.sex);
        q.bindValue(QStringLiteral(":dob"), c.dob.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":eth"), c.ethnicity);
        if (auto s = m_db.exec(q, QStringLiteral("saving child %1").arg(c.childRef)); !s)
            return s.error();
        const qint64 id = found == childIds.cend() ? q.lastInsertId().toLongLong() : *found;
        written.insert(c.childRef, id);
        if (found != childIds.cend()) {
            count.bindValue(QStringLiteral(":id"), id);
            if (auto s = m_db.exec(count, QStringLiteral("counting episodes")); !s)
                return s.error();
            oldCounts.insert(id, count.next() ? count.value(0).toInt() : 0);
            count.finish();
            remove.bindValue(QStringLiteral(":id"), id);
            if (auto s = m_db.exec(remove, QStringLiteral("replacing child %1's history").arg(c.childRef));
                !s)
                return s.error();
            ++summary.replacedChildren;
        }
    }

    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO placements (child_id, start_date, end_date, rne, legal_status, cin, place, "
        "place_provider, "
        "reason_end, reason_place_change, home_postcode, placement_postcode, urn, category, provision_id, "
        "referral_id, weekly_cost, first_quoted_fee, budget_line_id, expected_outcomes) VALUES (:child, "
        ":start, "
        ":end, :rne, :ls, :cin, :place, :provider, :rec, :rpc, :home, :pl, :urn, :category, :provision, "
        ":referral, :cost, :quoted, :line, :outcomes)"));
    QHash<qint64, int> newCounts;
    for (const Ssda903Episode& e : data.episodes) {
        const qint64 childId = written.value(e.childRef);
        const QString start = e.start.toString(Qt::ISODate);
        const TeamFields t = kept.value(episodeKey(childId, start, e.place));
        insert.bindValue(QStringLiteral(":child"), childId);
        insert.bindValue(QStringLiteral(":start"), start);
        insert.bindValue(QStringLiteral(":end"),
                         e.end.isNull() ? QVariant() : QVariant(e.end.toString(Qt::ISODate)));
        insert.bindValue(QStringLiteral(":rne"), e.rne);
        insert.bindValue(QStringLiteral(":ls"), e.legalStatus);
        insert.bindValue(QStringLiteral(":cin"), textOrNull(e.cin));
        insert.bindValue(QStringLiteral(":place"), e.place);
        insert.bindValue(QStringLiteral(":provider"), textOrNull(e.placeProvider));
        insert.bindValue(QStringLiteral(":rec"), textOrNull(e.reasonEnd));
        insert.bindValue(QStringLiteral(":rpc"), textOrNull(e.reasonPlaceChange));
        insert.bindValue(QStringLiteral(":home"), textOrNull(e.homePostcode));
        insert.bindValue(QStringLiteral(":pl"), textOrNull(e.placementPostcode));
        insert.bindValue(QStringLiteral(":urn"), textOrNull(e.urn));
        insert.bindValue(QStringLiteral(":category"), categoryKey(categoryOf(e.place, e.placeProvider)));
        insert.bindValue(QStringLiteral(":provision"), t.provisionId);
        insert.bindValue(QStringLiteral(":referral"), t.referralId);
        insert.bindValue(QStringLiteral(":cost"), t.weeklyCost);
        insert.bindValue(QStringLiteral(":quoted"), t.firstQuotedFee);
        insert.bindValue(QStringLiteral(":line"), t.budgetLineId);
        insert.bindValue(QStringLiteral(":outcomes"), t.expectedOutcomes);
        if (auto s = m_db.exec(insert, QStringLiteral("adding an episode of child %1").arg(e.childRef)); !s)
            return s.error();
        ++newCounts[childId];
        ++summary.episodes;
    }

    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const QVariant before = oldCounts.contains(*it) ? QVariant(oldCounts.value(*it)) : QVariant();
        if (auto s = audit.record(QStringLiteral("placements"), *it, QStringLiteral("import"),
                                  QStringLiteral("ssda903 episodes of %1").arg(it.key()), before,
                                  newCounts.value(*it));
            !s)
            return s.error();
    }
    summary.children = int(data.children.size());
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace pd::core
