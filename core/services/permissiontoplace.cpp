// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/permissiontoplace.h"

#include "core/domain/placementending.h"
#include "core/services/offerbook.h"
#include "core/storage/childrepository.h"
#include "core/storage/choicerepository.h"
#include "core/storage/contractrepository.h"
#include "core/storage/database.h"
#include "core/storage/placementrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referraltransitionstore.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"
#include "core/workflow/referralworkflow.h"

namespace pd::core {

PlacementCodes PlacementCodes::of(const QString& type, const QString& kind) {
    const bool own = kind.startsWith(QLatin1String("in_house"));
    const QString provider = own ? QStringLiteral("PR1") : QStringLiteral("PR4");
    if (kind == QLatin1String("parent_and_child"))
        return {QStringLiteral("R3"), provider, QStringLiteral("parent_and_child")};
    if (type == QLatin1String("supported"))
        return {QStringLiteral("H5"), provider, QStringLiteral("supported_accommodation")};
    if (type == QLatin1String("residential"))
        return {kind == QLatin1String("residential_school") ? QStringLiteral("S1") : QStringLiteral("K2"),
                provider,
                own ? QStringLiteral("in_house_residential") : QStringLiteral("independent_residential")};
    return {QStringLiteral("U4"), provider, own ? QStringLiteral("in_house_foster") : QStringLiteral("ifa")};
}

Result<QList<qint64>> PermissionToPlace::place(qint64 referralId, qint64 offerId, double agreedWeeklyFee,
                                               const QDate& start, const QString& budgetHolderApprovedBy) {
    auto user = UserRepository(m_db).current();
    if (!user)
        return user.error();
    if (!user->isManager())
        return Error::forbidden(
            QStringLiteral("Role: only a manager (or budget holder) may give permission to "
                           "place; %1 is %2.")
                .arg(user->login, label(user->role).toLower()));
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    auto choice = ChoiceRepository(m_db).latest(referralId);
    if (!choice)
        return choice.error();
    if (!choice->has_value())
        return Error::refused(
            QStringLiteral("Permission to place: the social worker's choice is not recorded "
                           "yet for referral %1 — the social worker records it first (with "
                           "the child's and the family's views).")
                .arg(referral->reference));
    auto offers = OfferBook(m_db).offers(referralId, m_db.today());
    if (!offers)
        return offers.error();
    const CheckedOffer* chosen = nullptr;
    for (const CheckedOffer& o : offers.value())
        if (o.offer.id == offerId)
            chosen = &o;
    if (!chosen)
        return Error::notFound(QStringLiteral("Offer %1 is not an offer for referral %2.")
                                   .arg(offerId)
                                   .arg(referral->reference));
    if ((*choice)->offerId != offerId)
        return Error::refused(
            QStringLiteral("Permission to place is for the social worker's choice: %1 was not "
                           "chosen. Give permission for the chosen option, or ask the social "
                           "worker to record a new choice.")
                .arg(chosen->offer.providerName));
    if (!chosen->meetsEssential())
        return Error::refused(QStringLiteral("%1 does not meet every essential criterion: %2")
                                  .arg(chosen->offer.providerName, chosen->reasons.join(QLatin1Char(' '))));
    if (agreedWeeklyFee <= 0 || !start.isValid())
        return Error::invalid(QStringLiteral("Enter the agreed weekly fee and the start date."));
    const PlacementCodes codes =
        PlacementCodes::of(code(chosen->provision.type), chosen->provision.providerKind);
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto linked = recordNewChildren(referral.value()); !linked)
        return linked.error();
    PlacementRepository placements(m_db);
    auto line = placements.budgetLineFor(codes.category);
    if (!line)
        return line.error();
    QList<qint64> made;
    for (const ReferralChild& child : referral->children) {
        if (child.childId <= 0)
            return Error::invalid(
                QStringLiteral("A child of referral %1 is not linked to a looked-after child record.")
                    .arg(referral->reference));
        auto previous = endPrevious(child.childId, start);
        if (!previous)
            return previous.error();
        const NewEpisode episode = NewEpisode::after(previous.value(), child.legalStatus);
        auto id = placements.insert(
            {{QStringLiteral("child_id"), child.childId},
             {QStringLiteral("start_date"), start.toString(Qt::ISODate)},
             {QStringLiteral("rne"), episode.rne},
             {QStringLiteral("legal_status"),
              episode.legalStatus.isEmpty() ? QVariant() : QVariant(episode.legalStatus)},
             {QStringLiteral("cin"), episode.cin.isEmpty() ? QVariant() : QVariant(episode.cin)},
             {QStringLiteral("place"), codes.place},
             {QStringLiteral("place_provider"), codes.placeProvider},
             {QStringLiteral("category"), codes.category},
             {QStringLiteral("home_postcode"), referral->homePostcode.isEmpty() && previous.value()
                                                   ? previous.value()->homePostcode
                                                   : referral->homePostcode},
             {QStringLiteral("placement_postcode"), chosen->provision.postcode},
             {QStringLiteral("urn"),
              chosen->provision.ofstedUrn.isEmpty() ? QVariant() : QVariant(chosen->provision.ofstedUrn)},
             {QStringLiteral("provision_id"), chosen->offer.provisionId},
             {QStringLiteral("referral_id"), referralId},
             {QStringLiteral("weekly_cost"), agreedWeeklyFee + chosen->offer.extras},
             {QStringLiteral("first_quoted_fee"), chosen->offer.firstQuotedFee},
             {QStringLiteral("budget_line_id"), line.value() > 0 ? QVariant(line.value()) : QVariant()},
             {QStringLiteral("expected_outcomes"), referral->expectedOutcomes.join(QLatin1Char('\n'))}});
        if (!id)
            return id.error();
        made << id.value();
        if (auto contract = ContractRepository(m_db).insert(
                firstContract(id.value(), *chosen, agreedWeeklyFee, start, referral->expectedOutcomes));
            !contract)
            return contract.error();
    }
    if (made.isEmpty())
        return Error::invalid(QStringLiteral("Referral %1 has no child to place.").arg(referral->reference));
    if (auto v = placements.useVacancy(chosen->offer.provisionId, start, int(made.size()), made.first()); !v)
        return v.error();
    RecordWriter writer(m_db);
    for (const CheckedOffer& o : offers.value()) {
        if (o.offer.status != QLatin1String("open"))
            continue;
        QVariantMap change{{QStringLiteral("status"),
                            o.offer.id == offerId ? QStringLiteral("accepted") : QStringLiteral("declined")}};
        if (o.offer.id == offerId)
            change.insert(QStringLiteral("weekly_fee"), agreedWeeklyFee);
        if (auto s = writer.update(QStringLiteral("offers"), o.offer.id, o.offer.rowVersion, change); !s)
            return s.error();
    }
    TransitionRequest permission;
    permission.event = ReferralEvent::ApprovePlacement;
    permission.agreedWeeklyCost =
        chosen->cost.total() - chosen->cost.fee + agreedWeeklyFee; // whole cost at the agreed fee
    permission.budgetHolderApprovedBy = budgetHolderApprovedBy;
    permission.comment =
        QStringLiteral("Placed: %1 — %2 from %3")
            .arg(chosen->offer.providerName, chosen->offer.provisionName, start.toString(Qt::ISODate));
    DecisionWork work;
    work.choiceId = (*choice)->id;
    work.placementId = made.first();
    if (auto moved = ReferralWorkflow(m_db).applyDecision(referralId, permission, work); !moved)
        return moved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return made;
}

