// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vacancyfilter.h"
#include "core/matching/matchresult.h"
#include "core/result.h"

#include <QDate>

namespace pd::core {

class Database;
struct Referral;

/// Matches referrals against the register. Keeps an in-memory snapshot of the register and
/// re-reads it only when the file changed (this or another connection committed).
class MatchService {
  public:
    explicit MatchService(Database& db) : m_db(db) {}

    Result<MatchResult> match(qint64 referralId, const QDate& today = QDate::currentDate());
    Result<MatchResult> match(const Referral& referral, const QDate& today);
    /// Candidates only, read cold: SQL applies the constraints it can (type, date, places, provider
    /// status) so fewer rows are read; exclusions then list only rows SQL let through.
    Result<MatchResult> shortlist(qint64 referralId, const QDate& today = QDate::currentDate());
    /// The SQL part of the hard rules for a referral (rules switched off are not pushed down).
    static VacancyFilter filterFor(const MatchReferral& referral, const MatchSettings& settings,
                                   const QDate& today);
    /// The referral prepared for the rules (coordinates looked up).
    Result<MatchReferral> prepare(const Referral& referral, const QDate& today) const;

    Result<MatchSettings> settings() const;
    Status saveSettings(const MatchSettings& settings);

  private:
    Result<std::shared_ptr<const RegisterSnapshot>> snapshot(const QDate& today);

    Database& m_db;
    std::shared_ptr<const RegisterSnapshot> m_snapshot;
    qint64 m_stamp = -1;
    QDate m_snapshotDay;
};

} // namespace pd::core
