// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/referralexchange.h"

#include "core/domain/placementsstandard.h"
#include "core/domain/referral.h"
#include "core/exchange/jsonscan.h"
#include "core/exchange/referraljsonchecks.h"
#include "core/services/referralservice.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd::core {

Result<QList<qint64>> ReferralExchange::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    return importJson(file.readAll(), path);
}

Result<QList<qint64>> ReferralExchange::importJson(const QByteArray& json, const QString& source) {
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
        for (int c = 0; c < r.children.size(); ++c) {
            const qint64 childId = r.children.at(c).childId;
            if (childId == 0)
                continue;
            auto known = ReferralRepository(m_db).childExists(childId);
            if (!known)
                return known.error();
            if (!known.value())
                problems << QStringLiteral(
                                "PlacementDeskExtension.children[%1].childId: no child has the id %2 "
                                "in this database (import the SSDA903 return first, or write 0)")
                                .arg(c)
                                .arg(childId);
        }
        problems.removeDuplicates();
        if (!r.reference.isEmpty() && ReferralRepository(m_db).idForReference(r.reference).ok())
            problems << QStringLiteral("PlacementDeskExtension.reference: %1 is already in this database")
                            .arg(r.reference);
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
    for (const Referral& r : referrals) {
        auto id = ReferralService(m_db).create(r);
        if (!id)
            return id.error();
        ids << id.value();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<QJsonObject> ReferralExchange::exportReferral(qint64 id) const {
    auto r = ReferralRepository(m_db).load(id);
    if (!r)
        return r.error();
    return r->toJson();
}

} // namespace pd::core
