// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/newhomeprofiles.h"

#include "core/reports/printeddocument.h"
#include "core/services/offerbook.h"
#include "core/storage/choicerepository.h"
#include "core/storage/homeprofilerepository.h"
#include "core/storage/provisionrepository.h"
#include "core/storage/referralrepository.h"
#include "core/storage/userrepository.h"

#include <QImage>

namespace pd::core {

namespace {

/// The offer the profile is about: the one asked for, else the accepted one, else the chosen one.
Result<CheckedOffer> offerFor(Database& db, qint64 referralId, qint64 offerId, const QDate& today) {
    auto offers = OfferBook(db).offers(referralId, today);
    if (!offers)
        return offers.error();
    qint64 wanted = offerId;
    if (wanted == 0) {
        for (const CheckedOffer& o : offers.value())
            if (o.offer.status == QLatin1String("accepted"))
                wanted = o.offer.id;
    }
    if (wanted == 0) {
        auto choice = ChoiceRepository(db).latest(referralId);
        if (!choice)
            return choice.error();
        if (choice.value())
            wanted = choice.value()->offerId;
    }
    if (wanted == 0)
        return Error::invalid(
            QStringLiteral("The referral has no accepted or chosen offer yet: say which offer "
                           "the profile is about."));
    for (const CheckedOffer& o : offers.value())
        if (o.offer.id == wanted)
            return o;
    return Error::notFound(QStringLiteral("Offer %1 is not an offer for this referral.").arg(wanted));
}

} // namespace

Result<HomeProfile> NewHomeProfiles::profile(qint64 provisionId) const {
    return HomeProfileRepository(m_db).find(provisionId);
}

Status NewHomeProfiles::saveAbout(HomeProfile& profile) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditProvision); !s)
        return s;
    return HomeProfileRepository(m_db).saveAbout(profile);
}

Result<qint64> NewHomeProfiles::addPhoto(qint64 provisionId, const QString& caption,
                                         const QByteArray& image) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditProvision); !s)
        return s.error();
    if (image.size() > HomeProfile::kMaxPhotoBytes)
        return Error::invalid(
            QStringLiteral("The photo is %1 MB; a photo may be at most %2 MB (save it smaller).")
                .arg(double(image.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(HomeProfile::kMaxPhotoBytes / (1024 * 1024)));
    const bool png = image.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = image.startsWith("\xff\xd8\xff");
    QImage decoded;
    if ((!png && !jpeg) || !decoded.loadFromData(image))
        return Error::invalid(
            QStringLiteral("The photo is not a PNG or JPEG picture that can be read; save it as "
                           "one and add it again."));
    if (caption.size() > HomeProfile::kMaxCaption)
        return Error::invalid(QStringLiteral("The caption is %1 characters long; keep it to %2.")
                                  .arg(caption.size())
                                  .arg(HomeProfile::kMaxCaption));
    auto existing = HomeProfileRepository(m_db).find(provisionId);
    if (!existing)
        return existing.error();
    if (existing->photos.size() >= HomeProfile::kMaxPhotos)
        return Error::invalid(
            QStringLiteral("The home already has %1 photos, the most a profile shows; remove one "
                           "first.")
                .arg(existing->photos.size()));
    if (auto p = ProvisionRepository(m_db).find(provisionId); !p)
        return p.error();
    return HomeProfileRepository(m_db).addPhoto(provisionId, {0, caption.simplified(), image});
}

Status NewHomeProfiles::removePhoto(qint64 photoId) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditProvision); !s)
        return s;
    return HomeProfileRepository(m_db).removePhoto(photoId);
}

Result<NewHomeFacts> NewHomeProfiles::facts(qint64 referralId, qint64 offerId, const QDate& today) const {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    const Referral& r = referral.value();
    auto offer = offerFor(m_db, referralId, offerId, today);
    if (!offer)
        return offer.error();
    const CheckedOffer& o = offer.value();
    auto provision = ProvisionRepository(m_db).find(o.offer.provisionId);
    if (!provision)
        return provision.error();
    auto home = HomeProfileRepository(m_db).find(o.offer.provisionId);
    if (!home)
        return home.error();

    NewHomeFacts f;
    if (!r.children.isEmpty()) {
        f.firstName = r.children.first().firstName;
        f.age = r.children.first().ageOn(today);
        for (qsizetype i = 1; i < r.children.size(); ++i)
            f.brothersAndSisters << r.children[i].firstName;
    }
    f.homeName = provision->name;
    f.providerName = o.offer.providerName;
    f.type = provision->type;
    f.moveDate = o.offer.startDate;
    f.otherChildren = provision->household;
    f.pets = provision->hasPets;
    f.smoking = provision->smoking;
    f.languages = provision->carerLanguages;
    f.area = provision->postcode.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
    if (f.area.size() > 4 && !provision->postcode.contains(QLatin1Char(' ')))
        f.area = f.area.left(f.area.size() - 3); // "RV151AW": the district is all but the last three
    f.milesFromHome = o.milesHome;
    f.keepSchool = r.keepSchoolPlace;
    f.schoolName = r.schoolName;
    f.milesToSchool = o.milesSchool;
    f.socialWorker = r.socialWorker;
    f.childsWishes = r.childsWishes;
    f.newHomeMatters = r.newHomeMatters;
    f.profile = home.value();
    return f;
}

Result<QString> NewHomeProfiles::html(qint64 referralId, qint64 offerId, const QDate& today) const {
    auto f = facts(referralId, offerId, today);
    if (!f)
        return f.error();
    return NewHomeProfile::html(f.value(), today);
}

Status NewHomeProfiles::writePdf(qint64 referralId, qint64 offerId, const QDate& today,
                                 const QString& path) const {
    auto page = html(referralId, offerId, today);
    if (!page)
        return page.error();
    return PrintedDocument::writePdf(page.value(), path, QStringLiteral("Your new home"));
}

} // namespace pd::core
