// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchservice.h"

#include "core/matching/matchengine.h"
#include "core/storage/postcodedirectory.h"
#include "core/storage/referralrepository.h"
#include "core/storage/registerreader.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<MatchResult> MatchService::match(qint64 referralId, const QDate& today) {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    return match(referral.value(), today);
}

Result<MatchResult> MatchService::match(const Referral& referral, const QDate& today) {
    auto prepared = prepare(referral, today);
    if (!prepared)
        return prepared.error();
    auto s = settings();
    if (!s)
        return s.error();
    auto snap = snapshot(today);
    if (!snap)
        return snap.error();
    return MatchEngine::run(prepared.value(), snap.value(), s.value());
}

VacancyFilter MatchService::filterFor(const MatchReferral& r, const MatchSettings& settings,
                                      const QDate& today) {
    VacancyFilter f;
    f.today = today;
    if (settings.isOn(HardRule::AvailableByDate))
        f.availableBy = QDate::fromJulianDay(r.neededDay);
    if (settings.isOn(HardRule::RoomForSiblings))
        f.minPlaces = r.groupSize;
    f.onlyUsableProviders = settings.isOn(HardRule::ProviderStatus);
    if (settings.isOn(HardRule::TypeSuitable))
        for (PlacementType t : all<PlacementType>())
            if (!r.unsuitable[int(t)] && (!r.essentialTypes || (r.essentialTypes & (1u << int(t)))))
                f.types << t;
    return f;
}

Result<MatchResult> MatchService::shortlist(qint64 referralId, const QDate& today) {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    auto prepared = prepare(referral.value(), today);
    if (!prepared)
        return prepared.error();
    auto s = settings();
    if (!s)
        return s.error();
    VacancyFilter filter = filterFor(prepared.value(), s.value(), today);
    if (s->isOn(HardRule::TypeSuitable) && filter.types.isEmpty())
        return MatchEngine::run(prepared.value(), std::make_shared<RegisterSnapshot>(), s.value());
    auto snap = RegisterReader(m_db).read(filter);
    if (!snap)
        return snap.error();
    return MatchEngine::run(prepared.value(), snap.value(), s.value());
}

Result<MatchReferral> MatchService::prepare(const Referral& referral, const QDate& today) const {
    auto coordinates = PostcodeDirectory(m_db).findAll(MatchReferral::postcodesOf(referral));
    if (!coordinates)
        return coordinates.error();
    return MatchReferral::from(referral, coordinates.value(), today);
}

Result<MatchSettings> MatchService::settings() const {
    auto values = SettingsRepository(m_db).all();
    if (!values)
        return values.error();
    return MatchSettings::fromKeyValues(values.value());
}

Status MatchService::saveSettings(const MatchSettings& settings) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditMatchingSettings); !s)
        return s;
    return SettingsRepository(m_db).setValues(settings.toKeyValues());
}

Result<std::shared_ptr<const RegisterSnapshot>> MatchService::snapshot(const QDate& today) {
    RegisterReader reader(m_db);
    auto stamp = reader.changeStamp();
    if (!stamp)
        return stamp.error();
    if (m_snapshot && stamp.value() == m_stamp && today == m_snapshotDay)
        return m_snapshot;
    VacancyFilter filter;
    filter.today = today;
    auto snap = reader.read(filter);
    if (!snap)
        return snap.error();
    m_snapshot = snap.value();
    m_stamp = stamp.value();
    m_snapshotDay = today;
    return m_snapshot;
}

} // namespace pd::core
