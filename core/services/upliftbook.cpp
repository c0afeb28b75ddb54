// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/upliftbook.h"

#include "core/domain/contractedplacement.h"
#include "core/services/contractbook.h"
#include "core/storage/database.h"
#include "core/storage/providerrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/upliftrepository.h"
#include "core/storage/userrepository.h"

namespace pd::core {

namespace {

Status checkRequest(const FeeUplift& u) {
    if (u.providerId <= 0)
        return Error::invalid(QStringLiteral("Provider: choose the provider asking for the uplift."));
    if (!u.effectiveFrom.isValid())
        return Error::invalid(QStringLiteral("From: give the date the new fees would apply from."));
    if (u.evidence.trimmed().isEmpty())
        return Error::invalid(QStringLiteral(
            "Evidence: say what the provider gives for the uplift (costs, wages, inflation)."));
    if (u.percentage.has_value() == u.newFee.has_value())
        return Error::invalid(
            QStringLiteral("Give either the percentage asked for or the new weekly fee, not both."));
    if (u.percentage && (*u.percentage <= 0 || *u.percentage > 100))
        return Error::invalid(
            QStringLiteral("Percentage: give the uplift asked for, more than 0 and at most 100."));
    if (u.newFee && (*u.newFee <= 0 || u.placementId <= 0))
        return Error::invalid(
            QStringLiteral("New fee: a new weekly fee (more than 0) is asked for one placement; name it."));
    return {};
}

Status checkDecision(const FeeUplift& u, const UpliftDecision& d) {
    if (u.status != UpliftStatus::Requested)
        return Error::refused(QStringLiteral("Uplift %1 of %2 was already decided (%3 by %4).")
                                  .arg(u.id)
                                  .arg(u.providerName, label(u.status).toLower(), u.decidedBy));
    if (d.status == UpliftStatus::Requested)
        return Error::invalid(QStringLiteral("Decision: accept, accept part of it or decline."));
    if (d.reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("Reason: say why (the evidence weighed, the market, the budget)."));
    if (d.status != UpliftStatus::Partial)
        return {};
    if (u.percentage &&
        !(d.agreedPercentage && *d.agreedPercentage > 0 && *d.agreedPercentage < *u.percentage))
        return Error::invalid(
            QStringLiteral("Agreed percentage: a partial uplift agrees more than 0 and less than "
                           "the %1% asked for.")
                .arg(*u.percentage));
    if (u.newFee && !(d.agreedFee && *d.agreedFee > 0 && *d.agreedFee < *u.newFee))
        return Error::invalid(
            QStringLiteral("Agreed fee: a partial uplift agrees a fee below the %1 asked for.")
                .arg(pounds(*u.newFee)));
    return {};
}

} // namespace

Result<qint64> UpliftBook::request(const FeeUplift& uplift) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::RequestUplift); !s)
        return s.error();
    if (auto s = checkRequest(uplift); !s)
        return s.error();
    FeeUplift u = uplift;
    if (!u.requestedOn.isValid())
        u.requestedOn = m_db.now().date();
    u.evidence = u.evidence.trimmed();
    return UpliftRepository(m_db).insert(u);
}

Result<QList<UpliftChange>> UpliftBook::decide(qint64 upliftId, const UpliftDecision& decision) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::DecideUplift); !s)
        return s.error();
    UpliftRepository repo(m_db);
    auto uplift = repo.load(upliftId);
    if (!uplift)
        return uplift.error();
    if (auto s = checkDecision(uplift.value(), decision); !s)
        return s.error();
    UpliftDecision d = decision;
    d.reason = d.reason.trimmed();
    if (d.status == UpliftStatus::Accepted) {
        d.agreedPercentage = uplift->percentage;
        d.agreedFee = uplift->newFee;
    }
    if (d.status == UpliftStatus::Declined) {
        d.agreedPercentage.reset();
        d.agreedFee.reset();
    }
    if (auto s = repo.decide(uplift.value(), d); !s)
        return s.error();
    QList<UpliftChange> changes;
    if (d.status == UpliftStatus::Declined) {
        if (auto s = tx.commit(); !s)
            return s.error();
        return changes;
    }
    QList<qint64> placements{uplift->placementId};
    if (uplift->placementId <= 0) {
        auto current = repo.contractedPlacements(uplift->providerId, uplift->effectiveFrom);
        if (!current)
            return current.error();
        placements = current.value();
    }
    ContractBook contracts(m_db);
    for (qint64 placementId : placements) {
        auto was = contracts.current(placementId);
        if (!was)
            return was.error();
        if (!was->has_value())
            return Error::refused(QStringLiteral("Placement %1 has no contract to uplift.").arg(placementId));
        const double oldFee = (*was)->weeklyFee;
        const double newFee =
            d.agreedFee ? *d.agreedFee : roundPence(oldFee * (1.0 + *d.agreedPercentage / 100.0));
        ContractChange change;
        change.effectiveFrom = uplift->effectiveFrom;
        change.weeklyFee = newFee;
        change.changeNote = QStringLiteral("Fee uplift %1 %2 (%3): %4")
                                .arg(uplift->id)
                                .arg(label(d.status).toLower(),
                                     d.agreedFee ? pounds(*d.agreedFee) + QStringLiteral(" a week")
                                                 : QStringLiteral("%1%").arg(*d.agreedPercentage),
                                     d.reason);
        auto version = contracts.change(placementId, change);
        if (!version)
            return Error{version.error().kind, QStringLiteral("Placement %1: %2 Nothing was decided.")
                                                   .arg(placementId)
                                                   .arg(version.error().message)};
        changes << UpliftChange{placementId, version.value(), oldFee, newFee};
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changes;
}

Result<QList<FeeUplift>> UpliftBook::uplifts(qint64 providerId) const {
    return UpliftRepository(m_db).all(providerId);
}

} // namespace pd::core
