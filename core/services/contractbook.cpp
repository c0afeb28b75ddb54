// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/contractbook.h"

#include "core/domain/placementdays.h"
#include "core/reports/contractdocument.h"
#include "core/reports/printeddocument.h"
#include "core/storage/contractrepository.h"
#include "core/storage/database.h"
#include "core/storage/placementrepository.h"
#include "core/storage/referralrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<std::optional<ContractVersion>> ContractBook::current(qint64 placementId) const {
    return ContractRepository(m_db).current(placementId);
}

Result<QList<ContractVersion>> ContractBook::versions(qint64 placementId) const {
    return ContractRepository(m_db).versions(placementId);
}

Result<int> ContractBook::change(qint64 placementId, const ContractChange& change) {
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ChangeContract); !s)
        return s.error();
    auto placement = PlacementRepository(m_db).load(placementId);
    if (!placement)
        return placement.error();
    auto current = ContractRepository(m_db).current(placementId);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::refused(QStringLiteral("Placement %1 of %2 has no contract: it was not made through "
                                             "permission to place (an imported history).")
                                  .arg(placementId)
                                  .arg(childInWords(placement.value())));
    if (!placement->isCurrent())
        return Error::refused(QStringLiteral("Placement %1 ended on %2: its contract can no longer change.")
                                  .arg(placementId)
                                  .arg(placement->end.toString(Qt::ISODate)));
    const ContractVersion& was = **current;
    if (change.changeNote.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("Reason: say why the contract changes (an accepted fee uplift, an "
                           "outcome agreed at a review)."));
    if (!change.effectiveFrom.isValid() || change.effectiveFrom < was.effectiveFrom)
        return Error::invalid(
            QStringLiteral("From: give the date the change applies from, on or after %1 (the "
                           "date version %2 applies from).")
                .arg(was.effectiveFrom.toString(Qt::ISODate))
                .arg(was.version));
    if (change.weeklyFee && *change.weeklyFee <= 0)
        return Error::invalid(QStringLiteral("Weekly fee: give the new fee in pounds, more than 0."));
    if (change.extras && *change.extras < 0)
        return Error::invalid(QStringLiteral("Extras: give the extras a week in pounds, 0 or more."));
    for (int i = 0; i < change.addOutcomes.size(); ++i)
        if (change.addOutcomes[i].wording.trimmed().isEmpty())
            return Error::invalid(
                QStringLiteral("Outcome %1: write the outcome agreed for the child.").arg(i + 1));
    ContractVersion next = was;
    next.id = 0;
    next.version = was.version + 1;
    next.effectiveFrom = change.effectiveFrom;
    next.changeNote = change.changeNote.trimmed();
    if (change.weeklyFee)
        next.weeklyFee = *change.weeklyFee;
    if (change.extras)
        next.extras = *change.extras;
    if (!change.extrasNote.trimmed().isEmpty())
        next.extrasNote = change.extrasNote.trimmed();
    for (ContractOutcome o : change.addOutcomes) {
        o.id = 0;
        o.wording = o.wording.trimmed();
        o.measure = o.measure.trimmed();
        next.outcomes << o;
    }
    if (next.weeklyFee == was.weeklyFee && next.extras == was.extras && next.extrasNote == was.extrasNote &&
        change.addOutcomes.isEmpty())
        return Error::invalid(
            QStringLiteral("Nothing changes: give a new fee, new extras or an outcome to add."));
    if (auto id = ContractRepository(m_db).insert(next); !id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return next.version;
}

Result<QString> ContractBook::html(qint64 placementId, const QDate& today) const {
    auto placement = PlacementRepository(m_db).load(placementId);
    if (!placement)
        return placement.error();
    auto versions = ContractRepository(m_db).versions(placementId);
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return Error::notFound(
            QStringLiteral("Placement %1 has no contract: it was not made through permission "
                           "to place.")
                .arg(placementId));
    QString socialWorker;
    if (placement->referralId) {
        auto referral = ReferralRepository(m_db).load(placement->referralId);
        if (!referral)
            return referral.error();
        socialWorker = referral->socialWorker;
    }
    return ContractDocument::html(placement.value(), versions.value(), socialWorker, today);
}

Status ContractBook::writePdf(qint64 placementId, const QDate& today, const QString& path) const {
    auto page = html(placementId, today);
    if (!page)
        return page.error();
    return PrintedDocument::writePdf(page.value(), path, QStringLiteral("Individual Placement Contract"));
}

} // namespace pd::core
