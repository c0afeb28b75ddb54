// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/permissiontoplace.h"

#include "core/services/offerbook.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"
#include "core/storage/transactionguard.h"
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
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    auto offers = OfferBook(m_db).offers(referralId);
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
    ReferralWorkflow workflow(m_db);
    TransitionRequest choice;
    choice.event = ReferralEvent::RecordChoice;
    choice.comment =
        QStringLiteral("Chosen: %1 — %2").arg(chosen->offer.providerName, chosen->offer.provisionName);
    if (auto moved = workflow.apply(referralId, choice); !moved)
        return moved.error();
    TransitionRequest permission;
    permission.event = ReferralEvent::ApprovePlacement;
    permission.agreedWeeklyCost =
        chosen->cost.total() - chosen->cost.fee + agreedWeeklyFee; // whole cost at the agreed fee
    permission.budgetHolderApprovedBy = budgetHolderApprovedBy;
    permission.comment = choice.comment;
    if (auto moved = workflow.apply(referralId, permission); !moved)
        return moved.error();
    RecordWriter writer(m_db);
    QList<qint64> placements;
    for (const ReferralChild& child : referral->children) {
        if (child.childId <= 0)
            return Error::invalid(
                QStringLiteral("A child of referral %1 is not linked to a looked-after child record.")
                    .arg(referral->reference));
        auto id = writer.insert(
            QStringLiteral("placements"),
            {{QStringLiteral("child_id"), child.childId},
             {QStringLiteral("start_date"), start.toString(Qt::ISODate)},
             {QStringLiteral("rne"), QStringLiteral("P")},
             {QStringLiteral("legal_status"),
              child.legalStatus.isEmpty() ? QVariant() : QVariant(child.legalStatus)},
             {QStringLiteral("place"), codes.place},
             {QStringLiteral("place_provider"), codes.placeProvider},
             {QStringLiteral("category"), codes.category},
             {QStringLiteral("home_postcode"), referral->homePostcode},
             {QStringLiteral("placement_postcode"), chosen->provision.postcode},
             {QStringLiteral("urn"),
              chosen->provision.ofstedUrn.isEmpty() ? QVariant() : QVariant(chosen->provision.ofstedUrn)},
             {QStringLiteral("provision_id"), chosen->offer.provisionId},
             {QStringLiteral("referral_id"), referralId},
             {QStringLiteral("weekly_cost"), agreedWeeklyFee + chosen->offer.extras},
             {QStringLiteral("first_quoted_fee"), chosen->offer.firstQuotedFee},
             {QStringLiteral("expected_outcomes"), referral->expectedOutcomes.join(QLatin1Char('\n'))}});
        if (!id)
            return id.error();
        placements << id.value();
    }
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
    if (auto s = tx.commit(); !s)
        return s.error();
    return placements;
}

} // namespace pd::core
