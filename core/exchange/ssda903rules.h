// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/financialyear.h"
#include "core/domain/ssda903return.h"

#include <QList>
#include <QStringList>

namespace pd::core {

/// One broken rule of DfE's SSDA903 validation, on a child's row or one of their episodes.
struct Ssda903Finding {
    QString rule;   ///< DfE's error code ("501"), or "year", "ls", "rne" for Placement Desk's own checks
    QString child;  ///< CHILD
    QDate start;    ///< DECOM of the episode; null for a header row
    QString reason; ///< what is wrong, in a sentence
    /// "child RV0000012, episode starting 03/05/2025: rule 501: ..." (the header: "child X: ...").
    QString text() const;
};

/// Checks a return for one collection year against the episode and header rules of DfE's SSDA903
/// validator (as coded in Social Finance's quality-lac-data-beta-validator / lac_validator) that
/// concern the columns Placement Desk writes. episodes: each child's in DECOM order.
/// Rules checked: 101 102 103 (header); 141 143 144 145 146 149 1009 178 213 526 222 148 355 356
/// 366 380 381 (each episode); 142 501 388 431 504 436 (a child's episodes in order); "year"
/// (DECOM and DEC inside the year, every episode open at some time in it); "ls" (LS present, as
/// DfE and `import ssda903` need it); "rne" (an
/// episode that does not start a period of care, RNE P B T U L, begins the day the one before it ended).
QList<Ssda903Finding> checkSsda903(const Ssda903Return& data, const FinancialYear& year);

/// The rule codes checkSsda903 applies, for documentation and tests.
QStringList ssda903RulesChecked();

} // namespace pd::core
