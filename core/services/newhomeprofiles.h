// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/newhomeprofile.h"

namespace pd::core {

class Database;

/// The child's "your new home" profile and the providers' profiles of their homes it is made from.
/// Changing a home's profile is editing the provision (the table of who may do what); making a
/// child's profile is reading.
class NewHomeProfiles {
  public:
    explicit NewHomeProfiles(Database& db) : m_db(db) {}

    Result<HomeProfile> profile(qint64 provisionId) const;
    Status saveAbout(HomeProfile& profile);
    /// Adds a PNG or JPEG photo (checked to be one, at most HomeProfile::kMaxPhotoBytes, at most
    /// kMaxPhotos a home); returns its id.
    Result<qint64> addPhoto(qint64 provisionId, const QString& caption, const QByteArray& image);
    Status removePhoto(qint64 photoId);

    /// What the profile says for the referral's first child and an offer: offerId 0 takes the
    /// accepted offer (placed), else the social worker's chosen one.
    Result<NewHomeFacts> facts(qint64 referralId, qint64 offerId, const QDate& today) const;
    Result<QString> html(qint64 referralId, qint64 offerId, const QDate& today) const;
    Status writePdf(qint64 referralId, qint64 offerId, const QDate& today, const QString& path) const;

  private:
    Database& m_db;
};

} // namespace pd::core
