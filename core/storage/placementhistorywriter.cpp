// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/placementhistorywriter.h"

#include "core/domain/placementcategory.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
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

/// A child's details as the children table holds them, to audit what a return changes.
struct StoredChild {
    qint64 id = 0;
    QString sex, dob, ethnicity;
};

/// An audit row, old and new value, for each detail the return changes.
Status auditChanges(AuditLog& audit, const StoredChild& before, const Ssda903Child& after) {
    const QList<std::pair<QString, std::pair<QString, QString>>> fields{
        {QStringLiteral("sex"), {before.sex, after.sex}},
        {QStringLiteral("dob"), {before.dob, after.dob.toString(Qt::ISODate)}},
        {QStringLiteral("ethnicity"), {before.ethnicity, after.ethnicity}}};
    for (const auto& [field, values] : fields)
        if (values.first != values.second)
            if (auto s = audit.record(QStringLiteral("children"), before.id, QStringLiteral("import"), field,
                                      values.first, values.second);
                !s)
                return s;
    return {};
}

} // namespace

Result<Ssda903ImportSummary> PlacementHistoryWriter::replaceHistories(const Ssda903Return& data) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    AuditLog audit(m_db);

    const Sql sql(m_db);
    QHash<QString, StoredChild> childIds;
    auto all = sql.query(QStringLiteral("SELECT id, child_ref, sex, dob, ethnicity FROM children"), {},
                         QStringLiteral("reading children"));
    if (!all)
        return all.error();
    while (all->next())
        childIds.insert(all->text("child_ref"),
                        {all->integer("id"), all->text("sex"), all->text("dob"), all->text("ethnicity")});

    QHash<QString, TeamFields> kept;
    auto team = sql.query(
        QStringLiteral("SELECT child_id, start_date, place, provision_id, referral_id, weekly_cost, "
                       "first_quoted_fee, budget_line_id, expected_outcomes FROM placements "
                       "WHERE provision_id IS NOT NULL OR referral_id IS NOT NULL OR weekly_cost IS NOT NULL "
                       "OR budget_line_id IS NOT NULL OR first_quoted_fee IS NOT NULL"),
        {}, QStringLiteral("reading placement costs"));
    if (!team)
        return team.error();
    while (team->next())
        kept.insert(episodeKey(team->integer("child_id"), team->text("start_date"), team->text("place")),
                    {team->value("provision_id"), team->value("referral_id"), team->value("weekly_cost"),
                     team->value("first_quoted_fee"), team->value("budget_line_id"),
                     team->value("expected_outcomes")});

    Ssda903ImportSummary summary;
    QHash<QString, qint64> written;
    QHash<qint64, int> oldCounts;
    for (const Ssda903Child& c : data.children) {
        const auto found = childIds.constFind(c.childRef);
        const QVariantMap child{{QStringLiteral(":sex"), c.sex},
                                {QStringLiteral(":dob"), c.dob.toString(Qt::ISODate)},
                                {QStringLiteral(":eth"), c.ethnicity}};
        if (found == childIds.cend()) {
            QVariantMap binds = child;
            binds.insert(QStringLiteral(":ref"), c.childRef);
            auto id = sql.execute(
                QStringLiteral(
                    "INSERT INTO children (child_ref, sex, dob, ethnicity) VALUES (:ref, :sex, :dob, :eth)"),
                binds, QStringLiteral("saving child %1").arg(c.childRef));
            if (!id)
                return id.error();
            written.insert(c.childRef, id.value());
            if (auto s = audit.record(QStringLiteral("children"), id.value(), QStringLiteral("import"),
                                      QStringLiteral("child"), QVariant(),
                                      QStringLiteral("%1: sex %2, dob %3, ethnicity %4")
                                          .arg(c.childRef, c.sex, c.dob.toString(Qt::ISODate), c.ethnicity));
                !s)
                return s.error();
            continue;
        }
        const qint64 id = found->id;
        if (auto s = auditChanges(audit, *found, c); !s)
            return s.error();
        QVariantMap binds = child;
        binds.insert(QStringLiteral(":id"), id);
        if (auto s = sql.run(QStringLiteral("UPDATE children SET sex = :sex, dob = :dob, ethnicity = :eth, "
                                            "row_version = row_version + 1 WHERE id = :id"),
                             binds, QStringLiteral("saving child %1").arg(c.childRef));
            !s)
            return s.error();
        written.insert(c.childRef, id);
        auto episodes = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM placements WHERE child_id = :id"),
                                   {{QStringLiteral(":id"), id}}, QStringLiteral("counting episodes"));
        if (!episodes)
            return episodes.error();
        oldCounts.insert(id, episodes->toInt());
        if (auto s = sql.run(QStringLiteral("DELETE FROM placements WHERE child_id = :id"),
                             {{QStringLiteral(":id"), id}},
                             QStringLiteral("replacing child %1's history").arg(c.childRef));
            !s)
            return s.error();
        ++summary.replacedChildren;
    }

    auto insert = sql.prepare(
        QStringLiteral(
            "INSERT INTO placements (child_id, start_date, end_date, rne, legal_status, cin, place, "
            "place_provider, "
            "reason_end, reason_place_change, home_postcode, placement_postcode, urn, category, "
            "provision_id, "
            "referral_id, weekly_cost, first_quoted_fee, budget_line_id, expected_outcomes) VALUES (:child, "
            ":start, "
            ":end, :rne, :ls, :cin, :place, :provider, :rec, :rpc, :home, :pl, :urn, :category, :provision, "
            ":referral, :cost, :quoted, :line, :outcomes)"),
        QStringLiteral("adding episodes"));
    if (!insert)
        return insert.error();
    QHash<qint64, int> newCounts;
    for (const Ssda903Episode& e : data.episodes) {
        const qint64 childId = written.value(e.childRef);
        const QString start = e.start.toString(Qt::ISODate);
        const TeamFields t = kept.value(episodeKey(childId, start, e.place));
        const QVariantMap episode{
            {QStringLiteral(":child"), childId},
            {QStringLiteral(":start"), start},
            {QStringLiteral(":end"), e.end.isNull() ? QVariant() : QVariant(e.end.toString(Qt::ISODate))},
            {QStringLiteral(":rne"), e.rne},
            {QStringLiteral(":ls"), e.legalStatus},
            {QStringLiteral(":cin"), textOrNull(e.cin)},
            {QStringLiteral(":place"), e.place},
            {QStringLiteral(":provider"), textOrNull(e.placeProvider)},
            {QStringLiteral(":rec"), textOrNull(e.reasonEnd)},
            {QStringLiteral(":rpc"), textOrNull(e.reasonPlaceChange)},
            {QStringLiteral(":home"), textOrNull(e.homePostcode)},
            {QStringLiteral(":pl"), textOrNull(e.placementPostcode)},
            {QStringLiteral(":urn"), textOrNull(e.urn)},
            {QStringLiteral(":category"), categoryKey(categoryOf(e.place, e.placeProvider))},
            {QStringLiteral(":provision"), t.provisionId},
            {QStringLiteral(":referral"), t.referralId},
            {QStringLiteral(":cost"), t.weeklyCost},
            {QStringLiteral(":quoted"), t.firstQuotedFee},
            {QStringLiteral(":line"), t.budgetLineId},
            {QStringLiteral(":outcomes"), t.expectedOutcomes}};
        if (auto s = insert->run(episode, QStringLiteral("adding an episode of child %1").arg(e.childRef));
            !s)
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
