// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pd::core {

/// A date as officers type it (TypedDate::read: dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, "14 Dec 2026");
/// invalid otherwise.
QDate parseTypedDate(const QString& text);

/// How far back a child's date of birth may be: care leavers are supported up to 25.
constexpr int kOldestChildYears = 25;

/// Why a date of birth is not plausible for a child on today (in the future, or more than
/// kOldestChildYears years before it), as the end of a sentence; empty when it is (or is empty).
QString dateOfBirthProblem(const QDate& dateOfBirth, const QDate& today);

/// What is wrong with a child's typed date of birth and sex, one sentence each (none: fine).
/// Empty entries are not wrong here: completeness is the workflow's guard.
QStringList childEntryProblems(int childNumber, const QString& dateOfBirth, const QString& sex);

/// What is wrong with a contact arrangement's typed sessions a week (none: fine).
QStringList contactEntryProblems(int contactNumber, const QString& sessionsPerWeek);

} // namespace pd::core
