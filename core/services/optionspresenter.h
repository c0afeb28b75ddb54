// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/offerbook.h"

namespace pd::core {

/// Prepares the options paper from a referral's compliant offers and records it being presented
/// (with the reason when fewer than three options are offered).
class OptionsPresenter {
  public:
    struct Paper {
        QString html;
        QList<CheckedOffer> options;
    };
    explicit OptionsPresenter(Database& db) : m_db(db) {}

    Result<Paper> prepare(qint64 referralId, const QString& fewerThanThreeReason,
                          const QDate& today = QDate::currentDate());
    /// Records the paper (audited); returns the options_papers row id.
    Result<qint64> present(qint64 referralId, const QString& fewerThanThreeReason);

  private:
    Database& m_db;
};

} // namespace pd::core
