// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace pd::core {

/// Strict input for a referral's PlacementDeskExtension (docs/referral-record.md): each value of
/// the right JSON type and in range, so nothing is silently read as 0 or "" (a budget "920" as
/// text, a negative budget or number of sessions, a date of birth in the future or of an adult).
/// One "PlacementDeskExtension.field: problem" line each; none when the object is fine.
QStringList referralExtensionProblems(const QJsonObject& referral, const QDate& today);

/// The range of each Integer field of the Placements Data Standard that Placement Desk reads
/// (siblingCount 0-12, ...), as "Entity.field: problem" lines.
QStringList standardNumberProblems(const QJsonObject& referral);

} // namespace pd::core
