// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace pd::core {

/// The social worker's choice of one option for a referral, with the child's and the family's
/// views of it (a row of `placement_choices`; the latest one is the choice the manager decides on).
struct PlacementChoice {
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 offerId = 0;
    QDateTime chosenAt; ///< UTC
    QString chosenBy;   ///< login of the social worker
    QString childView;  ///< the child's view of the option, in their words where possible
    QString familyView; ///< the family's view
};

} // namespace pd::core
