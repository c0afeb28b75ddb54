// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pd::core {

/// A child as the file's children table holds them (a referral's child links to one).
struct LookedAfterChild {
    qint64 id = 0;
    QString childRef; ///< the SSDA903 CHILD identifier or a local reference
    QString firstName;
    QString lastName;
    QString sex; ///< M, F, U or empty
    QDate dob;
};

} // namespace pd::core
