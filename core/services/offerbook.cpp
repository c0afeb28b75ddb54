// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/offerbook.h"

#include "core/matching/matchengine.h"
#include "core/matching/matchresult.h"
#include "core/matching/matchservice.h"
#include "core/storage/database.h"
#include "core/storage/offerrepository.h"
#include "core/storage/referralrepository.h"
#include "core/storage/registerreader.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"
#include "core/workflow/referralworkflow.h"

namespace pd::core {

struct OfferBook::Context {
    MatchReferral referral;
    MatchSettings settings;
};

Result<OfferBook::Context> OfferBook::context(qint64 referralId, const QDate& today) const {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    MatchService service(m_db);
    auto prepared = service.prepare(referral.value(), today);
    auto settings = service.settings();
    if (!prepared || !settings)
        return (!prepared ? prepared.error() : settings.error());
    return Context{std::move(prepared.value()), std::move(settings.value())};
}

Result<CheckedOffer> OfferBook::check(const Offer& offer, const MatchReferral& referral,
                                      const MatchSettings& settings, double cheapestCompliant) {
    auto snap = RegisterReader(m_db).provision(
        offer.provisionId,
        offer.startDate.isValid() ? offer.startDate : QDate::fromJulianDay(referral.neededDay));
    if (!snap)
        return snap.error();
    RegisterVacancy& v = snap->vacancies.front();
    v.weeklyFee = offer.weeklyFee;
    v.typicalExtras = offer.extras;
    const VacancyFacts f = MatchEngine::facts(referral, snap.value(), v, settings);
    CheckedOffer c;
    c.offer = offer;
    c.provision = v;
    c.cost = f.cost;
    c.milesHome = f.milesHome;
    c.milesSchool = v.hasCoordinates && referral.school ? milesBetween(v.at, *referral.school) : -1;
    c.breaches = HardRules::breaches(referral, v, f, settings);
    c.reasons = HardRules::reasons(c.breaches, referral, v, f);
    const double cheapest = cheapestCompliant < 0 ? f.cost.total() : cheapestCompliant;
    const Scorer::Parts parts = Scorer::parts(referral, v, f, cheapest, settings);
    c.score = Scorer::total(parts, settings);
    for (SoftCriterion s : allSoftCriteria())
        c.explanation << ScoreLine{s, settings.weightOf(s), parts[size_t(s)],
                                   Scorer::explain(s, referral, v, f, cheapest, settings)};
    return c;
}

Result<qint64> OfferBook::record(Offer offer) {
    if (offer.weeklyFee <= 0)
        return Error::invalid(QStringLiteral("Enter the weekly fee the provider quoted."));
    auto ctx = context(offer.referralId, m_db.today());
    if (!ctx)
        return ctx.error();
    auto checked = check(offer, ctx->referral, ctx->settings);
    if (!checked)
        return checked.error();
    offer.firstQuotedFee = offer.firstQuotedFee > 0 ? offer.firstQuotedFee : offer.weeklyFee;
    offer.meetsEssential = checked->meetsEssential();
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    TransitionRequest request;
    request.event = ReferralEvent::RecordOffer;
    request.comment = QStringLiteral("Offer from %1 (%2), %3 a week")
                          .arg(checked->provision.providerName, checked->provision.provisionName,
                               formatPounds(offer.weeklyFee));
    auto id = OfferRepository(m_db).insert(offer);
    if (!id)
        return id.error();
    DecisionWork work;
    work.offerId = id.value();
    if (auto moved = ReferralWorkflow(m_db).applyDecision(offer.referralId, request, work); !moved)
        return moved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CheckedOffer>> OfferBook::checkProposed(qint64 referralId, const QList<Offer>& proposed,
                                                     const QDate& today) {
    auto ctx = context(referralId, today);
    if (!ctx)
        return ctx.error();
    QList<CheckedOffer> out;
    for (const Offer& o : proposed) {
        auto c = check(o, ctx->referral, ctx->settings);
        if (!c)
            return c.error();
        out << c.value();
    }
    return out;
}

Result<QList<CheckedOffer>> OfferBook::offers(qint64 referralId, const QDate& today) {
    auto ctx = context(referralId, today);
    if (!ctx)
        return ctx.error();
    const MatchReferral& prepared = ctx->referral;
    const MatchSettings& settings = ctx->settings;
    auto list = OfferRepository(m_db).forReferral(referralId);
    if (!list)
        return list.error();
    const bool keepsOffers = UserRepository(m_db).requireAllowed(Operation::RecordOffer).ok();
    QList<CheckedOffer> out;
    double cheapest = -1;
    for (const Offer& o : list.value()) {
        auto c = check(o, prepared, settings);
        if (!c)
            return c.error();
        if (c->meetsEssential() && (cheapest < 0 || c->cost.total() < cheapest))
            cheapest = c->cost.total();
        // The stored answer is brought up to date by those who keep offers; anyone else (a social
        // worker choosing, a read-only reader) sees the fresh answer without writing it.
        if (o.meetsEssential != std::optional<bool>(c->meetsEssential()) &&
            o.status == QLatin1String("open") && keepsOffers) {
            c->offer.meetsEssential = c->meetsEssential();
            if (auto s = OfferRepository(m_db).save(c->offer); !s)
                return s.error();
            c->offer.rowVersion += 1;
        }
        out << c.value();
    }
    // Score again against the cheapest compliant offer, as matching scores against the cheapest candidate.
    for (CheckedOffer& c : out) {
        auto again = check(c.offer, prepared, settings, cheapest < 0 ? -1 : cheapest);
        if (!again)
            return again.error();
        c.score = again->score;
        c.explanation = again->explanation;
    }
    return out;
}

Result<QList<ProvisionChoice>> OfferBook::provisionChoices() const {
    return OfferRepository(m_db).provisionChoices();
}

} // namespace pd::core
