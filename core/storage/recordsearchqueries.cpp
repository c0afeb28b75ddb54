// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordsearchqueries.h"

#include "core/domain/provider.h"
#include "core/domain/referral.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"

namespace pd::core {

namespace {

const QString kSep = QStringLiteral(" \u00b7 ");

/// "lower(words) LIKE :w0 ESCAPE '\' AND ..." and its binds: every typed word somewhere in words.
QString allWordsIn(const QString& words, const QStringList& patterns, QVariantMap& binds) {
    QStringList conditions;
    for (int i = 0; i < patterns.size(); ++i) {
        const QString name = QStringLiteral(":w%1").arg(i);
        conditions << QStringLiteral("lower(%1) LIKE %2 ESCAPE '\\'").arg(words, name);
        binds.insert(name, patterns.at(i));
    }
    return conditions.isEmpty() ? QStringLiteral("1 = 0") : conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<SearchHit>> RecordSearchQueries::referrals(const QStringList& patterns, int limit) const {
    // The children's names are in the record's JSON (as in the referral list): one expression per engine.
    const QString children =
        m_db.isServer()
            ? QStringLiteral("(SELECT string_agg(trim(coalesce(c.value ->> 'firstName', '') || ' ' || "
                             "coalesce(c.value ->> 'lastName', '')), ', ' ORDER BY c.n) "
                             "FROM json_array_elements(r.record_json::json -> 'PlacementDeskExtension' -> "
                             "'children') WITH ORDINALITY AS c(value, n))")
            : QStringLiteral(
                  "(SELECT group_concat(trim(coalesce(json_extract(c.value, '$.firstName'), '') || "
                  "' ' || coalesce(json_extract(c.value, '$.lastName'), '')), ', ') "
                  "FROM json_each(r.record_json, '$.PlacementDeskExtension.children') c)");
    QVariantMap binds{{QStringLiteral(":limit"), limit}};
    const QString where =
        allWordsIn(QStringLiteral("x.reference || ' ' || coalesce(x.children, '')"), patterns, binds);
    auto rows = Sql(m_db).query(
        QStringLiteral(
            "SELECT x.id, x.reference, x.state, x.children FROM (SELECT r.id, r.reference, r.state, "
            "r.received_at, ") +
            children + QStringLiteral(" AS children FROM referrals r) x WHERE ") + where +
            QStringLiteral(" ORDER BY x.received_at DESC, x.id DESC LIMIT :limit"),
        binds, QStringLiteral("searching referrals"));
    if (!rows)
        return rows.error();
    QList<SearchHit> out;
    while (rows->next()) {
        const QString reference = rows->text("reference");
        const QString names = rows->text("children").trimmed();
        const QString state = labelOfCode<ReferralState>(rows->text("state"));
        out << SearchHit{SearchKind::Referral, rows->integer("id"), 0, names.isEmpty() ? reference : names,
                         names.isEmpty() ? state : reference + kSep + state};
    }
    return out;
}

Result<QList<SearchHit>> RecordSearchQueries::children(const QStringList& patterns, int limit) const {
    QVariantMap binds{{QStringLiteral(":limit"), limit}};
    const QString where = allWordsIn(
        QStringLiteral("coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || child_ref"),
        patterns, binds);
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT id, child_ref, first_name, last_name, dob FROM children "
                                       "WHERE ") +
                            where + QStringLiteral(" ORDER BY last_name, first_name, id LIMIT :limit"),
                        binds, QStringLiteral("searching children"));
    if (!rows)
        return rows.error();
    QList<SearchHit> out;
    while (rows->next()) {
        const QString name =
            QStringLiteral("%1 %2").arg(rows->text("first_name"), rows->text("last_name")).trimmed();
        const QDate born = rows->date("dob");
        QString detail = rows->text("child_ref");
        if (born.isValid())
            detail += kSep + QStringLiteral("born ") + born.toString(QStringLiteral("d MMM yyyy"));
        out << SearchHit{SearchKind::Child, rows->integer("id"), 0,
                         name.isEmpty() ? rows->text("child_ref") : name, detail};
    }
    return out;
}

Result<QList<SearchHit>> RecordSearchQueries::providers(const QStringList& patterns, int limit) const {
    QVariantMap binds{{QStringLiteral(":limit"), limit}};
    const QString where =
        allWordsIn(QStringLiteral("name || ' ' || coalesce(ofsted_urn, '')"), patterns, binds);
    auto rows =
        Sql(m_db).query(QStringLiteral("SELECT id, name, kind, ofsted_urn, framework_status FROM providers "
                                       "WHERE ") +
                            where + QStringLiteral(" ORDER BY name, id LIMIT :limit"),
                        binds, QStringLiteral("searching providers"));
    if (!rows)
        return rows.error();
    QList<SearchHit> out;
    while (rows->next()) {
        QStringList detail{labelOfCode<ProviderKind>(rows->text("kind"))};
        if (!rows->text("ofsted_urn").isEmpty())
            detail << QStringLiteral("URN ") + rows->text("ofsted_urn");
        const auto status = fromCode<FrameworkStatus>(rows->text("framework_status"));
        if (status == FrameworkStatus::Suspended || status == FrameworkStatus::Excluded)
            detail << label(*status); // said, so nobody opens it expecting to send a referral
        out << SearchHit{SearchKind::Provider, rows->integer("id"), rows->integer("id"), rows->text("name"),
                         detail.join(kSep)};
    }
    return out;
}

Result<QList<SearchHit>> RecordSearchQueries::homes(const QStringList& patterns, int limit) const {
    QVariantMap binds{{QStringLiteral(":limit"), limit}};
    const QString where = allWordsIn(QStringLiteral("p.name || ' ' || coalesce(p.postcode, '') || ' ' || "
                                                    "replace(coalesce(p.postcode, ''), ' ', '')"),
                                     patterns, binds);
    auto rows = Sql(m_db).query(
        QStringLiteral("SELECT p.id, p.provider_id, p.name, p.postcode, p.active, pr.name AS provider_name "
                       "FROM provisions p JOIN providers pr ON pr.id = p.provider_id WHERE ") +
            where + QStringLiteral(" ORDER BY p.name, pr.name, p.id LIMIT :limit"),
        binds, QStringLiteral("searching households and homes"));
    if (!rows)
        return rows.error();
    QList<SearchHit> out;
    while (rows->next()) {
        QStringList detail{rows->text("provider_name")};
        if (!rows->text("postcode").isEmpty())
            detail << rows->text("postcode");
        if (!rows->flag("active"))
            detail << QStringLiteral("no longer used");
        out << SearchHit{SearchKind::Home, rows->integer("id"), rows->integer("provider_id"),
                         rows->text("name"), detail.join(kSep)};
    }
    return out;
}

} // namespace pd::core
