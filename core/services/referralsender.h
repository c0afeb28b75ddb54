// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provision.h"
#include "core/domain/recipient.h"
#include "core/domain/sendingofficer.h"
#include "core/domain/sendrecord.h"
#include "core/reports/referralpack.h"
#include "core/result.h"

#include <QDate>

namespace pd::core {

class Database;
struct Referral;

/// Sends a referral to providers all at once: one anonymised pack PDF and one .eml draft per
/// recipient in a folder the user picked, and a record of what went to whom and when.
class ReferralSender {
  public:
    explicit ReferralSender(Database& db) : m_db(db) {}

    /// The in-house service(s) and every select-list provider offering a suitable placement type.
    Result<QList<Recipient>> defaultRecipients(qint64 referralId) const;
    /// Every provider a pack may go to (not suspended or excluded), for choosing by hand.
    Result<QList<Recipient>> usableProviders() const;
    /// The officer packs go from: the details given, named as the signed-in user when no name is
    /// given (the users table's display name, else the login).
    SendingOfficer sendingOfficer(const SendingOfficer& details = {}) const;
    /// The anonymised pack as it will go, with each redaction highlighted, for the officer to check.
    Result<PackPreview> preview(qint64 referralId, const QDate& today = QDate::currentDate(),
                                const SendingOfficer& details = {}) const;
    /// Writes the drafts and records the sends; returns the records made. The pack and each draft
    /// name the sending officer (sendingOfficer(details)); a draft has a From line when the details
    /// give an e-mail.
    Result<QList<SendRecord>> send(qint64 referralId, const QList<qint64>& providerIds, const QString& folder,
                                   const QDate& today = QDate::currentDate(),
                                   const SendingOfficer& details = {});
    /// Placement types the referral does not mark unsuitable (and, if any, those it makes essential).
    static QList<PlacementType> suitableTypes(const Referral& referral);

  private:
    Database& m_db;
};

} // namespace pd::core
