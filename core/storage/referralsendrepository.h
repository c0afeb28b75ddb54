// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/recipient.h"
#include "core/domain/registervacancy.h"
#include "core/domain/sendrecord.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>

namespace pd::core {

class Database;

/// Distribution lists and the record of what was sent (table referral_sends, audited).
class ReferralSendRepository {
  public:
    explicit ReferralSendRepository(Database& db) : m_db(db) {}

    /// In-house services and select-list providers with an active provision of one of `types`.
    Result<QList<Recipient>> defaultRecipients(const QList<PlacementType>& types) const;
    /// Every provider not suspended or excluded (for picking more recipients).
    Result<QList<Recipient>> usableProviders() const;
    Result<QList<Recipient>> providers(const QList<qint64>& ids) const;
    Result<qint64> record(const SendRecord& send);
    Result<QList<SendRecord>> sends(qint64 referralId) const;
    /// Records the options paper presented and, when fewer than three options, why.
    Result<qint64> recordOptionsPaper(qint64 referralId, const QList<qint64>& offerIds,
                                      const QString& reason);

  private:
    Result<QList<Recipient>> query(const QString& where, const QVariantMap& binds) const;
    Database& m_db;
};

} // namespace pd::core
