// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pd::core {

/// A date as officers type it: dd/mm/yyyy (or d/m/yyyy), or ISO yyyy-mm-dd; invalid otherwise.
QDate parseTypedDate(const QString& text);

/// What is wrong with a child's typed date of birth and sex, one sentence each (none: fine).
/// Empty entries are not wrong here: completeness is the workflow's guard.
QStringList childEntryProblems(int childNumber, const QString& dateOfBirth, const QString& sex);

/// What is wrong with a contact arrangement's typed sessions a week (none: fine).
QStringList contactEntryProblems(int contactNumber, const QString& sessionsPerWeek);

} // namespace pd::core
