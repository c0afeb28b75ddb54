// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/referralservice.h"

#include "core/domain/criterionvocabulary.h"
#include "core/domain/referralprogress.h"

#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referraltransitionstore.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace pd::core {

namespace {

void flatten(const QString& path, const QJsonValue& v, QMap<QString, QString>* out) {
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        bool scalars = true;
        for (const QJsonValue& item : a)
            scalars = scalars && !item.isObject() && !item.isArray();
        if (scalars) {
            QStringList parts;
            for (const QJsonValue& item : a)
                parts << item.toVariant().toString();
            out->insert(path, parts.join(QStringLiteral("; ")));
        } else {
            for (int i = 0; i < a.size(); ++i)
                flatten(QStringLiteral("%1[%2]").arg(path).arg(i), a.at(i), out);
        }
    } else {
        out->insert(path, v.toVariant().toString());
    }
}

QMap<QString, QString> flat(const Referral& r) {
    QMap<QString, QString> out;
    flatten(QString(), r.toJson(), &out);
    out.insert(QStringLiteral("officer"), r.officer);
    return out;
}

// Criteria are chosen from the closed vocabulary, so no free text reaches a pack through them.
Status criteriaFromVocabulary(const Referral& referral) {
    const QStringList problems = criteriaProblems(referral);
    if (problems.isEmpty())
        return {};
    return Error::invalid(QStringLiteral("The referral was not saved: its criteria must come from the list "
                                         "of kinds and values.\n  %1")
                              .arg(problems.join(QStringLiteral("\n  "))));
}

} // namespace

Result<QList<ReferralListRow>> ReferralService::list() const {
    return ReferralRepository(m_db).list();
}

Result<Referral> ReferralService::load(qint64 id) const {
    return ReferralRepository(m_db).load(id);
}

Result<qint64> ReferralService::idForReference(const QString& reference) const {
    return ReferralRepository(m_db).idForReference(reference);
}

Result<QList<ReferralTransition>> ReferralService::history(qint64 id) const {
    return ReferralTransitionStore(m_db).history(id);
}

Result<qint64> ReferralService::create(Referral referral) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditReferral); !s)
        return s.error();
    if (auto s = criteriaFromVocabulary(referral); !s)
        return s.error();
    if (referral.officer.isEmpty())
        referral.officer = m_db.userName();
    referral.state = ReferralState::Draft;
    auto id = ReferralRepository(m_db).insert(referral);
    if (!id)
        return id.error();
    auto stored = ReferralRepository(m_db).load(id.value());
    if (!stored)
        return stored.error();
    ReferralTransition first{0,
                             id.value(),
                             m_db.now(),
                             m_db.userName(),
                             QStringLiteral("create"),
                             QString(),
                             code(ReferralState::Draft),
                             QStringLiteral("Referral %1 created").arg(stored->reference)};
    if (auto s = ReferralTransitionStore(m_db).record(first); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status ReferralService::save(const Referral& referral) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditReferral); !s)
        return s;
    if (auto s = criteriaFromVocabulary(referral); !s)
        return s;
    // A decided referral is the record the placement was made on: it stays as it was.
    if (auto stored = ReferralRepository(m_db).load(referral.id); stored && isDecided(stored->state))
        return Error::refused(
            QStringLiteral("Referral %1 is %2: its record stays as it was when the decision was "
                           "made. Start a new referral for a new search.")
                .arg(stored->reference, label(stored->state).toLower()));
    if (auto s = ReferralRepository(m_db).save(referral); !s)
        return s;
    return tx.commit();
}

QList<FieldChange> ReferralService::differences(const Referral& mine, const Referral& theirs) {
    const QMap<QString, QString> a = flat(mine);
    const QMap<QString, QString> b = flat(theirs);
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    QList<FieldChange> out;
    for (const QString& k : keys)
        if (a.value(k) != b.value(k))
            out.append({k, a.value(k), b.value(k)});
    return out;
}

} // namespace pd::core
