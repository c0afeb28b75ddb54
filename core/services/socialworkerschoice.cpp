// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/socialworkerschoice.h"

#include "core/services/offerbook.h"
#include "core/storage/choicerepository.h"
#include "core/storage/database.h"
#include "core/storage/transactionguard.h"
#include "core/workflow/referralworkflow.h"

namespace pd::core {

Result<qint64> SocialWorkersChoice::record(const PlacementChoice& choice) {
    if (choice.childView.trimmed().isEmpty() || choice.familyView.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("Record the child's view and the family's view of the chosen "
                                             "option (write what they said, or why they could not say)."));
    auto offers = OfferBook(m_db).offers(choice.referralId, m_db.today());
    if (!offers)
        return offers.error();
    const CheckedOffer* chosen = nullptr;
    for (const CheckedOffer& o : offers.value())
        if (o.offer.id == choice.offerId)
            chosen = &o;
    if (!chosen)
        return Error::notFound(
            QStringLiteral("Offer %1 is not an offer for this referral: choose one of the options presented.")
                .arg(choice.offerId));
    if (chosen->offer.status != QLatin1String("open") || !chosen->meetsEssential())
        return Error::refused(QStringLiteral("%1 — %2 cannot be chosen: it is %3. Choose an open offer that "
                                             "meets every essential criterion.")
                                  .arg(chosen->offer.providerName, chosen->offer.provisionName,
                                       chosen->offer.status != QLatin1String("open")
                                           ? chosen->offer.status
                                           : QStringLiteral("short of an essential criterion")));
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    PlacementChoice stored = choice;
    stored.childView = choice.childView.trimmed();
    stored.familyView = choice.familyView.trimmed();
    auto id = ChoiceRepository(m_db).insert(stored);
    if (!id)
        return id.error();
    TransitionRequest request;
    request.event = ReferralEvent::RecordChoice;
    request.comment = QStringLiteral("Chosen: %1 — %2. The child's view: %3. The family's view: %4")
                          .arg(chosen->offer.providerName, chosen->offer.provisionName, stored.childView,
                               stored.familyView);
    DecisionWork work;
    work.choiceId = id.value();
    if (auto moved = ReferralWorkflow(m_db).applyDecision(choice.referralId, request, work); !moved)
        return moved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<PlacementChoice>> SocialWorkersChoice::current(qint64 referralId) const {
    return ChoiceRepository(m_db).latest(referralId);
}

} // namespace pd::core
