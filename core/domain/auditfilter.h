// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pd::core {

/// Which audit rows the audit viewer shows: every field left empty (or 0) matches everything.
struct AuditFilter {
    QString table;    ///< the record's table, e.g. "referrals"
    qint64 rowId = 0; ///< the record's id within the table
    QString who;      ///< the login that made the change
    QDate from;       ///< first day (UTC), inclusive
    QDate to;         ///< last day (UTC), inclusive
    int limit = 5000;
};

} // namespace pd::core
