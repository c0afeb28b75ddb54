// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/financialyear.h"
#include "core/domain/ssda903return.h"
#include "core/domain/tablesnapshot.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

class Database;

/// What `export ssda903` wrote.
struct Ssda903ExportSummary {
    int children = 0;
    int episodes = 0;
    int openAtYearEnd = 0;  ///< episodes still open on 31 March (DEC, REC, REASON_PLACE_CHANGE blank)
    QStringList withoutCin; ///< "child X, episode starting dd/mm/yyyy" for each episode with no CIN
    QStringList noted;      ///< broken rules reported but not refused (ssda903NotedRules())
};

/// The rules an export reports without refusing: 366 (a V3 short break starts with RNE S), which
/// the demo's V3 children, moving between carers as one long break, do not keep.
QStringList ssda903NotedRules();

/// The authority's return for a year from its own placements: every episode open at some time in the
/// year, with DEC, REC and REASON_PLACE_CHANGE left blank when the episode was still open on 31 March.
/// Refused, every problem listed, when it breaks a rule of ssda903rules.h (overlapping episodes,
/// a missing LS, ...) other than the noted ones: a bad return is never written. PLACE_PROVIDER and
/// URN are left blank where DfE takes none (rules 213 and 222).
Result<Ssda903Return> ssda903ReturnFor(Database& db, const FinancialYear& year,
                                       Ssda903ExportSummary* summary);

/// The two files as `import ssda903` reads them (docs/formats.md).
TableSnapshot ssda903EpisodesTable(const Ssda903Return& data);
TableSnapshot ssda903HeaderTable(const Ssda903Return& data);

/// Writes the return for the year ending yearEnd to the two CSV files (replaced), or nothing.
Result<Ssda903ExportSummary> exportSsda903(Database& db, const QDate& yearEnd, const QString& episodesPath,
                                           const QString& headerPath);

} // namespace pd::core
