// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pd::core {

/// One row of an SSDA903 header file: a looked-after child.
struct Ssda903Child {
    QString childRef;  ///< CHILD
    QString sex;       ///< M or F (SEX 1 or 2)
    QDate dob;         ///< DOB
    QString ethnicity; ///< ETHNIC
};

/// One row of an SSDA903 episodes file.
struct Ssda903Episode {
    QString childRef;
    QDate start; ///< DECOM
    QDate end;   ///< DEC (null: open)
    QString rne;
    QString legalStatus;
    QString cin;
    QString place;
    QString placeProvider;
    QString reasonEnd; ///< REC
    QString reasonPlaceChange;
    QString homePostcode;
    QString placementPostcode;
    QString urn;
};

/// A whole, validated statutory return: children and their episodes (in date order per child).
struct Ssda903Return {
    QList<Ssda903Child> children;
    QList<Ssda903Episode> episodes;
};

/// What an import did.
struct Ssda903ImportSummary {
    int children = 0;
    int episodes = 0;
    int replacedChildren = 0; ///< children whose earlier history was replaced
};

} // namespace pd::core
