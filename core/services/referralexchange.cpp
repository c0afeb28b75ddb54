// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/referralexchange.h"

#include "core/domain/placementsstandard.h"
#include "core/domain/referral.h"
#include "core/exchange/jsonscan.h"
#include "core/exchange/referraljsonchecks.h"
#include "core/services/referralservice.h"
#include "core/storage/childrepository.h"
#include "core/storage/database.h"
#include "core/storage/placementrepository.h"
#include "core/storage/postcodedirectory.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referraltransitionstore.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"
#include "core/workflow/referralworkflow.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd::core {

namespace {

// The same child only when the details agree: ids are each file's own, so another authority's
// child 17 is not this file's child 17.
bool sameChild(const LookedAfterChild& here, const ReferralChild& there) {
    auto agrees = [](const QString& a, const QString& b) {
        return a.isEmpty() || b.isEmpty() || a.compare(b, Qt::CaseInsensitive) == 0;
    };
    return there.dateOfBirth.isValid() && here.dob == there.dateOfBirth && agrees(here.sex, there.sex) &&
           agrees(here.firstName, there.firstName) && agrees(here.lastName, there.lastName);
}

} // namespace

Result<QList<qint64>> ReferralExchange::importFile(const QString& path, QStringList* notes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    return importJson(file.readAll(), path, notes);
}

Status ReferralExchange::linkChildren(Referral& r, const QString& source, QHash<qint64, qint64>& added,
                                      QStringList* notes) {
    ChildRepository children(m_db);
    for (ReferralChild& c : r.children) {
        if (c.childId == 0)
            continue; // not linked in the file either
        if (const auto it = added.constFind(c.childId); it != added.cend()) {
            c.childId = *it; // the same child in another referral of the file
            continue;
        }
        auto here = children.find(c.childId);
        if (!here)
            return here.error();
        if (here.value() && sameChild(*here.value(), c))
            continue;
        const qint64 theirs = c.childId;
        auto id = children.add(
            c, r.homePostcode,
            QStringLiteral("referral %1 in %2 (child %3 there)").arg(r.reference, source).arg(theirs));
        if (!id)
            return id.error();
        c.childId = id.value();
        added.insert(theirs, id.value());
        if (notes)
            notes->append(
                QStringLiteral("child %1 of %2 is not a child of this file: added as a new child (id %3)")
                    .arg(theirs)
                    .arg(r.reference)
                    .arg(id.value()));
    }
    return {};
}

Result<QList<qint64>> ReferralExchange::importJson(const QByteArray& json, const QString& source,
                                                   QStringList* notes) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ImportReferral); !s)
        return s.error();
    // Strict input: UTF-8 without control characters, no key given twice (docs/formats.md).
    const JsonScan scan = JsonScan::of(json);
    if (!scan.problem.isEmpty())
        return Error::invalid(QStringLiteral("%1, line %2: %3 Nothing was imported.")
                                  .arg(source)
                                  .arg(scan.problemLine)
                                  .arg(scan.problem));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error::invalid(QStringLiteral("%1 line %2: not valid JSON (%3); nothing was imported.")
                                  .arg(source)
                                  .arg(line)
                                  .arg(parseError.errorString()));
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject())
        items.append(doc.object());
    QStringList errors;
    if (items.isEmpty())
        errors << QStringLiteral("the file holds no referral object");
    QList<Referral> referrals;
    for (int i = 0; i < items.size(); ++i) {
        const QString prefix = items.size() > 1 ? QStringLiteral("referral %1: ").arg(i + 1) : QString();
        if (!items.at(i).isObject()) {
            errors << prefix + QStringLiteral("must be an object");
            continue;
        }
        const QJsonObject object = items.at(i).toObject();
        QStringList problems = PlacementsStandard::validate(object);
        problems << standardNumberProblems(object) << referralExtensionProblems(object, QDate::currentDate());
        QStringList extension;
        Referral r = Referral::fromJson(object, &extension);
        for (const QString& p : extension) // the standard's own fields were checked above
            if (!PlacementsStandard::entities().contains(p.section(u'.', 0, 0).section(u':', 0, 0)))
                problems << p;
        problems.removeDuplicates();
        const QString keys = doc.isArray() ? QStringLiteral("[%1].").arg(i) : QString();
        for (const QString& p : problems) {
            const int line = scan.lineOf(keys + p.section(u':', 0, 0));
            errors << prefix + p + (line > 0 ? QStringLiteral(" (line %1)").arg(line) : QString());
        }
        referrals << r;
    }
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("%1 was not imported (nothing was changed):\n  %2")
                                  .arg(source, errors.join(QStringLiteral("\n  "))));
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QList<qint64> ids;
    QHash<qint64, qint64> added; // the file's child id -> the new child's id here
    for (Referral& r : referrals) {
        if (auto s = linkChildren(r, source, added, notes); !s)
            return s.error();
        const QString theirs = r.reference;
        if (!r.reference.isEmpty() && ReferralRepository(m_db).idForReference(r.reference).ok())
            r.reference.clear(); // used here already: a new one (docs/cli.md)
        auto id = ReferralService(m_db).create(r);
        if (!id)
            return id.error();
        ids << id.value();
        if (notes && r.reference.isEmpty() && !theirs.isEmpty())
            if (auto stored = ReferralRepository(m_db).load(id.value()))
                notes->append(QStringLiteral("reference %1 is already used in this file: the referral is %2")
                                  .arg(theirs, stored->reference));
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<PlacementMade> ReferralExchange::placementMade(const Referral& r) const {
    PlacementMade made;
    auto placements = PlacementRepository(m_db).ofReferral(r.id);
    if (!placements)
        return placements.error();
    made.placements = placements.value();
    if (made.placements.isEmpty())
        return made;
    const PlacementRecord& first = made.placements.first();
    const PostcodeDirectory postcodes(m_db);
    const QString home = r.homePostcode.isEmpty() ? first.homePostcode : r.homePostcode;
    auto fromHome = postcodes.milesBetween(first.placementPostcode, home);
    if (!fromHome)
        return fromHome.error();
    made.milesFromHome = fromHome.value();
    if (!r.schoolPostcode.isEmpty()) {
        auto fromSchool = postcodes.milesBetween(first.placementPostcode, r.schoolPostcode);
        if (!fromSchool)
            return fromSchool.error();
        made.milesFromSchool = fromSchool.value();
    }
    const UserRepository users(m_db);
    auto nameOf = [&users](const QString& login) {
        auto user = users.resolve(login);
        return user ? user->name() : login;
    };
    made.referralOfficer = nameOf(r.officer);
    made.referralDate = r.receivedAt.date();
    made.placedBy = made.referralOfficer; // an old file's placement without its permission step
    made.placedOn = first.start;
    auto history = ReferralTransitionStore(m_db).history(r.id);
    if (!history)
        return history.error();
    for (const ReferralTransition& t : history.value())
        if (t.event == code(ReferralEvent::ApprovePlacement)) {
            made.placedBy = nameOf(t.who);
            made.placedOn = t.at.date();
        }
    return made;
}

Result<QJsonObject> ReferralExchange::exportReferral(qint64 id) const {
    auto r = ReferralRepository(m_db).load(id);
    if (!r)
        return r.error();
    auto made = placementMade(r.value());
    if (!made)
        return made.error();
    recordPlacementMade(r.value(), made.value());
    return r->toJson();
}

} // namespace pd::core
