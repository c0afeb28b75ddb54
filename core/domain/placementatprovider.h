// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pd::core {

/// A placement episode with this authority at one of a provider's provisions.
struct PlacementAtProvider {
    qint64 placementId = 0;
    QString childRef;
    QString provisionName; ///< empty when the episode is linked by URN only
    QDate start;
    QDate end;
    QString reasonEnd;         ///< SSDA903 REC
    QString reasonPlaceChange; ///< SSDA903 reason for place change
    QString why;               ///< for a disruption: why it counts as one
};

/// SSDA903 reasons for placement change that count as a disruption (docs/user-guide.md):
/// care plan change, allegation, standards concern, approval removed, carer or child requests.
const QStringList& disruptionReasonCodes();

} // namespace pd::core
