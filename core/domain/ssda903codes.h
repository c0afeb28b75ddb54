// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace pd::core {

/// The SSDA903 code lists (Department for Education guidance, as DfE's validator checks them):
/// what `import ssda903` accepts and `export ssda903` writes.
namespace ssda903 {

/// The episodes file's columns, in the order `export ssda903` writes them.
QStringList episodeColumns();
/// The header file's columns Placement Desk reads and writes.
QStringList headerColumns();

const QSet<QString>& rneCodes();               ///< RNE: S P B T U L
const QSet<QString>& legalStatusCodes();       ///< LS
const QSet<QString>& categoryOfNeedCodes();    ///< CIN: N1-N8
const QSet<QString>& placeCodes();             ///< PLACE
const QSet<QString>& placeProviderCodes();     ///< PLACE_PROVIDER: PR0-PR5
const QSet<QString>& reasonEndCodes();         ///< REC
const QSet<QString>& reasonPlaceChangeCodes(); ///< REASON_PLACE_CHANGE
const QSet<QString>& ethnicityCodes();         ///< ETHNIC

/// PLACE T0-T4: a temporary placement.
bool isTemporaryPlace(const QString& place);
/// PLACE codes that take no PLACE_PROVIDER: T0-T4 and Z1.
bool placeTakesNoProvider(const QString& place);
/// PLACE codes for which DfE expects no Ofsted URN (validator rule 222: P1-P3, R1, R2, R5, T0-T4,
/// Z1; H5 left the list when supported accommodation became Ofsted-registered).
bool placeTakesNoUrn(const QString& place);

} // namespace ssda903

} // namespace pd::core
