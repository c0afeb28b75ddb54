// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/searchhit.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

class Database;

/// The search across everything's reads: each kind's records whose words contain every pattern
/// (searchPatterns), at most `limit` of them, named for people.
class RecordSearchQueries {
  public:
    explicit RecordSearchQueries(Database& db) : m_db(db) {}

    /// By reference and the children's names; newest first.
    Result<QList<SearchHit>> referrals(const QStringList& patterns, int limit) const;
    /// By name and the child's identifier (child_ref); by surname.
    Result<QList<SearchHit>> children(const QStringList& patterns, int limit) const;
    /// By name and Ofsted URN; by name.
    Result<QList<SearchHit>> providers(const QStringList& patterns, int limit) const;
    /// Households and homes (provisions) by name and postcode, with or without its space; by name.
    Result<QList<SearchHit>> homes(const QStringList& patterns, int limit) const;

  private:
    Database& m_db;
};

} // namespace pd::core
