// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/lookedafterchild.h"
#include "core/domain/referral.h"
#include "core/result.h"

#include <QHash>
#include <optional>

namespace pd::core {

class Database;

/// The children table for the referral exchange: finding a child by id, adding one that came in a
/// referral from another file.
class ChildRepository {
  public:
    explicit ChildRepository(Database& db) : m_db(db) {}

    Result<std::optional<LookedAfterChild>> find(qint64 id) const;
    /// The child whose reference (SSDA903 CHILD or local) is `childRef`; 0 when none.
    Result<qint64> idOf(const QString& childRef) const;
    /// The postcode of the child's home as the children table holds it ("" when none).
    Result<QString> homePostcode(qint64 id) const;
    /// The children's names ("First Last") by id, for lists of many (a dashboard's drill-down);
    /// a child without a name recorded is left out.
    Result<QHash<qint64, QString>> names(const QList<qint64>& ids) const;
    /// Adds the child with a new local reference (IMP-NNNNNN), audited like every insert, and an
    /// audit row (action "import") saying where it came from. Returns the new id.
    Result<qint64> add(const ReferralChild& child, const QString& homePostcode, const QString& from);

  private:
    Database& m_db;
};

} // namespace pd::core
