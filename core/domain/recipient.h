// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provider.h"

#include <QString>

namespace pd::core {

/// A provider the anonymised pack can go to.
struct Recipient {
    qint64 providerId = 0;
    QString name;
    QString email; ///< providers.referral_email (may be empty)
    FrameworkStatus framework = FrameworkStatus::Spot;
};

} // namespace pd::core
