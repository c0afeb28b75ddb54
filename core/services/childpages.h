// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/childrecord.h"
#include "core/result.h"

#include <QHash>
#include <QList>

namespace pd::core {

class Database;

/// The child's page: everything the file holds about one looked-after child's time in care —
/// placements with their contracts, reviews, meetings and endings, the referrals that name the child
/// and the contacts — read in one transaction so the page is one consistent picture.
class ChildPages {
  public:
    explicit ChildPages(Database& db) : m_db(db) {}

    /// The child's record; Error::notFound (with the id) for a child the file does not hold.
    Result<ChildRecord> record(qint64 childId) const;
    /// The child whose reference (the SSDA903 CHILD identifier or a local one) is given;
    /// Error::notFound with a sentence when there is none.
    Result<qint64> idOf(const QString& childRef) const;
    /// The children's names ("First Last") by id; children without a name recorded are left out.
    Result<QHash<qint64, QString>> names(const QList<qint64>& ids) const;

  private:
    Database& m_db;
};

} // namespace pd::core
