// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/homeprofilerepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

const QString kPhotos = QStringLiteral("provision_photos");

QString photoDescription(const HomePhoto& p) {
    return QStringLiteral("photo \"%1\", %2 bytes").arg(p.caption).arg(p.image.size());
}

} // namespace

Result<HomeProfile> HomeProfileRepository::find(qint64 provisionId) const {
    HomeProfile profile;
    profile.provisionId = provisionId;
    const QVariantMap binds{{QStringLiteral(":p"), provisionId}};
    auto row = Sql(m_db).query(
        QStringLiteral("SELECT id, about, row_version FROM provision_profiles WHERE provision_id = :p"),
        binds, QStringLiteral("reading the home's profile"));
    if (!row)
        return row.error();
    if (row->next()) {
        profile.id = row->integer("id");
        profile.about = row->text("about");
        profile.rowVersion = row->integer("row_version");
    }
    auto photos = Sql(m_db).query(
        QStringLiteral("SELECT id, caption, image FROM provision_photos WHERE provision_id = :p ORDER BY id"),
        binds, QStringLiteral("reading the home's photos"));
    if (!photos)
        return photos.error();
    while (photos->next())
        profile.photos.append(
            {photos->integer("id"), photos->text("caption"), photos->value("image").toByteArray()});
    return profile;
}

Status HomeProfileRepository::saveAbout(HomeProfile& profile) {
    if (auto s = profile.validateAbout(); !s)
        return s;
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    RecordWriter writer(m_db);
    const QVariantMap values{{QStringLiteral("provision_id"), profile.provisionId},
                             {QStringLiteral("about"), profile.about}};
    if (profile.id == 0) {
        auto id = writer.insert(QStringLiteral("provision_profiles"), values);
        if (!id)
            return id.error();
        profile.id = id.value();
    } else if (auto s = writer.update(QStringLiteral("provision_profiles"), profile.id, profile.rowVersion,
                                      values);
               !s) {
        return s;
    }
    auto version = writer.currentVersion(QStringLiteral("provision_profiles"), profile.id);
    if (!version)
        return version.error();
    if (auto s = tx.commit(); !s)
        return s;
    profile.rowVersion = version.value();
    return {};
}

Result<qint64> HomeProfileRepository::addPhoto(qint64 provisionId, const HomePhoto& photo) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = Sql(m_db).execute(
        QStringLiteral("INSERT INTO provision_photos (provision_id, caption, image) VALUES (:p, :c, :i)"),
        {{QStringLiteral(":p"), provisionId},
         {QStringLiteral(":c"), photo.caption},
         {QStringLiteral(":i"), photo.image}},
        QStringLiteral("saving the home's photo"));
    if (!id)
        return id.error();
    if (auto s = AuditLog(m_db).record(kPhotos, id.value(), QStringLiteral("insert"), QStringLiteral("image"),
                                       QVariant(), photoDescription(photo));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status HomeProfileRepository::removePhoto(qint64 photoId) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    auto row =
        Sql(m_db).query(QStringLiteral("SELECT caption, length(image) AS bytes FROM provision_photos "
                                       "WHERE id = :id"),
                        {{QStringLiteral(":id"), photoId}}, QStringLiteral("reading the home's photo"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(
            QStringLiteral("Photo %1 does not exist (a colleague may have removed it).").arg(photoId));
    const QString was =
        QStringLiteral("photo \"%1\", %2 bytes").arg(row->text("caption")).arg(row->integer("bytes"));
    row->finish();
    if (auto s =
            Sql(m_db).run(QStringLiteral("DELETE FROM provision_photos WHERE id = :id"),
                          {{QStringLiteral(":id"), photoId}}, QStringLiteral("removing the home's photo"));
        !s)
        return s;
    if (auto s = AuditLog(m_db).record(kPhotos, photoId, QStringLiteral("delete"), QStringLiteral("image"),
                                       was, QVariant());
        !s)
        return s;
    return tx.commit();
}

} // namespace pd::core
