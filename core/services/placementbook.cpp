// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/placementbook.h"

#include "core/storage/placementrepository.h"

namespace pd::core {

Result<QList<PlacementRecord>> PlacementBook::all() const {
    return PlacementRepository(m_db).all();
}

Result<QList<PlacementRecord>> PlacementBook::current() const {
    return PlacementRepository(m_db).current();
}

} // namespace pd::core
