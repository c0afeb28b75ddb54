// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/providercontracts.h"

#include "core/storage/providercontractrepository.h"
#include "core/storage/userrepository.h"

namespace pd::core {

namespace {

Status check(const ProviderContract& c) {
    if (c.providerId <= 0)
        return Error::invalid(QStringLiteral("Provider: choose the provider the contract is with."));
    if (!c.startsOn.isValid())
        return Error::invalid(QStringLiteral("Starts: give the first day of the contract."));
    if (c.endsOn.isValid() && c.endsOn < c.startsOn)
        return Error::invalid(QStringLiteral("Ends: the last day cannot be before the first (%1).")
                                  .arg(c.startsOn.toString(Qt::ISODate)));
    if (c.priceBandLower && c.priceBandUpper && *c.priceBandLower > *c.priceBandUpper)
        return Error::invalid(QStringLiteral("Price band: the lower figure is above the upper one."));
    if (c.kind != ProviderContractKind::Block)
        return {};
    if (c.reservedPlaces <= 0)
        return Error::invalid(
            QStringLiteral("Reserved places: a block contract reserves at least one place."));
    if (!c.pricePerPlace || *c.pricePerPlace <= 0)
        return Error::invalid(QStringLiteral("Price: give the block's price per place a week, more than 0."));
    if (c.voidCost && *c.voidCost < 0)
        return Error::invalid(QStringLiteral("Void cost: give what an empty place costs a week, 0 or more."));
    return {};
}

} // namespace

Status ProviderContracts::save(ProviderContract& contract) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::EditProviderContract); !s)
        return s;
    if (auto s = check(contract); !s)
        return s;
    return ProviderContractRepository(m_db).save(contract);
}

Result<QList<ProviderContract>> ProviderContracts::contracts(qint64 providerId) const {
    return ProviderContractRepository(m_db).all(providerId);
}

Result<BlockUtilisation> ProviderContracts::utilisation(qint64 contractId, const QDate& asOf) const {
    ProviderContractRepository repo(m_db);
    auto contract = repo.load(contractId);
    if (!contract)
        return contract.error();
    if (contract->kind != ProviderContractKind::Block)
        return Error::invalid(
            QStringLiteral("Contract %1 with %2 is not a block contract: it reserves no places.")
                .arg(contractId)
                .arg(contract->providerName));
    auto stays = repo.stays(contract->providerId);
    if (!stays)
        return stays.error();
    return blockUtilisation(contract.value(), stays.value(), asOf);
}

} // namespace pd::core
