// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/optionspresenter.h"

#include "core/reports/optionspaper.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referralsendrepository.h"
#include "core/storage/transactionguard.h"
#include "core/workflow/referralworkflow.h"

namespace pd::core {

Result<OptionsPresenter::Paper> OptionsPresenter::prepare(qint64 referralId, const QString& reason,
                                                          const QDate& today) {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    auto offers = OfferBook(m_db).offers(referralId, today);
    if (!offers)
        return offers.error();
    Paper paper;
    paper.options = OptionsPaper::compliant(offers.value());
    auto html = OptionsPaper::html(referral.value(), paper.options, reason, today);
    if (!html)
        return html.error();
    paper.html = html.value();
    return paper;
}

Result<qint64> OptionsPresenter::present(qint64 referralId, const QString& reason) {
    auto paper = prepare(referralId, reason, m_db.today());
    if (!paper)
        return paper.error();
    QList<qint64> ids;
    for (const CheckedOffer& o : paper->options)
        ids << o.offer.id;
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = ReferralSendRepository(m_db).recordOptionsPaper(referralId, ids,
                                                              paper->options.size() < 3 ? reason : QString());
    if (!id)
        return id.error();
    TransitionRequest request;
    request.event = ReferralEvent::PresentOptions;
    request.fewerThanThreeReason = paper->options.size() < 3 ? reason : QString();
    request.comment = QStringLiteral("Options paper with %1 option(s)").arg(paper->options.size());
    DecisionWork work;
    work.optionsPaperId = id.value();
    if (auto moved = ReferralWorkflow(m_db).applyDecision(referralId, request, work); !moved)
        return moved.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace pd::core