Status PermissionToPlace::recordNewChildren(Referral& referral) {
    bool added = false;
    for (int i = 0; i < referral.children.size(); ++i) {
        ReferralChild& child = referral.children[i];
        if (child.childId > 0)
            continue;
        auto id = ChildRepository(m_db).add(
            child, referral.homePostcode, QStringLiteral("placed from referral %1").arg(referral.reference));
        if (!id)
            return id.error();
        if (auto s = ReferralRepository(m_db).linkChild(referral.id, id.value(), i); !s)
            return s.error();
        child.childId = id.value();
        added = true;
    }
    if (!added)
        return {};
    if (auto s = ReferralRepository(m_db).save(referral); !s)
        return s.error();
    auto reread = ReferralRepository(m_db).load(referral.id); // its new row version
    if (!reread)
        return reread.error();
    referral = reread.value();
    return {};
}

ContractVersion PermissionToPlace::firstContract(qint64 placementId, const CheckedOffer& chosen,
                                                 double agreedWeeklyFee, const QDate& start,
                                                 const QStringList& expectedOutcomes) {
    ContractVersion c;
    c.placementId = placementId;
    c.version = 1;
    c.effectiveFrom = start;
    c.start = start;
    c.weeklyFee = agreedWeeklyFee;
    c.extras = chosen.offer.extras;
    c.provisionId = chosen.offer.provisionId;
    c.changeNote = QStringLiteral("Made by permission to place");
    for (const QString& wording : expectedOutcomes)
        if (!wording.trimmed().isEmpty())
            c.outcomes << ContractOutcome{0, wording.trimmed(), QString(), 0};
    return c;
}

Result<double> PermissionToPlace::budgetHolderLimit() const {
    return ReferralTransitionStore(m_db).numberSetting(ReferralWorkflow::budgetHolderLimitKey(),
                                                       ReferralWorkflow::kDefaultBudgetHolderLimit);
}

NewEpisode NewEpisode::after(const std::optional<PlacementRecord>& previous, const QString& legalStatus) {
    NewEpisode e;
    e.legalStatus = legalStatus.isEmpty() && previous ? previous->legalStatus : legalStatus;
    e.cin = previous ? previous->cin : QString();
    if (!previous)
        e.rne = QStringLiteral("S"); // a new period of care
    else
        e.rne = e.legalStatus == previous->legalStatus ? QStringLiteral("P") : QStringLiteral("B");
    return e;
}

Result<std::optional<PlacementRecord>> PermissionToPlace::endPrevious(qint64 childId, const QDate& start) {
    PlacementRepository placements(m_db);
    auto current = placements.currentOf(childId);
    if (!current)
        return current.error();
    std::optional<PlacementRecord> latest;
    for (const PlacementRecord& p : current.value()) {
        if (p.start > start)
            return Error::refused(
                QStringLiteral("Child %1's current placement began on %2, after the new start "
                               "date %3: give a start date on or after %2.")
                    .arg(p.childRef, p.start.toString(Qt::ISODate), start.toString(Qt::ISODate)));
        // A move in line with the care plan: the episode ends the day the new one begins.
        const EndingReasonInfo& move = endingReasonInfo(EndingReason::PlannedMove);
        if (auto s =
                placements.end(p, start, QString::fromLatin1(move.rec),
                               p.reasonPlaceChange.isEmpty() ? QString::fromLatin1(move.reasonPlaceChange)
                                                             : p.reasonPlaceChange,
                               endingReasonCode(EndingReason::PlannedMove));
            !s)
            return s.error();
        latest = p;
    }
    return latest;
}

} // namespace pd::core
