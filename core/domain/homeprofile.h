// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pd::core {

/// A photo a provider supplied of a home (PNG or JPEG bytes as supplied).
struct HomePhoto {
    qint64 id = 0;
    QString caption; ///< "Your bedroom", "The garden"
    QByteArray image;
};

/// What a provider tells a child about one provision: "about us" in words for a child, and photos.
/// Read with the provision; an empty profile (id 0) when the provider has sent nothing.
struct HomeProfile {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 provisionId = 0;
    QString about;
    QList<HomePhoto> photos;

    static constexpr int kMaxAbout = 4000;
    static constexpr int kMaxCaption = 200;
    static constexpr int kMaxPhotoBytes = 5 * 1024 * 1024;
    static constexpr int kMaxPhotos = 6;

    /// The about text: not longer than kMaxAbout, no control characters other than line breaks.
    Status validateAbout() const;
};

} // namespace pd::core
