// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace pd::core {

/// A row of `placements` as the team sees it: who, where, from when to when, why it ended, what it
/// costs and which budget pays (what `export placements` prints and the Placements area lists).
struct PlacementRecord {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 childId = 0;
    QString childRef;          ///< the SSDA903 CHILD identifier
    QString childName;         ///< first and last name when the file holds them
    QDate start;               ///< DECOM
    QDate end;                 ///< DEC; null while current
    QString rne;               ///< reason for new episode
    QString legalStatus;       ///< LS
    QString cin;               ///< CIN, the category of need (may be empty)
    QString homePostcode;      ///< HOME_POST as recorded on the episode
    QString placementPostcode; ///< PL_POST
    QString category;          ///< the dashboard's mix category
    QString place;             ///< PLACE
    QString placeProvider;     ///< PLACE_PROVIDER
    QString reasonEnd;         ///< REC
    QString reasonPlaceChange;
    QString endingReason; ///< the team's reason code (EndingReason), when ended through the program
    QString urn;          ///< the provider's Ofsted URN as recorded on the episode
    QString providerName;
    QString provisionName;
    QString provisionCode;
    qint64 provisionId = 0;
    qint64 referralId = 0;
    std::optional<double> weeklyCost;
    qint64 budgetLineId = 0;
    QString budgetLine;            ///< the budget line's name
    int ipcVersion = 0;            ///< the current Individual Placement Contract's version (0: no contract)
    qint64 followUpReferralId = 0; ///< the Draft referral a move opened when the placement ended

    bool isCurrent() const { return end.isNull(); }
};

} // namespace pd::core
