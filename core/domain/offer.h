// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace pd::core {

/// A provider's offer of a place for a referral (a row of `offers`).
struct Offer {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 referralId = 0;
    qint64 provisionId = 0;
    QString providerName;      ///< read only, from the register
    QString provisionName;     ///< read only
    double firstQuotedFee = 0; ///< kept as first quoted: savings are measured from it
    double weeklyFee = 0;      ///< the fee now agreed or negotiated
    double extras = 0;
    QDate startDate;
    QString status = QStringLiteral("open"); ///< open accepted declined withdrawn
    std::optional<bool> meetsEssential;
    QString notes;
};

} // namespace pd::core
